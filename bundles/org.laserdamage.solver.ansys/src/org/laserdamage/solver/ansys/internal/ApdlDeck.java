package org.laserdamage.solver.ansys.internal;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.eclipse.core.runtime.CoreException;
import org.laserdamage.core.RunStatus;
import org.laserdamage.materials.Material;
import org.laserdamage.materials.Melting;
import org.laserdamage.materials.TemperatureTable;
import org.laserdamage.solver.Beam;
import org.laserdamage.solver.Environment;
import org.laserdamage.solver.Layer;
import org.laserdamage.solver.MeshDescription;
import org.laserdamage.solver.ThermalProblem;
import org.laserdamage.solver.nodal.MeltingRange;
import org.laserdamage.solver.nodal.QuadMesh;
import org.laserdamage.solver.nodal.StepPlan;

/**
 * Writes the MAPDL input deck of a problem (SI units, temperatures in K).
 * <ul>
 * <li>Mesh: {@code PLANE55} with {@code KEYOPT(3)=1} (axisymmetric, x the
 * radius, y the axis), a node {@code N} at every corner of the common mesh and
 * an element {@code EN} per cell, numbered as {@link QuadMesh} numbers them, so
 * the result tables index exactly like ccx's. PLANE55 faces 1..4 are J–I
 * (back), K–J (rim), L–K (front), I–L (axis).</li>
 * <li>Materials, one per layer: {@code MPTEMP}/{@code MPDATA} tables of
 * {@code KXX} (radial and hoop) and {@code KYY} (axial, the through-thickness
 * conductivity), {@code DENS} at the initial temperature, {@code C} such that
 * DENS·C = ρ(T)c(T), and {@code ENTH}, the volumetric enthalpy
 * H(T) = ∫ρc dT + ρ L_f f(T) with f rising linearly over the melting
 * interval: the latent heat. The enthalpy table reaches from below the
 * coldest temperature of the problem to {@value #ENTHALPY_REACH} K above the
 * hottest table point, since MAPDL holds a property constant outside its
 * table and a constant enthalpy would mean no heat capacity.</li>
 * <li>The beam: {@code SFE,elem,3,HFLUX} on the front face of every element of
 * the front row, the mean absorbed irradiance over its annulus (as the
 * built-in solver and the CalculiX adapter absorb it). A beam that changes in
 * time gets one {@code *DIM,…,TABLE,…,TIME} table per column, the face's
 * flux times the beam's amplitude ({@link StepPlan#amplitude()}), referenced
 * as {@code %LDQn%}: MAPDL interpolates it linearly in time, as ccx does
 * its {@code *AMPLITUDE}.</li>
 * <li>Losses: PLANE55 takes a heat flux or a convection on a face, not both,
 * and radiation only through the radiosity method; so the front and back
 * losses are {@code SURF151} surface elements generated on those faces by
 * {@code ESURF} with an extra node held at the ambient temperature
 * ({@code KEYOPT(5)=1}), with radiation to it ({@code KEYOPT(9)=1}, form factor
 * 1 as real constant, {@code EMIS} as material) where the emissivity is
 * positive, and {@code SFE,…,CONV} where the film coefficient is; the rim
 * convection is {@code SF,…,CONV} on the PLANE55 rim faces.
 * {@code STEF} and {@code TOFFST,0} set the radiation constants.</li>
 * <li>Solution: {@code ANTYPE,TRANS}, {@code TUNIF} at the initial
 * temperature, {@code KBC,1}, {@code OUTRES,NSOL,ALL}; one load step
 * ({@code TIME}, {@code DELTIM}, {@code AUTOTS,ON}, {@code SOLVE}) per step of
 * the {@link StepPlan}: every output time and every change of the beam ends a
 * load step.</li>
 * <li>Results: in {@code /POST1}, every result set's load step, time and
 * nodal temperatures are written with {@code *VWRITE} to the text table
 * {@value #TABLES} ({@link ResultTables} reads it); the deck ends with a
 * {@code /COM} of {@value #COMPLETED}, which the output shows only if MAPDL
 * got there.</li>
 * </ul>
 * As in the CalculiX adapter, the absorptivity (unless overridden) and the
 * emissivities are taken at the initial temperature.
 */
