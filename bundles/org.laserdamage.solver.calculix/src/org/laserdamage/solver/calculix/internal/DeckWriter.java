package org.laserdamage.solver.calculix.internal;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

import org.laserdamage.materials.Material;
import org.laserdamage.solver.Beam;
import org.laserdamage.solver.Environment;
import org.laserdamage.solver.Layer;
import org.laserdamage.solver.MeshDescription;
import org.laserdamage.solver.ThermalProblem;
import org.laserdamage.solver.nodal.MeltingRange;
import org.laserdamage.solver.nodal.QuadMesh;
import org.laserdamage.solver.nodal.StepPlan;

/**
 * Writes the ccx input deck of a problem: CAX4 elements on the common mesh
 * ({@link QuadMesh}), one material and section per layer ({@link MaterialCards}),
 * the initial temperature, and transient {@code *HEAT TRANSFER} steps
 * ({@link StepPlan}) with {@code DELTMX} at the largest temperature change per
 * increment. Temperatures are in K ({@code ABSOLUTE ZERO=0}).
 * <p>
 * The beam is a {@code *DFLUX} on the front face of every element of the
 * front row: the mean irradiance over the annulus (the exact fraction of the
 * beam's power on it over its area, as the built-in solver absorbs it) times
 * the absorptivity, scaled in time by the {@code BEAM} amplitude. ccx cannot
 * make a flux or an emissivity depend on the temperature without user
 * subroutines, so the absorptivity (unless overridden) and the material
 * emissivities are taken at the initial temperature. Losses: {@code *FILM} on
 * the front, back and rim, {@code *RADIATE} on the front and back, as in the
 * built-in solver.
 */
public final class DeckWriter {

	/** The increment's temperature change limit is kept to this fraction of the narrowest melting interval. */
	static final double MELT_CHANGE_FRACTION = 0.25;
	/** Smallest increment, as a fraction of the step's first increment. */
	static final double MIN_INCREMENT_FRACTION = 1e-6;
	static final double STEFAN_BOLTZMANN = 5.670374419e-8;
	private static final int PER_LINE = 8;

	private final ThermalProblem problem;
	private final QuadMesh mesh;
	private final StepPlan plan;

	public DeckWriter(ThermalProblem problem, QuadMesh mesh, StepPlan plan) {
		this.problem = problem;
		this.mesh = mesh;
		this.plan = plan;
	}

	/** @return a number as ccx reads it, with 12 significant digits */
	static String num(double value) {
		return String.format(Locale.ROOT, "%.12g", value); //$NON-NLS-1$
	}

