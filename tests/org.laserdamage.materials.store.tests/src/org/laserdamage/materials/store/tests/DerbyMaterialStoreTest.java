package org.laserdamage.materials.store.tests;

import java.nio.file.Path;

/** The store contract on embedded Derby in a temporary folder. */
class DerbyMaterialStoreTest extends MaterialStoreContract {

	@Override
	TestDatabase createDatabase(Path folder) {
		return new DerbyTestDatabase(folder);
	}
}
