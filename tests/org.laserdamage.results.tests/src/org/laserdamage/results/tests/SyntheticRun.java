package org.laserdamage.results.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.laserdamage.results.CriterionSummary;
import org.laserdamage.results.LayerSummary;
import org.laserdamage.results.MeshSummary;
import org.laserdamage.results.PeakSummary;
import org.laserdamage.results.ProbeSummary;
import org.laserdamage.results.RunSummary;
import org.laserdamage.results.RunWriter;
import org.laserdamage.solver.CriterionKind;
import org.laserdamage.solver.FieldSnapshot;
import org.laserdamage.solver.MeshDescription;

/**
 * A made-up run, written the way a solver drives {@link RunWriter}: a graded
 * two-layer mesh, a Gaussian hot spot that grows with time, probe samples
 * and snapshots every 0.5 ms up to 5 ms, and (optionally) melt-through at
 * 3.7 ms followed by its snapshot. Kept what was written so tests can
 * compare the files read back.
 */
public final class SyntheticRun {

	public static final double RADIUS = 10e-3;
	public static final double COATING = 0.1e-3;
	public static final double THICKNESS = 2e-3;
	public static final double END = 5e-3;
	public static final double MELT_THROUGH_TIME = 3.7e-3;
	public static final List<String> PROBES = List.of("front centre", "back centre", "front, r = 2 mm"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	public static final double[][] PROBE_POSITIONS = { { 0, 0 }, { 0, THICKNESS }, { 2e-3, 0 } };
	public static final List<String> LAYERS = List.of("Coating", "Substrate"); //$NON-NLS-1$ //$NON-NLS-2$

	public final MeshDescription mesh;
	public final List<FieldSnapshot> snapshots = new ArrayList<>();
	public final List<double[]> probeRows = new ArrayList<>();
	public final RunSummary summary;

	private SyntheticRun(MeshDescription mesh, RunSummary summary) {
		this.mesh = mesh;
		this.summary = summary;
	}

	/**
	 * Writes the run into {@code directory}.
	 *
	 * @param meltThrough whether melt-through happens (and its snapshot is written)
	 * @param finish      whether the run finishes (summary.json) or stops as if cancelled
	 */
	public static SyntheticRun write(Path directory, String studyName, boolean meltThrough, boolean finish)
			throws IOException {
		SyntheticRun run = new SyntheticRun(mesh(), summary(studyName, meltThrough));
		try (RunWriter writer = new RunWriter(directory, PROBES, LAYERS)) {
			writer.meshReady(run.mesh);
			boolean meltThroughDone = false;
			for (int k = 0; k <= 10; k++) {
				double t = k * 0.5e-3;
				if (meltThrough && !meltThroughDone && t > MELT_THROUGH_TIME) {
					writer.criterionReached(CriterionKind.MELT_THROUGH, MELT_THROUGH_TIME);
					run.snapshot(writer, MELT_THROUGH_TIME);
					meltThroughDone = true;
				}
				if (k == 3) {
					writer.criterionReached(CriterionKind.MELT_ONSET, 1.2e-3);
				}
				double[] row = new double[PROBES.size() + 1];
				row[0] = t;
				double[] temps = new double[PROBES.size()];
				for (int p = 0; p < temps.length; p++) {
					temps[p] = temperature(PROBE_POSITIONS[p][0], PROBE_POSITIONS[p][1], t);
					row[p + 1] = temps[p];
				}
				writer.probeSample(t, temps);
				run.probeRows.add(row);
				run.snapshot(writer, t);
			}
			if (finish) {
				writer.finish(run.summary);
			}
		}
		return run;
	}

	private void snapshot(RunWriter writer, double t) {
		int nr = mesh.radialCells();
		int nz = mesh.axialCells();
		double[] temperature = new double[nr * nz];
		double[] liquid = new double[nr * nz];
		for (int j = 0; j < nz; j++) {
			for (int i = 0; i < nr; i++) {
				double value = temperature(mesh.rCentre(i), mesh.zCentre(j), t);
				temperature[j * nr + i] = value;
				liquid[j * nr + i] = Math.max(0, Math.min(1, (value - 1700) / 40));
			}
		}
		FieldSnapshot s = new FieldSnapshot(t, temperature, liquid);
		writer.snapshot(s);
		snapshots.add(s);
	}

	/** A hot spot 1.5 mm wide decaying over 1.2 mm in depth, rising as √t to about 2600 K at 5 ms. */
	public static double temperature(double r, double z, double t) {
		double w = 1.5e-3;
		return 300 + 2300 * Math.sqrt(t / END) * Math.exp(-2 * r * r / (w * w)) * Math.exp(-z / 1.2e-3)
				+ 1e-9 * r; // keeps every cell value distinct, so a mix-up of cells shows
	}

	/** 30 radial cells, the outermost 20 times the size of the one on the axis. */
	public static MeshDescription mesh() {
		double[] r = graded(0, RADIUS, 30, 20);
		double[] coating = graded(0, COATING, 4, 1);
		double[] substrate = graded(COATING, THICKNESS, 12, 6);
		double[] z = new double[coating.length + substrate.length - 1];
		System.arraycopy(coating, 0, z, 0, coating.length);
		System.arraycopy(substrate, 1, z, coating.length, substrate.length - 1);
		int[] layerOfRow = new int[z.length - 1];
		for (int j = 4; j < layerOfRow.length; j++) {
			layerOfRow[j] = 1;
		}
		return new MeshDescription(r, z, layerOfRow);
	}

	/** Faces from a to b with cell sizes growing geometrically to {@code ratio} times the first. */
	public static double[] graded(double a, double b, int cells, double ratio) {
		double q = cells > 1 ? Math.pow(ratio, 1.0 / (cells - 1)) : 1;
		double[] faces = new double[cells + 1];
		double size = 1;
		double total = 0;
		for (int i = 0; i < cells; i++) {
			total += size;
			faces[i + 1] = total;
			size *= q;
		}
		for (int i = 0; i <= cells; i++) {
			faces[i] = a + (b - a) * faces[i] / total;
		}
		faces[cells] = b;
		return faces;
	}

	public static RunSummary summary(String studyName, boolean meltThrough) {
		Map<String, Object> laser = new LinkedHashMap<>();
		laser.put("profile", "gaussian"); //$NON-NLS-1$ //$NON-NLS-2$
		laser.put("radius", 1.5e-3); //$NON-NLS-1$
		laser.put("wavelength", 1.07e-6); //$NON-NLS-1$
		laser.put("temporal", "continuous-wave"); //$NON-NLS-1$ //$NON-NLS-2$
		laser.put("power", 2000.0); //$NON-NLS-1$
		laser.put("duration", null); //$NON-NLS-1$
		laser.put("energyDelivered", 10.0); //$NON-NLS-1$
		List<CriterionSummary> criteria = List.of(
				new CriterionSummary("melt-onset", true, 1.2e-3, -870.5, "K"), //$NON-NLS-1$ //$NON-NLS-2$
				meltThrough ? new CriterionSummary("melt-through", true, MELT_THROUGH_TIME, 0, "m") //$NON-NLS-1$ //$NON-NLS-2$
						: new CriterionSummary("melt-through", false, Double.NaN, 4.2e-4, "m"), //$NON-NLS-1$ //$NON-NLS-2$
				new CriterionSummary("peak-temperature", false, Double.NaN, 150.25, "K")); //$NON-NLS-1$ //$NON-NLS-2$
		List<ProbeSummary> probes = new ArrayList<>();
		for (int p = 0; p < PROBES.size(); p++) {
			probes.add(new ProbeSummary(PROBES.get(p), PROBE_POSITIONS[p][0], PROBE_POSITIONS[p][1]));
		}
		return new RunSummary(studyName, "/studies/plate.ldsim", Instant.parse("2025-11-25T18:14:03.250Z"), //$NON-NLS-1$ //$NON-NLS-2$
				"0.1.0", "builtin-fv", "1.0.0", new MeshSummary(30, 16, 480, RADIUS, THICKNESS), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				List.of(new LayerSummary("Coating", "tbc-ysz", 2, "YSZ thermal barrier", COATING, 4, 2950, 2980), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						new LayerSummary("Substrate", "al-6061", 1, "Aluminium 6061-T6", THICKNESS - COATING, 12, 855, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
								925)),
				laser, probes, END, 12.5, 812, 20433, 3.2e-5, new PeakSummary(2599.97, END, 0, 0), criteria,
				List.of("Wavelength 1.07 µm lies outside the absorptivity table of 'tbc-ysz'; the nearest value is used.")); //$NON-NLS-1$
	}
}
