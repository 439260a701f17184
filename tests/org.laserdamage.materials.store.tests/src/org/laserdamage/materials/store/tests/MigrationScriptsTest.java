package org.laserdamage.materials.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.laserdamage.materials.store.internal.Dialect;
import org.laserdamage.materials.store.internal.Migration;
import org.laserdamage.materials.store.internal.SchemaMigrations;
import org.laserdamage.materials.store.internal.SqlScript;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The migration list and the scripts in the bundle agree, so a new script cannot be forgotten. */
class MigrationScriptsTest {

	@Test
	void everyScriptInTheBundleIsListedInOrder() {
		Bundle store = FrameworkUtil.getBundle(SchemaMigrations.class);
		List<String> inBundle = new ArrayList<>();
		for (URL entry : Collections.list(store.findEntries("sql", "*.sql", false))) {
			inBundle.add(entry.getPath());
		}
		Collections.sort(inBundle);
		assertEquals(inBundle, SchemaMigrations.ALL.stream().map(Migration::resource).toList());
		for (int i = 0; i < SchemaMigrations.ALL.size(); i++) {
			assertEquals(i + 1, SchemaMigrations.ALL.get(i).version(), "versions count up from 1 without gaps");
		}
	}

	@Test
	void aMigrationIsDescribedByItsFileName() {
		Migration m = Migration.of("V012__index_on_name.sql");
		assertEquals(12, m.version());
		assertEquals("index on name", m.description());
		assertEquals("/sql/V012__index_on_name.sql", m.resource());
	}

	@Test
	void dialectSectionsKeepTheStatementsOfOneDatabase() throws Exception {
		String script = """
				CREATE TABLE a (x INTEGER);
				-- @dialect derby
				ALTER TABLE a ALTER COLUMN x NULL;
				-- @dialect postgresql
				ALTER TABLE a ALTER COLUMN x DROP NOT NULL;
				-- @dialect all
				INSERT INTO a VALUES (1);
				""";
		assertEquals(List.of("CREATE TABLE a (x INTEGER)", "ALTER TABLE a ALTER COLUMN x NULL", "INSERT INTO a VALUES (1)"),
				SqlScript.statements(stream(script), Dialect.DERBY));
		assertEquals(List.of("CREATE TABLE a (x INTEGER)", "ALTER TABLE a ALTER COLUMN x DROP NOT NULL", "INSERT INTO a VALUES (1)"),
				SqlScript.statements(stream(script), Dialect.POSTGRESQL));
		assertThrows(IllegalArgumentException.class, () -> SqlScript.statements(stream(script)),
				"a script with sections needs a dialect");
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> SqlScript.statements(stream("-- @dialect oracle\nSELECT 1;\n"), Dialect.DERBY));
		assertTrue(e.getMessage().contains("Unknown dialect 'oracle'") && e.getMessage().contains("derby"), e.getMessage());
		assertThrows(IllegalArgumentException.class,
				() -> SqlScript.statements(stream("SELECT 1\n-- @dialect derby\nSELECT 2;\n"), Dialect.DERBY),
				"a section cannot start inside a statement");
	}

	@Test
	void theOptionalPhaseChangeMigrationHasStatementsForEachDatabase() throws Exception {
		Migration v3 = SchemaMigrations.ALL.get(2);
		assertEquals("optional phase change", v3.description());
		List<String> derby = v3.statements(Dialect.DERBY);
		List<String> postgres = v3.statements(Dialect.POSTGRESQL);
		assertEquals(7, derby.size(), derby.toString());
		assertEquals(7, postgres.size(), postgres.toString());
		assertTrue(derby.get(0).endsWith("ALTER COLUMN solidus NULL"), derby.get(0));
		assertTrue(postgres.get(0).endsWith("ALTER COLUMN solidus DROP NOT NULL"), postgres.get(0));
		assertEquals(derby.subList(5, 7), postgres.subList(5, 7), "the CHECK constraints are common SQL");
	}

	private static ByteArrayInputStream stream(String script) {
		return new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void scriptsSplitAtSemicolonsAtLineEnds() throws Exception {
		String script = """
				-- a comment; with a semicolon
				CREATE TABLE a (
				    x INTEGER
				);

				INSERT INTO a VALUES (1);
				  -- indented comment
				INSERT INTO a VALUES (2)
				""";
		assertEquals(List.of("CREATE TABLE a (\nx INTEGER\n)", "INSERT INTO a VALUES (1)", "INSERT INTO a VALUES (2)"),
				SqlScript.statements(new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8))));
	}
}
