package org.laserdamage.materials.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
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
