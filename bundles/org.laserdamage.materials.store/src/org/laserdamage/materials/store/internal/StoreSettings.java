package org.laserdamage.materials.store.internal;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.function.UnaryOperator;

import org.eclipse.osgi.util.NLS;
import org.laserdamage.materials.MaterialStoreException;

/**
 * Where the material database is, from system properties and environment
 * variables: a JDBC URL when one is set (a shared server), otherwise the
 * embedded database in the user's data folder. System properties win over
 * the environment so that one run can be pointed elsewhere with {@code -D}.
 *
 * @param url           the JDBC URL of {@value #URL_PROPERTY}, if set
 * @param credentials   {@code user} and {@code password} for that URL, as far as set
 * @param dataDirectory the user's data folder, which holds the embedded database
 */
public record StoreSettings(Optional<String> url, Properties credentials, Path dataDirectory) {

	/** System property naming the data folder. */
	public static final String DATA_PROPERTY = "laserdamage.data"; //$NON-NLS-1$
	/** System property with the JDBC URL of a shared database. */
	public static final String URL_PROPERTY = "laserdamage.materials.url"; //$NON-NLS-1$
	/** System property with the database user for {@link #URL_PROPERTY}. */
	public static final String USER_PROPERTY = "laserdamage.materials.user"; //$NON-NLS-1$
	/** System property with the database password for {@link #URL_PROPERTY}. */
	public static final String PASSWORD_PROPERTY = "laserdamage.materials.password"; //$NON-NLS-1$

	/** Environment variable naming the data folder (when the system property is not set). */
	public static final String DATA_VARIABLE = "LASERDAMAGE_DATA"; //$NON-NLS-1$

	/** Folder below the data folder that holds the embedded database. */
	public static final String MATERIALS_FOLDER = "materials"; //$NON-NLS-1$

	/**
	 * @param systemProperty looks up a system property, {@code null} when unset
	 * @param environment    looks up an environment variable, {@code null} when unset
	 * @throws MaterialStoreException when {@value #DATA_PROPERTY} or {@code LASERDAMAGE_DATA} is set
	 *                                but empty: that never silently means another library
	 */
	public static StoreSettings resolve(UnaryOperator<String> systemProperty, UnaryOperator<String> environment)
			throws MaterialStoreException {
		Lookup lookup = new Lookup(systemProperty, environment);
		Properties credentials = new Properties();
		lookup.get(USER_PROPERTY).ifPresent(user -> credentials.setProperty("user", user)); //$NON-NLS-1$
		lookup.get(PASSWORD_PROPERTY).ifPresent(password -> credentials.setProperty("password", password)); //$NON-NLS-1$
		return new StoreSettings(lookup.get(URL_PROPERTY), credentials, dataDirectory(lookup, systemProperty, environment));
	}

	/** @return the embedded database folder, {@code <data>/materials} */
	public Path derbyFolder() {
		return dataDirectory.resolve(MATERIALS_FOLDER);
	}

	/**
	 * Creates the data folder when missing and checks that the database can live in it.
	 *
	 * @return {@link #derbyFolder()}
	 * @throws MaterialStoreException when the data folder is a file, cannot be created, or is not writable
	 */
	public Path usableDerbyFolder() throws MaterialStoreException {
		DataFolder.requireUsable(dataDirectory);
		return derbyFolder();
	}

	/** The XDG base directory rule: $XDG_DATA_HOME if absolute, else ~/.local/share. */
	private static Path dataDirectory(Lookup lookup, UnaryOperator<String> systemProperty,
			UnaryOperator<String> environment) throws MaterialStoreException {
		String property = systemProperty.apply(DATA_PROPERTY);
		String variable = environment.apply(DATA_VARIABLE);
		if (property != null && property.isBlank()) {
			throw new MaterialStoreException(NLS.bind(Messages.Data_empty, NLS.bind(Messages.Data_property, DATA_PROPERTY)));
		}
		if (property == null && variable != null && variable.isBlank()) {
			throw new MaterialStoreException(NLS.bind(Messages.Data_empty, NLS.bind(Messages.Data_variable, DATA_VARIABLE)));
		}
		Optional<String> explicit = lookup.get(DATA_PROPERTY);
		if (explicit.isPresent()) {
			return Path.of(explicit.get()).toAbsolutePath();
		}
		Optional<Path> xdg = nonBlank(environment.apply("XDG_DATA_HOME")).map(Path::of).filter(Path::isAbsolute); //$NON-NLS-1$
		Path base = xdg.orElseGet(() -> Path.of(systemProperty.apply("user.home"), ".local", "share")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return base.resolve("laserdamage"); //$NON-NLS-1$
	}
	private static Optional<String> nonBlank(String value) {
		return Optional.ofNullable(value).filter(v -> !v.isBlank());
	}

	/** A setting as system property {@code a.b.c}, else as environment variable {@code A_B_C}. */
	private record Lookup(UnaryOperator<String> systemProperty, UnaryOperator<String> environment) {
		Optional<String> get(String property) {
			return nonBlank(systemProperty.apply(property))
					.or(() -> nonBlank(environment.apply(property.toUpperCase(Locale.ROOT).replace('.', '_'))));
		}
	}
}
