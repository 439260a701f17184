package org.laserdamage.materials;

/**
 * An edit was refused because someone else stored a newer version of the
 * material after the version the edit started from. The message names that
 * version and who stored it; reload the material and redo the change.
 */
public final class MaterialConflictException extends MaterialStoreException {

	private static final long serialVersionUID = 1L;

	private final String materialId;
	private final int basedOn;
	private final int newest;
	private final String storedBy;

	/**
	 * @param basedOn  the version the edit started from
	 * @param newest   the newest stored version
	 * @param storedBy who stored {@code newest} (an operating-system user), empty when unknown
	 */
	public MaterialConflictException(String message, String materialId, int basedOn, int newest, String storedBy) {
		super(message);
		this.materialId = materialId;
		this.basedOn = basedOn;
		this.newest = newest;
		this.storedBy = storedBy;
	}

	public String materialId() {
		return materialId;
	}

	/** @return the version the refused edit started from */
	public int basedOn() {
		return basedOn;
	}

	/** @return the newest stored version, which the edit did not see */
	public int newest() {
		return newest;
	}

	/** @return who stored {@link #newest()}, empty when unknown */
	public String storedBy() {
		return storedBy;
	}
}
