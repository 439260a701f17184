package org.laserdamage.materials.tests;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import org.laserdamage.materials.AbsorptivityTable;
import org.laserdamage.materials.Material;
import org.laserdamage.materials.MaterialClass;
import org.laserdamage.materials.MaterialFormatException;
import org.laserdamage.materials.MaterialJson;
import org.laserdamage.materials.PropertyKind;
import org.laserdamage.materials.Source;
import org.laserdamage.materials.TemperatureTable;

/** Shared fixtures: a small valid material file and a builder filled with valid values. */
final class TestMaterials {

	/** A valid file with one material; tests break it in one place and check the message. */
	static final String VALID = """
			{
			  "format": "laserdamage-materials",
			  "formatVersion": 1,
			  "materials": [
			    {
			      "id": "test-metal",
			      "name": "Test metal",
			      "class": "METAL",
			      "density": {"unit": "kg/m3", "table": [[293.15, 2700]], "source": {"citation": "test density"}},
			      "specificHeat": {"unit": "J/(kg K)", "table": [[293.15, 900], [600, 1000]], "source": {"citation": "test"}},
			      "conductivity": {"table": [[293.15, 200]], "source": {"citation": "test", "url": "https://example.org", "notes": "n"}},
			      "meltingRange": {"unit": "K", "solidus": 850, "liquidus": 920, "source": {"citation": "test"}},
			      "latentHeatFusion": {"unit": "J/kg", "value": 3.9e5, "source": {"citation": "test"}},
			      "boilingPoint": {"value": 2740, "source": {"citation": "test"}},
			      "latentHeatVaporization": {"value": 1.08e7, "source": {"citation": "test"}},
			      "emissivity": {"unit": "1", "table": [[293.15, 0.05]], "source": {"citation": "test"}},
			      "absorptivity": {"unit": "1", "rows": [
			          {"wavelength": 1.064e-6, "table": [[293.15, 0.05], [900, 0.08]]},
			          {"wavelength": 1.06e-5, "table": [[293.15, 0.012]]}
			        ], "source": {"citation": "test"}}
			    }
			  ]
			}
			""";

	static final String FILE = "test.json"; //$NON-NLS-1$

	private TestMaterials() {
	}

	static List<Material> read(String json) throws IOException, MaterialFormatException {
		return MaterialJson.read(new StringReader(json), FILE);
	}

	static String write(List<Material> materials) throws IOException {
		StringWriter out = new StringWriter();
		MaterialJson.write(materials, out);
		return out.toString();
	}

	/** @return the 1-based line of the first occurrence of {@code marker} in {@code text} */
	static int lineOf(String text, String marker) {
		int index = text.indexOf(marker);
		if (index < 0) {
			throw new IllegalArgumentException("marker not found: " + marker);
		}
		return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
	}

	/** @return {@code text} with exactly one occurrence of {@code from} replaced */
	static String replaceOnce(String text, String from, String to) {
		int index = text.indexOf(from);
		if (index < 0 || text.indexOf(from, index + 1) >= 0) {
			throw new IllegalArgumentException("expected exactly one occurrence of: " + from);
		}
		return text.substring(0, index) + to + text.substring(index + from.length());
	}

	static TemperatureTable table(double... pairs) {
		double[] t = new double[pairs.length / 2];
		double[] v = new double[pairs.length / 2];
		for (int i = 0; i < t.length; i++) {
			t[i] = pairs[2 * i];
			v[i] = pairs[2 * i + 1];
		}
		return new TemperatureTable(t, v);
	}

	/**
	 * A constant-property material (k, ρ, c_p constant) with neither melting nor
	 * boiling data: it never melts, and has a source for exactly what it holds.
	 */
	static Material constantProperties(String id) {
		return constantBuilder(id).build();
	}

	/** {@link #constantProperties} before it is built, for tests that add a group. */
	static Material.Builder constantBuilder(String id) {
		Material.Builder b = Material.builder(id).name("Constant " + id).materialClass(MaterialClass.CERAMIC)
				.density(TemperatureTable.constant(2000)).specificHeat(TemperatureTable.constant(1000))
				.conductivity(TemperatureTable.constant(10)).emissivity(TemperatureTable.constant(0.5))
				.absorptivity(new AbsorptivityTable(new double[] { 1.064e-6 }, new TemperatureTable[] { TemperatureTable.constant(1) }));
		for (PropertyKind kind : List.of(PropertyKind.DENSITY, PropertyKind.SPECIFIC_HEAT, PropertyKind.CONDUCTIVITY,
				PropertyKind.EMISSIVITY, PropertyKind.ABSORPTIVITY)) {
			b.source(kind, new Source("constant test value for " + kind, "", "not a real material"));
		}
		return b;
	}

	/** A complete, valid builder; every property has a source. */
	static Material.Builder builder(String id) {
		Material.Builder b = Material.builder(id).name("Material " + id).materialClass(MaterialClass.METAL)
				.density(table(293.15, 7800)).specificHeat(table(293.15, 500, 1000, 650))
				.conductivity(table(293.15, 50, 1000, 30)).meltingRange(1700, 1750).latentHeatFusion(2.5e5)
				.boilingPoint(3100).latentHeatVaporization(6e6).emissivity(table(293.15, 0.2))
				.absorptivity(new AbsorptivityTable(new double[] { 1.064e-6 }, new TemperatureTable[] { table(293.15, 0.35) }));
		for (PropertyKind kind : PropertyKind.values()) {
			if (kind != PropertyKind.CONDUCTIVITY_THROUGH_THICKNESS) {
				b.source(kind, new Source("citation for " + kind, "", ""));
			}
		}
		return b;
	}
}
