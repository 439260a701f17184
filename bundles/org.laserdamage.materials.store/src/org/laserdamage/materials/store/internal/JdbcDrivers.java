package org.laserdamage.materials.store.internal;

import java.lang.reflect.InvocationTargetException;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

import org.eclipse.osgi.util.NLS;
import org.laserdamage.materials.MaterialStoreException;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Loads JDBC drivers (and Derby's network server) from the bundles this bundle is wired to. In OSGi,
 * {@code DriverManager} refuses drivers its caller's class loader cannot see,
 * and Derby exports no package that holds its driver, so the driver class is
 * loaded through the providing bundle and {@link Driver#connect} is called on
 * it directly.
 */
public final class JdbcDrivers {

	private static final Map<Dialect, Driver> DRIVERS = new EnumMap<>(Dialect.class);

	private JdbcDrivers() {
	}

	/**
	 * @return a connection, or {@code null} when the driver does not accept {@code url}
	 * @throws MaterialStoreException when the driver is not installed
	 * @throws SQLException           when the driver refuses the connection
	 */
	public static Connection connect(Dialect dialect, String url, Properties properties)
			throws MaterialStoreException, SQLException {
		return driver(dialect).connect(url, properties);
	}

	private static synchronized Driver driver(Dialect dialect) throws MaterialStoreException {
		Driver driver = DRIVERS.get(dialect);
		if (driver == null) {
			driver = load(dialect);
			DRIVERS.put(dialect, driver);
		}
		return driver;
	}

	private static Driver load(Dialect dialect) throws MaterialStoreException {
		try {
			Class<?> type = load(dialect.driverBundle(), dialect.driverClass());
			return (Driver) type.getConstructor().newInstance();
		} catch (ClassNotFoundException | ClassCastException | NoSuchMethodException | InstantiationException
				| IllegalAccessException | InvocationTargetException | LinkageError e) {
			throw new MaterialStoreException(NLS.bind(Messages.Driver_missing, dialect.driverClass(), dialect.driverBundle()), e);
		}
	}

	/**
	 * @param bundle    symbolic name of a bundle this bundle requires (its fragments included)
	 * @param className a class in it
	 * @return the class, loaded by that bundle (outside OSGi: by this class's loader)
	 */
	static Class<?> load(String bundle, String className) throws ClassNotFoundException {
		Bundle self = FrameworkUtil.getBundle(JdbcDrivers.class);
		if (self == null) {
			return Class.forName(className, true, JdbcDrivers.class.getClassLoader());
		}
		BundleWiring wiring = self.adapt(BundleWiring.class);
		for (BundleWire wire : wiring.getRequiredWires(BundleNamespace.BUNDLE_NAMESPACE)) {
			Bundle provider = wire.getProvider().getBundle();
			if (bundle.equals(provider.getSymbolicName())) {
				return provider.loadClass(className);
			}
		}
		throw new ClassNotFoundException(className);
	}
}
