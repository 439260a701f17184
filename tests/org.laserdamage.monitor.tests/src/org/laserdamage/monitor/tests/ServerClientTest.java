package org.laserdamage.monitor.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laserdamage.core.RunState;
import org.laserdamage.monitor.RemoteEvent;
import org.laserdamage.monitor.RemoteJob;
import org.laserdamage.monitor.ServerClient;
import org.laserdamage.monitor.SystemSample;
import org.laserdamage.server.ServerConfig;
import org.laserdamage.server.ServerRuntime;

/**
 * The workbench's server client against a real replica (the server's own
 * runtime, embedded job database, one worker slot) on the loopback: status,
 * submit, follow, cancel, download, and what a user sees for a wrong token,
 * a server that is not there and a study the server refuses. A hostile
 * results archive comes from a small Jetty handler of the test.
 */
class ServerClientTest {

	static final String SUBMIT_TOKEN = "monitor-test-submit-token";
	static final String READ_TOKEN = "monitor-test-read-token";
	static final String ADMIN_TOKEN = "monitor-test-admin-token";
	static final String STUDY = "../../examples/al6061-cw-1kW.ldsim";
	static final List<String> SMALL = List.of("mesh.radialCells=30", "target.layers[0].axialCells=15", "solver.endTime=1s");
	static final List<String> LONG = List.of("mesh.radialCells=80", "target.layers[0].axialCells=40", "solver.endTime=60s",
			"solver.maxTimeStep=0.002s");

	@TempDir
	static Path folder;
	static ServerRuntime server;
	static URI address;

	@BeforeAll
	static void startServer() throws Exception {
		server = ServerRuntime.start(config(folder));
		address = URI.create("http://127.0.0.1:" + server.apiPort());
	}

	/**
	 * @param more further lines of the properties file (a key given again replaces the default)
	 * @return the config of a loopback replica with data below {@code folder}, a submit and a read token
	 */
	static ServerConfig config(Path folder, String... more) throws IOException {
		Path file = folder.resolve("server.properties");
		List<String> lines = new ArrayList<>(List.of("bind=127.0.0.1", "api.port=0", "metrics.port=0", "worker.slots=1",
				"worker.grace=2", "data=" + folder.resolve("data"), "token.submitter.sha256=" + sha256(SUBMIT_TOKEN),
				"token.submitter.role=submit", "token.reader.sha256=" + sha256(READ_TOKEN), "token.reader.role=read",
				"token.admin.sha256=" + sha256(ADMIN_TOKEN), "token.admin.role=admin"));
		lines.addAll(List.of(more));
		Files.write(file, lines);
		return ServerConfig.load(file, k -> null);
	}

