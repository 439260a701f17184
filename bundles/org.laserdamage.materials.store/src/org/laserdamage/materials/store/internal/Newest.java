package org.laserdamage.materials.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The newest stored version of a material and who stored it when, for an
 * edit that must start from it.
 *
 * @param version   0 when the id has no stored version
 * @param createdBy the operating-system user who stored it, empty when unknown
 * @param createdAt when, as {@code yyyy-MM-dd HH:mm UTC}, empty when unknown
 */
record Newest(int version, String createdBy, String createdAt) {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC); //$NON-NLS-1$

	static Newest of(Connection connection, String id) throws SQLException {
		try (PreparedStatement s = connection.prepareStatement("SELECT version, created_by, created_at FROM material_version" //$NON-NLS-1$
				+ " WHERE material_id = ? ORDER BY version DESC")) { //$NON-NLS-1$
			s.setString(1, id);
			s.setMaxRows(1);
			try (ResultSet r = s.executeQuery()) {
				if (!r.next()) {
					return new Newest(0, "", ""); //$NON-NLS-1$ //$NON-NLS-2$
				}
				Timestamp at = r.getTimestamp(3);
				return new Newest(r.getInt(1), r.getString(2), at == null ? "" : WHEN.format(at.toInstant())); //$NON-NLS-1$
			}
		}
	}
}
