package org.laserdamage.materials.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laserdamage.materials.AbsorptivityTable;
import org.laserdamage.materials.BuiltInMaterials;
import org.laserdamage.materials.IMaterialStore;
import org.laserdamage.materials.Material;
import org.laserdamage.materials.MaterialClass;
import org.laserdamage.materials.MaterialConflictException;
import org.laserdamage.materials.MaterialLibraries;
import org.laserdamage.materials.MaterialStoreException;
import org.laserdamage.materials.PropertyKind;
import org.laserdamage.materials.Source;
import org.laserdamage.materials.TemperatureTable;
import org.laserdamage.materials.internal.MaterialCopies;
import org.laserdamage.materials.store.internal.Migration;
import org.laserdamage.materials.store.internal.SchemaMigrations;
import org.laserdamage.materials.store.internal.SqlScript;

/**
 * What every material database must do, whatever it runs on: the Derby and
 * PostgreSQL subclasses run these tests against their database.
 */
abstract class MaterialStoreContract {

	/** A material as schema version 1 stored it: the rows of data/v001-sample.sql. */
	private static final Material V001_SAMPLE = v001Sample();

	@TempDir
	Path tempDir;

	private TestDatabase database;
	private final List<IMaterialStore> opened = Collections.synchronizedList(new ArrayList<>());

	/** @return an empty database of this kind for one test */
	abstract TestDatabase createDatabase(Path folder) throws Exception;

	@BeforeEach
	void createDatabase() throws Exception {
		database = createDatabase(tempDir);
	}

	/** Also runs when the database could not be created (a skipped PostgreSQL test). */
	@AfterEach
	void dropDatabase() throws Exception {
		opened.forEach(IMaterialStore::close);
		if (database != null) {
			database.close();
		}
	}

	IMaterialStore open() throws MaterialStoreException {
		IMaterialStore store = database.open();
		opened.add(store);
		return store;
	}

	TestDatabase database() {
		return database;
	}

	@Test
	void emptyDatabaseIsMigratedAndSeededWithTheBuiltInMaterials() throws Exception {
		IMaterialStore store = open();
		List<Material> materials = store.materials();
		assertTrue(materials.size() >= 8, "seeded " + materials);
		assertEquals(BuiltInMaterials.load().materials(), materials, "the built-in set, sorted by name");
		for (Material m : materials) {
			assertTrue(m.sources().containsKey(PropertyKind.CONDUCTIVITY), m + " has sourced properties");
		}
		assertEquals(allMigrations(), appliedMigrations());
	}

	@Test
	void everyBuiltInMaterialReadsBackExactly() throws Exception {
		IMaterialStore store = open();
		for (Material builtIn : BuiltInMaterials.load().records()) {
			assertEquals(builtIn, store.find(builtIn.id(), builtIn.version()).orElseThrow(), builtIn.id());
			assertEquals(builtIn, store.find(builtIn.id()).orElseThrow(), builtIn.id());
		}
	}

	@Test
	void awkwardDoublesAndTextsReadBackExactly() throws Exception {
		IMaterialStore store = open();
		Material m = TestMaterials.awkward("awkward", "Awkward composite", 5.0);
		assertEquals(m, store.save(m));
		assertEquals(m, store.find("awkward").orElseThrow());
	}

	@Test
	void savingCreatesTheNextVersionAndKeepsTheOldOne() throws Exception {
		IMaterialStore store = open();
		Material original = store.find("al-6061-t6").orElseThrow();
		Material edited = TestMaterials.awkward("al-6061-t6", "Aluminium 6061-T6, measured", 170);

		Material stored = store.save(edited);

		assertEquals(2, stored.version());
		assertEquals(stored, store.find("al-6061-t6").orElseThrow());
		assertEquals(original, store.find("al-6061-t6", 1).orElseThrow());
		assertEquals(List.of(original, stored), store.history("al-6061-t6"));
		assertTrue(store.materials().contains(stored));
		assertFalse(store.materials().contains(original));
		assertTrue(store.find("al-6061-t6", 3).isEmpty());
	}

