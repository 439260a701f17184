package org.laserdamage.materials;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Simple {@link IMaterialLibrary} implementations: a fixed set of records, and several libraries seen as one. */
public final class MaterialLibraries {

	/** Sorts as a person reads a list: by name ignoring case, then by id. */
	public static final Comparator<Material> BY_NAME = Comparator.comparing(Material::name, String.CASE_INSENSITIVE_ORDER)
			.thenComparing(Material::id);

	private MaterialLibraries() {
	}

	/**
	 * @param name      a short name for messages
	 * @param materials records, possibly several versions of one id; the highest version wins
	 * @return an immutable library of these records
	 */
	public static IMaterialLibrary of(String name, Collection<Material> materials) {
		Map<String, Material> newest = new LinkedHashMap<>();
		for (Material m : materials) {
			newest.merge(m.id(), m, MaterialLibraries::newer);
		}
		List<Material> sorted = new ArrayList<>(newest.values());
		sorted.sort(BY_NAME);
		return new Fixed(name, Map.copyOf(newest), List.copyOf(sorted));
	}

	/**
	 * A library that looks in several libraries: for each id the highest version
	 * wins, and on equal versions the library listed first wins.
	 */
	public static IMaterialLibrary composite(String name, List<? extends IMaterialLibrary> libraries) {
		return new Composite(name, List.copyOf(libraries));
	}

	private static Material newer(Material a, Material b) {
		return b.version() > a.version() ? b : a;
	}

	private record Fixed(String name, Map<String, Material> byId, List<Material> materials) implements IMaterialLibrary {
		@Override
		public Optional<Material> find(String id) {
			return Optional.ofNullable(byId.get(id));
		}
	}

	private record Composite(String name, List<IMaterialLibrary> libraries) implements IMaterialLibrary {
		@Override
		public Optional<Material> find(String id) {
			Material best = null;
			for (IMaterialLibrary library : libraries) {
				Material m = library.find(id).orElse(null);
				if (m != null && (best == null || m.version() > best.version())) {
					best = m;
				}
			}
			return Optional.ofNullable(best);
		}

		@Override
		public List<Material> materials() {
			Map<String, Material> newest = new LinkedHashMap<>();
			for (IMaterialLibrary library : libraries) {
				for (Material m : library.materials()) {
					newest.merge(m.id(), m, MaterialLibraries::newer);
				}
			}
			List<Material> sorted = new ArrayList<>(newest.values());
			sorted.sort(BY_NAME);
			return List.copyOf(sorted);
		}
	}
}
