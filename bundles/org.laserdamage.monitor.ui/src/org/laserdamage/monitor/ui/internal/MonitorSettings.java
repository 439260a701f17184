package org.laserdamage.monitor.ui.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.util.NLS;
import org.laserdamage.materials.MaterialStoreException;
import org.laserdamage.materials.store.MaterialStores;
import org.laserdamage.monitor.ServerClient;
import org.laserdamage.monitor.ui.MonitorUI;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The Monitoring preferences: whether the System Health view shows this
 * workbench or a server, the server's address, how often the views refresh,
 * and the API token. The token is not a preference (preference files are
 * plain text and end up in workspace copies): it is kept in
 * {@code <data>/monitoring/server-token}, readable by the user alone.
 */
public final class MonitorSettings {

	/** Key: {@value #LOCAL} or {@value #SERVER}. */
	public static final String SOURCE = "source"; //$NON-NLS-1$
	public static final String LOCAL = "local"; //$NON-NLS-1$
	public static final String SERVER = "server"; //$NON-NLS-1$
	/** Key: the server's base address. */
	public static final String SERVER_URL = "server.url"; //$NON-NLS-1$
	/** Key: seconds between two readings. */
	public static final String REFRESH_SECONDS = "refresh.seconds"; //$NON-NLS-1$
	public static final int DEFAULT_REFRESH_SECONDS = 5;
	public static final int MIN_REFRESH_SECONDS = 1;
	public static final int MAX_REFRESH_SECONDS = 3600;
	private static final String TOKEN_FILE = "server-token"; //$NON-NLS-1$

	private MonitorSettings() {
	}

	/** @return the preference node */
	public static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(MonitorUI.PLUGIN_ID);
	}

	/** @return true when the System Health view shows a server */
	public static boolean showsServer() {
		return SERVER.equals(node().get(SOURCE, LOCAL));
	}

	/** @return the server's address as typed, may be empty */
	public static String serverUrl() {
		return node().get(SERVER_URL, ""); //$NON-NLS-1$
	}

	/** @return seconds between readings */
	public static int refreshSeconds() {
		int s = node().getInt(REFRESH_SECONDS, DEFAULT_REFRESH_SECONDS);
		return Math.max(MIN_REFRESH_SECONDS, Math.min(MAX_REFRESH_SECONDS, s));
	}

	/**
	 * @return a client of the configured server
	 * @throws CoreException when no server is set or its address is not valid (the message says where to set it)
	 */
	public static ServerClient client() throws CoreException {
		String url = serverUrl();
		if (url.isBlank()) {
			throw new CoreException(Status.error(Messages.Settings_noServer));
		}
		URI address = ServerClient.parseAddress(url);
		return new ServerClient(address, token());
	}

	/** @return the stored API token, empty when there is none */
	public static String token() throws CoreException {
		Path file = tokenFile();
		try {
			return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : ""; //$NON-NLS-1$
		} catch (IOException e) {
			throw new CoreException(Status.error(NLS.bind(Messages.Settings_tokenUnreadable, file, e.getMessage()), e));
		}
	}

	/** Stores the API token (empty: removes it), replacing the file atomically, owner-only permissions. */
	public static void setToken(String token) throws CoreException {
		Path file = tokenFile();
		try {
			if (token == null || token.isBlank()) {
				Files.deleteIfExists(file);
				return;
			}
			Files.createDirectories(file.getParent());
			Path temporary = file.resolveSibling(TOKEN_FILE + ".new"); //$NON-NLS-1$
			Files.deleteIfExists(temporary);
			try {
				Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))); //$NON-NLS-1$
			} catch (UnsupportedOperationException e) {
				Files.createFile(temporary); // not POSIX: the data folder's own protection
			}
			Files.writeString(temporary, token.strip(), StandardCharsets.UTF_8);
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			throw new CoreException(Status.error(NLS.bind(Messages.Settings_tokenUnwritable, file, e.getMessage()), e));
		}
	}

	/** Saves the preference node. */
	public static void save() throws CoreException {
		try {
			node().flush();
		} catch (BackingStoreException e) {
			throw new CoreException(Status.error(e.getMessage(), e));
		}
	}

	/** @return the folder below the data folder where results downloaded from a server are kept */
	public static Path downloads() throws CoreException {
		return monitoringFolder().resolve("downloads"); //$NON-NLS-1$
	}

	private static Path tokenFile() throws CoreException {
		return monitoringFolder().resolve(TOKEN_FILE);
	}

	private static Path monitoringFolder() throws CoreException {
		try {
			return MaterialStores.dataDirectory().resolve("monitoring"); //$NON-NLS-1$
		} catch (MaterialStoreException e) {
			throw new CoreException(Status.error(e.getMessage(), e));
		}
	}

	/** @return the permissions of a token file, for tests */
	public static Set<java.nio.file.attribute.PosixFilePermission> tokenPermissions() throws IOException, CoreException {
		return Files.getPosixFilePermissions(tokenFile());
	}
}
