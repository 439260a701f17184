package org.laserdamage.solver.calculix.internal;

import java.io.PrintWriter;
import java.util.TreeSet;

import org.laserdamage.materials.Material;
import org.laserdamage.materials.Melting;
import org.laserdamage.materials.TemperatureTable;
import org.laserdamage.solver.nodal.MeltingRange;

/**
 * The ccx material cards of one layer. ccx has no latent-heat keyword, so the
 * latent heat of fusion is a spike of the specific heat over the melting
 * interval: a trapezoid whose four corners are table points (solidus,
 * solidus + δ, liquidus − δ, liquidus, δ = {@value #EDGE} of the interval) and
 * whose area is exactly L_f, so ccx's linear interpolation holds all of it.
 * The interval is widened to at least 1 K as in the built-in solver.
 * <p>
 * The density is written as a constant (its value at the reference
 * temperature) and its temperature dependence moved into the specific heat:
 * c* = ρ(T) (c_p(T) + L_f g(T)) / ρ_ref keeps the volumetric heat capacity
 * ρ c_p that the heat equation of a fixed mesh needs, and nothing in a pure
 * heat-transfer run reads the mass. A through-thickness conductivity makes
 * the conductivity orthotropic: k11 = k33 = radial (x and hoop), k22 = axial (y).
 */
final class MaterialCards {

	/** Width of each sloped edge of the latent-heat trapezoid, as a fraction of the melting interval. */
	static final double EDGE = 0.05;
	private MaterialCards() {
	}

	static double solidus(Material m) {
		return MeltingRange.solidus(m);
	}

	static double liquidus(Material m) {
		return MeltingRange.liquidus(m);
	}

	static void write(PrintWriter out, String name, Material m, double referenceTemperature) {
		out.println("*MATERIAL,NAME=" + name); //$NON-NLS-1$
		writeConductivity(out, m);
		double rhoRef = m.density().valueAt(referenceTemperature);
		out.println("*DENSITY"); //$NON-NLS-1$
		out.println(DeckWriter.num(rhoRef));
		out.println("*SPECIFIC HEAT"); //$NON-NLS-1$
		TreeSet<Double> points = new TreeSet<>();
		add(points, m.density());
		add(points, m.specificHeat());
		double solidus = solidus(m);
		double liquidus = liquidus(m);
		double latent = m.melting().map(Melting::latentHeat).orElse(0.0);
		double edge = EDGE * (liquidus - solidus);
		if (m.melting().isPresent()) {
			points.add(solidus);
			points.add(solidus + edge);
			points.add(liquidus - edge);
			points.add(liquidus);
		}
		double height = latent / (liquidus - solidus - edge);
		for (double t : points) {
			double g = 0;
			if (t > solidus && t < liquidus) {
				g = height * Math.min(1, Math.min(t - solidus, liquidus - t) / edge);
			}
			double value = m.density().valueAt(t) * (m.specificHeat().valueAt(t) + g) / rhoRef;
			out.println(DeckWriter.num(value) + ',' + DeckWriter.num(t));
		}
	}

	private static void writeConductivity(PrintWriter out, Material m) {
		if (m.conductivityThroughThickness().isEmpty()) {
			out.println("*CONDUCTIVITY"); //$NON-NLS-1$
			TemperatureTable k = m.conductivity();
			for (int i = 0; i < k.size(); i++) {
				out.println(DeckWriter.num(k.value(i)) + ',' + DeckWriter.num(k.temperature(i)));
			}
			return;
		}
		out.println("*CONDUCTIVITY,TYPE=ORTHO"); //$NON-NLS-1$
		TreeSet<Double> points = new TreeSet<>();
		add(points, m.conductivity());
		add(points, m.axialConductivity());
		for (double t : points) {
			String radial = DeckWriter.num(m.conductivity().valueAt(t));
			out.println(radial + ',' + DeckWriter.num(m.axialConductivity().valueAt(t)) + ',' + radial + ','
					+ DeckWriter.num(t));
		}
	}

	private static void add(TreeSet<Double> points, TemperatureTable table) {
		for (double t : table.temperatures()) {
			points.add(t);
		}
	}
}
