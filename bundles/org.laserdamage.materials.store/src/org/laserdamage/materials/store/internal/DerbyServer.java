package org.laserdamage.materials.store.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Properties;

import org.eclipse.osgi.util.NLS;
import org.laserdamage.materials.MaterialStoreException;

/**
 * Derby's network server in this process, which serves the embedded
 * databases this process hosts to other processes on the loopback interface.
 * One server per process (Derby's server serves every database of its
 * engine), started for the first hosted database and stopped after the last.
 * <p>
 * From the first hosted database on, Derby's built-in authentication is on
 * for the whole engine, with one user and a random secret per process: only programs
 * that can read the store folder's {@value ServerInfo#FILE_NAME} (mode 0600)
 * can connect. The user is {@value #USER}, Derby's default, so that tables
 * stay in schema APP, where a connection without a user created them.
 */
public final class DerbyServer {

	/** Database user of hosted databases. */
	public static final String USER = "APP"; //$NON-NLS-1$

	private static final String SERVER_BUNDLE = "derby"; // derbynet is a fragment of the engine bundle //$NON-NLS-1$
	private static final String SERVER_CLASS = "org.apache.derby.drda.NetworkServerControl"; //$NON-NLS-1$
	private static final String REQUIRE_AUTHENTICATION = "derby.connection.requireAuthentication"; //$NON-NLS-1$
	private static final String PROVIDER = "derby.authentication.provider"; //$NON-NLS-1$
	private static final String USER_PROPERTY = "derby.user." + USER; //$NON-NLS-1$
	private static final String SECRET = secret();
	private static final int START_ATTEMPTS = 3;
	private static final long START_MILLIS = 20_000;

	private static int hosted;
	private static boolean loginRequired;
	private static Object control;
	private static int port;

	private DerbyServer() {
	}

	/** @return user and password for a connection to a database of this engine */
	public static Properties login() {
		Properties p = new Properties();
		p.setProperty("user", USER); //$NON-NLS-1$
		p.setProperty("password", SECRET); //$NON-NLS-1$
		return p;
	}

	/**
	 * Before this process boots a database it will host: turns authentication
	 * on, for good. Derby's engine reads these properties once when it boots
	 * (for creating and shutting down databases), so turning them off again
	 * would leave it asking for a user it no longer knows; {@link #login()}
	 * stays valid for the life of the process.
	 */
	static synchronized void join() {
		hosted++;
		if (!loginRequired) {
			System.setProperty(PROVIDER, "BUILTIN"); //$NON-NLS-1$
			System.setProperty(USER_PROPERTY, SECRET);
			System.setProperty(REQUIRE_AUTHENTICATION, "true"); //$NON-NLS-1$
			loginRequired = true;
		}
	}

	/** After the last hosted database is shut down: stops the server. */
	static synchronized void leave() {
		if (--hosted == 0) {
			stop();
		}
	}

	/**
	 * Serves {@code database}, which this process has booted, starting the
	 * server on a free loopback port when it does not run yet.
	 *
	 * @return what to write into the store folder
	 */
	static synchronized ServerInfo serve(Path database) throws MaterialStoreException {
		Throwable last = null;
		for (int attempt = 0; control == null || !reaches(database); attempt++) {
			stop();
			if (attempt == START_ATTEMPTS) {
				throw new MaterialStoreException(NLS.bind(Messages.Server_cannotStart, database.getParent(), last), last);
			}
			try {
				start(freePort());
			} catch (ReflectiveOperationException | IOException | LinkageError e) {
				last = e;
			}
		}
		return new ServerInfo(port, USER, SECRET, LockOwner.current());
	}

	/**
	 * A free port can be taken by another program before the server binds it,
	 * and then another server may answer the ping: only a login to our own
	 * database proves the server is ours.
	 */
	private static boolean reaches(Path database) {
		try (Connection c = JdbcDrivers.connect(Dialect.DERBY_CLIENT, Dialect.derbyClientUrl(port, database), login())) {
			return c != null;
		} catch (SQLException | MaterialStoreException e) {
			return false;
		}
	}

	private static void start(int newPort) throws ReflectiveOperationException, IOException {
		Class<?> type = JdbcDrivers.load(SERVER_BUNDLE, SERVER_CLASS);
		Object server = type.getConstructor(InetAddress.class, int.class, String.class, String.class)
				.newInstance(InetAddress.getLoopbackAddress(), newPort, USER, SECRET);
		type.getMethod("start", PrintWriter.class).invoke(server, (PrintWriter) null); //$NON-NLS-1$
		control = server;
		port = newPort;
		long deadline = System.currentTimeMillis() + START_MILLIS;
		while (true) {
			try {
				type.getMethod("ping").invoke(server); //$NON-NLS-1$
				return;
			} catch (InvocationTargetException notYet) {
				if (System.currentTimeMillis() > deadline) {
					throw notYet;
				}
				sleep();
			}
		}
	}

	private static void stop() {
		if (control != null) {
			try {
				control.getClass().getMethod("shutdown").invoke(control); //$NON-NLS-1$
			} catch (ReflectiveOperationException e) {
				// It was not running (a failed start), or it is already going down.
			} finally {
				control = null;
			}
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(100);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static String secret() {
		byte[] bytes = new byte[24];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
