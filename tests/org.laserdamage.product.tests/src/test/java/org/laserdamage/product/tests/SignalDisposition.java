package org.laserdamage.product.tests;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether this JVM was started with SIGINT ignored (as every job a non-interactive shell puts in the background). */
final class SignalDisposition {

	private static final int SIGINT = 2;

	private SignalDisposition() {
	}

	static boolean interruptIgnored() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/self/status"))) { //$NON-NLS-1$
				if (line.startsWith("SigIgn:")) { //$NON-NLS-1$
					return new BigInteger(line.substring(7).trim(), 16).testBit(SIGINT - 1);
				}
			}
		} catch (IOException | NumberFormatException e) {
			return false;
		}
		return false;
	}
}
