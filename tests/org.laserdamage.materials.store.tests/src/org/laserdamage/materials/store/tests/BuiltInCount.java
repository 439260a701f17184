package org.laserdamage.materials.store.tests;

import org.laserdamage.materials.BuiltInMaterials;

/** How many materials a new database is seeded with. */
final class BuiltInCount {

	private BuiltInCount() {
	}

	static int materials() {
		return BuiltInMaterials.load().materials().size();
	}
}
