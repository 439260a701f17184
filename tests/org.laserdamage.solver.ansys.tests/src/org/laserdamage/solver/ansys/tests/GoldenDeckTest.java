package org.laserdamage.solver.ansys.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.Test;
import org.laserdamage.materials.Material;
import org.laserdamage.solver.GradedMesh;
import org.laserdamage.solver.MeshDescription;
import org.laserdamage.solver.ThermalProblem;
import org.laserdamage.solver.ansys.internal.ApdlDeck;
import org.laserdamage.solver.nodal.QuadMesh;
import org.laserdamage.solver.nodal.StepPlan;

/**
 * The APDL decks of small problems against golden files (golden/*.inp, reviewed by hand), every command of
 * them against the table of commands checked in the MAPDL command reference (README.md of this bundle), and
 * the numbers that carry the physics (absorbed power, latent heat) against independent sums.
 */
class GoldenDeckTest {

	private static final Pattern TABLE_ROW = Pattern.compile("^\\| `([^`]+)` \\|"); //$NON-NLS-1$
	private static final Pattern ASSIGNMENT = Pattern.compile("^[A-Z][A-Z0-9_]*\\(\\d+,\\d+\\)=.*"); //$NON-NLS-1$

	static String deck(ThermalProblem problem) throws CoreException {
		StringWriter text = new StringWriter();
		try (PrintWriter out = new PrintWriter(text)) {
			new ApdlDeck(problem, new QuadMesh(GradedMesh.of(problem)), StepPlan.of(problem.time(), problem.beam().temporal()))
					.write(out);
		}
		return text.toString().replace("\r\n", "\n"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void compare(String name, ThermalProblem problem) throws Exception {
		String actual = deck(problem);
		Path written = Path.of("target", "decks", name + ".inp"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Files.createDirectories(written.getParent());
		Files.writeString(written, actual, StandardCharsets.US_ASCII);
		Path golden = Path.of("golden", name + ".inp"); //$NON-NLS-1$ //$NON-NLS-2$
		if (!Files.isRegularFile(golden)) {
			fail("No golden deck " + golden.toAbsolutePath() + "; review " + written.toAbsolutePath() + " and copy it there");
		}
		assertEquals(Files.readString(golden, StandardCharsets.US_ASCII), actual,
				"the deck differs from " + golden + " (the new one is " + written + ")");
	}

	@Test
	void gaussianMeltingPlate() throws Exception {
		compare("gaussian-melting", Studies.gaussianMelting());
	}

	@Test
	void coatedPlateUnderPulses() throws Exception {
		compare("coated-pulses", Studies.coatedPulses());
	}

	@Test
	void heldFrontTemperature() throws Exception {
		compare("held-front", Studies.heldFront());
	}

	/** @return the commands listed in the checked-commands table of this bundle's README.md */
	static Set<String> checkedCommands() throws IOException {
		Set<String> commands = new TreeSet<>();
		for (String line : Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8)) { //$NON-NLS-1$
			Matcher m = TABLE_ROW.matcher(line);
			if (m.find()) {
				commands.add(m.group(1));
			}
		}
		return commands;
	}

	/** @return the command names of a deck: not comments, *VWRITE format lines or table fills */
	static Set<String> commands(String deck) {
		Set<String> commands = new TreeSet<>();
		for (String line : deck.split("\n")) { //$NON-NLS-1$
			if (line.isBlank() || line.startsWith("!") || line.startsWith("(") || ASSIGNMENT.matcher(line).matches()) { //$NON-NLS-1$ //$NON-NLS-2$
				continue;
			}
			commands.add(line.split(",", 2)[0]); //$NON-NLS-1$
		}
		return commands;
	}

	@Test
	void everyCommandOfTheDecksIsInTheTableOfCheckedCommands() throws Exception {
		Set<String> checked = checkedCommands();
		assertTrue(checked.size() > 20, "the README table was read: " + checked);
		Set<String> used = new TreeSet<>();
		for (ThermalProblem p : List.of(Studies.gaussianMelting(), Studies.coatedPulses(), Studies.heldFront())) {
			used.addAll(commands(deck(p)));
		}
		Set<String> missing = new TreeSet<>(used);
		missing.removeAll(checked);
		System.out.println("deck commands: " + used);
		assertTrue(missing.isEmpty(), "commands used but not in the README table: " + missing);
	}

	@Test
	void theFrontFacesAbsorbTheBeamPowerThatFallsOnThePlate() throws Exception {
		ThermalProblem p = Studies.gaussianMelting();
		String deck = deck(p);
		MeshDescription mesh = GradedMesh.of(p);
		double[] r = mesh.rFaces();
		double power = 0;
		for (int i = 0; i < mesh.radialCells(); i++) {
			// the beam switches off before the end, so each face's flux is a table; its first value is at amplitude 1
			Matcher m = Pattern.compile("(?m)^LDQ" + (i + 1) + "\\(1,1\\)=([^,\\n]+)").matcher(deck); //$NON-NLS-1$ //$NON-NLS-2$
			assertTrue(m.find(), "column " + (i + 1) + " has a flux table");
			power += Double.parseDouble(m.group(1)) * Math.PI * (r[i + 1] * r[i + 1] - r[i] * r[i]);
			assertTrue(deck.contains("SFE," + (i + 1) + ",3,HFLUX,,%LDQ" + (i + 1) + "%"), "front face of element " + (i + 1)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
		double w = p.beam().radius();
		double expected = 0.3 * 100 * (1 - Math.exp(-2 * p.radius() * p.radius() / (w * w)));
		assertEquals(expected, power, 1e-9 * expected);
		Matcher off = Pattern.compile("(?m)^LDQ1\\(1,0\\)=([^\\n]+)").matcher(deck); //$NON-NLS-1$
		assertTrue(off.find());
		String[] times = off.group(1).split(","); //$NON-NLS-1$
		assertEquals(0.15, Double.parseDouble(times[1]), 1e-12, "the beam is on until 0.15 s");
	}

	@Test
	void theEnthalpyRisesByTheLatentHeatOverTheMeltingInterval() {
		Material m = Studies.meltingMetal();
		double[][] h = ApdlDeck.enthalpy(m, 300, 300);
		int solidus = index(h[0], 850);
		int liquidus = index(h[0], 900);
		// independent: trapezoids of rho*c on 1e4 slices, plus rho(T_l) L_f
		double sensible = 0;
		int n = 10000;
		for (int k = 0; k < n; k++) {
			double a = 850 + 50.0 * k / n;
			double b = 850 + 50.0 * (k + 1) / n;
			sensible += 0.5 * (b - a) * (rhoC(m, a) + rhoC(m, b));
		}
		double expected = sensible + m.density().valueAt(900) * 390e3;
		assertEquals(expected, h[1][liquidus] - h[1][solidus], 1e-6 * expected);
		for (int k = 1; k < h[0].length; k++) {
			assertTrue(h[1][k] > h[1][k - 1], "the enthalpy rises everywhere, also beyond the tables");
		}
		assertTrue(h[0][0] < 300 && h[0][h[0].length - 1] > 10000, "the table spans every temperature a run meets");
	}

	@Test
	void aHeldFrontHasNoBeamAndNoFrontLosses() throws Exception {
		String deck = deck(Studies.heldFront());
		assertFalse(deck.contains("HFLUX"), deck); //$NON-NLS-1$
		assertFalse(deck.contains("SURF151"), "an insulated bar needs no surface elements"); //$NON-NLS-1$
		assertTrue(deck.contains("NSEL,S,LOC,Y,0\nD,ALL,TEMP,500\n"), deck); //$NON-NLS-1$
	}

	private static double rhoC(Material m, double t) {
		return m.density().valueAt(t) * m.specificHeat().valueAt(t);
	}

	private static int index(double[] values, double x) {
		List<Double> list = new ArrayList<>();
		for (double v : values) {
			list.add(v);
		}
		int k = list.indexOf(x);
		assertTrue(k >= 0, x + " is a table point");
		return k;
	}
}
