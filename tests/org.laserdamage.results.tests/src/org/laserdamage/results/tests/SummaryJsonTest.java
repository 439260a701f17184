package org.laserdamage.results.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laserdamage.materials.AbsorptivityTable;
import org.laserdamage.materials.Material;
import org.laserdamage.materials.MaterialClass;
import org.laserdamage.materials.PropertyKind;
import org.laserdamage.materials.Source;
import org.laserdamage.materials.TemperatureTable;
import org.laserdamage.results.CriterionSummary;
import org.laserdamage.results.PeakSummary;
import org.laserdamage.results.RunSummary;
import org.laserdamage.results.SummaryJson;
import org.laserdamage.solver.Beam;
import org.laserdamage.solver.BeamProfile;
import org.laserdamage.solver.CriterionKind;
import org.laserdamage.solver.CriterionResult;
import org.laserdamage.solver.DamageCriteria;
import org.laserdamage.solver.Environment;
import org.laserdamage.solver.GaussianPulseTrain;
import org.laserdamage.solver.Layer;
import org.laserdamage.solver.Probe;
import org.laserdamage.solver.SolverResult;
import org.laserdamage.solver.ThermalProblem;
import org.laserdamage.solver.TimeControl;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

class SummaryJsonTest {

	@TempDir
	Path dir;

	@Test
	void roundTripKeepsEverythingIncludingCriteriaNotReached() throws IOException {
		RunSummary summary = SyntheticRun.summary("Plate", false); //$NON-NLS-1$
		Path file = dir.resolve("summary.json"); //$NON-NLS-1$
		SummaryJson.write(summary, file);
		RunSummary back = SummaryJson.read(file);
		assertEquals(summary, back);
		CriterionSummary meltThrough = back.criterion(CriterionKind.MELT_THROUGH).orElseThrow();
		assertTrue(Double.isNaN(meltThrough.time()));
		assertEquals("not reached", meltThrough.status()); //$NON-NLS-1$
		assertEquals("m", meltThrough.marginUnit()); //$NON-NLS-1$
		assertEquals(4.2e-4, meltThrough.margin());
	}

