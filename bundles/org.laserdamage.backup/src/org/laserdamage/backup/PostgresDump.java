package org.laserdamage.backup;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;

/**
 * A PostgreSQL database backed up with {@code pg_dump} in its custom format
 * (consistent while it is used: one snapshot of the database) and restored
 * with {@code pg_restore} in one transaction, so a restore that fails leaves
 * the database as it was. The password goes to the programs in their
 * environment, never on a command line.
 */
public final class PostgresDump {

	/** The dump's file name in the item's archive. */
	public static final String FILE = "database.dump"; //$NON-NLS-1$

	private final String host;
	private final int port;
	private final String database;
	private final Properties credentials;
	private final String schema;
	private final List<String> excluded;

	/**
	 * @param jdbcUrl     {@code jdbc:postgresql://HOST[:PORT]/DATABASE[?…]}
	 * @param credentials {@code user} and {@code password}
	 * @param schema      only this schema (null: the whole database)
	 */
	public PostgresDump(String jdbcUrl, Properties credentials, String schema) {
		this(jdbcUrl, credentials, schema, List.of());
	}

	/**
	 * @param excluded tables left out of the dump, so that a restore ({@code --clean}) leaves them as they are
	 *                 (e.g. the job queue's pause, which must hold while the rest is replaced)
	 */
	public PostgresDump(String jdbcUrl, Properties credentials, String schema, List<String> excluded) {
		if (!jdbcUrl.startsWith("jdbc:postgresql://")) { //$NON-NLS-1$
			throw new IllegalArgumentException("not a PostgreSQL URL: " + jdbcUrl.replaceAll("password=[^&]*", "password=…")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		URI uri = URI.create(jdbcUrl.substring("jdbc:".length())); //$NON-NLS-1$
		this.host = uri.getHost();
		this.port = uri.getPort() < 0 ? 5432 : uri.getPort();
		this.database = uri.getPath().replaceFirst("^/", ""); //$NON-NLS-1$ //$NON-NLS-2$
		this.credentials = credentials;
		this.schema = schema;
		this.excluded = List.copyOf(excluded);
	}

	/** @return the snapshot of a backup item: {@value #FILE} written by pg_dump */
	public BackupItem.Snapshot snapshot() {
		return (folder, monitor) -> {
			List<String> arguments = new ArrayList<>(List.of("--format=custom", "--no-owner", "--file=" + folder.resolve(FILE))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			excluded.forEach(table -> arguments.add("--exclude-table=" + table)); //$NON-NLS-1$
			run(command("pg_dump", arguments.toArray(String[]::new)), monitor); //$NON-NLS-1$
		};
	}

	/** @return what restores the extracted folder of a backup item into the database: pg_restore in one transaction */
	public Backups.Restorer restorer() {
		return (folder, monitor) -> {
			Path dump = folder.resolve(FILE);
			if (!Files.isRegularFile(dump)) {
				throw new IOException("the item holds no " + FILE + ": it is not a PostgreSQL backup"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			run(command("pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
					"--exit-on-error", dump.toString()), monitor); //$NON-NLS-1$
		};
	}

	private List<String> command(String program, String... arguments) {
		List<String> c = new ArrayList<>(List.of(program, "--host=" + host, "--port=" + port, "--dbname=" + database)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (credentials.getProperty("user") != null) { //$NON-NLS-1$
			c.add("--username=" + credentials.getProperty("user")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		c.add("--no-password"); //$NON-NLS-1$
		if (schema != null) {
			c.add("--schema=" + schema); //$NON-NLS-1$
		}
		c.addAll(List.of(arguments));
		return c;
	}

	private void run(List<String> command, IProgressMonitor monitor) throws CoreException, IOException {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		Map<String, String> env = builder.environment();
		if (credentials.getProperty("password") != null) { //$NON-NLS-1$
			env.put("PGPASSWORD", credentials.getProperty("password")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Process process;
		try {
			process = builder.start();
		} catch (IOException e) {
			throw new CoreException(Status.error(command.get(0) + " cannot be started (" + e.getMessage() //$NON-NLS-1$
					+ "): install PostgreSQL's client programs (Debian: postgresql-client) on this machine", e)); //$NON-NLS-1$
		}
		process.getOutputStream().close();
		StringBuilder output = new StringBuilder();
		Thread reader = new Thread(() -> {
			try {
				output.append(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
			} catch (IOException e) {
				// the exit code says enough
			}
		}, command.get(0) + "-output"); //$NON-NLS-1$
		reader.start();
		try {
			while (!process.waitFor(200, TimeUnit.MILLISECONDS)) {
				if (monitor != null && monitor.isCanceled()) {
					process.destroy();
					process.waitFor(10, TimeUnit.SECONDS);
					process.destroyForcibly();
					throw new OperationCanceledException();
				}
			}
			reader.join(10_000);
		} catch (InterruptedException e) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
			throw new OperationCanceledException();
		}
		if (process.exitValue() != 0) {
			throw new CoreException(Status.error(command.get(0) + " of " + database + " on " + host + ':' + port + " failed (exit " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ process.exitValue() + "): " + output.toString().strip())); //$NON-NLS-1$
		}
	}
}
