package org.laserdamage.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code laserdamage backup} killed with SIGKILL in the middle, as a power
 * cut or the OOM killer would: a backup cut short leaves no set that claims
 * to be good (and none a restore takes), a restore cut short leaves the
 * previous data exactly as it was, and the next command tidies up after it.
 * The results folder holds incompressible data so that each phase lasts
 * seconds on this machine and the kill lands inside it.
 */
class BackupProductTest {

	private static final int FILES = 6;
	private static final int MEGABYTES_EACH = 40;

	@TempDir
	Path tmp;

	private Path work;
	private Path results;
	private Path sets;
	private Product product;

	@BeforeEach
	void freshFolders() throws IOException {
		work = Files.createDirectories(tmp.resolve("work")); //$NON-NLS-1$
		results = Files.createDirectories(tmp.resolve("results")); //$NON-NLS-1$
		sets = tmp.resolve("sets"); //$NON-NLS-1$
		product = new Product(work, tmp.resolve("data")); //$NON-NLS-1$
		Random random = new Random(7);
		byte[] block = new byte[1 << 20];
		for (int f = 0; f < FILES; f++) {
			try (OutputStream out = Files.newOutputStream(results.resolve("run-" + f + ".bin"))) { //$NON-NLS-1$ //$NON-NLS-2$
				for (int m = 0; m < MEGABYTES_EACH; m++) {
					random.nextBytes(block);
					out.write(block);
				}
			}
		}
		Files.writeString(results.resolve("marker.txt"), "before\n"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void aBackupKilledMidwayLeavesNoSetThatClaimsToBeGood() throws Exception {
		Product.Running running = product.start("backup", "create", "--to", sets.toString(), "--results", results.toString(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"--items", "results"); //$NON-NLS-1$ //$NON-NLS-2$
		await("the results being archived", running, () -> { //$NON-NLS-1$
			Path incomplete = only(sets, ".incomplete"); //$NON-NLS-1$
			return incomplete != null && size(incomplete.resolve("results.tar.gz")) > 10 << 20; //$NON-NLS-1$
		});
		kill(running);

		Product.Result listed = product.run(120, "backup", "list", "--from", sets.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(0, listed.exitCode(), listed.all());
		assertTrue(listed.out().contains("incomplete"), listed.out()); //$NON-NLS-1$
		assertFalse(listed.out().contains("verified"), "no set claims to be good: " + listed.out()); //$NON-NLS-1$ //$NON-NLS-2$
		String id = listed.out().strip().substring(0, 15);
		Product.Result refused = product.run(120, "backup", "restore", id, "--from", sets.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertNotEquals(0, refused.exitCode(), refused.all());
		assertTrue(refused.err().contains(id) && refused.err().contains("incomplete"), refused.err()); //$NON-NLS-1$
		assertEquals("before\n", Files.readString(results.resolve("marker.txt")), "the refused restore changed nothing"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		Thread.sleep(1100); // sets are named by the second
		Product.Result again = product.run(300, "backup", "create", "--to", sets.toString(), "--results", results.toString(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"--items", "results"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(0, again.exitCode(), again.all());
		Product.Result after = product.run(120, "backup", "list", "--from", sets.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(1, after.out().lines().filter(l -> l.contains("verified")).count(), after.out()); //$NON-NLS-1$
	}

	@Test
	void aRestoreKilledMidwayLeavesThePreviousStateUsable() throws Exception {
		Product.Result created = product.run(300, "backup", "create", "--to", sets.toString(), "--results", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				results.toString(), "--items", "results"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(0, created.exitCode(), created.all());
		String id = created.out().replaceAll("(?s).*?(\\d{8}_\\d{6}).*", "$1"); //$NON-NLS-1$ //$NON-NLS-2$
		// the user's data moves on after the backup
		Files.writeString(results.resolve("marker.txt"), "after\n"); //$NON-NLS-1$ //$NON-NLS-2$
		Files.writeString(results.resolve("new.txt"), "made after the backup\n"); //$NON-NLS-1$ //$NON-NLS-2$
		Map<String, String> current = tree(results);

		Product.Running running = product.start("backup", "restore", id, "--from", sets.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Path staging = results.resolveSibling("results.restoring-" + id); //$NON-NLS-1$
		await("the set being unpacked beside the results", running, () -> size(staging) > 20 << 20); //$NON-NLS-1$
		kill(running);
		assertEquals(current, tree(results), "the killed restore left the results exactly as they were"); //$NON-NLS-1$

		Product.Result listed = product.run(120, "backup", "list", "--from", sets.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(0, listed.exitCode(), listed.all());
		assertTrue(listed.err().contains("had been interrupted"), listed.err()); //$NON-NLS-1$
		assertFalse(Files.exists(staging), "the next command removed what the killed restore had unpacked"); //$NON-NLS-1$
		assertEquals(current, tree(results));

		Product.Result restored = product.run(300, "backup", "restore", id, "--from", sets.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(0, restored.exitCode(), restored.all());
		assertEquals("before\n", Files.readString(results.resolve("marker.txt"))); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(Files.exists(results.resolve("new.txt")), "the results as they were backed up"); //$NON-NLS-1$ //$NON-NLS-2$
		try (Stream<Path> left = Files.list(tmp)) {
			List<String> names = left.map(p -> p.getFileName().toString()).toList();
			assertTrue(names.stream().noneMatch(n -> n.contains(".restoring-") || n.contains(".before-restore-")), names.toString()); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static void await(String what, Product.Running running, BooleanSupplier condition) throws Exception {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (System.nanoTime() < end) {
			if (condition.getAsBoolean()) {
				return;
			}
			if (!running.process().isAlive()) {
				fail("the product ended before " + what + ": " + running.outSoFar()); //$NON-NLS-1$ //$NON-NLS-2$
			}
			Thread.sleep(20);
		}
		fail("never saw " + what); //$NON-NLS-1$
	}

	private static void kill(Product.Running running) throws InterruptedException {
		running.process().destroyForcibly(); // SIGKILL: no chance to clean up
		assertTrue(running.process().waitFor(30, TimeUnit.SECONDS));
	}

	/** @return the one entry of {@code folder} whose name ends with {@code suffix}, or null */
	private static Path only(Path folder, String suffix) {
		if (!Files.isDirectory(folder)) {
			return null;
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
		} catch (IOException e) {
			return null;
		}
	}

	/** @return the bytes below {@code path} (0 when it is not there or changes while it is read) */
	private static long size(Path path) {
		if (!Files.exists(path)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(path)) {
			return files.filter(Files::isRegularFile).mapToLong(f -> {
				try {
					return Files.size(f);
				} catch (IOException e) {
					return 0;
				}
			}).sum();
		} catch (IOException | java.io.UncheckedIOException e) {
			return 0;
		}
	}

	/** @return every file below {@code folder} with its SHA-256 */
	private static Map<String, String> tree(Path folder) throws Exception {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path f : walk.filter(Files::isRegularFile).toList()) {
				MessageDigest sha = MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
				try (var in = Files.newInputStream(f)) {
					byte[] buffer = new byte[1 << 16];
					for (int n; (n = in.read(buffer)) > 0;) {
						sha.update(buffer, 0, n);
					}
				}
				files.put(folder.relativize(f).toString(), HexFormat.of().formatHex(sha.digest()));
			}
		}
		assertTrue(files.containsKey("marker.txt"), files.keySet().toString()); //$NON-NLS-1$
		return files;
	}
}
