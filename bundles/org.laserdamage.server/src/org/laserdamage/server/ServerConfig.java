package org.laserdamage.server;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import org.laserdamage.server.internal.Tokens;

/**
 * The settings of a server replica: a properties file ({@code --config}),
 * overridden by environment variables with the seed's names. Every value is
 * checked when read; a wrong one is an {@link IllegalArgumentException} that
 * names the key, the variable and the fix.
 *
 * <pre>
 * key                 variable                 default
 * database.url        DATABASE_URL             (embedded database in &lt;data&gt;/queue)
 * redis.url           REDIS_URL                (none: replicas poll the database)
 * ansys.root          ANSYS_ROOT               (none)
 * ansys.license       ANSYSLMD_LICENSE_FILE    (none)
 * data                LASERDAMAGE_DATA         ~/.local/share/laserdamage
 * results             LASERDAMAGE_RESULTS      &lt;data&gt;/results
 * logs                LASERDAMAGE_LOGS         &lt;data&gt;/logs
 * bind                LASERDAMAGE_BIND         0.0.0.0
 * api.port            LASERDAMAGE_API_PORT     8080
 * metrics.port        LASERDAMAGE_METRICS_PORT 8000
 * api.maxBody         (none)                   2097152 bytes
 * worker.slots        LASERDAMAGE_WORKER_SLOTS one per two processors
 * worker.lease        LASERDAMAGE_WORKER_LEASE 30 (seconds)
 * worker.grace        LASERDAMAGE_WORKER_GRACE 25 (seconds)
 * token.NAME.sha256   LASERDAMAGE_TOKENS       (NAME:ROLE:SHA256HEX,…)
 * token.NAME.role     submit | read | admin
 * auth                none: no tokens (only allowed on a loopback bind)
 * </pre>
 */
public final class ServerConfig {

	private final Map<String, String> values;
	private final UnaryOperator<String> environment;

	private ServerConfig(Map<String, String> values, UnaryOperator<String> environment) {
		this.values = values;
		this.environment = environment;
	}