public final class ApdlDeck {

	public static final String TABLES = "job_temps.txt"; //$NON-NLS-1$
	public static final String COMPLETED = "LASERDAMAGE-RUN-COMPLETED"; //$NON-NLS-1$
	static final double STEFAN_BOLTZMANN = 5.670374419e-8;
	/** The enthalpy table reaches this far above the hottest table point, K. */
	static final double ENTHALPY_REACH = 20000;
	/** Most temperatures MAPDL takes in one property table. */
	static final int MAX_POINTS = 100;
	/** Simpson intervals between two enthalpy points. */
	static final int SIMPSON = 64;
	private static final int PER_LINE = 6;
	/** Material numbers of the SURF151 emissivities. */
	static final int FRONT_SURFACE = 101;
	static final int BACK_SURFACE = 102;

	private final ThermalProblem problem;
	private final QuadMesh mesh;
	private final StepPlan plan;

	public ApdlDeck(ThermalProblem problem, QuadMesh mesh, StepPlan plan) {
		this.problem = problem;
		this.mesh = mesh;
		this.plan = plan;
	}

	/** @return a number as MAPDL reads it: 12 significant digits, no trailing zeros */
	static String num(double value) {
		if (value == 0) {
			return "0"; //$NON-NLS-1$
		}
		String s = String.format(Locale.ROOT, "%.12g", value); //$NON-NLS-1$
		String mantissa = s;
		String exponent = ""; //$NON-NLS-1$
		int e = s.indexOf('e');
		if (e >= 0) {
			mantissa = s.substring(0, e);
			exponent = s.substring(e);
		}
		if (mantissa.contains(".")) { //$NON-NLS-1$
			mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
		return mantissa + exponent;
	}

	public void write(PrintWriter out) throws CoreException {
		out.println("! Laser Damage Workbench: " + problem.name().replaceAll("[\\r\\n]", " ")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		out.println("/BATCH"); //$NON-NLS-1$
		out.println("/PREP7"); //$NON-NLS-1$
		out.println("ET,1,PLANE55"); //$NON-NLS-1$
		out.println("KEYOPT,1,3,1"); //$NON-NLS-1$
		writeNodes(out);
		for (int l = 0; l < problem.layers().size(); l++) {
			writeMaterial(out, l + 1, problem.layers().get(l));
		}
		writeElements(out);
		writeSurfaces(out);
		out.println("FINISH"); //$NON-NLS-1$
		out.println("/SOLU"); //$NON-NLS-1$
		out.println("ANTYPE,TRANS"); //$NON-NLS-1$
		out.println("TOFFST,0"); //$NON-NLS-1$
		out.println("STEF," + num(STEFAN_BOLTZMANN)); //$NON-NLS-1$
		out.println("TUNIF," + num(problem.initialTemperature())); //$NON-NLS-1$
		out.println("KBC,1"); //$NON-NLS-1$
		out.println("OUTRES,ALL,NONE"); //$NON-NLS-1$
		out.println("OUTRES,NSOL,ALL"); //$NON-NLS-1$
		writeLoads(out);
		boolean first = true;
		for (StepPlan.Step step : plan.steps()) {
			double initial = first ? Math.min(problem.time().initialStep(), step.maxIncrement()) : step.maxIncrement();
			out.println("TIME," + num(step.end())); //$NON-NLS-1$
			out.println("DELTIM," + num(initial) + ',' + num(initial * 1e-6) + ',' + num(step.maxIncrement())); //$NON-NLS-1$
			out.println("AUTOTS,ON"); //$NON-NLS-1$
			out.println("SOLVE"); //$NON-NLS-1$
			first = false;
		}
		out.println("FINISH"); //$NON-NLS-1$
		writeTables(out);
		out.println("/COM," + COMPLETED); //$NON-NLS-1$
		out.println("/EXIT,NOSAVE"); //$NON-NLS-1$
	}

	private void writeNodes(PrintWriter out) {
		MeshDescription d = mesh.description();
		for (int j = 0; j <= mesh.axialCells(); j++) {
			for (int i = 0; i <= mesh.radialCells(); i++) {
				out.println("N," + mesh.node(i, j) + ',' + num(d.rFaces()[i]) + ',' + num(-d.zFaces()[j])); //$NON-NLS-1$
			}
		}
	}

	private void writeElements(PrintWriter out) {
		MeshDescription d = mesh.description();
		out.println("TYPE,1"); //$NON-NLS-1$
		int layer = -1;
		for (int j = 0; j < mesh.axialCells(); j++) {
			if (d.layerOfRow()[j] != layer) {
				layer = d.layerOfRow()[j];
				out.println("MAT," + (layer + 1)); //$NON-NLS-1$
			}
			for (int i = 0; i < mesh.radialCells(); i++) {
				int[] c = mesh.corners(i, j);
				out.println("EN," + mesh.element(i, j) + ',' + c[0] + ',' + c[1] + ',' + c[2] + ',' + c[3]); //$NON-NLS-1$
			}
		}
	}

	/** The SURF151 elements of the front and back losses, on an extra node held at the ambient temperature. */
	private void writeSurfaces(PrintWriter out) {
		Environment env = problem.environment();
		boolean held = problem.fixedFrontTemperature().isPresent();
		double front = held ? 0 : emissivity(env.frontEmissivity(), problem.layers().get(0).material());
		double back = emissivity(env.backEmissivity(), problem.layers().get(problem.layers().size() - 1).material());
		double hFront = held ? 0 : env.frontConvection();
		boolean frontLoss = front > 0 || hFront > 0;
		boolean backLoss = back > 0 || env.backConvection() > 0;
		if (!frontLoss && !backLoss) {
			return;
		}
		int extra = extraNode();
		double thickness = problem.thickness();
		out.println("N," + extra + ",0," + num(thickness)); //$NON-NLS-1$ //$NON-NLS-2$
		out.println("ET,2,SURF151"); //$NON-NLS-1$
		out.println("KEYOPT,2,3,1"); //$NON-NLS-1$
		out.println("KEYOPT,2,4,1"); //$NON-NLS-1$
		out.println("KEYOPT,2,5,1"); //$NON-NLS-1$
		out.println("KEYOPT,2,8,2"); //$NON-NLS-1$
		out.println("KEYOPT,2,9,1"); //$NON-NLS-1$
		out.println("R,2,1"); //$NON-NLS-1$
		out.println("ET,3,SURF151"); //$NON-NLS-1$
		out.println("KEYOPT,3,3,1"); //$NON-NLS-1$
		out.println("KEYOPT,3,4,1"); //$NON-NLS-1$
		out.println("KEYOPT,3,5,1"); //$NON-NLS-1$
		out.println("KEYOPT,3,8,2"); //$NON-NLS-1$
		out.println("R,3,1"); //$NON-NLS-1$
		if (frontLoss) {
			surface(out, "LDFRONT", 0, front, FRONT_SURFACE); //$NON-NLS-1$
		}
		if (backLoss) {
			surface(out, "LDBACK", mesh.axialCells(), back, BACK_SURFACE); //$NON-NLS-1$
		}
	}

	/** Generates SURF151 on the faces at node row {@code row} (0 front, nz back) and names them {@code component}. */
	private void surface(PrintWriter out, String component, int row, double emissivity, int material) {
		double y = -mesh.description().zFaces()[row];
		int cellRow = row == 0 ? 0 : row - 1;
		out.println("ESEL,S,ELEM,," + mesh.element(0, cellRow) + ',' + mesh.element(mesh.radialCells() - 1, cellRow)); //$NON-NLS-1$
		out.println("NSEL,S,LOC,Y," + num(y)); //$NON-NLS-1$
		out.println("NSEL,A,NODE,," + extraNode()); //$NON-NLS-1$
		if (emissivity > 0) {
			out.println("MP,EMIS," + material + ',' + num(emissivity)); //$NON-NLS-1$
			out.println("TYPE,2"); //$NON-NLS-1$
			out.println("REAL,2"); //$NON-NLS-1$
		} else {
			out.println("TYPE,3"); //$NON-NLS-1$
			out.println("REAL,3"); //$NON-NLS-1$
		}
		out.println("MAT," + material); //$NON-NLS-1$
		out.println("ESURF," + extraNode()); //$NON-NLS-1$
		out.println("ESEL,R,ENAME,,151"); //$NON-NLS-1$
		out.println("CM," + component + ",ELEM"); //$NON-NLS-1$ //$NON-NLS-2$
		out.println("ALLSEL,ALL"); //$NON-NLS-1$
	}

	int extraNode() {
		return mesh.nodes() + 1;
	}

	private void writeLoads(PrintWriter out) {
		Environment env = problem.environment();
		double ambient = env.ambientTemperature();
		boolean held = problem.fixedFrontTemperature().isPresent();
		boolean surfaces = (!held && (env.frontConvection() > 0
				|| emissivity(env.frontEmissivity(), problem.layers().get(0).material()) > 0))
				|| env.backConvection() > 0
				|| emissivity(env.backEmissivity(), problem.layers().get(problem.layers().size() - 1).material()) > 0;
		if (surfaces) {
			out.println("D," + extraNode() + ",TEMP," + num(ambient)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (held) {
			out.println("NSEL,S,LOC,Y,0"); //$NON-NLS-1$
			out.println("D,ALL,TEMP," + num(problem.fixedFrontTemperature().getAsDouble())); //$NON-NLS-1$
			out.println("ALLSEL,ALL"); //$NON-NLS-1$
		} else if (plan.referencePower() > 0) {
			writeBeam(out);
		}
		if (!held && env.frontConvection() > 0) {
			convection(out, "LDFRONT", env.frontConvection(), ambient); //$NON-NLS-1$
		}
		if (env.backConvection() > 0) {
			convection(out, "LDBACK", env.backConvection(), ambient); //$NON-NLS-1$
		}
		if (env.rimConvection() > 0) {
			out.println("NSEL,S,LOC,X," + num(problem.radius())); //$NON-NLS-1$
			out.println("SF,ALL,CONV," + num(env.rimConvection()) + ',' + num(ambient)); //$NON-NLS-1$
			out.println("ALLSEL,ALL"); //$NON-NLS-1$
		}
	}

	private static void convection(PrintWriter out, String component, double h, double ambient) {
		out.println("CMSEL,S," + component); //$NON-NLS-1$
		out.println("SFE,ALL,1,CONV,0," + num(h)); //$NON-NLS-1$
		out.println("SFE,ALL,1,CONV,2," + num(ambient)); //$NON-NLS-1$
		out.println("ALLSEL,ALL"); //$NON-NLS-1$
	}

	private void writeBeam(PrintWriter out) {
		Beam beam = problem.beam();
		Material front = problem.layers().get(0).material();
		double a = beam.absorptivityOverride()
				.orElse(front.absorptivity().valueAt(beam.wavelength(), problem.initialTemperature()));
		double[] r = mesh.description().rFaces();
		double[] amplitude = plan.amplitude();
		int points = amplitude.length / 2;
		for (int i = 0; i < mesh.radialCells(); i++) {
			double ring = Math.PI * (r[i + 1] * r[i + 1] - r[i] * r[i]);
			double flux = a * plan.referencePower() * beam.profile().fraction(beam.radius(), r[i], r[i + 1]) / ring;
			if (!(flux > 0)) {
				continue;
			}
			int element = mesh.element(i, 0);
			if (points == 0) {
				out.println("SFE," + element + ",3,HFLUX,," + num(flux)); //$NON-NLS-1$ //$NON-NLS-2$
				continue;
			}
			String table = "LDQ" + (i + 1); //$NON-NLS-1$
			out.println("*DIM," + table + ",TABLE," + points + ",1,1,TIME"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			double[] times = new double[points];
			double[] values = new double[points];
			for (int k = 0; k < points; k++) {
				times[k] = amplitude[2 * k];
				values[k] = flux * amplitude[2 * k + 1];
			}
			fill(out, table, 0, times);
			fill(out, table, 1, values);
			out.println("SFE," + element + ",3,HFLUX,,%" + table + '%'); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** Writes column {@code column} of a table, {@value #PER_LINE} values a line: {@code T(k,c)=v1,v2,…}. */
	private static void fill(PrintWriter out, String table, int column, double[] values) {
		for (int k = 0; k < values.length; k += PER_LINE) {
			StringBuilder line = new StringBuilder(table).append('(').append(k + 1).append(',').append(column).append(")="); //$NON-NLS-1$
			for (int n = k; n < Math.min(values.length, k + PER_LINE); n++) {
				line.append(n > k ? "," : "").append(num(values[n])); //$NON-NLS-1$ //$NON-NLS-2$
			}
			out.println(line);
		}
	}

	private void writeTables(PrintWriter out) {
		int nodes = mesh.nodes();
		out.println("/POST1"); //$NON-NLS-1$
		out.println("ALLSEL,ALL"); //$NON-NLS-1$
		out.println("*GET,LDSETS,ACTIVE,0,SET,NSET"); //$NON-NLS-1$
		out.println("*DIM,LDNODE,ARRAY," + nodes); //$NON-NLS-1$
		out.println("*DIM,LDTEMP,ARRAY," + nodes); //$NON-NLS-1$
		out.println("*VFILL,LDNODE(1),RAMP,1,1"); //$NON-NLS-1$
		out.println("*CFOPEN,job_temps,txt"); //$NON-NLS-1$
		out.println("*DO,LDK,1,LDSETS"); //$NON-NLS-1$
		out.println("SET,,,,,,,LDK"); //$NON-NLS-1$
		out.println("*GET,LDSTEP,ACTIVE,0,SET,LSTP"); //$NON-NLS-1$
		out.println("*GET,LDTIME,ACTIVE,0,SET,TIME"); //$NON-NLS-1$
		out.println("*VGET,LDTEMP(1),NODE,1,TEMP"); //$NON-NLS-1$
		out.println("*VWRITE,LDK,LDSTEP,LDTIME"); //$NON-NLS-1$
		out.println("('SET',F10.0,F10.0,E24.15)"); //$NON-NLS-1$
		out.println("*VWRITE,LDNODE(1),LDTEMP(1)"); //$NON-NLS-1$
		out.println("(F10.0,E24.15)"); //$NON-NLS-1$
		out.println("*ENDDO"); //$NON-NLS-1$
		out.println("*VWRITE,LDSETS"); //$NON-NLS-1$
		out.println("('END',F10.0)"); //$NON-NLS-1$
		out.println("*CFCLOS"); //$NON-NLS-1$
		out.println("FINISH"); //$NON-NLS-1$
	}

	private double emissivity(double set, Material material) {
		return Double.isNaN(set) ? material.emissivity().valueAt(problem.initialTemperature()) : set;
	}

	private void writeMaterial(PrintWriter out, int number, Layer layer) throws CoreException {
		Material m = layer.material();
		out.println("! material " + number + ": " + m.id() + " (layer " + layer.name().replaceAll("[\\r\\n]", " ") + ')'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		TemperatureTable k = m.conductivity();
		table(out, layer, "KXX", number, k.temperatures(), k.values()); //$NON-NLS-1$
		if (m.conductivityThroughThickness().isPresent()) {
			TemperatureTable axial = m.axialConductivity();
			table(out, layer, "KYY", number, axial.temperatures(), axial.values()); //$NON-NLS-1$
		}
		double rhoRef = m.density().valueAt(problem.initialTemperature());
		out.println("MPTEMP"); //$NON-NLS-1$
		out.println("MP,DENS," + number + ',' + num(rhoRef)); //$NON-NLS-1$
		TreeSet<Double> points = new TreeSet<>();
		add(points, m.density());
		add(points, m.specificHeat());
		double[] ct = toArray(points);
		double[] c = new double[ct.length];
		for (int n = 0; n < ct.length; n++) {
			c[n] = m.density().valueAt(ct[n]) * m.specificHeat().valueAt(ct[n]) / rhoRef;
		}
		table(out, layer, "C", number, ct, c); //$NON-NLS-1$
		double[][] h = enthalpy(m, problem.initialTemperature(), problem.environment().ambientTemperature());
		table(out, layer, "ENTH", number, h[0], h[1]); //$NON-NLS-1$
	}

	/**
	 * @return temperatures and the volumetric enthalpy there, J/m³, relative to 0 K with the heat capacity below
	 *         the table held at its first value
	 */
	public static double[][] enthalpy(Material m, double initial, double ambient) {
		TreeSet<Double> points = new TreeSet<>();
		add(points, m.density());
		add(points, m.specificHeat());
		double solidus = MeltingRange.solidus(m);
		double liquidus = MeltingRange.liquidus(m);
		double latent = m.melting().map(Melting::latentHeat).orElse(0.0);
		if (m.melting().isPresent()) {
			points.add(solidus);
			points.add(liquidus);
		}
		double low = Math.min(points.first(), Math.min(initial, ambient));
		low = Math.max(1, low - 100);
		points.add(low);
		points.add(points.last() + ENTHALPY_REACH);
		double[] t = toArray(points);
		double[] h = new double[t.length];
		double sensible = m.density().valueAt(low) * m.specificHeat().valueAt(low) * low;
		for (int n = 0; n < t.length; n++) {
			if (n > 0) {
				sensible += simpson(m, t[n - 1], t[n]);
			}
			double f = t[n] <= solidus ? 0 : t[n] >= liquidus ? 1 : (t[n] - solidus) / (liquidus - solidus);
			h[n] = sensible + m.density().valueAt(t[n]) * latent * f;
		}
		return new double[][] { t, h };
	}

	private static double simpson(Material m, double a, double b) {
		double step = (b - a) / SIMPSON;
		double sum = rhoC(m, a) + rhoC(m, b);
		for (int k = 1; k < SIMPSON; k++) {
			sum += (k % 2 == 1 ? 4 : 2) * rhoC(m, a + k * step);
		}
		return sum * step / 3;
	}

	private static double rhoC(Material m, double t) {
		return m.density().valueAt(t) * m.specificHeat().valueAt(t);
	}

	/** {@code MPTEMP} (cleared first) and {@code MPDATA} of one property, {@value #PER_LINE} values a command. */
	private static void table(PrintWriter out, Layer layer, String label, int material, double[] t, double[] v)
			throws CoreException {
		if (t.length > MAX_POINTS) {
			throw RunStatus.invalid(Messages.bind(Messages.tooManyPoints, layer.material().id(), layer.name(), label, t.length));
		}
		out.println("MPTEMP"); //$NON-NLS-1$
		List<String> temps = new ArrayList<>();
		List<String> values = new ArrayList<>();
		for (int n = 0; n < t.length; n++) {
			temps.add(num(t[n]));
			values.add(num(v[n]));
		}
		for (int k = 0; k < t.length; k += PER_LINE) {
			int end = Math.min(t.length, k + PER_LINE);
			out.println("MPTEMP," + (k + 1) + ',' + String.join(",", temps.subList(k, end))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		for (int k = 0; k < t.length; k += PER_LINE) {
			int end = Math.min(t.length, k + PER_LINE);
			out.println("MPDATA," + label + ',' + material + ',' + (k + 1) + ',' + String.join(",", values.subList(k, end))); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static void add(TreeSet<Double> points, TemperatureTable table) {
		for (double t : table.temperatures()) {
			points.add(t);
		}
	}

	private static double[] toArray(TreeSet<Double> points) {
		return points.stream().mapToDouble(Double::doubleValue).toArray();
	}
}
