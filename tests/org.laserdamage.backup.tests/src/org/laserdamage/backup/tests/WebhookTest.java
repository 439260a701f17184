package org.laserdamage.backup.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.Test;
import org.laserdamage.backup.Webhook;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The backup notification, posted to a small HTTP server of the test on the loopback. */
class WebhookTest {

	private static Server receiver(int status, AtomicReference<String> body) throws Exception {
		Server server = new Server();
		ServerConnector c = new ServerConnector(server);
		c.setHost("127.0.0.1"); //$NON-NLS-1$
		c.setPort(0);
		server.addConnector(c);
		server.setHandler(new Handler.Abstract() {
			@Override
			public boolean handle(Request request, Response response, Callback callback) throws Exception {
				body.set(Content.Source.asString(request, StandardCharsets.UTF_8));
				response.setStatus(status);
				response.write(true, java.nio.ByteBuffer.wrap("ok".getBytes(StandardCharsets.UTF_8)), callback); //$NON-NLS-1$
				return true;
			}
		});
		server.start();
		return server;
	}

	private static String url(Server server) {
		return "http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort() + "/hook"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void aSlackCompatibleTextIsPosted() throws Exception {
		AtomicReference<String> body = new AtomicReference<>();
		Server server = receiver(200, body);
		try {
			assertEquals(Optional.empty(), new Webhook(url(server)).post("20261204_101500", true, "/backup/x: materials")); //$NON-NLS-1$ //$NON-NLS-2$
			JsonObject json = JsonParser.parseString(body.get()).getAsJsonObject();
			assertTrue(json.get("text").getAsString().contains("verified: 20261204_101500"), body.get()); //$NON-NLS-1$ //$NON-NLS-2$
			assertEquals("verified", json.get("status").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
		} finally {
			server.stop();
		}
	}

	@Test
	void aFailingWebhookIsReportedNotThrown() throws Exception {
		AtomicReference<String> body = new AtomicReference<>();
		Server server = receiver(500, body);
		try {
			Optional<String> why = new Webhook(url(server)).post("20261204_101500", false, "disk full"); //$NON-NLS-1$ //$NON-NLS-2$
			assertTrue(why.orElseThrow().contains("HTTP 500"), why.toString()); //$NON-NLS-1$
			assertTrue(body.get().contains("FAILED"), body.get()); //$NON-NLS-1$
		} finally {
			server.stop();
		}
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		Optional<String> why = new Webhook("http://127.0.0.1:" + port + "/").post("x", true, "y"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertTrue(why.orElseThrow().contains("did not answer"), why.toString()); //$NON-NLS-1$
		assertThrows(IllegalArgumentException.class, () -> new Webhook("ftp://example.com/")); //$NON-NLS-1$
	}
}
