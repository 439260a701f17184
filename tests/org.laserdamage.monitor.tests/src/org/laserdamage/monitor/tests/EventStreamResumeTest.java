package org.laserdamage.monitor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laserdamage.core.RunState;
import org.laserdamage.monitor.RemoteEvent;
import org.laserdamage.monitor.RemoteJob;
import org.laserdamage.monitor.ServerClient;
import org.laserdamage.server.ServerConfig;
import org.laserdamage.server.ServerRuntime;

/**
 * A replica stops while a client follows a running job (as in a rolling
 * update): the replica hands the job back, another replica on the same job
 * database and address takes it, and the client, reconnecting with
 * {@code Last-Event-ID}, sees the rest of the job once, to its end.
 */
class EventStreamResumeTest {

	@Test
	void followingSurvivesAReplicaThatStops(@TempDir Path folder) throws Exception {
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		ServerConfig config = ServerClientTest.config(folder, "api.port=" + port, "worker.grace=1");
		ServerRuntime first = ServerRuntime.start(config);
		ServerRuntime second = null;
		try {
			ServerClient client = new ServerClient(URI.create("http://127.0.0.1:" + port), ServerClientTest.SUBMIT_TOKEN);
			RemoteJob queued = client.submit(Files.readString(Path.of(ServerClientTest.STUDY)), null,
					List.of("mesh.radialCells=60", "target.layers[0].axialCells=30", "solver.endTime=8s",
							"solver.maxTimeStep=0.005s"),
					null);
			List<RemoteEvent> events = new CopyOnWriteArrayList<>();
			CompletableFuture<RemoteJob> followed = CompletableFuture.supplyAsync(() -> {
				try {
					return client.follow(queued.id(), events::add, null);
				} catch (org.eclipse.core.runtime.CoreException e) {
					throw new IllegalStateException(e.getStatus().getMessage(), e);
				}
			});
			long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
			while (events.stream().noneMatch(e -> e.state() == RunState.RUNNING)) {
				assertTrue(System.nanoTime() < end, "the job did not start");
				Thread.sleep(50);
			}
			first.stop(); // grace 1 s: the job is handed back to the queue
			int runningEventsBefore = events.size();
			second = ServerRuntime.start(config);
			RemoteJob ended = followed.get(180, TimeUnit.SECONDS);
			assertEquals(RunState.SUCCEEDED, ended.state(), ended.reason());
			assertTrue(events.size() > runningEventsBefore, "events of the second replica arrived");
			assertEquals(events.size(), events.stream().mapToLong(RemoteEvent::seq).distinct().count(),
					"no event twice: " + events);
			for (int i = 1; i < events.size(); i++) {
				assertTrue(events.get(i).seq() > events.get(i - 1).seq(), "in order: " + events);
			}
		} finally {
			first.stop();
			if (second != null) {
				second.stop();
			}
		}
	}
}
