package org.laserdamage.solver.calculix.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.laserdamage.materials.BuiltInMaterials;
import org.laserdamage.materials.Material;
import org.laserdamage.solver.BeamProfile;
import org.laserdamage.solver.ContinuousWave;
import org.laserdamage.solver.Environment;
import org.laserdamage.solver.SolverCapabilities;
import org.laserdamage.solver.SolverCapabilities.Feature;
import org.laserdamage.solver.SolverRegistry;
import org.laserdamage.solver.ThermalProblem;
import org.laserdamage.solver.builtin.BuiltInSolver;
import org.laserdamage.solver.calculix.CalculixSolver;

/** The capabilities CalculiX declares, and the check of a study against them. */
class CapabilitiesTest {

	static ThermalProblem steel(OptionalDouble absorptivity, double emissivity) {
		Material steel = BuiltInMaterials.load().find("aisi-304").orElseThrow();
		return Problems.named("steel").layer(steel, 1e-3, 4, 1).radial(5e-3, 4, 1).wavelength(1.07e-6)
				.beam(BeamProfile.GAUSSIAN, 1e-3, new ContinuousWave(1000, Double.POSITIVE_INFINITY), absorptivity)
				.environment(new Environment(293.15, 10, 10, emissivity, emissivity, 0)).time(0.1, 1e-5, 1e-3, 10, 0.1)
				.build();
	}

	@Test
	void calculixDeclaresItsFeaturesAndItsExecutable() {
		SolverCapabilities ccx = SolverRegistry.find(CalculixSolver.ID).orElseThrow().capabilities();
		assertTrue(ccx.features().containsAll(List.of(Feature.PHASE_CHANGE, Feature.PULSES, Feature.SEVERAL_LAYERS,
				Feature.RADIATION, Feature.ANISOTROPIC_CONDUCTIVITY)));
		assertFalse(ccx.features().contains(Feature.TEMPERATURE_DEPENDENT_ABSORPTIVITY));
		assertEquals("ccx", ccx.requirements().get(0).executable());
		assertEquals("laserdamage.ccx", ccx.requirements().get(0).property());
		SolverCapabilities builtIn = SolverRegistry.find(BuiltInSolver.ID).orElseThrow().capabilities();
		assertEquals(Feature.values().length, builtIn.features().size(), "no supports children: everything");
	}

	@Test
	void aStudyUsingWhatCalculixCannotModelIsRefusedNamingTheSetting() {
		SolverCapabilities ccx = SolverRegistry.find(CalculixSolver.ID).orElseThrow().capabilities();
		assertEquals(List.of(), ccx.check(steel(OptionalDouble.of(0.35), 0.3)), "fixed optics: ccx can run it");
		ThermalProblem materialOptics = steel(OptionalDouble.empty(), Double.NaN);
		List<String> messages = ccx.check(materialOptics);
		System.out.println("capability check: " + messages);
		assertEquals(2, messages.size(), messages.toString());
		assertTrue(messages.get(0).contains("laser.absorptivityOverride"), messages.get(0));
		assertTrue(messages.get(1).contains("environment.frontEmissivity"), messages.get(1));
		assertEquals(List.of(), SolverRegistry.find(BuiltInSolver.ID).orElseThrow().capabilities().check(materialOptics));
	}
}
