package org.laserdamage.monitor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laserdamage.core.RunState;
import org.laserdamage.jobs.queue.JobQueue;
import org.laserdamage.monitor.RemoteJob;
import org.laserdamage.monitor.ServerClient;
import org.laserdamage.server.ServerRuntime;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A server's backup restored through its admin API, on a real replica over a
 * PostgreSQL database of its own (made on the CI's test PostgreSQL and
 * dropped after): job processing pauses on every replica through the
 * database (a job submitted while paused is not claimed), a dry run changes
 * nothing, the restore puts back the jobs and the results of the set's time
 * (pg_restore, folders swapped), processing resumes; a restore while a job
 * runs gives up after its wait, restoring nothing and leaving processing on.
 * An embedded job database is refused with the way to do it.
 */
class ServerRestoreTest {

	private final HttpClient http = HttpClient.newHttpClient();
	private String adminUrl;
	private Properties credentials;
	private String database;
	private String databaseUrl;

	@BeforeEach
	void ownDatabase() throws Exception {
		adminUrl = System.getenv("LASERDAMAGE_TEST_PG_URL"); //$NON-NLS-1$
		if (adminUrl == null || adminUrl.isBlank()) {
			String why = "LASERDAMAGE_TEST_PG_URL is not set: eval \"$(releng/scripts/start-test-postgres.sh)\""; //$NON-NLS-1$
			if ("true".equalsIgnoreCase(System.getenv("CI"))) { //$NON-NLS-1$ //$NON-NLS-2$
				fail(why + "; CI=true: PostgreSQL tests must not be skipped on CI"); //$NON-NLS-1$
			}
			abort(why);
		}
		credentials = new Properties();
		credentials.setProperty("user", System.getenv("LASERDAMAGE_TEST_PG_USER")); //$NON-NLS-1$ //$NON-NLS-2$
		credentials.setProperty("password", System.getenv("LASERDAMAGE_TEST_PG_PASSWORD")); //$NON-NLS-1$ //$NON-NLS-2$
		database = "ldrestore_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		sql("CREATE DATABASE " + database); //$NON-NLS-1$
		URI admin = URI.create(adminUrl.substring("jdbc:".length())); //$NON-NLS-1$
		databaseUrl = "postgresql://" + credentials.getProperty("user") + ':' + credentials.getProperty("password") + '@' //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ admin.getHost() + ':' + admin.getPort() + '/' + database;
	}

