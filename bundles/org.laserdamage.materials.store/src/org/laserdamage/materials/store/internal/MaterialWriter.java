package org.laserdamage.materials.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.laserdamage.materials.AbsorptivityTable;
import org.laserdamage.materials.Boiling;
import org.laserdamage.materials.Material;
import org.laserdamage.materials.Melting;
import org.laserdamage.materials.MaterialStoreException;
import org.laserdamage.materials.PropertyKind;
import org.laserdamage.materials.Source;
import org.laserdamage.materials.TemperatureTable;

/** Inserts one material version into the tables of the current schema, or deletes all of a material; never updates. */
final class MaterialWriter {

	private static final String INSERT_VERSION = "INSERT INTO material_version (material_id, version, name, material_class," //$NON-NLS-1$
			+ " description, solidus, liquidus, latent_heat_fusion, boiling_point, latent_heat_vaporization, created_at, created_by)" //$NON-NLS-1$
			+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP, ?)"; //$NON-NLS-1$
	private static final String INSERT_SOURCE = "INSERT INTO property_source (material_id, version, property, citation, url, notes)" //$NON-NLS-1$
			+ " VALUES (?, ?, ?, ?, ?, ?)"; //$NON-NLS-1$
	private static final String INSERT_POINT = "INSERT INTO temperature_point (material_id, version, property, seq, temperature, value)" //$NON-NLS-1$
			+ " VALUES (?, ?, ?, ?, ?, ?)"; //$NON-NLS-1$
	private static final String INSERT_ABSORPTIVITY = "INSERT INTO absorptivity_point (material_id, version, wavelength, temperature, value)" //$NON-NLS-1$
			+ " VALUES (?, ?, ?, ?, ?)"; //$NON-NLS-1$

	private MaterialWriter() {
	}

	/**
	 * Inserts {@code material} under its own version number, in the caller's transaction.
	 *
	 * @param createdBy who stores it, for the created_by column
	 * @throws MaterialStoreException when a scalar is infinite, which Derby cannot store
	 */
	static void insert(Connection connection, Material material, String createdBy)
			throws SQLException, MaterialStoreException {
		requireFinite(material);
		try (PreparedStatement s = connection.prepareStatement(INSERT_VERSION)) {
			s.setString(1, material.id());
			s.setInt(2, material.version());
			s.setString(3, material.name());
			s.setString(4, material.materialClass().name());
			s.setString(5, material.description());
			Melting melting = material.melting().orElse(null);
			Boiling boiling = material.boiling().orElse(null);
			setNullable(s, 6, melting == null ? null : melting.solidus());
			setNullable(s, 7, melting == null ? null : melting.liquidus());
			setNullable(s, 8, melting == null ? null : melting.latentHeat());
			setNullable(s, 9, boiling == null ? null : boiling.temperature());
			setNullable(s, 10, boiling == null ? null : boiling.latentHeat());
			s.setString(11, createdBy);
			s.executeUpdate();
		}
		insertSources(connection, material);
		insertTables(connection, material);
		insertAbsorptivity(connection, material);
	}

	/** A group the material does not give is stored as NULL (schema V003). */
	private static void setNullable(PreparedStatement s, int index, Double value) throws SQLException {
		if (value == null) {
			s.setNull(index, Types.DOUBLE);
		} else {
			s.setDouble(index, value);
		}
	}

	private static void insertSources(Connection connection, Material material) throws SQLException {
		try (PreparedStatement s = connection.prepareStatement(INSERT_SOURCE)) {
			for (Map.Entry<PropertyKind, Source> e : material.sources().entrySet()) {
				s.setString(1, material.id());
				s.setInt(2, material.version());
				s.setString(3, e.getKey().name());
				s.setString(4, e.getValue().citation());
				s.setString(5, e.getValue().url());
				s.setString(6, e.getValue().notes());
				s.addBatch();
			}
			s.executeBatch();
		}
	}

	private static void insertTables(Connection connection, Material material) throws SQLException {
		try (PreparedStatement s = connection.prepareStatement(INSERT_POINT)) {
			for (TableProperty property : TableProperty.values()) {
				TemperatureTable table = property.of(material).orElse(null);
				for (int i = 0; table != null && i < table.size(); i++) {
					s.setString(1, material.id());
					s.setInt(2, material.version());
					s.setString(3, property.column());
					s.setInt(4, i);
					s.setDouble(5, table.temperature(i));
					s.setDouble(6, table.value(i));
					s.addBatch();
				}
			}
			s.executeBatch();
		}
	}

	private static void insertAbsorptivity(Connection connection, Material material) throws SQLException {
		AbsorptivityTable absorptivity = material.absorptivity();
		try (PreparedStatement s = connection.prepareStatement(INSERT_ABSORPTIVITY)) {
			for (int w = 0; w < absorptivity.size(); w++) {
				TemperatureTable row = absorptivity.row(w);
				for (int i = 0; i < row.size(); i++) {
					s.setString(1, material.id());
					s.setInt(2, material.version());
					s.setDouble(3, absorptivity.wavelength(w));
					s.setDouble(4, row.temperature(i));
					s.setDouble(5, row.value(i));
					s.addBatch();
				}
			}
			s.executeBatch();
		}
	}

	/**
	 * Deletes every version of {@code id} in the caller's transaction, the
	 * rows that refer to a version first (the foreign keys do not cascade).
	 *
	 * @return the number of versions deleted
	 */
	static int delete(Connection connection, String id) throws SQLException {
		for (String table : new String[] { "temperature_point", "property_source", "absorptivity_point" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			deleteRows(connection, table, id);
		}
		return deleteRows(connection, "material_version", id); //$NON-NLS-1$
	}

	private static int deleteRows(Connection connection, String table, String id) throws SQLException {
		try (PreparedStatement s = connection.prepareStatement("DELETE FROM " + table + " WHERE material_id = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
			s.setString(1, id);
			return s.executeUpdate();
		}
	}

	/** Material accepts an infinite boiling point or latent heat; Derby refuses to store one. */
	private static void requireFinite(Material m) throws MaterialStoreException {
		List<Double> scalars = new ArrayList<>();
		m.melting().ifPresent(g -> scalars.addAll(List.of(g.solidus(), g.liquidus(), g.latentHeat())));
		m.boiling().ifPresent(g -> scalars.addAll(List.of(g.temperature(), g.latentHeat())));
		for (double value : scalars) {
			if (!Double.isFinite(value)) {
				throw new MaterialStoreException(NLS.bind(Messages.Write_notFinite, m.id()));
			}
		}
	}
}
