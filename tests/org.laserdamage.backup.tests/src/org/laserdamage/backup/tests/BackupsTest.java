package org.laserdamage.backup.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laserdamage.backup.BackupContent;
import org.laserdamage.backup.BackupItem;
import org.laserdamage.backup.BackupSet;
import org.laserdamage.backup.Backups;
import org.laserdamage.backup.Manifest;
import org.laserdamage.materials.IMaterialStore;
import org.laserdamage.materials.Material;
import org.laserdamage.materials.store.MaterialStores;

/**
 * Backup sets of a data folder: the material database (Derby's online backup
 * while it is open and written), results, configuration and studies; restored
 * byte for byte and row for row; damaged, incomplete and foreign sets never
 * taken for good ones; retention that keeps the newest verified set.
 */
class BackupsTest {

	@TempDir
	Path data;
	@TempDir
	Path destination;

	private static final String LONG = "a-folder-name-that-is-long/".repeat(4) + "and-a-file-name-longer-than-one-hundred-characters.csv"; //$NON-NLS-1$ //$NON-NLS-2$

	private void someData() throws IOException {
		Trees.write(data, "results/run-1/summary.json", "{\"melt\":0.25}"); //$NON-NLS-1$ //$NON-NLS-2$
		Trees.write(data, "results/run-1/" + LONG, "t,T\n0,293.15\n"); //$NON-NLS-1$ //$NON-NLS-2$
		Trees.write(data, "results/run-2/empty.csv", ""); //$NON-NLS-1$ //$NON-NLS-2$
		Files.createDirectories(data.resolve("results/empty-folder")); //$NON-NLS-1$
		Trees.write(data, "config/server.properties", "bind=127.0.0.1\n"); //$NON-NLS-1$ //$NON-NLS-2$
		Trees.write(data, "studies/plate.ldsim", "<study/>"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private List<BackupItem> items(IMaterialStore store) {
		return List.of(
				new BackupItem("materials", BackupContent.DATABASES, data.resolve("materials"), //$NON-NLS-1$ //$NON-NLS-2$
						(folder, monitor) -> {
							try {
								MaterialStores.backup(store, folder);
							} catch (org.laserdamage.materials.MaterialStoreException e) {
								throw new IOException(e.getMessage(), e);
							}
						}),
				BackupItem.folder("results", BackupContent.RESULTS, data.resolve("results")), //$NON-NLS-1$ //$NON-NLS-2$
				BackupItem.folder("configuration", BackupContent.CONFIGURATION, data.resolve("config")), //$NON-NLS-1$ //$NON-NLS-2$
				BackupItem.folder("studies", BackupContent.USER_DATA, data.resolve("studies"))); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void aRestoreBringsBackEveryFileAndEveryRow() throws Exception {
		someData();
		Map<String, String> results = Trees.read(data.resolve("results")); //$NON-NLS-1$
		Map<String, String> config = Trees.read(data.resolve("config")); //$NON-NLS-1$
		Map<String, String> studies = Trees.read(data.resolve("studies")); //$NON-NLS-1$
		Backups backups = new Backups(destination);
		BackupSet set;
		List<Material> rows;
		try (IMaterialStore store = MaterialStores.openDerby(data.resolve("materials"))) { //$NON-NLS-1$
			rows = store.materials();
			set = backups.create(items(store), "0.1.0", Map.of("materials", 3), new NullProgressMonitor()); //$NON-NLS-1$ //$NON-NLS-2$
			assertEquals(BackupSet.Status.VERIFIED, set.status());
			assertEquals(destination.resolve(set.id()), set.folder());
			assertTrue(set.id().matches("\\d{8}_\\d{6}"), set.id()); //$NON-NLS-1$
			assertEquals(4, set.manifest().items().size());
			for (Manifest.Item item : set.manifest().items()) {
				assertEquals(64, item.sha256().length());
				assertEquals(Files.size(set.folder().resolve(item.archive())), item.size());
			}
			// change and delete after the backup
			store.delete(rows.get(0).id());
			store.save(rows.get(1));
		}
		Trees.write(data, "results/run-1/summary.json", "{\"melt\":9}"); //$NON-NLS-1$ //$NON-NLS-2$
		Files.delete(data.resolve("studies/plate.ldsim")); //$NON-NLS-1$
		Trees.write(data, "config/stray.txt", "written after the backup"); //$NON-NLS-1$ //$NON-NLS-2$

		List<Backups.Change> dry = backups.restore(set.id(), List.of(), Map.of(), true, null);
		assertEquals(4, dry.size());
		assertTrue(Files.exists(data.resolve("config/stray.txt")), "a dry run changes nothing"); //$NON-NLS-1$ //$NON-NLS-2$

		backups.restore(set.id(), List.of(), Map.of(), false, new NullProgressMonitor());
		assertEquals(results, Trees.read(data.resolve("results"))); //$NON-NLS-1$
		assertEquals(config, Trees.read(data.resolve("config"))); //$NON-NLS-1$
		assertEquals(studies, Trees.read(data.resolve("studies"))); //$NON-NLS-1$
		try (IMaterialStore store = MaterialStores.openDerby(data.resolve("materials"))) { //$NON-NLS-1$
			assertEquals(rows, store.materials(), "row for row"); //$NON-NLS-1$
			assertEquals(1, store.history(rows.get(1).id()).size(), "the version saved after the backup is gone"); //$NON-NLS-1$
		}
		try (var left = Files.list(data)) {
			assertEquals(List.of("config", "materials", "results", "studies"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					left.map(p -> p.getFileName().toString()).sorted().toList(), "no staging or before-restore folders left"); //$NON-NLS-1$
		}
	}

	@Test
	void aDatabaseInUseIsNotReservedForARestore() throws Exception {
		Path folder = data.resolve("materials"); //$NON-NLS-1$
		try (IMaterialStore store = MaterialStores.openDerby(folder)) {
			org.laserdamage.materials.MaterialStoreException e = assertThrows(
					org.laserdamage.materials.MaterialStoreException.class, () -> MaterialStores.reserveForRestore(folder));
			assertTrue(e.getMessage().contains("in use") && e.getMessage().contains("then restore"), e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		try (AutoCloseable held = MaterialStores.reserveForRestore(folder)) {
			assertTrue(Files.isDirectory(folder));
		}
	}

	@Test
	void theOnlineBackupOfTheDatabaseIsConsistentWhileItIsWritten() throws Exception {
		someData();
		Backups backups = new Backups(destination);
		int before;
		int after;
		AtomicInteger saved = new AtomicInteger();
		try (IMaterialStore store = MaterialStores.openDerby(data.resolve("materials"))) { //$NON-NLS-1$
			Material m = store.materials().get(0);
			before = store.history(m.id()).size();
			AtomicBoolean stop = new AtomicBoolean();
			Thread writer = new Thread(() -> {
				while (!stop.get()) {
					try {
						store.save(m);
						saved.incrementAndGet();
					} catch (org.laserdamage.materials.MaterialStoreException e) {
						throw new IllegalStateException(e);
					}
				}
			});
			writer.start();
			while (saved.get() < 3) {
				Thread.sleep(5);
			}
			BackupSet set = backups.create(items(store).subList(0, 1), "0.1.0", Map.of(), null); //$NON-NLS-1$
			stop.set(true);
			writer.join();
			after = store.history(m.id()).size();
			assertTrue(set.isGood());
		}
		backups.restore(backups.latestGood().orElseThrow().id(), List.of("materials"), Map.of(), false, null); //$NON-NLS-1$
		try (IMaterialStore store = MaterialStores.openDerby(data.resolve("materials"))) { //$NON-NLS-1$
			int restored = store.history(store.materials().get(0).id()).size();
			assertTrue(restored > before && restored <= after, before + " < " + restored + " <= " + after); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private BackupSet filesOnly(Backups backups) throws Exception {
		someData();
		return backups.create(List.of(BackupItem.folder("results", BackupContent.RESULTS, data.resolve("results")), //$NON-NLS-1$ //$NON-NLS-2$
				BackupItem.folder("studies", BackupContent.USER_DATA, data.resolve("studies"))), "0.1.0", Map.of(), null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Test
	void aFlippedByteIsFoundAndTheSetIsNeverRestored() throws Exception {
		Backups backups = new Backups(destination);
		BackupSet set = filesOnly(backups);
		Path archive = set.folder().resolve("results.tar.gz"); //$NON-NLS-1$
		try (RandomAccessFile f = new RandomAccessFile(archive.toFile(), "rw")) { //$NON-NLS-1$
			f.seek(f.length() / 2);
			int b = f.read();
			f.seek(f.length() / 2);
			f.write(b ^ 0x01);
		}
		assertDamageBlocksRestore(backups, set, "does not match"); //$NON-NLS-1$
	}

	@Test
	void aTruncatedArchiveIsFound() throws Exception {
		Backups backups = new Backups(destination);
		BackupSet set = filesOnly(backups);
		Path archive = set.folder().resolve("studies.tar.gz"); //$NON-NLS-1$
		try (RandomAccessFile f = new RandomAccessFile(archive.toFile(), "rw")) { //$NON-NLS-1$
			f.setLength(f.length() - 10);
		}
		assertDamageBlocksRestore(backups, set, "studies.tar.gz"); //$NON-NLS-1$
	}

	@Test
	void aMissingArchiveIsFound() throws Exception {
		Backups backups = new Backups(destination);
		BackupSet set = filesOnly(backups);
		Files.delete(set.folder().resolve("results.tar.gz")); //$NON-NLS-1$
		assertDamageBlocksRestore(backups, set, "missing"); //$NON-NLS-1$
	}

	private void assertDamageBlocksRestore(Backups backups, BackupSet set, String why) throws Exception {
		Map<String, String> results = Trees.read(data.resolve("results")); //$NON-NLS-1$
		Trees.write(data, "results/after.txt", "newer than the backup"); //$NON-NLS-1$ //$NON-NLS-2$
		BackupSet checked = backups.verify(set, null);
		assertEquals(BackupSet.Status.FAILED, checked.status());
		assertTrue(checked.manifest().problem().contains(why), checked.manifest().problem());
		assertTrue(backups.latestGood().isEmpty(), "a damaged set is never the latest good one"); //$NON-NLS-1$
		CoreException e = assertThrows(CoreException.class, () -> backups.restore(set.id(), List.of(), Map.of(), false, null));
		assertTrue(e.getStatus().getMessage().contains("only a verified set is restored"), e.getStatus().getMessage()); //$NON-NLS-1$
		results.put("after.txt", Trees.read(data.resolve("results")).get("after.txt")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(results, Trees.read(data.resolve("results")), "nothing restored"); //$NON-NLS-1$
	}

	@Test
	void aCancelledBackupLeavesNothingThatLooksLikeASet() throws Exception {
		someData();
		Backups backups = new Backups(destination);
		NullProgressMonitor monitor = new NullProgressMonitor();
		BackupItem cancelling = new BackupItem("cancel", BackupContent.DATABASES, data.resolve("results"), //$NON-NLS-1$ //$NON-NLS-2$
				(folder, m) -> monitor.setCanceled(true));
		assertThrows(OperationCanceledException.class, () -> backups.create(
				List.of(BackupItem.folder("studies", BackupContent.USER_DATA, data.resolve("studies")), cancelling, //$NON-NLS-1$ //$NON-NLS-2$
						BackupItem.folder("results", BackupContent.RESULTS, data.resolve("results"))), //$NON-NLS-1$ //$NON-NLS-2$
				"0.1.0", Map.of(), monitor)); //$NON-NLS-1$
		assertEquals(List.of(), backups.list());
		try (var left = Files.list(destination)) {
			assertEquals(0, left.count());
		}
	}

	@Test
	void aSetWhoseWriterWasKilledIsIncompleteAndNeverRestored() throws Exception {
		Backups backups = new Backups(destination);
		BackupSet good = filesOnly(backups);
		// what a kill -9 while writing leaves: the folder under its writing name, the archives, a manifest or none
		Path killed = destination.resolve("20991231_235959.incomplete"); //$NON-NLS-1$
		copy(good.folder(), killed);
		Manifest m = Manifest.read(killed);
		new Manifest(m.format(), "20991231_235959", m.created(), m.product(), m.schemaVersions(), m.items(), //$NON-NLS-1$
				Manifest.WRITING, null, null).write(killed);
		BackupSet found = backups.list().stream().filter(s -> s.id().equals("20991231_235959")).findFirst().orElseThrow(); //$NON-NLS-1$
		assertEquals(BackupSet.Status.INCOMPLETE, found.status());
		assertEquals(good.id(), backups.latestGood().orElseThrow().id(), "the newer, incomplete set is not the latest good"); //$NON-NLS-1$
		assertEquals(BackupSet.Status.INCOMPLETE, backups.verify(found, null).status(), "complete archives do not make it good"); //$NON-NLS-1$
		assertThrows(CoreException.class, () -> backups.restore("20991231_235959", List.of(), Map.of(), false, null)); //$NON-NLS-1$
	}

	@Test
	void aRestoreThatFailsMidwayLeavesThePreviousStateInPlace() throws Exception {
		Backups backups = new Backups(destination);
		BackupSet set = filesOnly(backups);
		Trees.write(data, "results/run-1/summary.json", "{\"melt\":9}"); //$NON-NLS-1$ //$NON-NLS-2$
		Map<String, String> now = Trees.read(data);
		Path blocked = data.resolve("a-file"); //$NON-NLS-1$
		Files.writeString(blocked, "a file, where the restore wants a folder"); //$NON-NLS-1$
		now.put("a-file", Trees.read(data).get("a-file")); //$NON-NLS-1$ //$NON-NLS-2$
		CoreException e = assertThrows(CoreException.class, () -> backups.restore(set.id(), List.of(),
				Map.of("studies", blocked.resolve("studies")), false, null)); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(e.getStatus().getMessage().contains("Nothing was changed"), e.getStatus().getMessage()); //$NON-NLS-1$
		assertEquals(now, Trees.read(data), "results not swapped, no staging folder left"); //$NON-NLS-1$
	}

	/**
	 * The state a restore killed between its two renames of a folder leaves (the target moved aside, the
	 * staging folder unpacked, the journal naming both), as the restore writes it: the next restore or
	 * recover() puts the previous folder back and removes the rest.
	 */
	@Test
	void aRestoreKilledWhileSwappingIsUndoneByTheNextOne() throws Exception {
		Backups backups = new Backups(destination);
		BackupSet set = filesOnly(backups);
		Trees.write(data, "results/run-1/summary.json", "{\"melt\":9}"); //$NON-NLS-1$ //$NON-NLS-2$
		Map<String, String> now = Trees.read(data);
		Path results = data.resolve("results"); //$NON-NLS-1$
		Path staging = data.resolve("results.restoring-" + set.id()); //$NON-NLS-1$
		Trees.write(staging, "run-1/summary.json", "{\"melt\":0.25}"); //$NON-NLS-1$ //$NON-NLS-2$
		Files.move(results, data.resolve("results.before-restore-" + set.id())); //$NON-NLS-1$
		Path created = data.resolve("made-by-the-restore"); //$NON-NLS-1$
		Files.createDirectories(created);
		Files.write(destination.resolve(".restore-" + set.id() + ".journal"), List.of(set.id(), //$NON-NLS-1$ //$NON-NLS-2$
				staging + "\t" + results + "\ttrue", data.resolve("x.restoring") + "\t" + created + "\tfalse")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

		assertEquals(List.of(set.id()), backups.recover());
		assertEquals(now, Trees.read(data), "the results as they were before the restore, nothing else left"); //$NON-NLS-1$
		assertEquals(List.of(), backups.recover(), "nothing more to do"); //$NON-NLS-1$
		assertEquals(1, backups.list().size(), "the journal is no set"); //$NON-NLS-1$

		// once every folder was in place the restore is finished instead
		backups.restore(set.id(), List.of("results"), Map.of(), false, null); //$NON-NLS-1$
		Map<String, String> restored = Trees.read(data);
		Trees.write(data, "results.before-restore-" + set.id() + "/old.txt", "what was there"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Files.write(destination.resolve(".restore-" + set.id() + ".journal"), List.of(set.id(), //$NON-NLS-1$ //$NON-NLS-2$
				staging + "\t" + results + "\ttrue", "swapped")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(List.of(set.id()), backups.recover());
		assertEquals(restored, Trees.read(data), "the restored results stay, the previous copy is removed"); //$NON-NLS-1$
	}

	@Test
	void retentionKeepsTheNewestVerifiedSetAndTouchesNothingElse() throws Exception {
		Backups backups = new Backups(destination);
		BackupSet real = filesOnly(backups);
		// older sets, as earlier days would have left them
		for (String id : new String[] { "20240101_000000", "20240102_000000", "20240103_000000" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Path folder = destination.resolve(id);
			copy(real.folder(), folder);
			Manifest m = Manifest.read(folder);
			new Manifest(m.format(), id, m.created(), m.product(), m.schemaVersions(), m.items(), m.state(), m.verified(),
					null).write(folder);
		}
		Files.writeString(destination.resolve("README.txt"), "the operator's notes"); //$NON-NLS-1$ //$NON-NLS-2$
		Files.createDirectories(destination.resolve("20240101_000000-copy")); //$NON-NLS-1$
		Files.createDirectories(destination.resolve("other-backups")); //$NON-NLS-1$
		Instant now = real.time().plus(Duration.ofDays(1));

		List<BackupSet> removed = backups.prune(null, 2, now, null);
		assertEquals(List.of("20240101_000000", "20240102_000000"), removed.stream().map(BackupSet::id).toList()); //$NON-NLS-1$ //$NON-NLS-2$
		removed = backups.prune(Duration.ofDays(30), null, now, null);
		assertEquals(List.of("20240103_000000"), removed.stream().map(BackupSet::id).toList()); //$NON-NLS-1$
		// the newest verified set stays even when it is older than the limit
		removed = backups.prune(Duration.ofDays(30), 0, now.plus(Duration.ofDays(400)), null);
		assertEquals(List.of(), removed);
		try (var left = Files.list(destination)) {
			assertEquals(List.of("20240101_000000-copy", real.id(), "README.txt", "other-backups"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					left.map(p -> p.getFileName().toString()).sorted().toList());
		}
	}

	private static void copy(Path from, Path to) throws IOException {
		Files.createDirectories(to);
		try (var files = Files.list(from)) {
			for (Path f : (Iterable<Path>) files::iterator) {
				Files.copy(f, to.resolve(f.getFileName()));
			}
		}
	}
}
