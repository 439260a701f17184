package org.laserdamage.materials.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laserdamage.materials.IMaterialStore;
import org.laserdamage.materials.MaterialStoreException;
import org.laserdamage.materials.store.MaterialStores;
import org.laserdamage.materials.store.internal.DerbyConnector;
import org.laserdamage.materials.store.internal.DerbyLock;
import org.laserdamage.materials.store.internal.LockOwner;

/**
 * Two programs on one embedded database (a workbench and a headless run): the
 * second gets a message naming the first, and a lock left by a program that
 * has ended does not block.
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
	}

	@Test
	void aProgramHoldingTheDatabaseIsNamedAndReleasesItWhenItEnds() throws Exception {
		try (OtherProcess other = OtherProcess.holdingLock(tempDir, lockFile)) {
			Files.writeString(lockFile, LockOwner.of(other.handle(), "laserdamage run study.ldsim").format());

			MaterialStoreException e = assertThrows(MaterialStoreException.class, () -> MaterialStores.openDerby(folder));

			assertEquals("The material database " + folder + " is in use by process " + other.handle().pid()
					+ " (laserdamage run study.ldsim). Close that program, or point laserdamage.materials.url at a shared"
					+ " PostgreSQL database.", e.getMessage());
		}
		try (IMaterialStore store = MaterialStores.openDerby(folder)) {
			assertFalse(store.materials().isEmpty(), "the lock of an ended process does not block");
		}
	}

	@Test
	void aLockedFileWithoutOwnerStillBlocks() throws Exception {
		try (OtherProcess other = OtherProcess.holdingLock(tempDir, lockFile)) {
			MaterialStoreException e = assertThrows(MaterialStoreException.class, () -> MaterialStores.openDerby(folder));
			assertTrue(e.getMessage().contains("is in use by another process"), e.getMessage());
		}
	}

	/** Covers file systems without working locks, where only the PID in the file protects the database. */
	@Test
	void aRunningProcessNamedInTheLockFileBlocksEvenWithoutTheLock() throws Exception {
		Process sleep = new ProcessBuilder("sleep", "60").start();
		try {
			Files.writeString(lockFile, LockOwner.of(sleep.toHandle(), "").format());

			MaterialStoreException e = assertThrows(MaterialStoreException.class, () -> MaterialStores.openDerby(folder));

			assertTrue(e.getMessage().contains("is in use by process " + sleep.pid() + " ("), e.getMessage());
			assertTrue(e.getMessage().contains("sleep 60)"), "the command from the system: " + e.getMessage());
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
		try (OtherProcess other = OtherProcess.bootingDerby(tempDir, folder.resolve(DerbyConnector.DATABASE))) {
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
		try (OtherProcess other = OtherProcess.bootingDerby(tempDir, folder.resolve(DerbyConnector.DATABASE))) {
			assertTrue(other.handle().isAlive());
		}
	}
}