	@AfterEach
	void dropDatabase() throws Exception {
		if (database != null) {
			sql("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private void sql(String statement) throws Exception {
		try (Connection c = new org.postgresql.Driver().connect(adminUrl, credentials); Statement s = c.createStatement()) {
			s.execute(statement);
		}
	}

	private HttpResponse<String> call(URI base, String method, String path, String token) throws Exception {
		HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).method(method, HttpRequest.BodyPublishers.noBody());
		if (token != null) {
			b.header("Authorization", "Bearer " + token); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void aRestorePausesTheReplicasAndBringsBackTheJobsAndResultsOfItsTime(@TempDir Path folder) throws Exception {
		Path sets = folder.resolve("backups"); //$NON-NLS-1$
		Path results = folder.resolve("results"); //$NON-NLS-1$
		ServerRuntime server = ServerRuntime.start(ServerClientTest.config(folder, "database.url=" + databaseUrl, //$NON-NLS-1$
				"results=" + results, "backup.destination=" + sets, "backup.interval.minutes=0")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		try (JobQueue queue = JobQueue.open("jdbc:postgresql://" + URI.create(adminUrl.substring(5)).getAuthority() + '/' //$NON-NLS-1$
				+ database, credentials, results, JobQueue.DEFAULT_LEASE, 1)) {
			URI base = URI.create("http://127.0.0.1:" + server.apiPort()); //$NON-NLS-1$
			ServerClient client = new ServerClient(base, ServerClientTest.SUBMIT_TOKEN);
			String before = run(client).id();
			String set = backUp(base);
			String after = run(client).id();
			assertTrue(Files.isDirectory(results.resolve(after)), "the later job has results"); //$NON-NLS-1$

			// the pause holds on every replica: it is in the database
			queue.pause("the test"); //$NON-NLS-1$
			RemoteJob waiting = client.submit(Files.readString(Path.of(ServerClientTest.STUDY)), null, ServerClientTest.SMALL, null);
			Thread.sleep(3000);
			assertEquals(RunState.QUEUED, client.job(waiting.id(), null).state(), "not claimed while paused"); //$NON-NLS-1$
			assertTrue(status(base).contains("the test"), status(base)); //$NON-NLS-1$
			HttpResponse<String> refused = call(base, "POST", "/api/v1/backups/" + set + "/restore", ServerClientTest.ADMIN_TOKEN); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			assertEquals(409, refused.statusCode(), refused.body());
			assertTrue(refused.body().contains("paused already") && refused.body().contains("the test"), refused.body()); //$NON-NLS-1$ //$NON-NLS-2$
			assertEquals(200, call(base, "POST", "/api/v1/queue/resume", ServerClientTest.ADMIN_TOKEN).statusCode()); //$NON-NLS-1$ //$NON-NLS-2$
			assertEquals(RunState.SUCCEEDED, client.follow(waiting.id(), e -> {
			}, null).state(), "claimed once resumed"); //$NON-NLS-1$

			HttpResponse<String> dry = call(base, "POST", "/api/v1/backups/" + set + "/restore?dryRun=true", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					ServerClientTest.ADMIN_TOKEN);
			assertEquals(200, dry.statusCode(), dry.body());
			assertTrue(dry.body().contains("\"database\"") && dry.body().contains("\"results\""), dry.body()); //$NON-NLS-1$ //$NON-NLS-2$
			assertEquals(List.of(before, after, waiting.id()).stream().sorted().toList(), ids(queue), "the dry run changed nothing"); //$NON-NLS-1$

			assertEquals(403, call(base, "POST", "/api/v1/backups/" + set + "/restore", ServerClientTest.SUBMIT_TOKEN).statusCode()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			HttpResponse<String> restored = call(base, "POST", "/api/v1/backups/" + set + "/restore", ServerClientTest.ADMIN_TOKEN); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			assertEquals(200, restored.statusCode(), restored.body());
			assertEquals(List.of(before), ids(queue), "the jobs of the set's time, row for row"); //$NON-NLS-1$
			assertFalse(Files.exists(results.resolve(after)), "the results of the set's time"); //$NON-NLS-1$
			assertTrue(Files.isDirectory(results.resolve(before)));
			assertTrue(queue.pausedBecause().isEmpty(), "processing resumed after the restore"); //$NON-NLS-1$
			assertEquals(RunState.SUCCEEDED, run(client).state(), "and jobs run again"); //$NON-NLS-1$

			// a job that runs is waited for; after the wait nothing is restored and processing goes on
			RemoteJob running = client.submit(Files.readString(Path.of(ServerClientTest.STUDY)), null, ServerClientTest.LONG, null);
			awaitState(client, running.id(), RunState.RUNNING);
			HttpResponse<String> busy = call(base, "POST", "/api/v1/backups/" + set + "/restore?wait=1", ServerClientTest.ADMIN_TOKEN); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			assertEquals(409, busy.statusCode(), busy.body());
			assertTrue(busy.body().contains("jobs_running"), busy.body()); //$NON-NLS-1$
			assertTrue(queue.pausedBecause().isEmpty(), "processing resumed after the refusal"); //$NON-NLS-1$
			assertTrue(ids(queue).contains(running.id()), "nothing restored"); //$NON-NLS-1$
			client.cancel(running.id(), null);
		} finally {
			server.stop();
		}
	}

	@Test
	void anEmbeddedJobDatabaseIsRestoredWithTheServerStopped(@TempDir Path folder) throws Exception {
		database = null; // not used
		ServerRuntime server = ServerRuntime.start(ServerClientTest.config(folder, "backup.destination=" + folder.resolve("b"), //$NON-NLS-1$ //$NON-NLS-2$
				"backup.interval.minutes=0")); //$NON-NLS-1$
		try {
			URI base = URI.create("http://127.0.0.1:" + server.apiPort()); //$NON-NLS-1$
			String set = backUp(base);
			HttpResponse<String> refused = call(base, "POST", "/api/v1/backups/" + set + "/restore", ServerClientTest.ADMIN_TOKEN); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			assertEquals(409, refused.statusCode(), refused.body());
			assertTrue(refused.body().contains("embedded_database") && refused.body().contains("laserdamage backup restore " + set), //$NON-NLS-1$ //$NON-NLS-2$
					refused.body());
		} finally {
			server.stop();
		}
	}

	private static RemoteJob run(ServerClient client) throws Exception {
		RemoteJob job = client.submit(Files.readString(Path.of(ServerClientTest.STUDY)), null, ServerClientTest.SMALL, null);
		RemoteJob ended = client.follow(job.id(), e -> {
		}, null);
		assertEquals(RunState.SUCCEEDED, ended.state());
		return ended;
	}

	private static void awaitState(ServerClient client, String id, RunState state) throws Exception {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (client.job(id, null).state() != state) {
			assertTrue(System.nanoTime() < end, id + " never " + state); //$NON-NLS-1$
			Thread.sleep(100);
		}
	}

	private String status(URI base) throws Exception {
		return call(base, "GET", "/api/v1/status", ServerClientTest.READ_TOKEN).body(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Takes a set through the admin API and waits until it is verified. */
	private String backUp(URI base) throws Exception {
		HttpResponse<String> started = call(base, "POST", "/api/v1/backups", ServerClientTest.ADMIN_TOKEN); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(202, started.statusCode(), started.body());
		long end = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (System.nanoTime() < end) {
			JsonObject list = JsonParser.parseString(call(base, "GET", "/api/v1/backups", ServerClientTest.ADMIN_TOKEN).body()) //$NON-NLS-1$ //$NON-NLS-2$
					.getAsJsonObject();
			if (!list.get("running").getAsBoolean()) { //$NON-NLS-1$
				for (JsonElement e : list.getAsJsonArray("sets")) { //$NON-NLS-1$
					if (e.getAsJsonObject().get("status").getAsString().equals("verified")) { //$NON-NLS-1$ //$NON-NLS-2$
						return e.getAsJsonObject().get("id").getAsString(); //$NON-NLS-1$
					}
				}
			}
			Thread.sleep(200);
		}
		throw new AssertionError("no verified set within 120 s"); //$NON-NLS-1$
	}

	private static List<String> ids(JobQueue queue) throws Exception {
		return queue.list().stream().map(org.laserdamage.jobs.Job::id).sorted().toList();
	}
}
