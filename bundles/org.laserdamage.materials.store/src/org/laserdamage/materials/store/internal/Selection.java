package org.laserdamage.materials.store.internal;

import java.util.List;

/**
 * Which material versions a read returns, as SQL that restricts a table with
 * alias {@code x} and columns (material_id, version). The reader applies the
 * same selection to each of the four tables, so one read costs four queries
 * however many materials it returns.
 *
 * @param join       a JOIN clause, or empty
 * @param where      a WHERE clause, or empty
 * @param parameters values for the {@code ?} in {@code join} and {@code where}, in order
 */
record Selection(String join, String where, List<Object> parameters) {

	/** One exact version. */
	static Selection version(String id, int version) {
		return new Selection("", "WHERE x.material_id = ? AND x.version = ?", List.of(id, version)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Every version of one material. */
	static Selection history(String id) {
		return new Selection("", "WHERE x.material_id = ?", List.of(id)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The newest version of one material. */
	static Selection newest(String id) {
		return new Selection("", //$NON-NLS-1$
				"WHERE x.material_id = ? AND x.version = (SELECT MAX(m.version) FROM material_version m WHERE m.material_id = ?)", //$NON-NLS-1$
				List.of(id, id));
	}

	/** The newest version of every material. */
	static Selection newestOfEach() {
		return new Selection("JOIN (SELECT material_id AS newest_id, MAX(version) AS newest_version FROM material_version" //$NON-NLS-1$
				+ " GROUP BY material_id) n ON x.material_id = n.newest_id AND x.version = n.newest_version", "", List.of()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @return {@code SELECT columns FROM table x} restricted to this selection, then {@code orderBy} */
	String query(String columns, String table, String orderBy) {
		return "SELECT " + columns + " FROM " + table + " x " + join + ' ' + where + ' ' + orderBy; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
