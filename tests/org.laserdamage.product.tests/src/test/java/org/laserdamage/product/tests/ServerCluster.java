package org.laserdamage.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A PostgreSQL of the test's own (releng/scripts/pg-instance.sh) and server
 * replicas of the built headless product on loopback ports, sharing it and
 * one results folder, as an operator runs them behind a load balancer.
 */
final class ServerCluster implements AutoCloseable {

	static final String TOKEN = "ci-submit-token-0123456789";
	static final String READ_TOKEN = "ci-read-token-0123456789";
	static final String ADMIN_TOKEN = "ci-admin-token-0123456789";
	static final Path SCRIPTS = Path.of(System.getProperty("laserdamage.scripts", "../../releng/scripts")).toAbsolutePath()
			.normalize();

	/** One replica: its process, ports and folders. */
	final class Replica {
		final String name;
		final int apiPort;
		final int metricsPort;
		final Path folder;
		final java.util.Map<String, String> environment = new java.util.LinkedHashMap<>();
		Product.Running process;

		Replica(String name) throws IOException {
			this.name = name;
			this.apiPort = freePort();
			this.metricsPort = freePort();
			this.folder = Files.createDirectories(root.resolve(name));
		}

		URI api(String path) {
			return URI.create("http://127.0.0.1:" + apiPort + path);
		}

		URI metrics(String path) {
			return URI.create("http://127.0.0.1:" + metricsPort + path);
		}

		/** @return whether this replica runs (or ran) {@code job}: jobs name their runner host:pid */
		boolean runs(JsonNode job) {
			return job.path("runner").asText().endsWith(":" + process.pid());
		}

		boolean isAlive() {
			return process != null && process.process().isAlive();
		}

		void start() throws Exception {
			Path config = folder.resolve("server.properties");
			Files.writeString(config, String.join("\n", "bind=127.0.0.1", "api.port=" + apiPort,
					"metrics.port=" + metricsPort, "worker.slots=1", "worker.lease=" + leaseSeconds,
					"worker.grace=" + graceSeconds, "results=" + results, "logs=" + folder.resolve("logs"),
					"token.ci.sha256=" + sha256(TOKEN), "token.ci.role=submit", "token.reader.sha256=" + sha256(READ_TOKEN),
					"token.reader.role=read", "token.admin.sha256=" + sha256(ADMIN_TOKEN), "token.admin.role=admin", ""));
			Product product = new Product(folder, folder.resolve("data")).withEnvironment("DATABASE_URL", databaseUrl)
					.withEnvironment("REDIS_URL", redisUrl).withJavaOptions("-Xmx512m");
			environment.forEach(product::withEnvironment);
			process = product.start("server", "--config", config.toString());
			process.awaitOutput(o -> o.contains("listening on"), 90);
		}

		/** Waits until /ready answers {@code status}. */
		JsonNode awaitReady(int status, long seconds) throws Exception {
			long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
			HttpResponse<String> last = null;
			while (System.nanoTime() < end) {
				try {
					last = get(metrics("/ready"), null);
					if (last.statusCode() == status) {
						return json.readTree(last.body());
					}
				} catch (IOException e) {
					// not listening yet
				}
				Thread.sleep(250);
			}
			fail(name + ": /ready never answered " + status + "; last: " + (last == null ? "nothing" : last.statusCode() + " " + last.body()));
			return null;
		}
	}

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	final ObjectMapper json = new ObjectMapper();
	final Path root;
	final Path results;
	final Path pg;
	final int pgPort;
	final String databaseUrl;
	final Path redis;
	final String redisUrl;
	final List<Replica> replicas = new ArrayList<>();
	int leaseSeconds = 4;
	int graceSeconds = 2;

	ServerCluster(Path root) throws Exception {
		this.root = root;
		this.results = Files.createDirectories(root.resolve("results"));
		// PostgreSQL runs as the postgres user, which must reach its folder: a world-traversable /tmp one
		this.pg = Files.createTempDirectory(Path.of("/tmp"), "laserdamage-pg-");
		this.pgPort = freePort();
		this.databaseUrl = script("pg-instance.sh", "start", pg.toString(), String.valueOf(pgPort)).strip();
		// the seed's Compose has Redis: live job events fan out through it between the replicas
		this.redis = Files.createDirectories(root.resolve("redis"));
		this.redisUrl = script("redis-instance.sh", "start", redis.toString(), String.valueOf(freePort())).strip();
	}

	Replica replica(String name) throws Exception {
		return replica(name, java.util.Map.of());
	}

