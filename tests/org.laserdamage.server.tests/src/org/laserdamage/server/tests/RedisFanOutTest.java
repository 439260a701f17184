package org.laserdamage.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laserdamage.server.internal.RedisFanOut;

/**
 * The fan-out of job changes between two replicas through a real
 * redis-server (Debian's, started by releng/scripts/redis-instance.sh on a
 * loopback port): a change published by one reaches the other, and after
 * Redis restarts the subscriber reconnects by itself.
 */
class RedisFanOutTest {

	private static final Path SCRIPT = Path.of("../../releng/scripts/redis-instance.sh").toAbsolutePath().normalize();

	@TempDir
	Path tmp;

	private RedisFanOut a;
	private RedisFanOut b;

	@AfterEach
	void close() throws Exception {
		if (a != null) {
			a.close();
		}
		if (b != null) {
			b.close();
		}
		script("stop", tmp.toString());
	}

	private static String script(String... args) throws Exception {
		List<String> command = new java.util.ArrayList<>(List.of("bash", SCRIPT.toString()));
		command.addAll(List.of(args));
		Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		assertTrue(p.waitFor(120, TimeUnit.SECONDS));
		if (p.exitValue() != 0) {
			String why = "redis-instance.sh " + String.join(" ", args) + " failed (is redis-server installed?)";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				fail(why);
			}
			abort(why);
		}
		return out;
	}

	private static void await(BooleanSupplier condition, String what) throws InterruptedException {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > end) {
				fail(what);
			}
			Thread.sleep(50);
		}
	}

	@Test
	void aChangeOnOneReplicaReachesTheOtherAlsoAfterRedisRestarts() throws Exception {
		int port;
		try (ServerSocket s = new ServerSocket(0)) {
			port = s.getLocalPort();
		}
		String url = script("start", tmp.toString(), String.valueOf(port));
		assertEquals("redis://127.0.0.1:" + port + "/0", url);
		BlockingQueue<String> seenByB = new LinkedBlockingQueue<>();
		a = new RedisFanOut(url, id -> {
		});
		b = new RedisFanOut(url, seenByB::add);
		await(b::isSubscribed, "b never subscribed");
		a.publish("20261203-101500-123-a1b2");
		assertEquals("20261203-101500-123-a1b2", seenByB.poll(10, TimeUnit.SECONDS));

		script("stop", tmp.toString());
		await(() -> !b.isSubscribed(), "b did not notice that Redis went away");
		a.publish("lost-while-down"); // pub/sub drops it: streams resynchronise from the database
		script("start", tmp.toString(), String.valueOf(port));
		await(b::isSubscribed, "b did not resubscribe after Redis came back");
		a.publish("20261203-101501-000-ffff");
		assertEquals("20261203-101501-000-ffff", seenByB.poll(10, TimeUnit.SECONDS), "after the restart");
		assertTrue(seenByB.isEmpty());
	}

	@Test
	void aPasswordIsNeverShown() {
		assertEquals("redis://***@cache:6379/0", RedisFanOut.redact("redis://:s3cret@cache:6379/0"));
	}
}
