package org.laserdamage.materials.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laserdamage.materials.IMaterialStore;
import org.laserdamage.materials.Material;
import org.laserdamage.materials.MaterialConflictException;
import org.laserdamage.materials.store.MaterialStores;
import org.laserdamage.materials.store.internal.DerbyLock;
import org.laserdamage.materials.store.internal.SharedDerby;

/**
 * Several programs on one embedded database at the same time, as real
 * separate JVMs ({@link StoreProcess}): the workbench, command-line runs and
 * parallel runs share it, and none is told "in use by process N".
 */
class SharedDatabaseTest {

	@TempDir
	Path tempDir;

	private Path folder;
	private final List<StoreProcess> processes = new ArrayList<>();

	@BeforeEach
	void shortGracePeriod() {
		folder = tempDir.resolve("data/materials");
		System.setProperty(SharedDerby.GRACE_PROPERTY, "2");
	}

	@AfterEach
	void endProcesses() throws Exception {
		for (StoreProcess p : processes) {
			p.close();
		}
		System.clearProperty(SharedDerby.GRACE_PROPERTY);
	}

	private StoreProcess start(String name) throws Exception {
		StoreProcess p = StoreProcess.start(tempDir, name, folder);
		processes.add(p);
		return p;
	}

	@Test
	void anotherProgramReadsAndWritesWhileThisOneHasItOpen() throws Exception {
		try (IMaterialStore store = MaterialStores.openDerby(folder)) {
			StoreProcess other = start("other");
			assertEquals("opened", other.send("open"));
			assertEquals("count " + store.materials().size(), other.send("count"));

			assertEquals("saved 2", other.send("save al-6061-t6"));

			assertEquals(2, store.history("al-6061-t6").size(), "this program sees the other's version at once");
			assertEquals(3, store.save(store.find("al-6061-t6").orElseThrow()).version());
			assertEquals("versions 3", other.send("versions al-6061-t6"));
			assertFalse(other.errors().contains("in use"), other.errors());
		}
	}

	@Test
	void threeProgramsAtOnceWhoeverComesFirstHosts() throws Exception {
		StoreProcess first = start("first");
		StoreProcess second = start("second");
		assertEquals("opened", first.send("open"));
		second.post("open");
		try (IMaterialStore store = MaterialStores.openDerby(folder)) {
			assertEquals("opened", second.answer(120));
			assertEquals("saved 2", second.send("save cu-c101"));
			assertEquals("saved 3", first.send("save cu-c101"));
			assertEquals(4, store.save(store.find("cu-c101").orElseThrow()).version());
			assertEquals("versions 4", first.send("versions cu-c101"));
			assertEquals("versions 4", second.send("versions cu-c101"));
		}
	}

	/** The xargs -P 3 case of the issue, on the store: six programs, three at a time, on a fresh folder. */
	@Test
	void sixProgramsThreeAtATimeOnAFreshFolderAllSucceed() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(3);
		try {
			List<Future<String>> runs = new ArrayList<>();
			for (int i = 1; i <= 6; i++) {
				String name = "run-" + i;
				runs.add(pool.submit(() -> {
					try (StoreProcess run = StoreProcess.start(tempDir, name, folder)) {
						return run.send("open") + ", " + run.send("count") + ", " + run.send("close") + run.errors();
					}
				}));
			}
			int expected = BuiltInCount.materials();
			for (Future<String> run : runs) {
				String result = run.get(300, TimeUnit.SECONDS);
				assertTrue(result.startsWith("opened, count " + expected + ", closed"), result);
				assertFalse(result.contains("in use"), result);
			}
		} finally {
			pool.shutdownNow();
		}
	}

	@Test
	void whenTheHostClosesTheNextReadOfAClientStillWorks() throws Exception {
		StoreProcess host = start("host");
		assertEquals("opened", host.send("open"));
		try (IMaterialStore store = MaterialStores.openDerby(folder)) {
			int count = store.materials().size();
			assertEquals("closed", host.send("close"), "after the grace period, although this client is still connected");

			assertEquals(count, store.materials().size(), "reconnected, as the new host");
			assertTrue(Files.readString(folder.resolve(DerbyLock.FILE_NAME)).contains("pid=" + ProcessHandle.current().pid()));
			assertEquals("opened", host.send("open"), "the old host is now a client");
			assertEquals("saved 2", host.send("save fused-silica"));
			assertEquals(2, store.history("fused-silica").size());
		}
	}

	@Test
	void aConflictingEditFromAnotherProgramIsRefusedNamingWhoSavedFirst() throws Exception {
		try (IMaterialStore store = MaterialStores.openDerby(folder)) {
			Material version1 = store.find("aisi-304").orElseThrow();
			StoreProcess other = start("other");
			assertEquals("opened", other.send("open"));
			assertEquals("saved 2", other.send("edit aisi-304 1"));

			MaterialConflictException e = assertThrows(MaterialConflictException.class, () -> store.saveEdit(version1));

			assertTrue(e.getMessage().contains("your edit starts from version 1, but " + System.getProperty("user.name")
					+ " stored version 2"), e.getMessage());
			assertEquals(2, e.newest());
			assertEquals(2, store.history("aisi-304").size(), "nothing stored");
			assertTrue(other.send("edit aisi-304 1").startsWith("conflict Material 'aisi-304' was not saved"));
			assertEquals("saved 3", other.send("edit aisi-304 2"));
		}
	}

	@Test
	void aProgramThatFindsTheDatabaseBusyWaitsWithAMessage() throws Exception {
		Files.createDirectories(folder);
		List<String> messages = new CopyOnWriteArrayList<>();
		try (OtherProcess holder = OtherProcess.holdingLock(tempDir, folder.resolve(DerbyLock.FILE_NAME))) {
			CompletableFuture<IMaterialStore> opening = CompletableFuture.supplyAsync(() -> {
				try {
					return MaterialStores.openDerby(folder, messages::add);
				} catch (Exception e) {
					throw new IllegalStateException(e);
				}
			});
			Thread.sleep(3000);
			assertFalse(opening.isDone(), "waits while another process holds the lock");
			assertEquals(1, messages.size(), messages.toString());
			assertTrue(messages.get(0).startsWith("Waiting for the material database " + folder), messages.toString());
			holder.close();
			try (IMaterialStore store = opening.get(120, TimeUnit.SECONDS)) {
				assertFalse(store.materials().isEmpty());
			}
		}
	}
}
