package org.laserdamage.solver.builtin.tests;

import java.util.List;

import org.laserdamage.materials.AbsorptivityTable;
import org.laserdamage.materials.Material;
import org.laserdamage.materials.MaterialClass;
import org.laserdamage.materials.PropertyKind;
import org.laserdamage.materials.Source;
import org.laserdamage.materials.TemperatureTable;

/** Materials with constant properties for the validation cases. */
final class TestMaterials {

	static final double WAVELENGTH = 1.064e-6;

	private TestMaterials() {
	}

	/** A solid that never melts within the tests (solidus 5000 K). */
	static Material solid(String id, String citation, double k, double rho, double c) {
		return builder(id, citation, k, rho, c, 5000, 5000, 0).build();
	}

	/** A constant-property material without melting or boiling data: it never melts at all. */
	static Material neverMelts(String id, String citation, double k, double rho, double c) {
		Material.Builder b = Material.builder(id).name(id).materialClass(MaterialClass.CERAMIC)
				.density(TemperatureTable.constant(rho)).specificHeat(TemperatureTable.constant(c))
				.conductivity(TemperatureTable.constant(k)).emissivity(TemperatureTable.constant(0.1))
				.absorptivity(absorptivity(0.3));
		Source source = new Source(citation, null, "constant properties, no melting or boiling data");
		for (PropertyKind kind : List.of(PropertyKind.DENSITY, PropertyKind.SPECIFIC_HEAT, PropertyKind.CONDUCTIVITY,
				PropertyKind.EMISSIVITY, PropertyKind.ABSORPTIVITY)) {
			b.source(kind, source);
		}
		return b.build();
	}

	/**
	 * A material with constant ρ, c_p and k, emissivity 0.1, absorptivity 0.3 at
	 * every wavelength, and every property cited to {@code citation}.
	 */
	static Material.Builder builder(String id, String citation, double k, double rho, double c, double solidus,
			double liquidus, double latentHeat) {
		Source source = new Source(citation, null, "constant properties");
		Material.Builder b = Material.builder(id).name(id).materialClass(MaterialClass.METAL)
				.density(TemperatureTable.constant(rho)).specificHeat(TemperatureTable.constant(c))
				.conductivity(TemperatureTable.constant(k)).meltingRange(solidus, liquidus).latentHeatFusion(latentHeat)
				.boilingPoint(liquidus + 1000).latentHeatVaporization(1e7).emissivity(TemperatureTable.constant(0.1))
				.absorptivity(absorptivity(0.3));
		for (PropertyKind kind : PropertyKind.values()) {
			if (kind != PropertyKind.CONDUCTIVITY_THROUGH_THICKNESS) {
				b.source(kind, source);
			}
		}
		return b;
	}

	static AbsorptivityTable absorptivity(double a) {
		return new AbsorptivityTable(new double[] { WAVELENGTH }, new TemperatureTable[] { TemperatureTable.constant(a) });
	}
}
