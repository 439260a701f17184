package org.laserdamage.product.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * Malformed and hostile API requests, generated from a seed: bad and
 * truncated JSON, wrong types, unknown fields, huge and deep bodies, hostile
 * XML (DOCTYPE, entities), bad overrides, path traversal in ids and result
 * names, missing, invalid and under-privileged tokens, wrong methods and
 * content types, bad query values, and malformed HTTP on a raw socket.
 */
final class HostileRequests implements Iterable<HostileRequests.Attack> {

	/** What the server answered. */
	record Answer(int status, String body) {
	}

	/** One request. */
	interface Attack {
		String description();

		Answer send(ServerCluster cluster) throws Exception;
	}

	private final ServerCluster.Replica replica;
	private final Random random;
	/** A client without pooled connections, for the one retry in {@code send}. */
	private final java.net.http.HttpClient fresh = java.net.http.HttpClient.newBuilder()
			.connectTimeout(java.time.Duration.ofSeconds(5)).build();

	HostileRequests(ServerCluster.Replica replica, long seed) {
		this.replica = replica;
		this.random = new Random(seed);
	}

	@Override
	public Iterator<Attack> iterator() {
		return new Iterator<>() {
			private int n;

			@Override
			public boolean hasNext() {
				return true;
			}

			@Override
			public Attack next() {
				return attack(n++);
			}
		};
	}

