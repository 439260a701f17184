package org.laserdamage.monitor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laserdamage.core.RunState;
import org.laserdamage.monitor.RemoteJob;
import org.laserdamage.monitor.ServerClient;
import org.laserdamage.server.ServerRuntime;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The server's backups through its admin API, on a real replica (embedded
 * job database) on the loopback: a set taken on request holds the job
 * database, the material database, the results and a material export, is
 * verified, is listed, verifies again on request, and
 * {@code backup_last_success_timestamp_seconds} says when it was taken.
 */
class ServerBackupTest {

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<String> call(URI base, String method, String path, String token) throws Exception {
		HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).method(method, HttpRequest.BodyPublishers.noBody());
		if (token != null) {
			b.header("Authorization", "Bearer " + token);
		}
		return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static Double metric(String metrics) {
		Matcher m = Pattern.compile("(?m)^backup_last_success_timestamp_seconds (\\S+)$").matcher(metrics);
		return m.find() ? Double.parseDouble(m.group(1)) : null;
	}

	@Test
	void aBackupTakenOnRequestIsVerifiedListedAndMeasured(@TempDir Path folder) throws Exception {
		Path sets = folder.resolve("backups");
		ServerRuntime server = ServerRuntime.start(ServerClientTest.config(folder, "backup.destination=" + sets,
				"backup.interval.minutes=0"));
		try {
			URI base = URI.create("http://127.0.0.1:" + server.apiPort());
			assertEquals(null, metric(call(base, "GET", "/metrics", null).body()), "no series before the first set");
			assertEquals(403, call(base, "GET", "/api/v1/backups", ServerClientTest.READ_TOKEN).statusCode());

			ServerClient client = new ServerClient(base, ServerClientTest.SUBMIT_TOKEN);
			RemoteJob job = client.submit(Files.readString(Path.of(ServerClientTest.STUDY)), null, ServerClientTest.SMALL, null);
			assertEquals(RunState.SUCCEEDED, client.follow(job.id(), e -> {
			}, null).state());

			HttpResponse<String> started = call(base, "POST", "/api/v1/backups", ServerClientTest.ADMIN_TOKEN);
			assertEquals(202, started.statusCode(), started.body());
			JsonObject set = null;
			long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
			while (set == null) {
				assertTrue(System.nanoTime() < end, "no verified set within 120 s");
				JsonObject list = JsonParser.parseString(call(base, "GET", "/api/v1/backups", ServerClientTest.ADMIN_TOKEN).body())
						.getAsJsonObject();
				for (JsonElement e : list.getAsJsonArray("sets")) {
					if (e.getAsJsonObject().get("status").getAsString().equals("verified")) {
						set = e.getAsJsonObject();
					}
				}
				Thread.sleep(200);
			}
			List<String> items = new ArrayList<>();
			set.getAsJsonArray("items").forEach(i -> items.add(i.getAsJsonObject().get("name").getAsString()));
			assertEquals(List.of("queue", "materials", "results", "materials-export"), items);
			String id = set.get("id").getAsString();
			assertTrue(Files.isDirectory(sets.resolve(id)), "the set's folder is named by its id");
			// the job database's copy is the database folder's contents: a restore puts it where the database is
			Path queue = folder.resolve("restored-queue");
			org.laserdamage.backup.TarArchives.extract(sets.resolve(id).resolve("queue.tar.gz"), queue, 100_000, 1L << 32, null);
			assertTrue(Files.isRegularFile(queue.resolve("service.properties")), "service.properties at the top");

			long taken = LocalDateTime.parse(id, DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss")).toEpochSecond(ZoneOffset.UTC);
			end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
			Double value;
			while ((value = metric(call(base, "GET", "/metrics", null).body())) == null) {
				assertTrue(System.nanoTime() < end, "backup_last_success_timestamp_seconds never appeared");
				Thread.sleep(200);
			}
			assertEquals(taken, value.longValue());

			HttpResponse<String> verified = call(base, "POST", "/api/v1/backups/" + id + "/verify", ServerClientTest.ADMIN_TOKEN);
			assertEquals(200, verified.statusCode(), verified.body());
			assertEquals("verified", JsonParser.parseString(verified.body()).getAsJsonObject().get("status").getAsString());
			assertEquals(404, call(base, "POST", "/api/v1/backups/20200101_000000/verify", ServerClientTest.ADMIN_TOKEN)
					.statusCode());
			assertFalse(call(base, "GET", "/api/v1/backups", ServerClientTest.ADMIN_TOKEN).body().contains(folder.toString()),
					"no server paths in the answer");
		} finally {
			server.stop();
		}
	}
}
