package org.laserdamage.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code laserdamage run} through the job model and {@code laserdamage jobs}
 * as separate processes of the built product: a run on the real CalculiX, and
 * a run killed with SIGKILL that a fresh {@code jobs list} shows as failed.
 */
class HeadlessJobsProductTest {

	private static final String[] SLOW = { "--set", "solver.endTime=100s", "--set", "solver.outputInterval=1s", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"--set", "mesh.radialCells=200", "--set", "target.layers[0].axialCells=100" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	@TempDir
	Path tmp;

	private Path work;
	private Product product;

	@BeforeEach
	void freshFolders() throws IOException {
		work = Files.createDirectories(tmp.resolve("work")); //$NON-NLS-1$
		product = new Product(work, tmp.resolve("data")); //$NON-NLS-1$
	}

	private static String[] args(String[] first, String... rest) {
		return Stream.concat(Stream.of(first), Stream.of(rest)).toArray(String[]::new);
	}

	@Test
	void aRunOnCalculixIsAJobWithTheCommonResults() throws Exception {
		assumeTrue(onPath("ccx"), "CalculiX (ccx) is not on PATH; CI installs calculix-ccx"); //$NON-NLS-1$ //$NON-NLS-2$
		Product.Result r = product.run(300, "run", Product.example("aisi304-cw-1kW.ldsim"), "--solver", "calculix", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"--timeout", "10m", "--out", "ccx", "--set", "laser.absorptivityOverride=0.35", "--set", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
				"environment.frontEmissivity=0.3", "--set", "environment.backEmissivity=0.3", "--set", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"mesh.radialCells=20", "--set", "target.layers[0].axialCells=8", "--set", "solver.endTime=20ms"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals(0, r.exitCode(), r.all());
		assertTrue(r.out().contains("with org.laserdamage.solver.calculix") && r.out().contains("Report:"), r.out()); //$NON-NLS-1$ //$NON-NLS-2$
		for (String file : new String[] { "summary.json", "probes.csv", "report.html", "solver.log" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			assertTrue(Files.isRegularFile(work.resolve("ccx").resolve(file)), file); //$NON-NLS-1$
		}
		Product.Result listed = product.run(60, "jobs", "list"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(0, listed.exitCode(), listed.all());
		String row = listed.out().lines().filter(l -> l.contains("SUCCEEDED")).findFirst() //$NON-NLS-1$
				.orElseThrow(() -> new AssertionError(listed.out()));
		assertTrue(row.contains("calculix") && row.contains(work.resolve("ccx").toString()), row); //$NON-NLS-1$ //$NON-NLS-2$
		String id = row.substring(0, row.indexOf(' '));
		Product.Result log = product.run(60, "jobs", "log", id); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(log.out().contains("Job finished"), "the end of ccx's own log: " + log.out()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void aRunKilledWithSigkillIsListedAsFailedByAFreshProcess() throws Exception {
		Product.Running running = product.start(args(new String[] { "run", Product.example("aisi304-cw-1kW.ldsim"), //$NON-NLS-1$ //$NON-NLS-2$
				"--out", "out" }, SLOW)); //$NON-NLS-1$ //$NON-NLS-2$
		running.awaitOutput(o -> o.contains("0%"), 60); //$NON-NLS-1$
		Product.Result whileRunning = product.run(60, "jobs", "list", "--state", "RUNNING"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertTrue(whileRunning.out().contains("RUNNING"), "a run that goes on is running: " + whileRunning.all()); //$NON-NLS-1$ //$NON-NLS-2$

		running.process().destroyForcibly(); // SIGKILL: no chance to say so
		running.process().waitFor();
		Product.Result listed = product.run(60, "jobs"); //$NON-NLS-1$
		assertEquals(0, listed.exitCode(), listed.all());
		String row = listed.out().lines().filter(l -> l.contains("aisi304") || l.contains("AISI 304")).findFirst() //$NON-NLS-1$ //$NON-NLS-2$
				.orElseThrow(() -> new AssertionError(listed.out()));
		assertTrue(row.contains("FAILED") && row.contains("process " + running.pid()) //$NON-NLS-1$ //$NON-NLS-2$
				&& row.contains("ended while it ran"), row); //$NON-NLS-1$
		assertTrue(!listed.out().contains("RUNNING "), "never running forever: " + listed.out()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void jobsCancelFromAnotherProcessStopsTheRun() throws Exception {
		Product.Running running = product.start(args(new String[] { "run", Product.example("aisi304-cw-1kW.ldsim"), //$NON-NLS-1$ //$NON-NLS-2$
				"--out", "out" }, SLOW)); //$NON-NLS-1$ //$NON-NLS-2$
		running.awaitOutput(o -> o.contains("0%"), 60); //$NON-NLS-1$
		Product.Result listed = product.run(60, "jobs", "list", "--state", "running"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		String row = listed.out().lines().filter(l -> l.contains("RUNNING")).findFirst() //$NON-NLS-1$
				.orElseThrow(() -> new AssertionError(listed.all()));
		String id = row.substring(0, row.indexOf(' '));
		Product.Result cancel = product.run(90, "jobs", "cancel", id); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(0, cancel.exitCode(), cancel.all());
		assertTrue(cancel.out().contains("process " + running.pid()) && cancel.out().contains("CANCELLED"), cancel.out()); //$NON-NLS-1$ //$NON-NLS-2$
		Product.Result r = running.await(60);
		assertEquals(130, r.exitCode(), r.all());
		assertTrue(r.err().contains("jobs cancel " + id) && r.err().contains("out.cancelled-"), r.err()); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(!Files.exists(work.resolve("out")), "--out untouched"); //$NON-NLS-1$
	}

	private static boolean onPath(String program) {
		String path = System.getenv("PATH"); //$NON-NLS-1$
		return path != null && Stream.of(path.split(File.pathSeparator))
				.anyMatch(dir -> !dir.isBlank() && Files.isExecutable(Path.of(dir, program)));
	}
}