	public void write(PrintWriter out) {
		out.println("** Laser Damage Workbench: " + problem.name().replaceAll("[\\r\\n]", " ")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		writeMesh(out);
		List<Layer> layers = problem.layers();
		for (int l = 0; l < layers.size(); l++) {
			MaterialCards.write(out, "M" + (l + 1), layers.get(l).material(), problem.initialTemperature()); //$NON-NLS-1$
			out.println("*SOLID SECTION,ELSET=L" + (l + 1) + ",MATERIAL=M" + (l + 1)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		out.println("*PHYSICAL CONSTANTS,ABSOLUTE ZERO=0,STEFAN BOLTZMANN=" + num(STEFAN_BOLTZMANN)); //$NON-NLS-1$
		out.println("*INITIAL CONDITIONS,TYPE=TEMPERATURE"); //$NON-NLS-1$
		out.println("NALL," + num(problem.initialTemperature())); //$NON-NLS-1$
		double[] amplitude = plan.amplitude();
		if (amplitude.length > 0) {
			out.println("*AMPLITUDE,NAME=BEAM,TIME=TOTAL TIME"); //$NON-NLS-1$
			list(out, amplitude);
		}
		boolean first = true;
		double deltmx = temperatureChangeLimit();
		for (StepPlan.Step step : plan.steps()) {
			double period = step.end() - step.start();
			double initial = first ? Math.min(problem.time().initialStep(), step.maxIncrement()) : step.maxIncrement();
			out.println("*STEP,INC=10000000"); //$NON-NLS-1$
			out.println("*HEAT TRANSFER,DELTMX=" + num(deltmx)); //$NON-NLS-1$
			out.println(num(initial) + ',' + num(period) + ',' + num(initial * MIN_INCREMENT_FRACTION) + ','
					+ num(step.maxIncrement()));
			if (first) {
				writeLoads(out, amplitude.length > 0);
			}
			out.println("*NODE FILE,FREQUENCY=1"); //$NON-NLS-1$
			out.println("NT"); //$NON-NLS-1$
			out.println("*END STEP"); //$NON-NLS-1$
			first = false;
		}
	}

	/** @return DELTMX: the problem's limit, and a quarter of the narrowest melting interval so the latent heat is stepped through */
	double temperatureChangeLimit() {
		double limit = problem.time().maxTemperatureChange();
		for (Layer layer : problem.layers()) {
			Material m = layer.material();
			if (m.melting().isPresent()) {
				limit = Math.min(limit, MELT_CHANGE_FRACTION * (MeltingRange.liquidus(m) - MeltingRange.solidus(m)));
			}
		}
		return limit;
	}

	private void writeMesh(PrintWriter out) {
		MeshDescription d = mesh.description();
		int nr = mesh.radialCells();
		int nz = mesh.axialCells();
		out.println("*NODE"); //$NON-NLS-1$
		for (int j = 0; j <= nz; j++) {
			for (int i = 0; i <= nr; i++) {
				out.println(mesh.node(i, j) + "," + num(d.rFaces()[i]) + ',' + num(-d.zFaces()[j])); //$NON-NLS-1$
			}
		}
		for (int l = 0; l < problem.layers().size(); l++) {
			out.println("*ELEMENT,TYPE=CAX4,ELSET=L" + (l + 1)); //$NON-NLS-1$
			for (int j = 0; j < nz; j++) {
				if (d.layerOfRow()[j] != l) {
					continue;
				}
				for (int i = 0; i < nr; i++) {
					int[] c = mesh.corners(i, j);
					out.println(mesh.element(i, j) + "," + c[0] + ',' + c[1] + ',' + c[2] + ',' + c[3]); //$NON-NLS-1$
				}
			}
		}
		int[] front = new int[nr];
		int[] back = new int[nr];
		int[] frontNodes = new int[nr + 1];
		for (int i = 0; i < nr; i++) {
			front[i] = mesh.element(i, 0);
			back[i] = mesh.element(i, nz - 1);
		}
		for (int i = 0; i <= nr; i++) {
			frontNodes[i] = mesh.node(i, 0);
		}
		int[] rim = new int[nz];
		for (int j = 0; j < nz; j++) {
			rim[j] = mesh.element(nr - 1, j);
		}
		set(out, "*ELSET,ELSET=EFRONT", front); //$NON-NLS-1$
		set(out, "*ELSET,ELSET=EBACK", back); //$NON-NLS-1$
		set(out, "*ELSET,ELSET=ERIM", rim); //$NON-NLS-1$
		set(out, "*NSET,NSET=NFRONT", frontNodes); //$NON-NLS-1$
		out.println("*NSET,NSET=NALL,GENERATE"); //$NON-NLS-1$
		out.println("1," + mesh.nodes() + ",1"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private void writeLoads(PrintWriter out, boolean amplitude) {
		Environment env = problem.environment();
		double ambient = env.ambientTemperature();
		if (problem.fixedFrontTemperature().isPresent()) {
			out.println("*BOUNDARY"); //$NON-NLS-1$
			out.println("NFRONT,11,11," + num(problem.fixedFrontTemperature().getAsDouble())); //$NON-NLS-1$
		} else if (plan.referencePower() > 0) {
			writeBeam(out, amplitude);
		}
		Material front = problem.layers().get(0).material();
		Material back = problem.layers().get(problem.layers().size() - 1).material();
		if (!problem.fixedFrontTemperature().isPresent()) {
			film(out, "EFRONT", QuadMesh.FRONT_FACE, ambient, env.frontConvection()); //$NON-NLS-1$
			radiate(out, "EFRONT", QuadMesh.FRONT_FACE, env.frontSurroundings(), emissivity(env.frontEmissivity(), front)); //$NON-NLS-1$
		}
		film(out, "EBACK", QuadMesh.BACK_FACE, env.backAmbient(), env.backConvection()); //$NON-NLS-1$
		radiate(out, "EBACK", QuadMesh.BACK_FACE, env.backSurroundings(), emissivity(env.backEmissivity(), back)); //$NON-NLS-1$
		film(out, "ERIM", QuadMesh.RIM_FACE, env.rimAmbient(), env.rimConvection()); //$NON-NLS-1$
		if (env.backHeatFlux() != 0) {
			out.println("*DFLUX"); //$NON-NLS-1$
			out.println("EBACK,S" + QuadMesh.BACK_FACE + ',' + num(env.backHeatFlux())); //$NON-NLS-1$
		}
	}

	private void writeBeam(PrintWriter out, boolean amplitude) {
		Beam beam = problem.beam();
		Material front = problem.layers().get(0).material();
		double a = absorptivity(beam, front, problem.initialTemperature());
		double[] r = mesh.description().rFaces();
		out.println(amplitude ? "*DFLUX,AMPLITUDE=BEAM" : "*DFLUX"); //$NON-NLS-1$ //$NON-NLS-2$
		for (int i = 0; i < mesh.radialCells(); i++) {
			double ring = Math.PI * (r[i + 1] * r[i + 1] - r[i] * r[i]);
			double flux = a * plan.referencePower() * beam.profile().fraction(beam.radius(), r[i], r[i + 1]) / ring;
			if (flux > 0) {
				out.println(mesh.element(i, 0) + ",S" + QuadMesh.FRONT_FACE + ',' + num(flux)); //$NON-NLS-1$
			}
		}
	}

	/** @return the absorbed fraction: the override, else the material's A(λ) at {@code temperature} */
	static double absorptivity(Beam beam, Material material, double temperature) {
		return beam.absorptivityOverride().orElse(material.absorptivity().valueAt(beam.wavelength(), temperature));
	}

	private double emissivity(double set, Material material) {
		return Double.isNaN(set) ? material.emissivity().valueAt(problem.initialTemperature()) : set;
	}

	private static void film(PrintWriter out, String elset, int face, double ambient, double h) {
		if (h > 0) {
			out.println("*FILM"); //$NON-NLS-1$
			out.println(elset + ",F" + face + ',' + num(ambient) + ',' + num(h)); //$NON-NLS-1$
		}
	}

	private static void radiate(PrintWriter out, String elset, int face, double ambient, double emissivity) {
		if (emissivity > 0) {
			out.println("*RADIATE"); //$NON-NLS-1$
			out.println(elset + ",R" + face + ',' + num(ambient) + ',' + num(emissivity)); //$NON-NLS-1$
		}
	}

	private static void set(PrintWriter out, String header, int[] members) {
		out.println(header);
		String[] items = new String[members.length];
		for (int k = 0; k < members.length; k++) {
			items[k] = Integer.toString(members[k]);
		}
		lines(out, items);
	}

	private static void list(PrintWriter out, double[] values) {
		String[] items = new String[values.length];
		for (int k = 0; k < values.length; k++) {
			items[k] = num(values[k]);
		}
		lines(out, items);
	}

	/** ccx takes at most 16 entries on a line; {@value #PER_LINE} keeps pairs together. */
	private static void lines(PrintWriter out, String[] items) {
		for (int k = 0; k < items.length; k += PER_LINE) {
			out.println(String.join(",", java.util.Arrays.copyOfRange(items, k, Math.min(items.length, k + PER_LINE)))); //$NON-NLS-1$
		}
	}
}