	@Test
	void aNewIdStartsAtVersionOneWhateverVersionItCarries() throws Exception {
		IMaterialStore store = open();
		Material m = TestMaterials.awkward("new-one", "New one", 1);
		Material carriesSeven = store.save(MaterialCopies.withVersion(m, 7));
		assertEquals(1, carriesSeven.version());
		assertTrue(store.history("unknown").isEmpty());
		assertTrue(store.find("unknown").isEmpty());
	}

	@Test
	void saveAllStoresEverythingInOrder() throws Exception {
		IMaterialStore store = open();
		List<Material> stored = store.saveAll(List.of(TestMaterials.awkward("a", "A", 1), TestMaterials.awkward("a", "A", 2),
				TestMaterials.awkward("b", "B", 3)));
		assertEquals(List.of(1, 2, 1), stored.stream().map(Material::version).toList());
		assertEquals(stored.subList(0, 2), store.history("a"));
	}

	@Test
	void saveAllStoresNothingWhenOneMaterialFails() throws Exception {
		IMaterialStore store = open();
		List<Material> before = store.materials();
		String tooLong = "x".repeat(150);
		List<Material> batch = List.of(TestMaterials.awkward("fine", "Fine", 1), TestMaterials.awkward("al-6061-t6", "Edited", 2),
				TestMaterials.awkward(tooLong, "Id too long for the column", 3));

		MaterialStoreException e = assertThrows(MaterialStoreException.class, () -> store.saveAll(batch));

		assertTrue(e.getMessage().contains("longer than"), e.getMessage());
		assertEquals(before, store.materials());
		assertEquals(1, store.history("al-6061-t6").size());
		assertTrue(store.find("fine").isEmpty());
		assertEquals(2, store.save(TestMaterials.awkward("al-6061-t6", "Edited", 2)).version(), "the store still works");
	}

	@Test
	void reopeningKeepsTheDataAndDoesNotSeedAgain() throws Exception {
		IMaterialStore store = open();
		Material saved = store.save(TestMaterials.awkward("kept", "Kept", 1));
		int count = store.materials().size();
		store.close();

		IMaterialStore again = open();
		assertEquals(count, again.materials().size());
		assertEquals(saved, again.find("kept").orElseThrow());
		assertEquals(1, again.history("al-6061-t6").size());
	}

	@Test
	void migratesASchemaVersionOneDatabaseAndKeepsItsData() throws Exception {
		try (Connection c = database.connect()) {
			c.setAutoCommit(false);
			SchemaMigrations.migrate(c, 1, "test");
			try (Statement s = c.createStatement(); InputStream sql = getClass().getResourceAsStream("/data/v001-sample.sql")) {
				for (String statement : SqlScript.statements(sql)) {
					s.execute(statement);
				}
			}
			assertEquals(1, SchemaMigrations.currentVersion(c));
			c.commit();
		}

		IMaterialStore store = open();

		assertEquals(allMigrations(), appliedMigrations());
		assertEquals(List.of(V001_SAMPLE), store.materials(), "kept, and not seeded: it was not empty");
		assertEquals(List.of(""), createdBy("v001-sample"));
		Material v2 = store.save(TestMaterials.awkward("v001-sample", "Edited after the migration", 1));
		assertEquals(2, v2.version());
		assertEquals(List.of("", System.getProperty("user.name")), createdBy("v001-sample"));
	}

	@Test
	void materialsWithoutMeltingOrBoilingDataRoundTrip() throws Exception {
		IMaterialStore store = open();
		List<Material> materials = List.of(TestMaterials.awkward("constant", "Constant properties", false, false),
				TestMaterials.awkward("melts-only", "Melts only", true, false),
				TestMaterials.awkward("boils-only", "Boils only", false, true));
		assertTrue(materials.get(0).melting().isEmpty() && materials.get(0).boiling().isEmpty());
		store.saveAll(materials);
		store.close();

		IMaterialStore again = open();
		for (Material m : materials) {
			assertEquals(m, again.find(m.id()).orElseThrow(), m.id());
		}
		try (Connection c = database.connect(); Statement s = c.createStatement();
				ResultSet r = s.executeQuery("SELECT solidus, liquidus, latent_heat_fusion, boiling_point, latent_heat_vaporization"
						+ " FROM material_version WHERE material_id = 'constant'")) {
			assertTrue(r.next());
			for (int column = 1; column <= 5; column++) {
				assertEquals(null, r.getObject(column), "column " + column + " is NULL");
			}
		}
	}

