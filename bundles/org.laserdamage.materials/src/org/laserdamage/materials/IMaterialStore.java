package org.laserdamage.materials;

import java.util.List;
import java.util.Optional;

/**
 * A writable, versioned material library (the material database). Saving a
 * material never changes a stored record: it stores a new version, so a run
 * that recorded "al-6061-t6 v3" can always be reproduced.
 */
public interface IMaterialStore extends IMaterialLibrary, AutoCloseable {

	/** @return one exact version of a material, if stored */
	Optional<Material> find(String id, int version);

	/** @return every stored version of a material, oldest first; empty when unknown */
	List<Material> history(String id);

	/**
	 * Stores {@code material} as the next version of its id (version 1 for a new
	 * id), whatever version number it carries.
	 *
	 * @return the stored record, with its new version number
	 * @throws MaterialStoreException when the store cannot be written; nothing is changed then
	 */
	Material save(Material material) throws MaterialStoreException;

	/**
	 * Stores several materials in one transaction: all of them or none.
	 *
	 * @return the stored records, in the given order
	 */
	List<Material> saveAll(List<Material> materials) throws MaterialStoreException;

	/**
	 * Stores an edit of the version {@code edited} carries as the next version
	 * of its id, unless someone else has stored a newer version in the
	 * meantime (optimistic concurrency: two editors of one material never
	 * silently overwrite each other). An id with no stored version is stored
	 * as version 1.
	 *
	 * @return the stored record, with its new version number
	 * @throws MaterialConflictException when a version newer than {@code edited.version()} exists;
	 *                                   it names that version and who stored it
	 * @throws MaterialStoreException    when the store cannot be written; nothing is changed then
	 */
	Material saveEdit(Material edited) throws MaterialStoreException;

	/**
	 * Removes every version of a material in one transaction. Runs that
	 * recorded one of its versions can no longer be reproduced from this
	 * store, so callers check first that nothing refers to it.
	 *
	 * @return the number of versions removed, 0 when the id is unknown
	 */
	int delete(String id) throws MaterialStoreException;

	/** @return where the data lives, for messages (a JDBC URL without credentials, or a folder) */
	String location();

	/** Releases the connection or lock; further calls fail. */
	@Override
	void close();
}
