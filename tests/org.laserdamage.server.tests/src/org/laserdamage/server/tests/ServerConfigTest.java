package org.laserdamage.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laserdamage.server.ServerConfig;
import org.laserdamage.server.internal.Tokens;

/** Settings from the file and the seed's environment variables; every bad value named with its fix. */
class ServerConfigTest {

	@TempDir
	Path tmp;

	private final Map<String, String> env = new HashMap<>();

	private ServerConfig config(String... lines) throws Exception {
		Path file = tmp.resolve("server.properties");
		Files.writeString(file, String.join("\n", lines));
		return ServerConfig.load(file, env::get);
	}

	private static final String HASH = "2bb80d537b1da3e38bd30361aa855686bde0eacd7162fef6a25fe97bf527a25b"; // "secret"

	@Test
	void theSeedsDatabaseUrlBecomesJdbcWithTheCredentialsApart() throws Exception {
		env.put("DATABASE_URL", "postgresql://sim%40user:p%3Ass@db.example:5433/laser_simulation");
		ServerConfig.Database db = config("auth=none", "bind=127.0.0.1").database().orElseThrow();
		assertEquals("jdbc:postgresql://db.example:5433/laser_simulation", db.jdbcUrl());
		assertEquals("sim@user", db.credentials().getProperty("user"));
		assertEquals("p:ss", db.credentials().getProperty("password"));
		env.put("DATABASE_URL", "mysql://x@y/z");
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> config().database());
		assertTrue(e.getMessage().contains("DATABASE_URL") && e.getMessage().contains("postgresql://"), e.getMessage());
		assertFalse(e.getMessage().contains("x@y") && e.getMessage().contains("password"), e.getMessage());
	}

	@Test
	void backupsAreOffUntilADestinationIsSetAndTheirNumbersAreChecked() throws Exception {
		ServerConfig none = config("auth=none", "bind=127.0.0.1");
		assertTrue(none.backupDestination().isEmpty());
		assertEquals(Duration.ofDays(1), none.backupInterval());
		assertEquals(Duration.ofDays(30), none.backupRetention());
		env.put("LASERDAMAGE_BACKUP_DIR", tmp.resolve("sets").toString());
		env.put("LASERDAMAGE_BACKUP_INTERVAL_MINUTES", "0");
		ServerConfig c = config("backup.retention.days=7");
		assertEquals(tmp.resolve("sets"), c.backupDestination().orElseThrow());
		assertEquals(Duration.ZERO, c.backupInterval());
		assertEquals(Duration.ofDays(7), c.backupRetention());
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> config("backup.retention.days=0").backupRetention());
		assertTrue(e.getMessage().contains("LASERDAMAGE_BACKUP_RETENTION_DAYS") || e.getMessage().contains("backup.retention.days"),
				e.getMessage());
	}

	@Test
	void environmentOverridesTheFileAndNumbersAreChecked() throws Exception {
		env.put("LASERDAMAGE_API_PORT", "9090");
		ServerConfig c = config("api.port=8085", "metrics.port=8001", "worker.lease=12", "auth=none", "bind=127.0.0.1");
		assertEquals(9090, c.apiPort());
		assertEquals(8001, c.metricsPort());
		assertEquals(Duration.ofSeconds(12), c.lease());
		env.clear();
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> config("api.port=http").apiPort());
		assertTrue(e.getMessage().contains("api.port") && e.getMessage().contains("0 to 65535"), e.getMessage());
	}

	@Test
	void tokensAreHashesWithRolesAndAreRequiredOffTheLoopback() throws Exception {
		Tokens tokens = config("token.ci.sha256=" + HASH, "token.ci.role=read").tokens();
		assertEquals(Tokens.Role.READ, tokens.authenticate("secret").orElseThrow().role());
		assertTrue(tokens.authenticate("Secret").isEmpty());
		assertTrue(tokens.authenticate(null).isEmpty());
		IllegalArgumentException plain = assertThrows(IllegalArgumentException.class,
				() -> config("token.ci.sha256=secret").tokens());
		assertTrue(plain.getMessage().contains("SHA-256") && !plain.getMessage().contains("'secret'"), plain.getMessage());
		assertThrows(IllegalArgumentException.class, () -> config().tokens(), "no tokens, no auth=none");
		assertThrows(IllegalArgumentException.class, () -> config("auth=none", "bind=0.0.0.0").tokens(),
				"auth=none only on the loopback");
		assertTrue(config("auth=none", "bind=127.0.0.1").tokens().isOpen());
		env.put("LASERDAMAGE_TOKENS", "ops:admin:" + HASH);
		assertEquals(Tokens.Role.ADMIN, config().tokens().authenticate("secret").orElseThrow().role());
	}
}