	@Test
	void theSchemaRefusesHalfAGroup() throws Exception {
		open().save(TestMaterials.awkward("half", "Half", true, true));
		try (Connection c = database.connect(); Statement s = c.createStatement()) {
			assertThrows(SQLException.class, () -> s.executeUpdate(
					"UPDATE material_version SET latent_heat_fusion = NULL WHERE material_id = 'half'"));
			assertThrows(SQLException.class, () -> s.executeUpdate(
					"UPDATE material_version SET boiling_point = NULL WHERE material_id = 'half'"));
		}
	}

	@Test
	void refusesADatabaseWithANewerSchema() throws Exception {
		open().close();
		int future = SchemaMigrations.latest() + 1;
		try (Connection c = database.connect(); Statement s = c.createStatement()) {
			s.executeUpdate("INSERT INTO schema_version (version, description, applied_at) VALUES (" + future
					+ ", 'from a newer program', CURRENT_TIMESTAMP)");
		}

		MaterialStoreException e = assertThrows(MaterialStoreException.class, this::open);

		assertTrue(e.getMessage().contains("has schema version " + future + ", but this program knows versions up to "
				+ SchemaMigrations.latest()), e.getMessage());
		assertTrue(e.getMessage().contains("update this program"), e.getMessage());
	}

	@Test
	void anInfiniteValueIsRefusedBeforeItReachesTheDatabase() throws Exception {
		IMaterialStore store = open();
		Material infinite = TestMaterials.awkwardBuilder("infinite", "Infinite", 1).boilingPoint(Double.POSITIVE_INFINITY).build();

		MaterialStoreException e = assertThrows(MaterialStoreException.class, () -> store.save(infinite));

		assertTrue(e.getMessage().contains("infinite boiling point"), e.getMessage());
		assertTrue(store.find("infinite").isEmpty());
	}

	@Test
	void aDamagedRecordIsReportedWithItsIdAndVersion() throws Exception {
		IMaterialStore store = open();
		try (Connection c = database.connect(); Statement s = c.createStatement()) {
			s.executeUpdate("DELETE FROM property_source WHERE material_id = 'al-6061-t6' AND property = 'BOILING_POINT'");
		}

		IllegalStateException e = assertThrows(IllegalStateException.class, () -> store.find("al-6061-t6"));

		assertTrue(e.getMessage().contains("holds an invalid record al-6061-t6 v1"), e.getMessage());
		assertTrue(e.getMessage().contains("no source for boiling point"), e.getMessage());
		assertTrue(e.getCause() instanceof MaterialStoreException);
		assertTrue(store.find("aisi-304").isPresent(), "other materials still read");
	}

	@Test
	void aClosedStoreRefusesCalls() throws Exception {
		IMaterialStore store = open();
		store.close();
		store.close();
		assertThrows(IllegalStateException.class, store::materials);
		assertThrows(IllegalStateException.class, () -> store.save(TestMaterials.awkward("late", "Late", 1)));
	}

	@Test
	void anEditOfAnOlderVersionIsRefusedNamingWhoStoredTheNewerOne() throws Exception {
		IMaterialStore store = open();
		Material version1 = store.find("al-6061-t6").orElseThrow();
		Material edited = TestMaterials.awkward("al-6061-t6", "Edited by the first", 1);
		assertEquals(2, store.saveEdit(MaterialCopies.withVersion(edited, 1)).version());

		MaterialConflictException e = assertThrows(MaterialConflictException.class, () -> store.saveEdit(version1));

		assertTrue(e.getMessage().startsWith("Material 'al-6061-t6' was not saved: your edit starts from version 1, but "
				+ System.getProperty("user.name") + " stored version 2 at "), e.getMessage());
		assertTrue(e.getMessage().contains("reload the material"), e.getMessage());
		assertEquals(List.of(1, 2, System.getProperty("user.name")), List.of(e.basedOn(), e.newest(), e.storedBy()));
		assertEquals(2, store.history("al-6061-t6").size(), "nothing stored");
		assertEquals(3, store.saveEdit(store.find("al-6061-t6").orElseThrow()).version(), "an edit of the newest is stored");
		assertEquals(1, store.saveEdit(TestMaterials.awkward("brand-new", "New", 1)).version());
		assertEquals(4, store.save(version1).version(), "save (imports) still stores whatever version it carries");
	}

