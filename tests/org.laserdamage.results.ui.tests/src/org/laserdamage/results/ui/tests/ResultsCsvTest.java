package org.laserdamage.results.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.laserdamage.results.CriterionSummary;
import org.laserdamage.results.DamageEvent;
import org.laserdamage.results.FieldMesh;
import org.laserdamage.results.RunResults;
import org.laserdamage.results.ui.internal.export.ResultsCsv;
import org.laserdamage.solver.FieldSnapshot;
import org.laserdamage.solver.MeshDescription;

/** The CSV files of the exports, without any UI. */
class ResultsCsvTest {

	@Test
	void eventsInOrderWithRoundTripTimes() throws Exception {
		String csv = text(ResultsCsv.events(List.of(new DamageEvent(0.125, "melt-onset"), //$NON-NLS-1$
				new DamageEvent(1.0 / 3, "melt-through")))); //$NON-NLS-1$
		assertEquals("time_s,criterion\n0.125,melt-onset\n" + 1.0 / 3 + ",melt-through\n", csv); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void damageSummaryWritesNaNForUnknownAndQuotesText() throws Exception {
		String csv = text(ResultsCsv.criteria(List.of(new CriterionSummary("melt-through", true, 0.5, 0.0, "m"), //$NON-NLS-1$ //$NON-NLS-2$
				new CriterionSummary("odd, \"new\" one", false, Double.NaN, 12.5, "K")))); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("criterion,reached,time_s,margin,margin_unit\n" //$NON-NLS-1$
				+ "melt-through,true,0.5,0.0,m\n" //$NON-NLS-1$
				+ "\"odd, \"\"new\"\" one\",false,NaN,12.5,K\n", csv); //$NON-NLS-1$
	}

	@Test
	void textThatASpreadsheetWouldTakeForAFormulaIsNeutralised() throws Exception {
		String csv = text(ResultsCsv.events(List.of(new DamageEvent(0.5, "=HYPERLINK(\"x\")"), //$NON-NLS-1$
				new DamageEvent(1, "-1+2"), new DamageEvent(2, "@A1")))); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("time_s,criterion\n0.5,\"'=HYPERLINK(\"\"x\"\")\"\n1.0,\"'-1+2\"\n2.0,\"'@A1\"\n", csv); //$NON-NLS-1$
	}

	@Test
	void snapshotHasOneRowPerCellAtItsCentre() throws Exception {
		MeshDescription mesh = new MeshDescription(new double[] { 0, 1e-3, 3e-3 }, new double[] { 0, 2e-3 },
				new int[] { 0 });
		FieldMesh fieldMesh = new FieldMesh(mesh, List.of("plate")); //$NON-NLS-1$
		FieldSnapshot snapshot = new FieldSnapshot(0.5, new double[] { 900, 400 }, new double[] { 1, 0 });
		assertEquals("r_m,z_m,T_K\n5.0E-4,0.001,900.0\n0.002,0.001,400.0\n", //$NON-NLS-1$
				text(ResultsCsv.snapshot(fieldMesh, snapshot)));
	}

	@Test
	void snapshotOfARealRunHasEveryCell() throws Exception {
		RunResults run = RunResults.open(Runs.finished());
		MeshDescription mesh = run.mesh().orElseThrow().mesh();
		String csv = text(ResultsCsv.snapshot(run.mesh().orElseThrow(), run.loadSnapshot(run.snapshots().size() - 1)));
		assertEquals(1 + mesh.radialCells() * mesh.axialCells(), csv.lines().count());
	}

	private static String text(ResultsCsv.Content content) throws Exception {
		StringWriter out = new StringWriter();
		content.writeTo(out);
		return out.toString();
	}
}
