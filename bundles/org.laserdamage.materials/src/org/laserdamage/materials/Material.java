package org.laserdamage.materials;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of a material record, in SI units (K, kg/m³, J/(kg·K), W/(m·K),
 * J/kg, m). Immutable; a changed record is a new {@link #version()}.
 * <p>
 * Melting data and boiling data are optional, each as a whole: a material
 * without {@link #melting()} never melts, one without {@link #boiling()} has
 * no boiling point to warn about. A record has a source for exactly the
 * properties it holds ({@link #hasProperty(PropertyKind)}).
 */
public final class Material {

	private final String id;
	private final String name;
	private final MaterialClass materialClass;
	private final String description;
	private final int version;
	private final TemperatureTable density;
	private final TemperatureTable specificHeat;
	private final TemperatureTable conductivity;
	private final TemperatureTable conductivityThroughThickness;
	private final Melting melting;
	private final Boiling boiling;
	private final TemperatureTable emissivity;
	private final AbsorptivityTable absorptivity;
	private final Map<PropertyKind, Source> sources;

	private Material(Builder b) {
		id = require(b.id, "id"); //$NON-NLS-1$
		name = require(b.name, "name"); //$NON-NLS-1$
		materialClass = require(b.materialClass, "class"); //$NON-NLS-1$
		description = b.description == null ? "" : b.description; //$NON-NLS-1$
		version = b.version;
		density = require(b.density, "density"); //$NON-NLS-1$
		specificHeat = require(b.specificHeat, "specific heat"); //$NON-NLS-1$
		conductivity = require(b.conductivity, "conductivity"); //$NON-NLS-1$
		conductivityThroughThickness = b.conductivityThroughThickness;
		emissivity = require(b.emissivity, "emissivity"); //$NON-NLS-1$
		absorptivity = require(b.absorptivity, "absorptivity"); //$NON-NLS-1$
		if (version < 1) {
			throw invalid("version must be 1 or more, was " + version); //$NON-NLS-1$
		}
		try {
			melting = b.melting();
			boiling = b.boiling();
		} catch (IllegalArgumentException e) {
			throw invalid(e.getMessage());
		}
		if (melting != null && boiling != null && !(boiling.temperature() > melting.liquidus())) {
			throw invalid("boiling point (" + boiling.temperature() + " K) must lie above the liquidus (" //$NON-NLS-1$ //$NON-NLS-2$
					+ melting.liquidus() + " K)"); //$NON-NLS-1$
		}
		positive(density, "density"); //$NON-NLS-1$
		positive(specificHeat, "specific heat"); //$NON-NLS-1$
		positive(conductivity, "conductivity"); //$NON-NLS-1$
		if (conductivityThroughThickness != null) {
			positive(conductivityThroughThickness, "through-thickness conductivity"); //$NON-NLS-1$
		}
		for (int i = 0; i < emissivity.size(); i++) {
			if (emissivity.value(i) < 0 || emissivity.value(i) > 1) {
				throw invalid("emissivity at row " + (i + 1) + " must lie in [0, 1]"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		EnumMap<PropertyKind, Source> copy = new EnumMap<>(PropertyKind.class);
		copy.putAll(b.sources);
		for (PropertyKind kind : PropertyKind.values()) {
			boolean held = hasProperty(kind);
			if (!held && copy.containsKey(kind)) {
				throw invalid("has a source for " + label(kind) + " but no " + switch (kind) { //$NON-NLS-1$ //$NON-NLS-2$
				case MELTING_RANGE, LATENT_HEAT_FUSION -> "melting data"; //$NON-NLS-1$
				case BOILING_POINT, LATENT_HEAT_VAPORIZATION -> "boiling data"; //$NON-NLS-1$
				default -> "through-thickness conductivity table"; //$NON-NLS-1$
				});
			}
			if (held && !copy.containsKey(kind)) {
				throw invalid("has no source for " + label(kind) + "; every property needs a citation"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		sources = Collections.unmodifiableMap(copy);
	}

	private static String label(PropertyKind kind) {
		return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	private <T> T require(T value, String what) {
		if (value == null) {
			throw invalid("has no " + what); //$NON-NLS-1$
		}
		return value;
	}

	private void positive(TemperatureTable table, String what) {
		for (int i = 0; i < table.size(); i++) {
			if (!(table.value(i) > 0)) {
				throw invalid(what + " at row " + (i + 1) + " must be positive, was " + table.value(i)); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	private IllegalArgumentException invalid(String message) {
		return new IllegalArgumentException("Material '" + (id == null ? "?" : id) + "' " + message); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	public String id() { return id; }
	public String name() { return name; }
	public MaterialClass materialClass() { return materialClass; }
	public String description() { return description; }
	public int version() { return version; }
	/** @return density in kg/m³ against temperature */
	public TemperatureTable density() { return density; }
	/** @return c_p in J/(kg·K) against temperature */
	public TemperatureTable specificHeat() { return specificHeat; }
	/** @return conductivity in W/(m·K) against temperature (radial / in-plane) */
	public TemperatureTable conductivity() { return conductivity; }
	/** @return through-thickness conductivity, if different from {@link #conductivity()} */
	public Optional<TemperatureTable> conductivityThroughThickness() { return Optional.ofNullable(conductivityThroughThickness); }
	/** @return the axial (through-thickness) conductivity table, which is {@link #conductivity()} when isotropic */
	public TemperatureTable axialConductivity() { return conductivityThroughThickness != null ? conductivityThroughThickness : conductivity; }
	/** @return solidus, liquidus and latent heat of fusion; empty when the material never melts */
	public Optional<Melting> melting() { return Optional.ofNullable(melting); }
	/** @return boiling point and latent heat of vaporization; empty when not given */
	public Optional<Boiling> boiling() { return Optional.ofNullable(boiling); }
	/** @return hemispherical total emissivity against temperature */
	public TemperatureTable emissivity() { return emissivity; }
	/** @return absorptivity against wavelength and temperature */
	public AbsorptivityTable absorptivity() { return absorptivity; }
	/** @return the source of each property */
	public Map<PropertyKind, Source> sources() { return sources; }
	/** @return the source of one property, null for a property the record does not hold */
	public Source source(PropertyKind kind) { return sources.get(kind); }

	/** @return whether the record holds {@code kind}: always, except for the optional table and groups */
	public boolean hasProperty(PropertyKind kind) {
		return switch (kind) {
		case CONDUCTIVITY_THROUGH_THICKNESS -> conductivityThroughThickness != null;
		case MELTING_RANGE, LATENT_HEAT_FUSION -> melting != null;
		case BOILING_POINT, LATENT_HEAT_VAPORIZATION -> boiling != null;
		default -> true;
		};
	}

	/** Two materials are equal when every value, every table and every source are equal. */
	@Override
	public boolean equals(Object obj) {
		if (this == obj) {
			return true;
		}
		return obj instanceof Material o && id.equals(o.id) && name.equals(o.name) && materialClass == o.materialClass
				&& description.equals(o.description) && version == o.version && density.equals(o.density)
				&& specificHeat.equals(o.specificHeat) && conductivity.equals(o.conductivity)
				&& Objects.equals(conductivityThroughThickness, o.conductivityThroughThickness)
				&& Objects.equals(melting, o.melting) && Objects.equals(boiling, o.boiling)
				&& emissivity.equals(o.emissivity) && absorptivity.equals(o.absorptivity) && sources.equals(o.sources);
	}

	@Override
	public int hashCode() {
		return Objects.hash(id, name, materialClass, description, version, density, specificHeat, conductivity,
				conductivityThroughThickness, melting, boiling, emissivity, absorptivity, sources);
	}

	@Override
	public String toString() {
		return name + " (" + id + " v" + version + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	public static Builder builder(String id) {
		return new Builder().id(id);
	}

	/**
	 * Builds a {@link Material}; {@link #build()} checks the record and names what
	 * is missing. The values of a group (melting: solidus, liquidus, latent heat
	 * of fusion; boiling: boiling point, latent heat of vaporization) are set all
	 * or none; a group left out entirely is absent.
	 */
	public static final class Builder {
		private String id;
		private String name;
		private MaterialClass materialClass;
		private String description;
		private int version = 1;
		private TemperatureTable density;
		private TemperatureTable specificHeat;
		private TemperatureTable conductivity;
		private TemperatureTable conductivityThroughThickness;
		private double solidus = Double.NaN;
		private double liquidus = Double.NaN;
		private double latentHeatFusion = Double.NaN;
		private double boilingPoint = Double.NaN;
		private double latentHeatVaporization = Double.NaN;
		private TemperatureTable emissivity;
		private AbsorptivityTable absorptivity;
		private final Map<PropertyKind, Source> sources = new EnumMap<>(PropertyKind.class);

		public Builder id(String value) { id = Objects.requireNonNull(value); return this; }
		public Builder name(String value) { name = value; return this; }
		public Builder materialClass(MaterialClass value) { materialClass = value; return this; }
		public Builder description(String value) { description = value; return this; }
		public Builder version(int value) { version = value; return this; }
		public Builder density(TemperatureTable value) { density = value; return this; }
		public Builder specificHeat(TemperatureTable value) { specificHeat = value; return this; }
		public Builder conductivity(TemperatureTable value) { conductivity = value; return this; }
		public Builder conductivityThroughThickness(TemperatureTable value) { conductivityThroughThickness = value; return this; }
		public Builder meltingRange(double solidusK, double liquidusK) { solidus = solidusK; liquidus = liquidusK; return this; }
		/** Sets or, with null, clears all melting data. */
		public Builder melting(Melting value) {
			solidus = value == null ? Double.NaN : value.solidus();
			liquidus = value == null ? Double.NaN : value.liquidus();
			latentHeatFusion = value == null ? Double.NaN : value.latentHeat();
			return this;
		}
		/** Sets or, with null, clears all boiling data. */
		public Builder boiling(Boiling value) {
			boilingPoint = value == null ? Double.NaN : value.temperature();
			latentHeatVaporization = value == null ? Double.NaN : value.latentHeat();
			return this;
		}
		public Builder latentHeatFusion(double value) { latentHeatFusion = value; return this; }
		public Builder boilingPoint(double value) { boilingPoint = value; return this; }
		public Builder latentHeatVaporization(double value) { latentHeatVaporization = value; return this; }
		public Builder emissivity(TemperatureTable value) { emissivity = value; return this; }
		public Builder absorptivity(AbsorptivityTable value) { absorptivity = value; return this; }
		public Builder source(PropertyKind kind, Source source) { sources.put(kind, Objects.requireNonNull(source)); return this; }

		public Material build() {
			return new Material(this);
		}

		private Melting melting() {
			if (!given("melting data", new String[] { "solidus", "liquidus", "latent heat of fusion" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					solidus, liquidus, latentHeatFusion)) {
				return null;
			}
			return new Melting(solidus, liquidus, latentHeatFusion);
		}

		private Boiling boiling() {
			if (!given("boiling data", new String[] { "boiling point", "latent heat of vaporization" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					boilingPoint, latentHeatVaporization)) {
				return null;
			}
			return new Boiling(boilingPoint, latentHeatVaporization);
		}

		/** @return true when every value of a group is set, false when none is; a half-given group is refused */
		private static boolean given(String group, String[] names, double... values) {
			List<String> missing = new ArrayList<>();
			for (int i = 0; i < values.length; i++) {
				if (Double.isNaN(values[i])) {
					missing.add(names[i]);
				}
			}
			if (missing.isEmpty()) {
				return true;
			}
			if (missing.size() == values.length) {
				return false;
			}
			throw new IllegalArgumentException("has no " + String.join(" and no ", missing) + ": " + group + " (" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					+ String.join(", ", names) + ") is given all together or not at all; add the missing value, or leave out the " //$NON-NLS-1$ //$NON-NLS-2$
					+ group + " entirely"); //$NON-NLS-1$
		}
	}
}