	private Attack attack(int n) {
		String study;
		try {
			study = Files.readString(Path.of(Product.example("al6061-cw-1kW.ldsim")));
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		int kind = n % 24;
		String token = ServerCluster.TOKEN;
		switch (kind) {
		case 0:
			return http("no token", "GET", "/api/v1/jobs", null, null, null);
		case 1:
			return http("a wrong token", "GET", "/api/v1/jobs", "wrong-" + random.nextInt(), null, null);
		case 2:
			return http("a read token submits", "POST", "/api/v1/jobs", ServerCluster.READ_TOKEN, "application/json",
					json(study, "[]"));
		case 3:
			return http("truncated JSON", "POST", "/api/v1/jobs", token, "application/json",
					truncate("{\"ldsim\": \"" + study.replace("\"", "\\\"").replace("\n", "\\n") + "\"}"));
		case 4:
			return http("JSON of the wrong shape", "POST", "/api/v1/jobs", token, "application/json",
					pick("[]", "\"text\"", "42", "null", "{\"ldsim\": 5}", "{\"ldsim\": [\"x\"]}", "{\"maxAttempts\": \"3\"}",
							"{\"set\": \"mesh.radialCells=1\"}", "{\"options\": [1]}", "{\"unknown\": 1}", "{} {}",
							"{\"ldsim\": \"x\", \"ldsim\": \"y\"}", "{\"maxAttempts\": 1e400}", "{\"timeoutSeconds\": -5}"));
		case 5:
			return big(random.nextBoolean(), 2 * 1024 * 1024 + 1 + random.nextInt(1024 * 1024), token);
		case 6:
			return http("an unknown content type", "POST", "/api/v1/jobs", token,
					pick("text/plain", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "image/png"),
					study);
		case 7:
			return http("hostile XML", "POST", "/api/v1/jobs", token, "application/xml",
					pick("<?xml version=\"1.0\"?><!DOCTYPE s [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><s>&x;</s>",
							"<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]><l>&b;</l>",
							"<not-a-study/>", "garbage <<<", study.substring(0, study.length() / 2),
							study.replace("1000", "Infinity")));
		case 8:
			return http("bad overrides", "POST", "/api/v1/jobs", token, "application/json",
					json(study, pick("[\"laser.power=-1W\"]", "[\"../../etc/passwd=1\"]", "[\"mesh.radialCells=1e9\"]",
							"[\"laser.power=1 parsec\"]", "[\"noSuchSetting=1\"]", "[\"mesh.radialCells\"]")));
		case 9:
			return http("path traversal in an id", "GET", pick("/api/v1/jobs/..%2F..%2Fetc%2Fpasswd",
					"/api/v1/jobs/%2e%2e/%2e%2e/etc/passwd", "/api/v1/jobs/20261203-000000-000-zzzz",
					"/api/v1/jobs/20991231-235959-999-ffff", "/api/v1/jobs/%00", "/api/v1/jobs/" + "9".repeat(200),
					"/api/v1/jobs/..;/..;/etc/passwd"), token, null, null);
		case 10:
			return http("path traversal in a result name", "GET", "/api/v1/jobs/20991231-235959-999-ffff/results/"
					+ pick("..%2F..%2Fserver.properties", "summary.json", "../../../etc/passwd", "%2fetc%2fpasswd"), token, null,
					null);
		case 11:
			return http("a wrong method", pick("PUT", "PATCH", "DELETE", "OPTIONS"), pick("/api/v1/jobs", "/health",
					"/api/v1/openapi.json"), token, null, null);
		case 12:
			return raw("a malformed request line", pick("GARBAGE\r\n\r\n", "GET /health HTTP/9.9\r\n\r\n",
					"GET /health\u0000 HTTP/1.1\r\nHost: x\r\n\r\n", "GET  HTTP/1.1\r\nHost: x\r\n\r\n",
					"GET /api/v1/jobs HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n",
					"GET /api/v1/jobs HTTP/1.1\r\nHost: x\r\nX-Big: " + "y".repeat(16000) + "\r\n\r\n"));
		case 13:
			return http("a bad query", "GET", "/api/v1/jobs?" + pick("limit=-1", "limit=abc", "limit=100000", "offset=-3",
					"state=bogus", "sort=id", "limit=1&limit=2"), token, null, null);
		case 14:
			return http("solver options from a submit token", "POST", "/api/v1/jobs", token, "application/json",
					"{\"ldsim\": " + quoted(study) + ", \"options\": {\"executable\": \"/bin/sh\"}}");
		case 15:
			return http("invalid UTF-8 in JSON", "POST", "/api/v1/jobs", token, "application/json",
					new String(new byte[] { '{', '"', 'l', (byte) 0xff, (byte) 0xfe, '"', ':', '1', '}' },
							StandardCharsets.ISO_8859_1));
		case 16:
			return http("deeply nested JSON", "POST", "/api/v1/jobs", token, "application/json",
					"[".repeat(5000) + "]".repeat(5000));
		case 17:
			return http("an unknown solver or place", "POST", "/api/v1/jobs", token, "application/json",
					"{\"ldsim\": " + quoted(study) + ", " + pick("\"solver\": \"rm -rf\"", "\"place\": \"../cluster\"",
							"\"maxAttempts\": 0", "\"maxAttempts\": 99", "\"timeoutSeconds\": 99999999") + "}");
		case 18:
			return http("an empty body", "POST", "/api/v1/jobs", token, pick("application/json", "application/xml"), "");
		case 19:
			return http("a query on a JSON submission", "POST", "/api/v1/jobs?solver=x", token, "application/json",
					json(study, "[]"));
		case 20:
			return http("an unknown route", "GET", pick("/", "/admin", "/api/v2/jobs", "/api/v1/jobs/x/y/z", "/metrics/../etc",
					"/api/v1/jobs/20991231-235959-999-ffff/unknown"), token, null, null);
		case 21:
			return http("a bad bearer header", "GET", "/api/v1/jobs", null, null, null,
					pick("Basic dXNlcjpwYXNz", "Bearer", "Bearer " + "x".repeat(600), "bearer  ", "Token abc"));
		case 22:
			return http("an invalid study", "POST", "/api/v1/jobs", token, "application/xml",
					study.replace("al-6061-t6", pick("no-such-material", "../../materials", "")));
		default:
			return http("a bad query on a submission", "POST", "/api/v1/jobs?" + pick("maxAttempts=abc", "timeoutSeconds=-1",
					"option=novalue", "bogus=1", "solver=a&solver=b"), token, "application/xml", study);
		}
	}

	private String pick(String... options) {
		return options[random.nextInt(options.length)];
	}

	private String truncate(String text) {
		return text.substring(0, 1 + random.nextInt(text.length() - 2));
	}

	private static String quoted(String text) {
		return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + '"';
	}

	private static String json(String study, String set) {
		return "{\"ldsim\": " + quoted(study) + ", \"set\": " + set + "}";
	}

	private Attack http(String what, String method, String path, String token, String type, String body) {
		return http(what, method, path, token, type, body, null);
	}

	private Attack http(String what, String method, String path, String token, String type, String body,
			String authorization) {
		return new Attack() {
			@Override
			public String description() {
				return what + ": " + method + ' ' + (path.length() > 80 ? path.substring(0, 80) + "…" : path);
			}

			@Override
			public Answer send(ServerCluster cluster) throws Exception {
				if (path.contains("..") || path.contains(";") || path.contains("%00")) {
					// java.net.http would refuse or normalise these: send them as they are
					StringBuilder request = new StringBuilder(method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
					if (token != null) {
						request.append("Authorization: Bearer ").append(token).append("\r\n");
					}
					request.append("Connection: close\r\n\r\n");
					return rawSend(request.toString());
				}
				HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + replica.apiPort + path));
				if (authorization != null) {
					b.header("Authorization", authorization);
				} else if (token != null) {
					b.header("Authorization", "Bearer " + token);
				}
				if (type != null) {
					b.header("Content-Type", type);
				}
				byte[] bytes = body == null ? new byte[0]
						: body.getBytes(body.chars().anyMatch(c -> c > 0x7f && c < 0x100 && !isStudy(body))
								? StandardCharsets.ISO_8859_1
								: StandardCharsets.UTF_8);
				b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(bytes));
				HttpResponse<String> r;
				try {
					r = cluster.send(b);
				} catch (java.io.IOException e) {
					// A pooled keep-alive connection that the server closed after refusing the previous attack
					// ends before any byte of the answer: the same request again, on a new connection, must
					// get its answer (a server that never answers fails here the second time).
					if (!String.valueOf(e.getMessage()).contains("received no bytes")) {
						throw e;
					}
					r = fresh.send(b.timeout(java.time.Duration.ofSeconds(30)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
				}
				return new Answer(r.statusCode(), r.body());
			}
		};
	}

	/**
	 * A body over the limit on a raw socket: declared by Content-Length (refused before it is read) or sent
	 * chunked with no length (refused once the limit is read). The body is written by a thread of its own, so a
	 * server that stops reading cannot block the test.
	 */
	private Attack big(boolean chunked, int size, String token) {
		return new Attack() {
			@Override
			public String description() {
				return "a body of " + size + " bytes " + (chunked ? "sent chunked" : "with its Content-Length");
			}

			@Override
			public Answer send(ServerCluster cluster) throws Exception {
				try (Socket s = new Socket("127.0.0.1", replica.apiPort)) {
					s.setSoTimeout(20_000);
					String head = "POST /api/v1/jobs HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
							+ "\r\nContent-Type: application/json\r\nConnection: close\r\n"
							+ (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + size + "\r\n") + "\r\n";
					Thread writer = new Thread(() -> {
						try {
							OutputStream out = s.getOutputStream();
							out.write(head.getBytes(StandardCharsets.ISO_8859_1));
							byte[] block = "x".repeat(64 * 1024).getBytes(StandardCharsets.ISO_8859_1);
							for (int sent = 0; sent < size; sent += block.length) {
								if (chunked) {
									out.write((Integer.toHexString(block.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
								}
								out.write(block);
								if (chunked) {
									out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
								}
							}
							if (chunked) {
								out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
							}
							out.flush();
						} catch (IOException e) {
							// the server refused and closed: expected
						}
					}, "hostile-writer");
					writer.setDaemon(true);
					writer.start();
					return read(s);
				}
			}
		};
	}

	private static boolean isStudy(String body) {
		return body.contains("<?xml") || body.contains("ldsim");
	}

	private Attack raw(String what, String request) {
		return new Attack() {
			@Override
			public String description() {
				return what + ": " + request.substring(0, Math.min(60, request.length())).replace("\r\n", "\\r\\n");
			}

			@Override
			public Answer send(ServerCluster cluster) throws Exception {
				return rawSend(request);
			}
		};
	}

	private Answer rawSend(String request) throws IOException {
		try (Socket s = new Socket("127.0.0.1", replica.apiPort)) {
			s.setSoTimeout(20_000);
			OutputStream out = s.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			s.shutdownOutput();
			return read(s);
		}
	}

	private static Answer read(Socket s) throws IOException {
		{
			InputStream in = s.getInputStream();
			java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
			try {
				in.transferTo(bytes);
			} catch (java.net.SocketException e) {
				// reset after the answer: keep what arrived
			}
			String response = bytes.toString(StandardCharsets.UTF_8);
			int space = response.indexOf(' ');
			int status = space < 0 ? -1 : Integer.parseInt(response.substring(space + 1, space + 4));
			int bodyStart = response.indexOf("\r\n\r\n");
			String body = bodyStart < 0 ? "" : response.substring(bodyStart + 4);
			if (response.contains("Transfer-Encoding: chunked")) {
				body = dechunk(body);
			}
			return new Answer(status, body);
		}
	}

	private static String dechunk(String body) {
		StringBuilder out = new StringBuilder();
		List<String> parts = new ArrayList<>(List.of(body.split("\r\n", -1)));
		for (int i = 0; i + 1 < parts.size(); i += 2) {
			int size = Integer.parseInt(parts.get(i).strip(), 16);
			if (size == 0) {
				break;
			}
			out.append(parts.get(i + 1));
		}
		return out.toString();
	}
}
