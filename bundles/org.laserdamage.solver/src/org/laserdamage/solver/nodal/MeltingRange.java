package org.laserdamage.solver.nodal;

import org.laserdamage.materials.Material;
import org.laserdamage.materials.Melting;

/** The melting interval of a material as every solver of nodal fields uses it. */
public final class MeltingRange {

	/** Narrowest melting interval, K, as in the built-in solver. */
	public static final double MIN_MELTING_INTERVAL = 1.0;

	private MeltingRange() {
	}

	/** @return the solidus, +∞ for a material without melting data */
	public static double solidus(Material m) {
		return m.melting().map(Melting::solidus).orElse(Double.POSITIVE_INFINITY);
	}

	/** @return the liquidus as used, at least {@link #MIN_MELTING_INTERVAL} above the solidus */
	public static double liquidus(Material m) {
		return m.melting().map(x -> Math.max(x.liquidus(), x.solidus() + MIN_MELTING_INTERVAL))
				.orElse(Double.POSITIVE_INFINITY);
	}
}
