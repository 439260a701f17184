package org.laserdamage.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Paths;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A study is checked against what its solver declares it can model before
 * anything runs: CalculiX takes the optics at the initial temperature, so a
 * study whose absorptivity comes from temperature-dependent material data is
 * refused naming the setting, and accepted once the setting fixes it.
 */
class SolverCapabilityCheckTest {

	private static final String CALCULIX = "solver.solverId=org.laserdamage.solver.calculix"; //$NON-NLS-1$

	@RegisterExtension
	final InProcessCli command = new InProcessCli();

	private static String example() {
		return Paths.get("../../examples/aisi304-cw-1kW.ldsim").toAbsolutePath().normalize().toString(); //$NON-NLS-1$
	}

	@Test
	void aFeatureTheSolverCannotModelIsRefusedNamingTheSetting() {
		assertEquals(2, command.run("validate", example(), "--set", CALCULIX)); //$NON-NLS-1$ //$NON-NLS-2$
		String err = command.err();
		assertTrue(err.contains("solver.solverId: CalculiX") && err.contains("laser.absorptivityOverride") //$NON-NLS-1$ //$NON-NLS-2$
				&& err.contains("Fix:"), err); //$NON-NLS-1$
	}

	@Test
	void theSameStudyWithFixedOpticsIsValidForCalculix() {
		int code = command.run("validate", example(), "--set", CALCULIX, "--set", "laser.absorptivityOverride=0.35", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"--set", "environment.frontEmissivity=0.3", "--set", "environment.backEmissivity=0.3"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals(0, code, command.err());
	}

	/** Only the built-in solver absorbs inside a layer: CalculiX refuses a semi-transparent one. */
	@Test
	void aSemiTransparentLayerIsRefusedByCalculixAndTakenByTheBuiltInSolver() {
		String[] fixedOptics = { "--set", "laser.absorptivityOverride=0.35", "--set", "environment.frontEmissivity=0.3", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"--set", "environment.backEmissivity=0.3", "--set", "target.layers[0].absorptionCoefficient=1e5/m" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		String[] calculix = new String[fixedOptics.length + 4];
		calculix[0] = "validate"; //$NON-NLS-1$
		calculix[1] = example();
		calculix[2] = "--set"; //$NON-NLS-1$
		calculix[3] = CALCULIX;
		System.arraycopy(fixedOptics, 0, calculix, 4, fixedOptics.length);
		assertEquals(2, command.run(calculix));
		String err = command.err();
		assertTrue(err.contains("target.layers[i].absorptionCoefficient") && err.contains("Fix:"), err); //$NON-NLS-1$ //$NON-NLS-2$

		String[] builtIn = new String[fixedOptics.length + 2];
		builtIn[0] = "validate"; //$NON-NLS-1$
		builtIn[1] = example();
		System.arraycopy(fixedOptics, 0, builtIn, 2, fixedOptics.length);
		assertEquals(0, command.run(builtIn), command.err());
	}
}
