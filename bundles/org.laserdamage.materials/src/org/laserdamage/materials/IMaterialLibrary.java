package org.laserdamage.materials;

import java.util.List;
import java.util.Optional;

/**
 * A read-only set of materials: the built-in set, a database store, or a
 * third-party source. Studies refer to materials by {@link Material#id()}.
 */
public interface IMaterialLibrary {

	/** @return a short name for messages, e.g. "built-in materials" */
	String name();

	/** @return the newest version of the material with this id, if known */
	Optional<Material> find(String id);

	/** @return the newest version of every material, sorted by name */
	List<Material> materials();
}