	static String sha256(String token) {
		try {
			return HexFormat.of().formatHex(
					java.security.MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		} catch (java.security.NoSuchAlgorithmException e) {
			throw new AssertionError(e);
		}
	}

	@AfterAll
	static void stopServer() throws Exception {
		if (server != null) {
			server.stop();
		}
	}

	private static ServerClient client() {
		return new ServerClient(address, SUBMIT_TOKEN);
	}

	private static String study() throws IOException {
		return Files.readString(Path.of(STUDY));
	}

	@Test
	void theStatusIsASampleOfTheReplica() throws Exception {
		SystemSample s = client().sample(new NullProgressMonitor());
		assertNotNull(s.cpuPercent(), "cpu");
		assertTrue(s.memoryPercent() > 0 && s.memoryPercent() <= 100, "memory " + s.memoryPercent());
		assertTrue(s.diskPercent() > 0 && s.diskPercent() <= 100, "disk " + s.diskPercent());
		assertTrue(s.queued() >= 0 && s.active() >= 0);
		assertEquals(null, s.licencesTotal(), "no licence server is configured");
	}

	@Test
	void aSubmittedStudyIsFollowedToTheEndAndItsResultsDownloaded() throws Exception {
		ServerClient client = client();
		long endedBefore = client.sample(null).ended();
		RemoteJob queued = client.submit(study(), null, SMALL, new NullProgressMonitor());
		assertFalse(queued.state().isFinal());
		List<RemoteEvent> events = new ArrayList<>();
		RemoteJob ended = client.follow(queued.id(), events::add, new NullProgressMonitor());
		assertEquals(RunState.SUCCEEDED, ended.state(), ended.reason());
		assertTrue(ended.hasResults());
		assertFalse(events.isEmpty());
		assertEquals(RunState.SUCCEEDED, events.get(events.size() - 1).state());
		for (int i = 1; i < events.size(); i++) {
			assertTrue(events.get(i).seq() > events.get(i - 1).seq(), "event numbers rise");
		}
		assertTrue(client.jobs(50, null).stream().anyMatch(j -> j.id().equals(queued.id())), "listed");
		assertTrue(client.sample(null).ended() > endedBefore, "the status counts the ended job");

		Path downloads = folder.resolve("downloads");
		Files.createDirectories(downloads);
		Path run = client.download(queued.id(), downloads, new NullProgressMonitor());
		assertEquals(downloads.resolve(queued.id()), run);
		byte[] served = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(address.resolve("/api/v1/jobs/" + queued.id() + "/results/summary"))
						.header("Authorization", "Bearer " + READ_TOKEN).build(), HttpResponse.BodyHandlers.ofByteArray())
				.body();
		assertArrayEquals(served, Files.readAllBytes(run.resolve("summary.json")));
		assertTrue(Files.isRegularFile(run.resolve("probes.csv")));
		try (Stream<Path> left = Files.list(downloads)) {
			assertEquals(List.of(run), left.toList(), "no staging folder is left");
		}
		assertEquals(run, client.download(queued.id(), downloads, null), "a second download keeps the first");
	}

	@Test
	void aRunningJobIsCancelledAndFollowingEndsCancelled() throws Exception {
		ServerClient client = client();
		RemoteJob queued = client.submit(study(), null, LONG, null);
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (client.job(queued.id(), null).state() != RunState.RUNNING) {
			assertTrue(System.nanoTime() < end, "the job did not start");
			Thread.sleep(100);
		}
		assertThrows(CoreException.class, () -> new ServerClient(address, READ_TOKEN).cancel(queued.id(), null),
				"a read token cannot cancel");
		client.cancel(queued.id(), null);
		RemoteJob ended = client.follow(queued.id(), e -> {
		}, null);
		assertEquals(RunState.CANCELLED, ended.state());
		CoreException e = assertThrows(CoreException.class, () -> client.download(queued.id(), folder, null));
		assertTrue(e.getStatus().getMessage().contains("cancelled"), e.getStatus().getMessage());
	}

