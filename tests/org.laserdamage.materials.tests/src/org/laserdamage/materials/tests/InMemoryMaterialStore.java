package org.laserdamage.materials.tests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.laserdamage.materials.IMaterialLibrary;
import org.laserdamage.materials.IMaterialStore;
import org.laserdamage.materials.Material;
import org.laserdamage.materials.MaterialConflictException;
import org.laserdamage.materials.MaterialLibraries;
import org.laserdamage.materials.MaterialStoreException;
import org.laserdamage.materials.PropertyKind;

/** A versioned store in memory, all-or-nothing like a transaction; counts the writes it was asked for. */
final class InMemoryMaterialStore implements IMaterialStore {

	private final Map<String, List<Material>> versions = new LinkedHashMap<>();
	private int saveCalls;
	private boolean failing;

	/** Makes every later save fail, as a full disk or a lost connection would. */
	void failSaves() {
		failing = true;
	}

	int saveCalls() {
		return saveCalls;
	}

	/** @return every stored record of every id */
	List<Material> all() {
		return versions.values().stream().flatMap(List::stream).toList();
	}

	@Override
	public String name() {
		return "in-memory test store";
	}

	@Override
	public Optional<Material> find(String id) {
		List<Material> h = versions.get(id);
		return h == null ? Optional.empty() : Optional.of(h.get(h.size() - 1));
	}

	@Override
	public List<Material> materials() {
		IMaterialLibrary library = MaterialLibraries.of(name(), all());
		return library.materials();
	}

	@Override
	public Optional<Material> find(String id, int version) {
		return history(id).stream().filter(m -> m.version() == version).findFirst();
	}

	@Override
	public List<Material> history(String id) {
		return List.copyOf(versions.getOrDefault(id, List.of()));
	}

	@Override
	public Material save(Material material) throws MaterialStoreException {
		return saveAll(List.of(material)).get(0);
	}

	@Override
	public List<Material> saveAll(List<Material> materials) throws MaterialStoreException {
		saveCalls++;
		if (failing) {
			throw new MaterialStoreException("test store: disk full");
		}
		Map<String, Integer> next = new LinkedHashMap<>();
		List<Material> stored = new ArrayList<>();
		for (Material m : materials) {
			int version = next.merge(m.id(), history(m.id()).size() + 1, (a, b) -> a + 1);
			stored.add(withVersion(m, version));
		}
		for (Material m : stored) {
			versions.computeIfAbsent(m.id(), k -> new ArrayList<>()).add(m);
		}
		return List.copyOf(stored);
	}

	@Override
	public Material saveEdit(Material edited) throws MaterialStoreException {
		int newest = find(edited.id()).map(Material::version).orElse(0);
		if (newest > edited.version()) {
			throw new MaterialConflictException("test store: " + edited.id() + " v" + newest + " exists", edited.id(),
					edited.version(), newest, "");
		}
		return save(edited);
	}

	@Override
	public int delete(String id) {
		List<Material> removed = versions.remove(id);
		return removed == null ? 0 : removed.size();
	}

	static Material withVersion(Material m, int version) {
		Material.Builder b = Material.builder(m.id()).name(m.name()).materialClass(m.materialClass())
				.description(m.description()).version(version).density(m.density()).specificHeat(m.specificHeat())
				.conductivity(m.conductivity()).conductivityThroughThickness(m.conductivityThroughThickness().orElse(null))
				.melting(m.melting().orElse(null)).boiling(m.boiling().orElse(null)).emissivity(m.emissivity())
				.absorptivity(m.absorptivity());
		for (PropertyKind kind : m.sources().keySet()) {
			b.source(kind, m.source(kind));
		}
		return b.build();
	}

	@Override
	public String location() {
		return "memory";
	}

	@Override
	public void close() {
		// nothing to release
	}
}
