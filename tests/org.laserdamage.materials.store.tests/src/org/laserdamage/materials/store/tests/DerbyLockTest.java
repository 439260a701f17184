package org.laserdamage.materials.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laserdamage.materials.IMaterialStore;
import org.laserdamage.materials.MaterialStoreException;
import org.laserdamage.materials.store.MaterialStores;
import org.laserdamage.materials.store.internal.DerbyLock;
import org.laserdamage.materials.store.internal.LockOwner;
import org.laserdamage.materials.store.internal.SharedDerby;

/**
 * The lock of the process that hosts an embedded database: a process that
 * holds it without sharing the database (an older version, or one that hangs)
 * is named after a bounded wait, with how to clear a lock of a program that
 * does not run; a lock file that no live process holds never blocks.
 */
class DerbyLockTest {

	@TempDir
	Path tempDir;

	private Path folder;
	private Path lockFile;

	@BeforeEach
	void createFolder() throws Exception {
		folder = Files.createDirectories(tempDir.resolve("materials"));
		lockFile = folder.resolve(DerbyLock.FILE_NAME);
		System.setProperty(SharedDerby.WAIT_PROPERTY, "2");
	}

	@AfterEach
	void defaultWait() {
		System.clearProperty(SharedDerby.WAIT_PROPERTY);
	}

	@Test
	void aProgramHoldingTheDatabaseWithoutSharingItIsNamedAfterTheWait() throws Exception {
		try (OtherProcess other = OtherProcess.holdingLock(tempDir, lockFile)) {
			Files.writeString(lockFile, LockOwner.of(other.handle(), "laserdamage run study.ldsim").format());

			MaterialStoreException e = assertThrows(MaterialStoreException.class, () -> MaterialStores.openDerby(folder));

			assertEquals("The material database " + folder + " is still held by process " + other.handle().pid()
					+ " (laserdamage run study.ldsim) after 2 seconds, and that process does not share it (an older version,"
					+ " or it hangs). Fix: close that program. If no such program runs on this computer (for example the file"
					+ " was copied from a backup or another computer), remove the lock file " + lockFile
					+ " (only that file) and try again.", e.getMessage());
		}
		try (IMaterialStore store = MaterialStores.openDerby(folder)) {
			assertFalse(store.materials().isEmpty(), "the lock of an ended process does not block");
		}
	}

	@Test
	void aLockedFileWithoutOwnerStillBlocks() throws Exception {
		try (OtherProcess other = OtherProcess.holdingLock(tempDir, lockFile)) {
			MaterialStoreException e = assertThrows(MaterialStoreException.class, () -> MaterialStores.openDerby(folder));
			assertTrue(e.getMessage().contains("is still locked by another process after 2 seconds"), e.getMessage());
			assertTrue(e.getMessage().contains("remove the lock file " + lockFile + " (only that file)"), e.getMessage());
		}
	}

	/**
	 * A backup of a data folder taken while the workbench ran, restored
	 * elsewhere: its lock file names a live process, but that process holds
	 * the lock of another file. Only the operating-system lock counts.
	 */
	@Test
	void aLockFileNamingALiveProcessThatDoesNotHoldItIsStale() throws Exception {
		Process sleep = new ProcessBuilder("sleep", "60").start();
		try {
			Files.writeString(lockFile, LockOwner.of(sleep.toHandle(), "laserdamage-workbench").format());
			try (IMaterialStore store = MaterialStores.openDerby(folder)) {
				assertFalse(store.materials().isEmpty());
				assertTrue(Files.readString(lockFile).contains("pid=" + ProcessHandle.current().pid()), "now names this process");
			}
		} finally {
			sleep.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
	}

	@Test
	void aLockFileOfAnEndedProcessIsIgnored() throws Exception {
		Process ended = new ProcessBuilder("true").start();
		ended.waitFor(30, TimeUnit.SECONDS);
		Files.writeString(lockFile, new LockOwner(ended.pid(), "", "an old run").format());

		try (IMaterialStore store = MaterialStores.openDerby(folder)) {
			assertFalse(store.materials().isEmpty());
			assertTrue(Files.readString(lockFile).contains("pid=" + ProcessHandle.current().pid()), "now names this process");
		}
		assertEquals("", Files.readString(lockFile), "emptied on close");
	}

	@Test
	void aReusedPidIsIgnored() throws Exception {
		Process sleep = new ProcessBuilder("sleep", "60").start();
		try {
			Files.writeString(lockFile, new LockOwner(sleep.pid(), "2001-01-01T00:00:00Z", "a run before the reboot").format());
			try (IMaterialStore store = MaterialStores.openDerby(folder)) {
				assertFalse(store.materials().isEmpty());
			}
		} finally {
			sleep.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
	}

	@Test
	void theSameDatabaseTwiceInOneProgramIsRefused() throws Exception {
		try (IMaterialStore store = MaterialStores.openDerby(folder)) {
			MaterialStoreException e = assertThrows(MaterialStoreException.class, () -> MaterialStores.openDerby(folder));
			assertTrue(e.getMessage().contains("already open in this program"), e.getMessage());
			assertFalse(store.materials().isEmpty(), "the first store keeps working");
		}
		MaterialStores.openDerby(folder).close();
	}

	@Test
	void derbyBootedByAProgramWithoutTheLockIsReported() throws Exception {
		try (OtherProcess other = OtherProcess.bootingDerby(tempDir, folder.resolve(SharedDerby.DATABASE))) {
			MaterialStoreException e = assertThrows(MaterialStoreException.class, () -> MaterialStores.openDerby(folder));
			assertTrue(e.getMessage().startsWith("The material database " + folder + " is in use by another program ("),
					e.getMessage());
			assertTrue(e.getMessage().contains("laserdamage.materials.url"), e.getMessage());
		}
		MaterialStores.openDerby(folder).close();
	}

	@Test
	void closingTheStoreLetsAnotherProgramOpenTheDatabase() throws Exception {
		MaterialStores.openDerby(folder).close();
		try (OtherProcess other = OtherProcess.bootingDerby(tempDir, folder.resolve(SharedDerby.DATABASE))) {
			assertTrue(other.handle().isAlive());
		}
	}
}
