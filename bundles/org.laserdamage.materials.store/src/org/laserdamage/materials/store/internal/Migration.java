package org.laserdamage.materials.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One schema migration: the script {@code sql/V<version>__<description>.sql}
 * in this bundle, which takes the schema from version - 1 to version.
 *
 * @param version     the schema version the script produces
 * @param description what it changes, from the file name
 * @param resource    bundle path of the script
 */
public record Migration(int version, String description, String resource) {

	private static final Pattern NAME = Pattern.compile("V(\\d+)__(\\w+)\\.sql"); //$NON-NLS-1$

	/** @param fileName e.g. {@code V002__created_by.sql} */
	public static Migration of(String fileName) {
		Matcher m = NAME.matcher(fileName);
		if (!m.matches()) {
			throw new IllegalArgumentException("Not a migration script name: " + fileName); //$NON-NLS-1$
		}
		return new Migration(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), "/sql/" + fileName); //$NON-NLS-1$
	}

	/** @return the statements of the script that run on {@code dialect} */
	public List<String> statements(Dialect dialect) throws IOException {
		try (InputStream in = Migration.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IOException("The migration script " + resource //$NON-NLS-1$
						+ " is not in the bundle; check bin.includes in build.properties"); //$NON-NLS-1$
			}
			return SqlScript.statements(in, dialect);
		}
	}
}