	/**
	 * @param file        the properties file, or null for none
	 * @param environment the environment variables
	 * @throws IllegalArgumentException naming the file and the fix when it cannot be read
	 */
	public static ServerConfig load(Path file, UnaryOperator<String> environment) {
		Map<String, String> values = new TreeMap<>();
		if (file != null) {
			if (!Files.isRegularFile(file)) {
				throw new IllegalArgumentException("--config " + file + ": no such file; give the server's properties file"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			Properties p = new Properties();
			try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				p.load(r);
			} catch (IOException | IllegalArgumentException e) {
				throw new IllegalArgumentException("--config " + file + " cannot be read as a properties file: " //$NON-NLS-1$ //$NON-NLS-2$
						+ e.getMessage(), e);
			}
			p.stringPropertyNames().forEach(k -> values.put(k, p.getProperty(k).strip()));
		}
		return new ServerConfig(values, environment);
	}

	/** @return the configured value: the environment variable, else the file's key */
	private Optional<String> get(String key, String variable) {
		String fromEnvironment = variable == null ? null : environment.apply(variable);
		if (fromEnvironment != null && !fromEnvironment.isBlank()) {
			return Optional.of(fromEnvironment.strip());
		}
		return Optional.ofNullable(key == null ? null : values.get(key)).filter(v -> !v.isBlank());
	}

	/** A PostgreSQL database as JDBC sees it. */
	public record Database(String jdbcUrl, Properties credentials) {
	}

	/**
	 * @return the job and material database; empty for the embedded one
	 * @throws IllegalArgumentException for a URL that is not {@code postgresql://USER:PASSWORD@HOST:PORT/DB}
	 */
	public Optional<Database> database() {
		Optional<String> url = get("database.url", "DATABASE_URL"); //$NON-NLS-1$ //$NON-NLS-2$
		if (url.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(parseDatabaseUrl(url.get()));
	}

	/** Turns the seed's {@code postgresql://user:pass@host:5432/db} (or a jdbc:postgresql URL) into JDBC terms. */
	static Database parseDatabaseUrl(String url) {
		String fix = "DATABASE_URL (database.url) must look like postgresql://USER:PASSWORD@HOST:5432/DATABASE"; //$NON-NLS-1$
		Properties credentials = new Properties();
		if (url.startsWith("jdbc:postgresql://")) { //$NON-NLS-1$
			return new Database(url, credentials);
		}
		URI uri;
		try {
			uri = new URI(url);
		} catch (URISyntaxException e) {
			throw new IllegalArgumentException(fix + "; it is not a URL (" + e.getReason() + ")", e); //$NON-NLS-1$ //$NON-NLS-2$
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT); //$NON-NLS-1$
		if (!scheme.equals("postgresql") && !scheme.equals("postgres")) { //$NON-NLS-1$ //$NON-NLS-2$
			throw new IllegalArgumentException(fix + "; the scheme '" + scheme + "' is not supported"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
			throw new IllegalArgumentException(fix + "; the host or the database name is missing"); //$NON-NLS-1$
		}
		String userInfo = uri.getRawUserInfo();
		if (userInfo != null) {
			int colon = userInfo.indexOf(':');
			credentials.setProperty("user", decode(colon < 0 ? userInfo : userInfo.substring(0, colon))); //$NON-NLS-1$
			if (colon >= 0) {
				credentials.setProperty("password", decode(userInfo.substring(colon + 1))); //$NON-NLS-1$
			}
		}
		int port = uri.getPort() < 0 ? 5432 : uri.getPort();
		String jdbc = "jdbc:postgresql://" + uri.getHost() + ':' + port + uri.getRawPath() //$NON-NLS-1$
				+ (uri.getRawQuery() == null ? "" : '?' + uri.getRawQuery()); //$NON-NLS-1$
		return new Database(jdbc, credentials);
	}

	private static String decode(String s) {
		return URLDecoder.decode(s, StandardCharsets.UTF_8);
	}

	/** @return the Redis server for live progress between replicas, e.g. redis://127.0.0.1:6379/0 */
	public Optional<String> redisUrl() {
		return get("redis.url", "REDIS_URL"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @return ANSYS_ROOT, when ANSYS is installed here */
	public Optional<String> ansysRoot() {
		return get("ansys.root", "ANSYS_ROOT"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @return ANSYSLMD_LICENSE_FILE (port@host of the licence server) */
	public Optional<String> ansysLicense() {
		return get("ansys.license", "ANSYSLMD_LICENSE_FILE"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @return the folder of the backup sets (shared by the replicas), when backups are configured */
	public Optional<Path> backupDestination() {
		return get("backup.destination", "LASERDAMAGE_BACKUP_DIR").map(p -> Path.of(p).toAbsolutePath().normalize()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @return how old the newest verified set may get before a replica takes the next one; zero: only on request */
	public Duration backupInterval() {
		return Duration.ofMinutes(number("backup.interval.minutes", "LASERDAMAGE_BACKUP_INTERVAL_MINUTES", 1440, 0, //$NON-NLS-1$ //$NON-NLS-2$
				525_600));
	}

	/** @return how long backup sets are kept (the newest verified one always) */
	public Duration backupRetention() {
		return Duration.ofDays(number("backup.retention.days", "LASERDAMAGE_BACKUP_RETENTION_DAYS", 30, 1, 3650)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @return the webhook told of each backup (Slack-compatible), if any */
	public Optional<String> backupWebhook() {
		return get("backup.webhook", "SLACK_WEBHOOK_URL"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @return the data folder (embedded database, logs) */
	public Path data() {
		return get("data", "LASERDAMAGE_DATA").map(Path::of) //$NON-NLS-1$ //$NON-NLS-2$
				.orElseGet(() -> Path.of(System.getProperty("user.home"), ".local", "share", "laserdamage")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.toAbsolutePath().normalize();
	}

	/** @return the results folder every replica shares */
	public Path results() {
		return get("results", "LASERDAMAGE_RESULTS").map(Path::of).orElseGet(() -> data().resolve("results")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.toAbsolutePath().normalize();
	}

	/** @return the folder of the log files */
	public Path logs() {
		return get("logs", "LASERDAMAGE_LOGS").map(Path::of).orElseGet(() -> data().resolve("logs")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.toAbsolutePath().normalize();
	}

	/** @return the address the ports listen on */
	public String bind() {
		return get("bind", "LASERDAMAGE_BIND").orElse("0.0.0.0"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	public int apiPort() {
		return port("api.port", "LASERDAMAGE_API_PORT", 8080); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @return the port of /metrics (and /health, /ready) for Prometheus; may equal {@link #apiPort()} */
	public int metricsPort() {
		return port("metrics.port", "LASERDAMAGE_METRICS_PORT", 8000); //$NON-NLS-1$ //$NON-NLS-2$
	}

	public long maxBody() {
		return number("api.maxBody", null, 2L * 1024 * 1024, 1024, 64L * 1024 * 1024); //$NON-NLS-1$
	}

	public int slots() {
		return (int) number("worker.slots", "LASERDAMAGE_WORKER_SLOTS", //$NON-NLS-1$ //$NON-NLS-2$
				Math.max(1, Runtime.getRuntime().availableProcessors() / 2), 0, 64);
	}

	public Duration lease() {
		return Duration.ofSeconds(number("worker.lease", "LASERDAMAGE_WORKER_LEASE", 30, 2, 3600)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @return how long SIGTERM lets running jobs finish before they are handed back */
	public Duration grace() {
		return Duration.ofSeconds(number("worker.grace", "LASERDAMAGE_WORKER_GRACE", 25, 0, 3600)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * @return the API tokens, by name
	 * @throws IllegalArgumentException for a token without a valid hash or role, or for no tokens at all on an
	 *                                  address other than the loopback without {@code auth=none}
	 */
	public Tokens tokens() {
		List<Tokens.Token> tokens = new ArrayList<>();
		for (Map.Entry<String, String> e : values.entrySet()) {
			String key = e.getKey();
			if (key.startsWith("token.") && key.endsWith(".sha256")) { //$NON-NLS-1$ //$NON-NLS-2$
				String name = key.substring("token.".length(), key.length() - ".sha256".length()); //$NON-NLS-1$ //$NON-NLS-2$
				String role = values.getOrDefault("token." + name + ".role", "submit"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				tokens.add(token(name, role, e.getValue(), key));
			}
		}
		get(null, "LASERDAMAGE_TOKENS").ifPresent(list -> { //$NON-NLS-1$
			for (String item : list.split(",")) { //$NON-NLS-1$
				String[] parts = item.strip().split(":"); //$NON-NLS-1$
				if (parts.length != 3) {
					throw new IllegalArgumentException("LASERDAMAGE_TOKENS: '" + redactToken(item) //$NON-NLS-1$
							+ "' is not NAME:ROLE:SHA256HEX (the SHA-256 of the token, never the token itself)"); //$NON-NLS-1$
				}
				tokens.add(token(parts[0], parts[1], parts[2], "LASERDAMAGE_TOKENS")); //$NON-NLS-1$
			}
		});
		boolean open = "none".equals(values.get("auth")) || "none".equals(environment.apply("LASERDAMAGE_AUTH")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		if (tokens.isEmpty() && !open) {
			throw new IllegalArgumentException("No API token is configured: add token.NAME.sha256=<sha256 hex of the token>" //$NON-NLS-1$
					+ " and token.NAME.role=submit|read|admin to the config (or LASERDAMAGE_TOKENS=NAME:ROLE:SHA256HEX);" //$NON-NLS-1$
					+ " `printf %s TOKEN | sha256sum` gives the hash. auth=none runs without tokens on a loopback bind only."); //$NON-NLS-1$
		}
		if (open && tokens.isEmpty() && !isLoopback(bind())) {
			throw new IllegalArgumentException("auth=none is only allowed when bind is a loopback address (127.0.0.1), not " //$NON-NLS-1$
					+ bind() + "; configure tokens instead"); //$NON-NLS-1$
		}
		return new Tokens(tokens, open && tokens.isEmpty());
	}

	private static Tokens.Token token(String name, String role, String hash, String where) {
		if (!name.matches("[A-Za-z0-9_.-]{1,64}")) { //$NON-NLS-1$
			throw new IllegalArgumentException(where + ": the token name '" + name + "' must be 1-64 letters, digits, _ . -"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Tokens.Role r;
		try {
			r = Tokens.Role.valueOf(role.strip().toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(where + ": the role of token " + name + " must be read, submit or admin, not '" //$NON-NLS-1$ //$NON-NLS-2$
					+ role + "'", e); //$NON-NLS-1$
		}
		String hex = hash.strip().toLowerCase(Locale.ROOT);
		if (!hex.matches("[0-9a-f]{64}")) { //$NON-NLS-1$
			throw new IllegalArgumentException(where + ": token " + name //$NON-NLS-1$
					+ " needs the SHA-256 of the token as 64 hex digits (`printf %s TOKEN | sha256sum`), not the token itself"); //$NON-NLS-1$
		}
		return new Tokens.Token(name, r, HexFormat.of().parseHex(hex));
	}

	private static String redactToken(String item) {
		return item.length() <= 12 ? "…" : item.substring(0, 8) + "…"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	static boolean isLoopback(String address) {
		return address.equals("127.0.0.1") || address.equals("localhost") || address.equals("::1") || address.startsWith("127."); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	private int port(String key, String variable, int fallback) {
		return (int) number(key, variable, fallback, 0, 65535);
	}

	private long number(String key, String variable, long fallback, long min, long max) {
		Optional<String> text = get(key, variable);
		if (text.isEmpty()) {
			return fallback;
		}
		try {
			long value = Long.parseLong(text.get());
			if (value >= min && value <= max) {
				return value;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new IllegalArgumentException(key + (variable == null ? "" : " (" + variable + ")") + " is '" + text.get() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ "': give a whole number from " + min + " to " + max); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
