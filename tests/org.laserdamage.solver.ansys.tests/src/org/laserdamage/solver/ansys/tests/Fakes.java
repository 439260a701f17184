package org.laserdamage.solver.ansys.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/** The fake ANSYS and lmutil of fake/ (see their headers), set up in a test's temporary folder. */
final class Fakes {

	private Fakes() {
	}

	/** @return an executable {@code ansys211} in {@code dir} that runs fake-ansys in the given mode */
	static Path ansys(Path dir, String mode, String argument) throws IOException {
		Path fake = Path.of("fake", "fake-ansys").toAbsolutePath(); //$NON-NLS-1$ //$NON-NLS-2$
		return script(dir.resolve("ansys211"), //$NON-NLS-1$
				"exec sh " + quote(fake) + " " + mode + " " + quote(argument) + " \"$@\"\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/** @return fake-lmutil copied into {@code dir}, answering with the recorded output {@code lmstat/<answer>} */
	static Path lmutil(Path dir, String answer) throws IOException {
		Path copy = dir.resolve("fake-lmutil"); //$NON-NLS-1$
		Files.copy(Path.of("fake", "fake-lmutil"), copy, StandardCopyOption.REPLACE_EXISTING); //$NON-NLS-1$ //$NON-NLS-2$
		Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rwxr-xr-x")); //$NON-NLS-1$
		answer(copy, answer, 0);
		return copy;
	}

	/** Changes what a fake lmutil answers from now on. */
	static void answer(Path lmutil, String answer, int exitCode) throws IOException {
		Path recorded = Path.of("lmstat", answer).toAbsolutePath(); //$NON-NLS-1$
		Files.writeString(lmutil.resolveSibling("fake-lmutil.answer"), recorded + "\n" + exitCode + "\n", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				StandardCharsets.UTF_8);
	}

	static Path script(Path file, String body) throws IOException {
		Files.writeString(file, "#!/bin/sh\n" + body, StandardCharsets.UTF_8); //$NON-NLS-1$
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x")); //$NON-NLS-1$
		return file;
	}

	private static String quote(Object value) {
		return "'" + value.toString().replace("'", "'\\''") + "'"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