	/** A replica with extra environment variables (ANSYS_ROOT, ANSYSLMD_LICENSE_FILE). */
	Replica replica(String name, java.util.Map<String, String> environment) throws Exception {
		Replica r = new Replica(name);
		r.environment.putAll(environment);
		replicas.add(r);
		r.start();
		return r;
	}

	/**
	 * An ANSYS installation as far as licence monitoring sees it: {@code <root>/shared_files/licensing/linx64/lmutil}
	 * answering {@code lmstat -a -c} with an output recorded from a FlexNet server (the ANSYS adapter's test data:
	 * 4 ansys licences issued, 3 in use). FlexNet itself cannot be installed here.
	 */
	Path fakeAnsysRoot() throws Exception {
		Path root = Files.createDirectories(this.root.resolve("ansys"));
		Path lmutil = Files.createDirectories(root.resolve("shared_files/licensing/linx64")).resolve("lmutil");
		Path recorded = SCRIPTS.resolve("../../tests/org.laserdamage.solver.ansys.tests/lmstat/one-free.txt").normalize();
		Files.writeString(lmutil, "#!/bin/sh\n[ \"$1 $2 $3\" = \"lmstat -a -c\" ] || exit 2\ncat '" + recorded + "'\n");
		lmutil.toFile().setExecutable(true);
		return root;
	}

	void stopDatabase() throws Exception {
		script("pg-instance.sh", "stop", pg.toString());
	}

	void startDatabase() throws Exception {
		script("pg-instance.sh", "start", pg.toString(), String.valueOf(pgPort));
	}

	static String script(String name, String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of("bash", SCRIPTS.resolve(name).toString()));
		command.addAll(List.of(args));
		Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!p.waitFor(180, TimeUnit.SECONDS) || p.exitValue() != 0) {
			fail(name + ' ' + String.join(" ", args) + " failed: " + out);
		}
		return out;
	}

	HttpResponse<String> get(URI uri, String token) throws IOException, InterruptedException {
		HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
		if (token != null) {
			b.header("Authorization", "Bearer " + token);
		}
		return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Submits {@code study} with overrides as JSON through {@code replica}; returns the job id. */
	String submit(Replica replica, String study, List<String> set) throws Exception {
		Map<String, Object> body = Map.of("ldsim", Files.readString(Path.of(study)), "set", set, "maxAttempts", 3);
		HttpResponse<String> r = send(HttpRequest.newBuilder(replica.api("/api/v1/jobs"))
				.header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
		assertEquals(201, r.statusCode(), r.body());
		return json.readTree(r.body()).get("id").asText();
	}

	JsonNode job(Replica replica, String id) throws Exception {
		HttpResponse<String> r = get(replica.api("/api/v1/jobs/" + id), READ_TOKEN);
		assertEquals(200, r.statusCode(), r.body());
		return json.readTree(r.body());
	}

	/** Waits until {@code condition} holds for the job, as {@code replica} reports it. */
	JsonNode awaitJob(Replica replica, String id, Predicate<JsonNode> condition, long seconds) throws Exception {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		JsonNode job = null;
		while (System.nanoTime() < end) {
			try {
				job = job(replica, id);
				if (condition.test(job)) {
					return job;
				}
			} catch (IOException e) {
				// the replica restarts or the database is away: ask again
			}
			Thread.sleep(250);
		}
		fail("job " + id + " never reached the expected state; last: " + job);
		return null;
	}

	/** @return the metric's value in {@code replica}'s /metrics, or NaN when absent */
	double metric(Replica replica, String sample) throws Exception {
		for (String line : get(replica.metrics("/metrics"), null).body().split("\n")) {
			if (line.startsWith(sample + ' ')) {
				return Double.parseDouble(line.substring(sample.length() + 1).strip());
			}
		}
		return Double.NaN;
	}

	static String sha256(String token) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
	}

	static int freePort() throws IOException {
		try (ServerSocket s = new ServerSocket(0)) {
			return s.getLocalPort();
		}
	}

	@Override
	public void close() throws Exception {
		for (Replica r : replicas) {
			if (r.isAlive()) {
				r.process.process().destroyForcibly();
				r.process.process().waitFor(20, TimeUnit.SECONDS);
			}
		}
		try {
			script("redis-instance.sh", "stop", redis.toString());
		} catch (AssertionError e) {
			// already stopped
		}
		try {
			script("pg-instance.sh", "kill", pg.toString());
		} catch (AssertionError e) {
			// already stopped
		}
		try (var files = Files.walk(pg)) {
			for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(f);
			}
		}
	}
}
