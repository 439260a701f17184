package org.laserdamage.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laserdamage.core.RunStudyOperation;
import org.laserdamage.core.StudyPreparation;
import org.laserdamage.materials.IMaterialLibrary;
import org.laserdamage.materials.IMaterialStore;
import org.laserdamage.materials.MaterialLibraries;
import org.laserdamage.materials.MaterialSources;
import org.laserdamage.materials.store.MaterialStores;

/**
 * The progress of a run moves with the wall time: the solve, the report and
 * the publishing each report as they go, so that the fraction done never
 * stands still for long (the report used to hold it at 91-94 % for half the
 * run: its charts were encoded through ImageIO's file cache, one step each).
 */
class RunProgressTest {

	/**
	 * The longest share of the wall time the fraction may stand still. The run
	 * takes about 1 s on a 60 × 30 mesh, so one step, the first chart drawn in
	 * the JVM (0.07 s seen), is well below it; before the fix the bar stood still
	 * for half. (On a 30 × 10 mesh the run took 0.21 s on a faster machine and
	 * that one step alone was a third of it.)
	 */
	private static final double LONGEST_STALL = 1.0 / 3;

	@TempDir
	Path tmp;

	/** Records the fraction done at each report, with the time. */
	private static final class Recording extends NullProgressMonitor {
		private final long start = System.nanoTime();
		private final List<double[]> samples = new ArrayList<>();
		private double total = Double.NaN;
		private double done;

		@Override
		public void beginTask(String name, int totalWork) {
			if (Double.isNaN(total)) {
				total = totalWork;
				samples.add(new double[] { 0, 0 });
			}
		}

		@Override
		public void worked(int work) {
			internalWorked(work);
		}

		@Override
		public void internalWorked(double work) {
			done += work;
			samples.add(new double[] { (System.nanoTime() - start) * 1e-9, done / total });
		}

		void end() {
			samples.add(new double[] { (System.nanoTime() - start) * 1e-9, done / total });
		}
	}

	@Test
	void theFractionDoneNeverStandsStillForLong() throws Exception {
		IMaterialLibrary library;
		try (IMaterialStore store = MaterialStores.openDerby(tmp.resolve("materials"))) { //$NON-NLS-1$
			IMaterialLibrary all = MaterialSources.all(store, status -> {
				throw new AssertionError(status.getMessage());
			});
			library = MaterialLibraries.of(all.name(), all.materials());
		}
		Path examples = Path.of("../../examples").toAbsolutePath().normalize(); //$NON-NLS-1$
		StudyPreparation.Prepared prepared = StudyPreparation.prepare(examples.resolve("aisi304-cw-1kW.ldsim"), //$NON-NLS-1$
				List.of("mesh.radialCells=60", "target.layers[0].axialCells=30", "solver.outputInterval=0.05"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				library);
		Recording monitor = new Recording();
		new RunStudyOperation(prepared.study(), prepared.file(), tmp.resolve("run"), library, prepared.warnings()) //$NON-NLS-1$
				.execute(monitor);
		monitor.end();

		List<double[]> samples = monitor.samples;
		double wall = samples.get(samples.size() - 1)[0];
		assertEquals(1.0, samples.get(samples.size() - 1)[1], 1e-9, "all work done at the end"); //$NON-NLS-1$
		double longest = 0;
		double stalledAt = 0;
		for (int i = 1; i < samples.size(); i++) {
			double gap = samples.get(i)[0] - samples.get(i - 1)[0];
			if (gap > longest) {
				longest = gap;
				stalledAt = samples.get(i - 1)[1];
			}
		}
		StringBuilder trace = new StringBuilder();
		for (double[] s : samples) {
			trace.append(String.format(java.util.Locale.ROOT, "%.3f s %.1f %%%n", s[0], s[1] * 100)); //$NON-NLS-1$
		}
		System.out.println("Run progress (" + samples.size() + " reports, " + wall + " s):\n" + trace); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(longest <= LONGEST_STALL * wall, String.format(java.util.Locale.ROOT,
				"the progress stood still at %.1f %% for %.2f s of %.2f s", stalledAt * 100, longest, wall)); //$NON-NLS-1$
	}
}