	@Test
	void deleteRemovesEveryVersionAndNothingElse() throws Exception {
		IMaterialStore store = open();
		store.save(TestMaterials.awkward("al-6061-t6", "Second version", 2));
		List<Material> others = store.materials().stream().filter(m -> !m.id().equals("al-6061-t6")).toList();

		assertEquals(2, store.delete("al-6061-t6"));

		assertTrue(store.find("al-6061-t6").isEmpty());
		assertTrue(store.history("al-6061-t6").isEmpty());
		assertEquals(others, store.materials());
		assertEquals(0, store.delete("al-6061-t6"), "unknown now");
		assertEquals(1, store.save(TestMaterials.awkward("al-6061-t6", "Again", 3)).version(), "an id can start again");
	}

	@Test
	void materialsAreSortedByName() throws Exception {
		IMaterialStore store = open();
		store.save(TestMaterials.awkward("zz", "aaa first by name", 1));
		List<Material> materials = store.materials();
		List<Material> sorted = new ArrayList<>(materials);
		sorted.sort(MaterialLibraries.BY_NAME);
		assertEquals(sorted, materials);
		assertEquals("zz", materials.get(0).id());
	}

	private static List<Integer> allMigrations() {
		return SchemaMigrations.ALL.stream().map(Migration::version).toList();
	}

	private List<Integer> appliedMigrations() throws Exception {
		List<Integer> versions = new ArrayList<>();
		try (Connection c = database.connect(); Statement s = c.createStatement();
				ResultSet r = s.executeQuery("SELECT version, description, applied_at FROM schema_version ORDER BY version")) {
			while (r.next()) {
				assertFalse(r.getString(2).isBlank());
				assertTrue(r.getTimestamp(3) != null);
				versions.add(r.getInt(1));
			}
		}
		return versions;
	}

	private List<String> createdBy(String id) throws Exception {
		List<String> users = new ArrayList<>();
		try (Connection c = database.connect();
				PreparedStatement s = c.prepareStatement("SELECT created_by FROM material_version WHERE material_id = ? ORDER BY version")) {
			s.setString(1, id);
			try (ResultSet r = s.executeQuery()) {
				while (r.next()) {
					users.add(r.getString(1));
				}
			}
		}
		return users;
	}

	private static Material v001Sample() {
		Material.Builder b = Material.builder("v001-sample").name("Material stored by schema 1").materialClass(MaterialClass.CERAMIC)
				.description("written with the V001 schema").meltingRange(1000.5, 1100.25).latentHeatFusion(2.5e5)
				.boilingPoint(2500).latentHeatVaporization(5.5e6)
				.density(new TemperatureTable(new double[] { 293.15, 1000 }, new double[] { 3900, 3850 }))
				.specificHeat(TemperatureTable.constant(880))
				.conductivity(new TemperatureTable(new double[] { 293.15, 1000 }, new double[] { 30, 12.5 }))
				.emissivity(TemperatureTable.constant(0.8))
				.absorptivity(new AbsorptivityTable(new double[] { 1.064e-6, 1.06e-5 }, new TemperatureTable[] {
						new TemperatureTable(new double[] { 293.15, 1000 }, new double[] { 0.1, 0.2 }), TemperatureTable.constant(0.9) }));
		for (PropertyKind kind : PropertyKind.values()) {
			if (kind != PropertyKind.CONDUCTIVITY_THROUGH_THICKNESS) {
				b.source(kind, new Source("schema 1 fixture", "", ""));
			}
		}
		return b.source(PropertyKind.DENSITY, new Source("schema 1 fixture", "https://example.org/v1", "measured at 20 C")).build();
	}
}
