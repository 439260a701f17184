package org.laserdamage.model.tests;

import java.nio.file.Path;
import java.nio.file.Paths;

/** Locates the example studies of the repository from a test's working directory. */
final class Examples {

	private Examples() {
	}

	/** Tycho runs tests in the test bundle's folder, two levels below the repository root. */
	static Path dir() {
		Path dir = Paths.get("../../examples").toAbsolutePath().normalize(); //$NON-NLS-1$
		if (!dir.toFile().isDirectory()) {
			throw new IllegalStateException("examples/ not found from " + Paths.get("").toAbsolutePath()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return dir;
	}

	static Path file(String name) {
		return dir().resolve(name);
	}
}
