package org.laserdamage.monitor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.laserdamage.core.RunState;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * The client of a Laser Damage server's HTTP API ({@code /api/v1}, bearer
 * token): its status for the health charts, the job list, one job, cancel,
 * submit a study, follow a job's server-sent events (resuming with
 * {@code Last-Event-ID} when the connection drops, e.g. when a replica
 * stops) and download its results. Every call can be cancelled through its
 * monitor; every failure is a {@link CoreException} whose message says what
 * the server said and what to change.
 */
public final class ServerClient implements IMetricSource {

	/** The bundle's symbolic name, the plug-in of every status. */
	public static final String BUNDLE = "org.laserdamage.monitor"; //$NON-NLS-1$
	/** The most entries a results archive may hold. */
	public static final int MAX_ENTRIES = 100_000;
	/** The most bytes a results archive may unpack to (the run budget's output limit). */
	public static final long MAX_BYTES = 2L << 30;
	private static final Duration TIMEOUT = Duration.ofSeconds(20);
	private static final int RECONNECTS = 30;

	private final URI base;
	private final String token;
	private final HttpClient http;

	/**
	 * @param base  the server's address, as {@link #parseAddress} gives it
	 * @param token the API token, or an empty string for a server without tokens (loopback only)
	 */
	public ServerClient(URI base, String token) {
		this.base = base;
		this.token = token == null ? "" : token.strip(); //$NON-NLS-1$
		this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
				.followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/**
	 * @return {@code text} as a server address: http or https, a host, no query; a trailing slash removed
	 * @throws CoreException naming the problem and an example
	 */
	public static URI parseAddress(String text) throws CoreException {
		String t = text == null ? "" : text.strip(); //$NON-NLS-1$
		try {
			URI uri = new URI(t.endsWith("/") ? t.substring(0, t.length() - 1) : t); //$NON-NLS-1$
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT); //$NON-NLS-1$
			if (!scheme.equals("http") && !scheme.equals("https")) { //$NON-NLS-1$ //$NON-NLS-2$
				throw error(NLS.bind(Messages.Client_badUrl, t, "it does not start with http:// or https://"), null); //$NON-NLS-1$
			}
			if (uri.getHost() == null) {
				throw error(NLS.bind(Messages.Client_badUrl, t, "it names no host"), null); //$NON-NLS-1$
			}
			if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
				throw error(NLS.bind(Messages.Client_badUrl, t, "it has a query, fragment or user name"), null); //$NON-NLS-1$
			}
			return uri;
		} catch (URISyntaxException e) {
			throw error(NLS.bind(Messages.Client_badUrl, t, e.getReason()), null);
		}
	}

	/** @return the server's address */
	public URI address() {
		return base;
	}

	@Override
	public String label() {
		return base.toString();
	}

	@Override
	public SystemSample sample(IProgressMonitor monitor) throws CoreException {
		JsonObject status = getJson("/api/v1/status", monitor).getAsJsonObject(); //$NON-NLS-1$
		try {
			JsonObject system = status.getAsJsonObject("system"); //$NON-NLS-1$
			JsonObject sims = status.getAsJsonObject("simulations"); //$NON-NLS-1$
			JsonElement licences = status.get("licences"); //$NON-NLS-1$
			Integer used = null;
			Integer total = null;
			if (licences != null && licences.isJsonObject()) {
				used = licences.getAsJsonObject().get("used").getAsInt(); //$NON-NLS-1$
				total = licences.getAsJsonObject().get("total").getAsInt(); //$NON-NLS-1$
			}
			return new SystemSample(Instant.now(), number(system, "cpuPercent"), number(system, "memoryPercent"), //$NON-NLS-1$ //$NON-NLS-2$
					number(system, "diskPercent"), sims.get("active").getAsInt(), sims.get("queued").getAsInt(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					sims.get("succeeded").getAsLong(), sims.get("failed").getAsLong(), //$NON-NLS-1$ //$NON-NLS-2$
					sims.get("cancelled").getAsLong(), used, total); //$NON-NLS-1$
		} catch (RuntimeException e) { // NOPMD: a missing or mistyped field, whichever
			throw error(NLS.bind(Messages.Client_badAnswer, base, "the status has no " + e.getMessage()), e); //$NON-NLS-1$
		}
	}

	private static Double number(JsonObject o, String name) {
		JsonElement e = o.get(name);
		return e == null || e.isJsonNull() ? null : e.getAsDouble();
	}

	/** @return the newest {@code limit} jobs (1 to 1000) of the server, newest first */
	public List<RemoteJob> jobs(int limit, IProgressMonitor monitor) throws CoreException {
		JsonObject body = getJson("/api/v1/jobs?limit=" + limit, monitor).getAsJsonObject(); //$NON-NLS-1$
		List<RemoteJob> jobs = new ArrayList<>();
		for (JsonElement e : body.getAsJsonArray("jobs")) { //$NON-NLS-1$
			jobs.add(job(e.getAsJsonObject()));
		}
		return jobs;
	}

	/** @return job {@code id} as the server has it now */
	public RemoteJob job(String id, IProgressMonitor monitor) throws CoreException {
		return job(getJson("/api/v1/jobs/" + encode(id), monitor).getAsJsonObject()); //$NON-NLS-1$
	}

	/** Asks the server to cancel job {@code id}; @return the job as the server then has it */
	public RemoteJob cancel(String id, IProgressMonitor monitor) throws CoreException {
		HttpRequest request = request("/api/v1/jobs/" + encode(id) + "/cancel").timeout(TIMEOUT) //$NON-NLS-1$ //$NON-NLS-2$
				.POST(HttpRequest.BodyPublishers.noBody()).build();
		return job(json(send(request, HttpResponse.BodyHandlers.ofString(), monitor)).getAsJsonObject());
	}

	/**
	 * Submits a study (its .ldsim text, materials named from the server's library) to run with {@code solver}
	 * ({@code null}: the study's own choice) and the settings {@code set} ({@code PATH=VALUE} with units, as
	 * {@code laserdamage run --set}); the server validates it first and refuses what would not run.
	 *
	 * @return the queued job
	 */
	public RemoteJob submit(String ldsim, String solver, List<String> set, IProgressMonitor monitor) throws CoreException {
		JsonObject body = new JsonObject();
		body.addProperty("ldsim", ldsim); //$NON-NLS-1$
		if (solver != null && !solver.isBlank()) {
			body.addProperty("solver", solver); //$NON-NLS-1$
		}
		JsonArray settings = new JsonArray();
		set.forEach(settings::add);
		body.add("set", settings); //$NON-NLS-1$
		HttpRequest request = request("/api/v1/jobs").timeout(TIMEOUT) //$NON-NLS-1$
				.header("Content-Type", "application/json") //$NON-NLS-1$ //$NON-NLS-2$
				.POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build();
		return job(json(send(request, HttpResponse.BodyHandlers.ofString(), monitor)).getAsJsonObject());
	}

	/**
	 * Follows job {@code id}'s events until it has ended: each event goes to {@code events} (in the calling
	 * thread). A dropped connection is resumed after the last event received (another replica may answer).
	 *
	 * @return the job as the server has it when it ended
	 * @throws OperationCanceledException when the monitor is cancelled (the job goes on on the server)
	 */
	public RemoteJob follow(String id, Consumer<RemoteEvent> events, IProgressMonitor monitor) throws CoreException {
		IProgressMonitor m = monitor == null ? new NullProgressMonitor() : monitor;
		long last = -1;
		int failures = 0;
		String lastProblem = ""; //$NON-NLS-1$
		while (failures <= RECONNECTS) {
			HttpRequest.Builder b = request("/api/v1/jobs/" + encode(id) + "/events") //$NON-NLS-1$ //$NON-NLS-2$
					.header("Accept", "text/event-stream").GET(); //$NON-NLS-1$ //$NON-NLS-2$
			if (last >= 0) {
				b.header("Last-Event-ID", Long.toString(last)); //$NON-NLS-1$
			}
			try {
				HttpResponse<InputStream> response = send(b.build(), HttpResponse.BodyHandlers.ofInputStream(), m);
				long before = last;
				Read result = read(response.body(), events, m, last);
				last = result.last();
				if (result.ended()) {
					return job(id, m);
				}
				failures = last > before ? 0 : failures + 1;
				lastProblem = "the stream ended before the job"; //$NON-NLS-1$
			} catch (CoreException e) {
				if (e.getStatus().getCode() >= 400 && e.getStatus().getCode() < 500) {
					throw e; // no such job, no token: asking again gives the same answer
				}
				failures++;
				lastProblem = e.getStatus().getMessage();
			} catch (IOException e) {
				checkCancel(m);
				failures++;
				lastProblem = String.valueOf(e.getMessage());
			}
			pause(m, Duration.ofMillis(Math.min(5000, 250L * (1 << Math.min(failures, 5)))));
		}
		throw error(NLS.bind(Messages.Client_streamLost, new Object[] { id, RECONNECTS, lastProblem }), null);
	}

	private record Read(long last, boolean ended) {
	}

	private Read read(InputStream body, Consumer<RemoteEvent> events, IProgressMonitor monitor, long after)
			throws IOException {
		long last = after;
		Thread watcher = watch(body, monitor);
		try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
			StringBuilder data = new StringBuilder();
			long id = -1;
			String line;
			while ((line = in.readLine()) != null) {
				if (line.isEmpty()) {
					if (data.length() > 0) {
						RemoteEvent event = event(data.toString(), id);
						last = Math.max(last, id);
						events.accept(event);
						if (event.state().isFinal()) {
							return new Read(last, true);
						}
					}
					data.setLength(0);
				} else if (line.startsWith("data:")) { //$NON-NLS-1$
					data.append(line.substring(5).strip());
				} else if (line.startsWith("id:")) { //$NON-NLS-1$
					try {
						id = Long.parseLong(line.substring(3).strip());
					} catch (NumberFormatException e) {
						throw new IOException("an event id is not a number: " + line, e); //$NON-NLS-1$
					}
				} // comments (": keep-alive") and "event:" lines carry nothing more
			}
			checkCancel(monitor);
			return new Read(last, false);
		} finally {
			watcher.interrupt();
		}
	}

	/** @return a thread that closes {@code body} when {@code monitor} is cancelled, so a blocked read returns */
	private static Thread watch(InputStream body, IProgressMonitor monitor) {
		Thread t = new Thread(() -> {
			try {
				while (!monitor.isCanceled()) {
					Thread.sleep(200);
				}
				body.close();
			} catch (InterruptedException | IOException e) {
				// the stream ended first
			}
		}, "laserdamage-event-stream-watch"); //$NON-NLS-1$
		t.setDaemon(true);
		t.start();
		return t;
	}

	private RemoteEvent event(String data, long seq) throws IOException {
		try {
			JsonObject o = JsonParser.parseString(data).getAsJsonObject();
			return new RemoteEvent(seq, o.get("id").getAsString(), state(o.get("state").getAsString()), //$NON-NLS-1$ //$NON-NLS-2$
					o.get("progress").getAsDouble(), o.get("attempt").getAsInt(), text(o, "reason"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					Instant.parse(o.get("at").getAsString())); //$NON-NLS-1$
		} catch (RuntimeException e) { // NOPMD: malformed JSON, a missing field, an unknown state
			throw new IOException("an event cannot be read: " + e.getMessage(), e); //$NON-NLS-1$
		}
	}

	/**
	 * Downloads the results of a succeeded job into {@code folder}/{@code id} (unpacked beside each other first
	 * and moved into place only when complete; entries that would land outside the folder refuse the whole
	 * archive). A folder already there from an earlier download is kept and returned.
	 *
	 * @return the run directory
	 */
	public Path download(String id, Path folder, IProgressMonitor monitor) throws CoreException {
		IProgressMonitor m = monitor == null ? new NullProgressMonitor() : monitor;
		RemoteJob job = job(id, m);
		if (!job.hasResults()) {
			throw error(NLS.bind(Messages.Client_notFinished, id, job.state().name().toLowerCase(Locale.ROOT)), null);
		}
		Path target = folder.resolve(job.id());
		if (Files.isDirectory(target)) {
			return target;
		}
		Path staging = folder.resolve('.' + job.id() + ".download-" + System.nanoTime()); //$NON-NLS-1$
		HttpRequest request = request("/api/v1/jobs/" + encode(id) + "/results/archive").GET().build(); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			Files.createDirectories(staging);
			HttpResponse<InputStream> response = send(request, HttpResponse.BodyHandlers.ofInputStream(), m);
			Thread watcher = watch(response.body(), m);
			try (ZipInputStream zip = new ZipInputStream(response.body())) {
				unzip(zip, job.id(), staging, m);
			} finally {
				watcher.interrupt();
			}
			checkCancel(m);
			Files.move(staging.resolve(job.id()), target, StandardCopyOption.ATOMIC_MOVE);
			return target;
		} catch (IOException e) {
			checkCancel(m);
			throw error(NLS.bind(Messages.Client_cannotWrite, new Object[] { id, folder, e.getMessage() }), e);
		} finally {
			deleteTree(staging);
		}
	}

	private static void unzip(ZipInputStream zip, String id, Path staging, IProgressMonitor monitor)
			throws IOException, CoreException {
		Path root = staging.resolve(id).normalize();
		Files.createDirectories(root);
		long bytes = 0;
		int entries = 0;
		ZipEntry entry;
		byte[] buffer = new byte[65536];
		while ((entry = zip.getNextEntry()) != null) {
			checkCancel(monitor);
			String name = entry.getName();
			Path out = staging.resolve(name).normalize();
			if (name.startsWith("/") || name.contains("\\") || name.contains("\0") || !out.startsWith(root) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					|| out.equals(root)) {
				throw error(NLS.bind(Messages.Client_unsafeEntry, id, name), null);
			}
			if (++entries > MAX_ENTRIES) {
				throw error(NLS.bind(Messages.Client_tooLarge, id, MAX_ENTRIES + " entries"), null); //$NON-NLS-1$
			}
			if (entry.isDirectory()) {
				Files.createDirectories(out);
				continue;
			}
			Files.createDirectories(out.getParent());
			try (var file = Files.newOutputStream(out)) {
				int n;
				while ((n = zip.read(buffer)) > 0) {
					bytes += n;
					if (bytes > MAX_BYTES) {
						throw error(NLS.bind(Messages.Client_tooLarge, id, MAX_BYTES + " bytes"), null); //$NON-NLS-1$
					}
					file.write(buffer, 0, n);
				}
			}
		}
	}

	private static void deleteTree(Path folder) {
		if (!Files.exists(folder)) {
			return;
		}
		try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
			for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
				Files.deleteIfExists(p);
			}
		} catch (IOException e) {
			// a staging folder left behind holds no claim: its name says it is a partial download
		}
	}

	private JsonElement getJson(String path, IProgressMonitor monitor) throws CoreException {
		HttpRequest request = request(path).timeout(TIMEOUT).GET().build();
		return json(send(request, HttpResponse.BodyHandlers.ofString(), monitor));
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base.toString() + path))
				.header("User-Agent", "laserdamage-workbench"); //$NON-NLS-1$ //$NON-NLS-2$
		if (!token.isEmpty()) {
			b.header("Authorization", "Bearer " + token); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return b;
	}

	private JsonElement json(HttpResponse<String> response) throws CoreException {
		try {
			return JsonParser.parseString(response.body());
		} catch (JsonParseException e) {
			throw error(NLS.bind(Messages.Client_badAnswer, base, e.getMessage()), e);
		}
	}

	/** Sends, waiting in steps so that cancelling the monitor ends the wait; an error status is a CoreException. */
	private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler, IProgressMonitor monitor)
			throws CoreException {
		IProgressMonitor m = monitor == null ? new NullProgressMonitor() : monitor;
		CompletableFuture<HttpResponse<T>> future = http.sendAsync(request, handler);
		HttpResponse<T> response;
		try {
			for (;;) {
				if (m.isCanceled()) {
					future.cancel(true);
					throw new OperationCanceledException();
				}
				try {
					response = future.get(200, TimeUnit.MILLISECONDS);
					break;
				} catch (TimeoutException e) {
					// ask the monitor again
				}
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			future.cancel(true);
			throw new OperationCanceledException();
		} catch (ExecutionException e) {
			Throwable cause = e.getCause();
			if (cause instanceof HttpConnectTimeoutException || cause instanceof ConnectException) {
				throw error(NLS.bind(Messages.Client_unreachable, base, describe(cause)), cause);
			}
			if (cause instanceof HttpTimeoutException) {
				throw error(NLS.bind(Messages.Client_timeout, base, TIMEOUT.toSeconds()), cause);
			}
			throw error(NLS.bind(Messages.Client_unreachable, base, describe(cause)), cause);
		}
		int code = response.statusCode();
		if (code >= 200 && code < 300) {
			return response;
		}
		String said = said(response);
		if (code == 401 || code == 403) {
			throw new CoreException(new Status(IStatus.ERROR, BUNDLE, code, NLS.bind(Messages.Client_unauthorized, base, said), null));
		}
		throw new CoreException(new Status(IStatus.ERROR, BUNDLE, code, NLS.bind(Messages.Client_refused, code, said), null));
	}

	/** @return what an error answer says: the message and fix of its JSON error, else its status */
	private static String said(HttpResponse<?> response) {
		String text;
		if (response.body() instanceof String s) {
			text = s;
		} else if (response.body() instanceof InputStream in) {
			try (in) {
				text = new String(in.readNBytes(65536), StandardCharsets.UTF_8);
			} catch (IOException e) {
				text = ""; //$NON-NLS-1$
			}
		} else {
			text = ""; //$NON-NLS-1$
		}
		try {
			JsonObject error = JsonParser.parseString(text).getAsJsonObject().getAsJsonObject("error"); //$NON-NLS-1$
			String message = text(error, "message"); //$NON-NLS-1$
			String fix = text(error, "fix"); //$NON-NLS-1$
			return fix.isEmpty() ? message : message + ' ' + fix + '.';
		} catch (RuntimeException e) { // NOPMD: not our JSON error (a proxy's page): the status line says enough
			return "HTTP " + response.statusCode(); //$NON-NLS-1$
		}
	}

	private static String describe(Throwable t) {
		return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
	}

	private RemoteJob job(JsonObject o) throws CoreException {
		try {
			JsonObject links = o.getAsJsonObject("links"); //$NON-NLS-1$
			return new RemoteJob(o.get("id").getAsString(), text(o, "study"), state(o.get("state").getAsString()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					text(o, "reason"), o.get("progress").getAsDouble(), o.get("attempt").getAsInt(), text(o, "solver"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					text(o, "place"), instant(o, "submitted"), instant(o, "started"), instant(o, "ended"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					o.has("runner") && !o.get("runner").isJsonNull() ? o.get("runner").getAsString() : null, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					links != null && links.has("archive")); //$NON-NLS-1$
		} catch (RuntimeException e) { // NOPMD: a missing or mistyped field
			throw error(NLS.bind(Messages.Client_badAnswer, base, "a job cannot be read: " + e.getMessage()), e); //$NON-NLS-1$
		}
	}

	private static RunState state(String text) {
		return RunState.valueOf(text.toUpperCase(Locale.ROOT));
	}

	private static String text(JsonObject o, String name) {
		JsonElement e = o.get(name);
		return e == null || e.isJsonNull() ? "" : e.getAsString(); //$NON-NLS-1$
	}

	private static Instant instant(JsonObject o, String name) {
		String t = text(o, name);
		return t.isEmpty() ? null : Instant.parse(t);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static void checkCancel(IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}

	private static void pause(IProgressMonitor monitor, Duration pause) {
		long end = System.nanoTime() + pause.toNanos();
		while (System.nanoTime() < end) {
			checkCancel(monitor);
			try {
				Thread.sleep(Math.min(100, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new OperationCanceledException();
			}
		}
	}

	private static CoreException error(String message, Throwable cause) {
		return new CoreException(Status.error(message, cause));
	}
}
