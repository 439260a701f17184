package org.laserdamage.materials.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.laserdamage.materials.AbsorptivityTable;
import org.laserdamage.materials.Material;
import org.laserdamage.materials.MaterialClass;
import org.laserdamage.materials.MaterialStoreException;
import org.laserdamage.materials.PropertyKind;
import org.laserdamage.materials.Source;
import org.laserdamage.materials.TemperatureTable;

/**
 * Reads material versions back into {@link Material}s: the version rows, then
 * their sources, table points and absorptivity points, each with one query.
 * Call it inside a repeatable-read transaction so that the four queries see
 * the same versions.
 */
final class MaterialReader {

	private record Key(String id, int version) {
	}

	/** The rows of one material version, collected until all four queries are read. */
	private static final class Rows {
		final Material.Builder builder;
		final Map<TableProperty, Points> tables = new LinkedHashMap<>();
		final Map<Double, Points> absorptivity = new LinkedHashMap<>();

		Rows(Material.Builder builder) {
			this.builder = builder;
		}
	}

	/** Points of one table in query order, which is increasing temperature. */
	private static final class Points {
		final List<Double> temperatures = new ArrayList<>();
		final List<Double> values = new ArrayList<>();

		void add(double temperature, double value) {
			temperatures.add(temperature);
			values.add(value);
		}

		TemperatureTable table() {
			return new TemperatureTable(temperatures.stream().mapToDouble(Double::doubleValue).toArray(),
					values.stream().mapToDouble(Double::doubleValue).toArray());
		}
	}

	private final Connection connection;
	private final Selection selection;
	private final String location;
	private final Map<Key, Rows> rows = new LinkedHashMap<>();

	private MaterialReader(Connection connection, Selection selection, String location) {
		this.connection = connection;
		this.selection = selection;
		this.location = location;
	}

	/**
	 * @return the selected versions in the order of their material_version rows (by id, then version)
	 * @throws MaterialStoreException when a stored record is not a valid material (edited by hand, or damaged)
	 */
	static List<Material> read(Connection connection, Selection selection, String location)
			throws SQLException, MaterialStoreException {
		return new MaterialReader(connection, selection, location).read();
	}

	private List<Material> read() throws SQLException, MaterialStoreException {
		query("x.material_id, x.version, x.name, x.material_class, x.description, x.solidus, x.liquidus," //$NON-NLS-1$
				+ " x.latent_heat_fusion, x.boiling_point, x.latent_heat_vaporization", "material_version", //$NON-NLS-1$ //$NON-NLS-2$
				"ORDER BY x.material_id, x.version", this::versionRow); //$NON-NLS-1$
		if (rows.isEmpty()) {
			return List.of();
		}
		query("x.material_id, x.version, x.property, x.citation, x.url, x.notes", "property_source", "", this::sourceRow); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		query("x.material_id, x.version, x.property, x.temperature, x.value", "temperature_point", //$NON-NLS-1$ //$NON-NLS-2$
				"ORDER BY x.material_id, x.version, x.property, x.seq", this::tableRow); //$NON-NLS-1$
		query("x.material_id, x.version, x.wavelength, x.temperature, x.value", "absorptivity_point", //$NON-NLS-1$ //$NON-NLS-2$
				"ORDER BY x.material_id, x.version, x.wavelength, x.temperature", this::absorptivityRow); //$NON-NLS-1$
		List<Material> result = new ArrayList<>();
		for (Map.Entry<Key, Rows> e : rows.entrySet()) {
			result.add(build(e.getKey(), e.getValue()));
		}
		return result;
	}

	@FunctionalInterface
	private interface RowHandler {
		void handle(ResultSet row, Rows material) throws SQLException;
	}

	private void query(String columns, String table, String orderBy, RowHandler handler)
			throws SQLException, MaterialStoreException {
		try (PreparedStatement s = connection.prepareStatement(selection.query(columns, table, orderBy))) {
			List<Object> parameters = selection.parameters();
			for (int i = 0; i < parameters.size(); i++) {
				s.setObject(i + 1, parameters.get(i));
			}
			try (ResultSet r = s.executeQuery()) {
				while (r.next()) {
					Key key = new Key(r.getString(1), r.getInt(2));
					try {
						handler.handle(r, rows.computeIfAbsent(key, k -> new Rows(Material.builder(k.id()).version(k.version()))));
					} catch (IllegalArgumentException e) {
						throw invalid(key, e);
					}
				}
			}
		}
	}

	private void versionRow(ResultSet r, Rows m) throws SQLException {
		m.builder.name(r.getString(3)).materialClass(MaterialClass.valueOf(r.getString(4))).description(r.getString(5))
				.meltingRange(nullable(r, 6), nullable(r, 7)).latentHeatFusion(nullable(r, 8)).boilingPoint(nullable(r, 9))
				.latentHeatVaporization(nullable(r, 10));
	}

	/** @return the column's value, NaN for NULL: a group not given (schema V003), which the builder leaves out */
	private static double nullable(ResultSet r, int column) throws SQLException {
		double value = r.getDouble(column);
		return r.wasNull() ? Double.NaN : value;
	}

	private void sourceRow(ResultSet r, Rows m) throws SQLException {
		m.builder.source(PropertyKind.valueOf(r.getString(3)), new Source(r.getString(4), r.getString(5), r.getString(6)));
	}

	private void tableRow(ResultSet r, Rows m) throws SQLException {
		m.tables.computeIfAbsent(TableProperty.forColumn(r.getString(3)), p -> new Points()).add(r.getDouble(4), r.getDouble(5));
	}

	private void absorptivityRow(ResultSet r, Rows m) throws SQLException {
		m.absorptivity.computeIfAbsent(r.getDouble(3), w -> new Points()).add(r.getDouble(4), r.getDouble(5));
	}

	private Material build(Key key, Rows m) throws MaterialStoreException {
		try {
			for (Map.Entry<TableProperty, Points> table : m.tables.entrySet()) {
				table.getKey().set(m.builder, table.getValue().table());
			}
			if (!m.absorptivity.isEmpty()) {
				double[] wavelengths = m.absorptivity.keySet().stream().mapToDouble(Double::doubleValue).toArray();
				TemperatureTable[] tables = m.absorptivity.values().stream().map(Points::table).toArray(TemperatureTable[]::new);
				m.builder.absorptivity(new AbsorptivityTable(wavelengths, tables));
			}
			return m.builder.build();
		} catch (IllegalArgumentException e) {
			throw invalid(key, e);
		}
	}

	/** A class or property name this program does not know, or values Material refuses. */
	private MaterialStoreException invalid(Key key, IllegalArgumentException e) {
		return new MaterialStoreException(NLS.bind(Messages.Read_invalidRecord,
				new Object[] { location, key.id(), key.version(), e.getMessage() }), e);
	}
}