	@Test
	void cancellingTheMonitorEndsFollowingButNotTheJob() throws Exception {
		ServerClient client = client();
		RemoteJob queued = client.submit(study(), null, LONG, null);
		NullProgressMonitor monitor = new NullProgressMonitor();
		AtomicBoolean sawEvent = new AtomicBoolean();
		Thread canceller = new Thread(() -> {
			try {
				Thread.sleep(1500);
			} catch (InterruptedException e) {
				return;
			}
			monitor.setCanceled(true);
		});
		canceller.start();
		long started = System.nanoTime();
		assertThrows(OperationCanceledException.class, () -> client.follow(queued.id(), e -> sawEvent.set(true), monitor));
		assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(10), "follow returned soon after the cancel");
		assertTrue(sawEvent.get(), "the queued event arrived first");
		assertFalse(client.job(queued.id(), null).state() == RunState.CANCELLED, "the job goes on on the server");
		client.cancel(queued.id(), null);
		client.follow(queued.id(), e -> {
		}, null);
	}

	@Test
	void aStudyTheServerRefusesSaysWhy() {
		CoreException e = assertThrows(CoreException.class,
				() -> client().submit(study(), null, List.of("laser.power=fast"), null));
		String message = e.getStatus().getMessage();
		assertTrue(message.contains("422") && message.contains("laser.power") && message.contains("Fix"), message);
	}

	@Test
	void aWrongTokenSaysToSetTheToken() {
		CoreException e = assertThrows(CoreException.class,
				() -> new ServerClient(address, "not-a-token").sample(null));
		String message = e.getStatus().getMessage();
		assertTrue(message.contains("token") && message.contains("Monitoring"), message);
		assertEquals(401, e.getStatus().getCode());
	}

	@Test
	void aServerThatIsNotThereIsNamed() throws Exception {
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		URI nowhere = URI.create("http://127.0.0.1:" + port);
		CoreException e = assertThrows(CoreException.class, () -> new ServerClient(nowhere, "x").sample(null));
		String message = e.getStatus().getMessage();
		assertTrue(message.contains(nowhere.toString()) && message.contains("does not answer"), message);
	}

	@Test
	void addressesAreChecked() throws Exception {
		assertEquals(URI.create("https://example.com/lds"), ServerClient.parseAddress(" https://example.com/lds/ "));
		for (String bad : new String[] { "", "example.com", "ftp://example.com", "http://", "http://h/?q=1",
				"http://user@h" }) {
			CoreException e = assertThrows(CoreException.class, () -> ServerClient.parseAddress(bad), bad);
			assertTrue(e.getStatus().getMessage().contains("Monitoring"), e.getStatus().getMessage());
		}
	}

	@Test
	void aHostileArchiveIsRefusedAndNothingIsWritten(@TempDir Path target) throws Exception {
		String id = "20261204-101500-123-a1b2";
		for (String entry : new String[] { id + "/../../escape.txt", "/" + id + "/abs.txt", "other/file.txt",
				id + "/ok/../../../escape.txt" }) {
			Server fake = hostile(id, entry);
			try {
				URI at = URI.create("http://127.0.0.1:" + ((ServerConnector) fake.getConnectors()[0]).getLocalPort());
				Path downloads = Files.createDirectories(target.resolve("d"));
				CoreException e = assertThrows(CoreException.class, () -> new ServerClient(at, "t").download(id, downloads, null),
						entry);
				assertTrue(e.getStatus().getMessage().contains("outside"), e.getStatus().getMessage());
				try (Stream<Path> all = Files.walk(target)) {
					assertEquals(List.of(target, downloads), all.toList(), "nothing written for " + entry);
				}
			} finally {
				fake.stop();
			}
		}
	}

	/** @return a server that says job {@code id} succeeded and serves an archive holding {@code entry} */
	private static Server hostile(String id, String entry) throws Exception {
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip)) {
			out.putNextEntry(new ZipEntry(id + "/summary.json"));
			out.write("{}".getBytes(StandardCharsets.UTF_8));
			out.closeEntry();
			out.putNextEntry(new ZipEntry(entry));
			out.write("escaped".getBytes(StandardCharsets.UTF_8));
			out.closeEntry();
		}
		String job = "{\"id\":\"" + id + "\",\"study\":\"s\",\"state\":\"succeeded\",\"reason\":\"\",\"progress\":1,"
				+ "\"attempt\":1,\"solver\":\"builtin\",\"place\":\"local\",\"submitted\":\"2026-12-04T10:15:00Z\","
				+ "\"started\":null,\"ended\":null,\"runner\":null,\"links\":{\"archive\":\"x\"}}";
		Server server = new Server();
		ServerConnector connector = new ServerConnector(server);
		connector.setHost("127.0.0.1");
		connector.setPort(0);
		server.addConnector(connector);
		server.setHandler(new Handler.Abstract() {
			@Override
			public boolean handle(Request request, Response response, Callback callback) {
				boolean archive = Request.getPathInContext(request).endsWith("/results/archive");
				response.setStatus(200);
				response.write(true, java.nio.ByteBuffer.wrap(archive ? zip.toByteArray() : job.getBytes(StandardCharsets.UTF_8)),
						callback);
				return true;
			}
		});
		server.start();
		return server;
	}
}