	@Test
	void documentedKeysAndNullForUnknownNumbers() throws IOException {
		RunSummary s = SyntheticRun.summary("Plate", false); //$NON-NLS-1$
		RunSummary withNaN = new RunSummary(s.studyName(), null, s.created(), s.applicationVersion(), s.solverId(),
				s.solverVersion(), s.mesh(), s.layers(), s.laser(), s.probes(), s.finalTime(), s.wallTime(), s.steps(),
				s.linearIterations(), Double.NaN, new PeakSummary(Double.NaN, Double.NaN, 0, 0), s.criteria(),
				s.warnings());
		String json = SummaryJson.toJson(withNaN);
		JsonObject o = JsonParser.parseString(json).getAsJsonObject();
		assertEquals(1, o.get("formatVersion").getAsInt()); //$NON-NLS-1$
		assertEquals("2025-11-25T18:14:03.250Z", o.get("created").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(o.get("energyBalanceError").isJsonNull()); //$NON-NLS-1$
		assertTrue(o.get("studyFile").isJsonNull()); //$NON-NLS-1$
		assertTrue(o.getAsJsonObject("peakTemperature").get("temperature").isJsonNull()); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(o.getAsJsonObject("laser").get("duration").isJsonNull()); //$NON-NLS-1$ //$NON-NLS-2$
		JsonObject criterion = o.getAsJsonArray("criteria").get(1).getAsJsonObject(); //$NON-NLS-1$
		assertEquals("melt-through", criterion.get("criterion").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(criterion.get("time_s").isJsonNull()); //$NON-NLS-1$
		assertEquals("not reached", criterion.get("status").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(false, criterion.get("reached").getAsBoolean()); //$NON-NLS-1$
		assertTrue(!json.contains("NaN"), json); //$NON-NLS-1$

		Path file = dir.resolve("summary.json"); //$NON-NLS-1$
		Files.writeString(file, json, StandardCharsets.UTF_8);
		RunSummary back = SummaryJson.read(file);
		assertEquals(withNaN, back);
		assertNull(back.studyFile());
	}

	@Test
	void newerFormatVersionIsRefused() throws IOException {
		Path file = dir.resolve("summary.json"); //$NON-NLS-1$
		String json = SummaryJson.toJson(SyntheticRun.summary("Plate", true)).replace("\"formatVersion\": 1", //$NON-NLS-1$ //$NON-NLS-2$
				"\"formatVersion\": 2"); //$NON-NLS-1$
		Files.writeString(file, json, StandardCharsets.UTF_8);
		IOException e = assertThrows(IOException.class, () -> SummaryJson.read(file));
		assertTrue(e.getMessage().contains("format version 2"), e.getMessage()); //$NON-NLS-1$
	}

	@Test
	void malformedValueNamesFileAndKey() throws IOException {
		Path file = dir.resolve("summary.json"); //$NON-NLS-1$
		String json = SummaryJson.toJson(SyntheticRun.summary("Plate", true)).replace("\"radialCells\": 30", //$NON-NLS-1$ //$NON-NLS-2$
				"\"radialCells\": \"thirty\""); //$NON-NLS-1$
		Files.writeString(file, json, StandardCharsets.UTF_8);
		IOException e = assertThrows(IOException.class, () -> SummaryJson.read(file));
		assertTrue(e.getMessage().contains("summary.json"), e.getMessage()); //$NON-NLS-1$
		assertTrue(e.getMessage().contains("'mesh.radialCells'"), e.getMessage()); //$NON-NLS-1$

		Files.writeString(file, "{ \"formatVersion\": 1, ", StandardCharsets.UTF_8); //$NON-NLS-1$
		e = assertThrows(IOException.class, () -> SummaryJson.read(file));
		assertTrue(e.getMessage().contains("is not valid JSON"), e.getMessage()); //$NON-NLS-1$
	}

	@Test
	void summaryOfASolve() {
		Source source = new Source("Test data", null, null); //$NON-NLS-1$
		Material.Builder b = Material.builder("steel").name("Steel").materialClass(MaterialClass.METAL).version(3) //$NON-NLS-1$ //$NON-NLS-2$
				.density(TemperatureTable.constant(7800)).specificHeat(TemperatureTable.constant(500))
				.conductivity(TemperatureTable.constant(40)).meltingRange(1700, 1750).latentHeatFusion(2.7e5)
				.boilingPoint(3100).latentHeatVaporization(6e6).emissivity(TemperatureTable.constant(0.3))
				.absorptivity(new AbsorptivityTable(new double[] { 1e-6 },
						new TemperatureTable[] { TemperatureTable.constant(0.35) }));
		for (PropertyKind kind : PropertyKind.values()) {
			if (kind != PropertyKind.CONDUCTIVITY_THROUGH_THICKNESS) {
				b.source(kind, source);
			}
		}
		Material steel = b.build();
		ThermalProblem problem = new ThermalProblem("Pulsed steel", //$NON-NLS-1$
				List.of(new Layer("Plate", steel, 1e-3, 20, 3)), 5e-3, 25, 4, //$NON-NLS-1$
				new Beam(BeamProfile.TOP_HAT, 0.5e-3, 1.064e-6, new GaussianPulseTrain(0.1, 10e-9, 1000, 5),
						OptionalDouble.empty()),
				Environment.insulated(293.15), 293.15, OptionalDouble.empty(), new TimeControl(5e-3, 1e-9, 1e-4, 20, 1e-4),
				List.of(new Probe("front", 0, 0)), new DamageCriteria(true, true, Double.NaN, false)); //$NON-NLS-1$
		SolverResult result = new SolverResult("builtin-fv", "1.0.0", //$NON-NLS-1$ //$NON-NLS-2$
				List.of(new CriterionResult(CriterionKind.MELT_ONSET, true, 2.1e-8, -40),
						new CriterionResult(CriterionKind.MELT_THROUGH, false, Double.NaN, 8e-4)),
				1740, 2.2e-8, 0, 0, 5e-3, 900, 5000, 500, 3.5, 1e-4);
		RunSummary s = RunSummary.of(problem, result, null, "0.1.0", Instant.parse("2025-01-02T03:04:05Z"), List.of()); //$NON-NLS-1$ //$NON-NLS-2$

		assertEquals(25, s.mesh().radialCells());
		assertEquals(20, s.mesh().axialCells());
		assertEquals(500, s.mesh().cells());
		assertEquals("steel", s.layers().get(0).materialId()); //$NON-NLS-1$
		assertEquals(3, s.layers().get(0).materialVersion());
		assertEquals(1700, s.layers().get(0).solidus());
		assertEquals("top-hat", s.laser().get("profile")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("gaussian-pulse-train", s.laser().get("temporal")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(5.0, s.laser().get("pulseCount")); //$NON-NLS-1$
		assertEquals(0.5, (Double) s.laser().get("energyDelivered"), 1e-6); //$NON-NLS-1$
		assertEquals("melt-onset", s.criteria().get(0).criterion()); //$NON-NLS-1$
		assertEquals("K", s.criteria().get(0).marginUnit()); //$NON-NLS-1$
		assertEquals("m", s.criteria().get(1).marginUnit()); //$NON-NLS-1$
		assertEquals("front", s.probes().get(0).name()); //$NON-NLS-1$
		assertEquals(s, roundTrip(s));
	}

	private RunSummary roundTrip(RunSummary s) {
		try {
			Path file = dir.resolve("rt.json"); //$NON-NLS-1$
			SummaryJson.write(s, file);
			return SummaryJson.read(file);
		} catch (IOException e) {
			throw new AssertionError(e);
		}
	}
}
