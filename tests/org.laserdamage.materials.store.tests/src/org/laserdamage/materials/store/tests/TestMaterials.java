package org.laserdamage.materials.store.tests;

import org.laserdamage.materials.AbsorptivityTable;
import org.laserdamage.materials.Material;
import org.laserdamage.materials.MaterialClass;
import org.laserdamage.materials.PropertyKind;
import org.laserdamage.materials.Source;
import org.laserdamage.materials.TemperatureTable;

/** Materials for store tests, with doubles that do not survive a decimal round trip by accident. */
final class TestMaterials {

	private TestMaterials() {
	}

	/** An anisotropic material with awkward doubles; {@code conductivity} tells versions apart. */
	static Material awkward(String id, String name, double conductivity) {
		return awkwardBuilder(id, name, conductivity).build();
	}

	/** {@link #awkward} before it is built, for tests that change one value. */
	static Material.Builder awkwardBuilder(String id, String name, double conductivity) {
		return awkwardBuilder(id, name, conductivity, true, true);
	}

	/**
	 * {@link #awkward} with or without its melting data and its boiling data;
	 * without both it is a constant-property material that never melts.
	 */
	static Material awkward(String id, String name, boolean melting, boolean boiling) {
		return awkwardBuilder(id, name, 1, melting, boiling).build();
	}

	private static Material.Builder awkwardBuilder(String id, String name, double conductivity, boolean melting,
			boolean boiling) {
		Material.Builder b = Material.builder(id).name(name).materialClass(MaterialClass.COMPOSITE)
				.description("line one\nline two, with 'quotes' and ünïcödé")
				.density(new TemperatureTable(new double[] { 293.15, 0.1 + 0.2 + 300, Math.PI * 1000 },
						new double[] { Math.nextUp(1580.0), 1e-300, Math.E * 100 }))
				.specificHeat(TemperatureTable.constant(880.0 / 3))
				.conductivity(new TemperatureTable(new double[] { 293.15, 500 }, new double[] { conductivity, 1.0 / 7 }))
				.conductivityThroughThickness(TemperatureTable.constant(Math.ulp(1.0) * 1e15))
				.meltingRange(573.15 + 1e-10, 773.15).latentHeatFusion(Math.sqrt(2) * 1e5).boilingPoint(3900.000000000001)
				.latentHeatVaporization(5.97e7).emissivity(new TemperatureTable(new double[] { 293.15, 1000 },
						new double[] { 0.1 + 0.2, Math.ulp(1.0) }))
				.absorptivity(new AbsorptivityTable(new double[] { 1.064e-6, Math.nextUp(1.07e-6), 1.06e-5 },
						new TemperatureTable[] { TemperatureTable.constant(0.9), TemperatureTable.constant(1.0 / 3),
								new TemperatureTable(new double[] { 293.15, 600 }, new double[] { 0.0, 1.0 }) }));
		if (!melting) {
			b.melting(null);
		}
		if (!boiling) {
			b.boiling(null);
		}
		for (PropertyKind kind : PropertyKind.values()) {
			boolean meltingKind = kind == PropertyKind.MELTING_RANGE || kind == PropertyKind.LATENT_HEAT_FUSION;
			boolean boilingKind = kind == PropertyKind.BOILING_POINT || kind == PropertyKind.LATENT_HEAT_VAPORIZATION;
			if (meltingKind && !melting || boilingKind && !boiling) {
				continue;
			}
			b.source(kind, new Source("Test citation for " + kind, kind.ordinal() % 2 == 0 ? "" : "https://example.org/" + kind,
					kind.ordinal() % 3 == 0 ? "" : "notes; with a semicolon"));
		}
		return b;
	}
}
