package org.laserdamage.materials.ui;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.laserdamage.materials.Material;
import org.laserdamage.materials.ui.internal.Messages;

/**
 * A material to open in the material editor: an id and a version. An
 * editable input edits the newest version of its material, so two editable
 * inputs of one id are equal and open one editor; a read-only input shows
 * exactly its version.
 */
public final class MaterialEditorInput implements IEditorInput {

	private final String materialId;
	private final int version;
	private final String name;
	private final boolean readOnly;

	private MaterialEditorInput(String materialId, int version, String name, boolean readOnly) {
		this.materialId = Objects.requireNonNull(materialId);
		this.version = version;
		this.name = Objects.requireNonNull(name);
		this.readOnly = readOnly;
	}

	/** @return an input that edits the newest version of {@code material}'s id */
	public static MaterialEditorInput editable(Material material) {
		return new MaterialEditorInput(material.id(), material.version(), material.name(), false);
	}

	/** @return an input that shows exactly {@code material} (its id and version), read-only */
	public static MaterialEditorInput readOnly(Material material) {
		return new MaterialEditorInput(material.id(), material.version(), material.name(), true);
	}

	public String materialId() {
		return materialId;
	}

	/** @return the version shown (for an editable input: the version it was opened or last saved with) */
	public int version() {
		return version;
	}

	public boolean isReadOnly() {
		return readOnly;
	}

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return readOnly ? NLS.bind(Messages.MaterialEditorInput_readOnlyName, name, version) : name;
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return NLS.bind(Messages.MaterialEditorInput_toolTip, new Object[] { name, materialId, version });
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object obj) {
		return obj instanceof MaterialEditorInput other && materialId.equals(other.materialId)
				&& readOnly == other.readOnly && (!readOnly || version == other.version);
	}

	@Override
	public int hashCode() {
		return Objects.hash(materialId, readOnly, readOnly ? version : 0);
	}

	@Override
	public String toString() {
		return materialId + " v" + version + (readOnly ? " (read-only)" : ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
