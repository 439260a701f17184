package org.laserdamage.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built headless product runs a study through a real Slurm: {@code
 * laserdamage run STUDY --on slurm} submits it to the single-node cluster of
 * {@code eval "$(releng/scripts/start-test-slurm.sh)"} (SLURM_CONF,
 * LASERDAMAGE_SLURM_SHAREDFOLDER and LASERDAMAGE_SLURM_PARTITION come from the
 * environment), the node runs this same installation's {@code laserdamage
 * job-attempt} (the default slurm.launcher), and the results come back into
 * {@code --out}. Skipped without Slurm, except on CI (CI=true), where that
 * fails.
 */
class SlurmProductTest {

	@TempDir
	Path tmp;

	private Path work;
	private Product product;

	@BeforeAll
	static void slurm() {
		String shared = System.getenv("LASERDAMAGE_SLURM_SHAREDFOLDER"); //$NON-NLS-1$
		String why = null;
		if (!onPath("sbatch")) { //$NON-NLS-1$
			why = "sbatch is not on the PATH, so the product cannot be run on Slurm here."; //$NON-NLS-1$
		} else if (shared == null || shared.isBlank()) {
			why = "LASERDAMAGE_SLURM_SHAREDFOLDER is not set, so the product has no Slurm to run on."; //$NON-NLS-1$
		}
		if (why != null) {
			why += " Start a single-node Slurm with `eval \"$(releng/scripts/start-test-slurm.sh)\"` (as root on Debian)."; //$NON-NLS-1$
			if ("true".equalsIgnoreCase(System.getenv("CI"))) { //$NON-NLS-1$ //$NON-NLS-2$
				fail(why + " CI=true: the Slurm tests must not be skipped on CI."); //$NON-NLS-1$
			}
			abort(why);
		}
	}

	private static boolean onPath(String command) {
		for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) { //$NON-NLS-1$ //$NON-NLS-2$
			if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
				return true;
			}
		}
		return false;
	}

	@BeforeEach
	void folders() throws IOException {
		work = Files.createDirectories(tmp.resolve("work")); //$NON-NLS-1$
		product = new Product(work, tmp.resolve("data")); //$NON-NLS-1$
	}

	@Test
	void aStudyRunsOnTheBuiltInSolverThroughSlurm() throws Exception {
		Product.Result r = product.run(600, "run", Product.example("al6061-cw-1kW.ldsim"), "--on", "slurm", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"--out", "out", "--set", "mesh.radialCells=20", "--set", "target.layers[0].axialCells=8"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		assertEquals(0, r.exitCode(), r.all());
		Path out = work.resolve("out"); //$NON-NLS-1$
		assertTrue(Files.isRegularFile(out.resolve("summary.json")), "the run directory came back from the node: " + r.all()); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(Files.isRegularFile(out.resolve("probes.csv")), r.all()); //$NON-NLS-1$
		assertTrue(Files.size(out.resolve("report.html")) > 0, r.all()); //$NON-NLS-1$
		String summary = Files.readString(out.resolve("summary.json"), StandardCharsets.UTF_8); //$NON-NLS-1$
		assertTrue(summary.contains("org.laserdamage.solver.builtin"), "the built-in solver ran on the node: " + summary); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
