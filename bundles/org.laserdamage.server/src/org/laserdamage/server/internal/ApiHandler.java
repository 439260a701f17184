package org.laserdamage.server.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.laserdamage.core.RunState;
import org.laserdamage.core.RunStatus;
import org.laserdamage.jobs.Job;
import org.laserdamage.jobs.queue.JobEvent;
import org.laserdamage.jobs.queue.JobFilter;
import org.laserdamage.jobs.queue.JobQueue;
import org.laserdamage.jobs.queue.QueueStats;
import org.laserdamage.monitor.SystemUsage;
import org.laserdamage.server.internal.Tokens.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The HTTP API of a replica (Jetty core handler): {@code /health},
 * {@code /ready}, {@code /metrics} without a token; {@code /api/v1/…} with a
 * bearer token (see {@code openapi.json} in this bundle, served at
 * {@code /api/v1/openapi.json}). Every refusal is a JSON body
 * {@code {"error":{"status","code","message","field","fix"}}}; no path a
 * client sends is used as a file path (job ids are checked against their
 * pattern, result names against a fixed list).
 */
public final class ApiHandler extends Handler.Abstract {

	private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);
	private static final String JSON = "application/json"; //$NON-NLS-1$
	private static final String PREFIX = "/api/v1"; //$NON-NLS-1$
	private static final Pattern JOB = Pattern.compile(PREFIX + "/jobs/([^/]+)(/.*)?"); //$NON-NLS-1$
	private static final Pattern BACKUP = Pattern.compile(PREFIX + "/backups/(\\d{8}_\\d{6})/(verify|restore)"); //$NON-NLS-1$
	/** The results a client may fetch: route name → file of the run directory. */
	private static final Map<String, String> RESULT_FILES = Map.of("summary", "summary.json", "probes", "probes.csv", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"events", "events.csv", "report", "report.html"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	private static final Map<String, String> RESULT_TYPES = Map.of("summary", JSON, "probes", "text/csv; charset=utf-8", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"events", "text/csv; charset=utf-8", "report", "text/html; charset=utf-8"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	private static final int MAX_STREAMS = 64;

	private final ServerContext server;
	private final ObjectMapper json;
	private final Submissions submissions;
	private final Semaphore streams = new Semaphore(MAX_STREAMS);
	private final boolean metricsOnly;

	/**
	 * @param metricsOnly true for the metrics port: only /metrics, /health and /ready
	 */
	public ApiHandler(ServerContext server, boolean metricsOnly) {
		this.server = server;
		this.json = server.json();
		this.submissions = new Submissions(server);
		this.metricsOnly = metricsOnly;
	}

	@Override
	public boolean handle(Request request, Response response, Callback callback) {
		String path = Request.getPathInContext(request);
		String method = request.getMethod();
		response.getHeaders().put("X-Content-Type-Options", "nosniff"); //$NON-NLS-1$ //$NON-NLS-2$
		response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store"); //$NON-NLS-1$
		try {
			switch (path) {
			case "/health": //$NON-NLS-1$
				only(method, "GET"); //$NON-NLS-1$
				health(response, callback);
				return true;
			case "/ready": //$NON-NLS-1$
				only(method, "GET"); //$NON-NLS-1$
				ready(response, callback);
				return true;
			case "/metrics": //$NON-NLS-1$
				only(method, "GET"); //$NON-NLS-1$
				metrics(response, callback);
				return true;
			default:
				break;
			}
			if (metricsOnly || !(path.equals(PREFIX) || path.startsWith(PREFIX + '/'))) {
				throw new ApiException(404, "not_found", "There is nothing at " + printable(path) + '.', null, //$NON-NLS-1$ //$NON-NLS-2$
						"The API is under " + PREFIX + "; its description is " + PREFIX + "/openapi.json"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			if (path.equals(PREFIX + "/openapi.json")) { //$NON-NLS-1$
				only(method, "GET"); //$NON-NLS-1$
				openApi(response, callback);
				return true;
			}
			api(request, response, callback, path, method);
		} catch (ApiException e) {
			if (e.status() >= 500) {
				LOG.error("{} {}: {}", method, printable(path), e.getMessage()); //$NON-NLS-1$
			}
			error(response, callback, e);
		} catch (RuntimeException | IOException e) { // NOPMD: an answer, never a dropped connection
			LOG.error("{} {} failed", method, printable(path), e); //$NON-NLS-1$
			error(response, callback, new ApiException(500, "internal_error", //$NON-NLS-1$
					"The server failed to answer this request; the error is in its log.", null, null)); //$NON-NLS-1$
		}
		return true;
	}

	private void api(Request request, Response response, Callback callback, String path, String method)
			throws ApiException, IOException {
		Tokens.Token token = authenticate(request);
		if (path.equals(PREFIX + "/status")) { //$NON-NLS-1$
			only(method, "GET"); //$NON-NLS-1$
			require(token, Role.READ);
			status(response, callback);
			return;
		}
		if (path.equals(PREFIX + "/backups") || path.startsWith(PREFIX + "/backups/")) { //$NON-NLS-1$ //$NON-NLS-2$
			backups(request, response, callback, path, method, token);
			return;
		}
		if (path.equals(PREFIX + "/queue/resume")) { //$NON-NLS-1$
			only(method, "POST"); //$NON-NLS-1$
			require(token, Role.ADMIN);
			Optional<String> was = call(() -> server.queue().pausedBecause());
			call(() -> {
				server.queue().resume();
				return null;
			});
			was.ifPresent(why -> LOG.warn("Job processing resumed by {}; it was paused: {}", token.name(), why)); //$NON-NLS-1$
			ObjectNode body = json.createObjectNode();
			body.put("paused", false); //$NON-NLS-1$
			body.put("wasPaused", was.orElse(null)); //$NON-NLS-1$
			send(response, callback, 200, body);
			return;
		}
		if (path.equals(PREFIX + "/jobs")) { //$NON-NLS-1$
			if (method.equals("POST")) { //$NON-NLS-1$
				require(token, Role.SUBMIT);
				Job job = submissions.submit(request, token);
				response.setStatus(201);
				response.getHeaders().put(HttpHeader.LOCATION, PREFIX + "/jobs/" + job.id()); //$NON-NLS-1$
				send(response, callback, 201, job(job));
				return;
			}
			only(method, "GET"); //$NON-NLS-1$
			require(token, Role.READ);
			list(request, response, callback);
			return;
		}
		Matcher m = JOB.matcher(path);
		if (!m.matches()) {
			throw new ApiException(404, "not_found", "There is nothing at " + printable(path) + '.', null, //$NON-NLS-1$ //$NON-NLS-2$
					"See " + PREFIX + "/openapi.json for the routes"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		String id = m.group(1);
		String rest = m.group(2) == null ? "" : m.group(2); //$NON-NLS-1$
		if (!JobQueue.isId(id)) {
			throw new ApiException(404, "not_found", "'" + printable(id) + "' is not a job id.", "id", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					"Job ids look like 20261203-101500-123-a1b2; GET " + PREFIX + "/jobs lists them"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (rest.isEmpty() && method.equals("DELETE") || rest.equals("/cancel") && method.equals("POST")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			require(token, Role.SUBMIT);
			Job job = call(() -> server.queue().cancel(id)).orElseThrow(() -> noSuchJob(id));
			LOG.info("Job {} cancel requested by {}", id, token.name()); //$NON-NLS-1$
			send(response, callback, 202, job(job));
			return;
		}
		only(method, "GET"); //$NON-NLS-1$
		require(token, Role.READ);
		Job job = call(() -> server.queue().find(id)).orElseThrow(() -> noSuchJob(id));
		if (rest.isEmpty()) {
			send(response, callback, 200, job(job));
		} else if (rest.equals("/events")) { //$NON-NLS-1$
			events(request, response, callback, job);
		} else if (rest.startsWith("/results/")) { //$NON-NLS-1$
			result(response, callback, job, rest.substring("/results/".length())); //$NON-NLS-1$
		} else {
			throw new ApiException(404, "not_found", "A job has no " + printable(rest) + '.', null, //$NON-NLS-1$ //$NON-NLS-2$
					"Use /events, /results/summary, /results/probes, /results/events, /results/report or /results/archive"); //$NON-NLS-1$
		}
	}

	/** The admin API of backups: list, take one now, verify one. */
	private void backups(Request request, Response response, Callback callback, String path, String method,
			Tokens.Token token) throws ApiException {
		require(token, Role.ADMIN);
		BackupService service = server.backups().orElseThrow(() -> new ApiException(404, "not_configured", //$NON-NLS-1$
				"This server takes no backups.", "backup.destination", //$NON-NLS-1$ //$NON-NLS-2$
				"Set backup.destination (LASERDAMAGE_BACKUP_DIR) to a folder every replica shares")); //$NON-NLS-1$
		if (path.equals(PREFIX + "/backups")) { //$NON-NLS-1$
			if (method.equals("POST")) { //$NON-NLS-1$
				if (!service.trigger()) {
					throw new ApiException(409, "backup_running", "A backup runs on this replica already.", null, //$NON-NLS-1$ //$NON-NLS-2$
							"Wait for it; GET " + PREFIX + "/backups shows the sets"); //$NON-NLS-1$ //$NON-NLS-2$
				}
				LOG.info("Backup requested by {}", token.name()); //$NON-NLS-1$
				ObjectNode body = json.createObjectNode();
				body.put("status", "started"); //$NON-NLS-1$ //$NON-NLS-2$
				body.put("destination", service.backups().destination().getFileName().toString()); //$NON-NLS-1$
				send(response, callback, 202, body);
				return;
			}
			only(method, "GET"); //$NON-NLS-1$
			ObjectNode body = json.createObjectNode();
			body.put("running", service.isRunning()); //$NON-NLS-1$
			ArrayNode sets = body.putArray("sets"); //$NON-NLS-1$
			try {
				service.backups().list().forEach(set -> sets.add(backupSet(set)));
			} catch (CoreException e) {
				throw new ApiException(503, "unavailable", e.getStatus().getMessage(), null, "Check the backup folder"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			send(response, callback, 200, body);
			return;
		}
		Matcher m = BACKUP.matcher(path);
		if (!m.matches()) {
			throw new ApiException(404, "not_found", "There is nothing at " + printable(path) + '.', null, //$NON-NLS-1$ //$NON-NLS-2$
					"Use GET or POST " + PREFIX + "/backups, or POST " + PREFIX + "/backups/ID/verify or /restore"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		only(method, "POST"); //$NON-NLS-1$
		if (m.group(2).equals("restore")) { //$NON-NLS-1$
			restore(request, response, callback, service, m.group(1), token);
			return;
		}
		try {
			org.laserdamage.backup.BackupSet set = service.backups().find(m.group(1));
			send(response, callback, 200, backupSet(service.backups().verify(set, null)));
		} catch (CoreException e) {
			throw new ApiException(404, "not_found", e.getStatus().getMessage(), "id", //$NON-NLS-1$ //$NON-NLS-2$
					"GET " + PREFIX + "/backups lists the sets"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * POST /backups/ID/restore[?dryRun=true][&amp;wait=SECONDS]: the restore of a set into this server's database
	 * and folders, job processing paused on every replica meanwhile; answers when it is done.
	 */
	private void restore(Request request, Response response, Callback callback, BackupService service, String id,
			Tokens.Token token) throws ApiException {
		Fields q = Request.extractQueryParameters(request);
		List<String> dry = values(q, "dryRun"); //$NON-NLS-1$
		if (!dry.isEmpty() && !List.of("true", "false").contains(dry.get(0))) { //$NON-NLS-1$ //$NON-NLS-2$
			throw new ApiException(400, "bad_parameter", "dryRun must be true or false, not " + printable(dry.get(0)) + '.', //$NON-NLS-1$ //$NON-NLS-2$
					"dryRun", "Leave it out to restore, or give dryRun=true to see what would change"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		boolean dryRun = !dry.isEmpty() && dry.get(0).equals("true"); //$NON-NLS-1$
		int wait = intParameter(q, "wait", 300, 0, 3600); //$NON-NLS-1$
		if (!dryRun) {
			LOG.warn("Restore of backup set {} requested by {}", id, token.name()); //$NON-NLS-1$
		}
		List<org.laserdamage.backup.Backups.Change> changes;
		try {
			changes = service.restore(id, dryRun, java.time.Duration.ofSeconds(wait), token.name());
		} catch (BackupService.Refused e) {
			throw new ApiException(409, e.code(), e.getMessage(), null, e.fix());
		} catch (CoreException e) {
			boolean unknown = e.getStatus().getMessage().contains("no backup set"); //$NON-NLS-1$
			throw new ApiException(unknown ? 404 : 422, unknown ? "not_found" : "not_restored", e.getStatus().getMessage(), //$NON-NLS-1$ //$NON-NLS-2$
					"id", unknown ? "GET " + PREFIX + "/backups lists the sets" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
							: "Nothing was changed; pick a verified set (GET " + PREFIX + "/backups) or see the server's log"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		ObjectNode body = json.createObjectNode();
		body.put("id", id); //$NON-NLS-1$
		body.put("dryRun", dryRun); //$NON-NLS-1$
		ArrayNode items = body.putArray("changes"); //$NON-NLS-1$
		for (org.laserdamage.backup.Backups.Change c : changes) {
			ObjectNode item = items.addObject();
			item.put("item", c.item()); //$NON-NLS-1$
			item.put("entries", c.files()); //$NON-NLS-1$
			item.put("replaces", c.replaces()); //$NON-NLS-1$
		}
		send(response, callback, 200, body);
	}

	private ObjectNode backupSet(org.laserdamage.backup.BackupSet set) {
		ObjectNode n = json.createObjectNode();
		n.put("id", set.id()); //$NON-NLS-1$
		n.put("status", set.status().name().toLowerCase(Locale.ROOT)); //$NON-NLS-1$
		if (set.manifest() != null) {
			n.put("created", set.manifest().created()); //$NON-NLS-1$
			n.put("verified", set.manifest().verified()); //$NON-NLS-1$
			n.put("product", set.manifest().product()); //$NON-NLS-1$
			n.put("size", set.manifest().size()); //$NON-NLS-1$
			n.put("problem", set.manifest().problem()); //$NON-NLS-1$
			ArrayNode items = n.putArray("items"); //$NON-NLS-1$
			for (org.laserdamage.backup.Manifest.Item i : set.manifest().items()) {
				ObjectNode item = items.addObject();
				item.put("name", i.name()); //$NON-NLS-1$
				item.put("content", i.content()); //$NON-NLS-1$
				item.put("size", i.size()); //$NON-NLS-1$
				item.put("sha256", i.sha256()); //$NON-NLS-1$
				item.put("entries", i.entries()); //$NON-NLS-1$
			}
		}
		return n;
	}

	private Tokens.Token authenticate(Request request) throws ApiException {
		String header = request.getHeaders().get(HttpHeader.AUTHORIZATION);
		String presented = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() //$NON-NLS-1$
				: null;
		Optional<Tokens.Token> token = server.tokens().authenticate(presented);
		if (token.isEmpty()) {
			throw new ApiException(401, "unauthorized", //$NON-NLS-1$
					header == null ? "This request needs an API token." : "The API token is not valid.", //$NON-NLS-1$ //$NON-NLS-2$
					"Authorization", "Send the header 'Authorization: Bearer TOKEN' with a token the server is configured with"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return token.get();
	}

	private static void require(Tokens.Token token, Role role) throws ApiException {
		if (!token.role().includes(role)) {
			throw new ApiException(403, "forbidden", "The token " + token.name() + " has the role " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ token.role().name().toLowerCase(Locale.ROOT) + ", and this needs " + role.name().toLowerCase(Locale.ROOT) //$NON-NLS-1$
					+ '.', "Authorization", "Use a token with that role"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static void only(String method, String allowed) throws ApiException {
		if (!method.equals(allowed)) {
			throw new ApiException(405, "method_not_allowed", "This resource does not take " + printable(method) + '.', //$NON-NLS-1$ //$NON-NLS-2$
					"method", "Use " + allowed); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private void health(Response response, Callback callback) {
		ObjectNode body = json.createObjectNode();
		body.put("status", "healthy"); //$NON-NLS-1$ //$NON-NLS-2$
		body.put("timestamp", System.currentTimeMillis() / 1000.0); //$NON-NLS-1$
		body.put("version", server.version()); //$NON-NLS-1$
		body.put("replica", server.name()); //$NON-NLS-1$
		send(response, callback, 200, body);
	}

	private void ready(Response response, Callback callback) {
		Map<String, Readiness.Check> checks = server.readiness().check();
		boolean ready = checks.values().stream().allMatch(Readiness.Check::ok);
		ObjectNode body = json.createObjectNode();
		body.put("status", ready ? "ready" : "not_ready"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		ObjectNode values = body.putObject("checks"); //$NON-NLS-1$
		ObjectNode details = body.putObject("details"); //$NON-NLS-1$
		checks.forEach((name, check) -> {
			values.putPOJO(name, check.value());
			details.put(name, check.detail());
		});
		send(response, callback, ready ? 200 : 503, body);
	}

	/** What a dashboard charts: this replica's machine and the queue's counts of every replica (GET /api/v1/status). */
	private void status(Response response, Callback callback) throws ApiException {
		QueueStats stats = call(() -> server.queue().stats());
		ObjectNode body = json.createObjectNode();
		body.put("replica", server.name()); //$NON-NLS-1$
		body.put("version", server.version()); //$NON-NLS-1$
		body.put("time", Instant.now().toString()); //$NON-NLS-1$
		ObjectNode system = body.putObject("system"); //$NON-NLS-1$
		system.put("cpuPercent", SystemUsage.cpuPercent().orElse(null)); //$NON-NLS-1$
		system.put("memoryPercent", SystemUsage.memoryPercent().orElse(null)); //$NON-NLS-1$
		system.put("memoryUsedBytes", SystemUsage.memoryUsedBytes().orElse(null)); //$NON-NLS-1$
		system.put("diskPercent", SystemUsage.diskPercent(server.queue().results()).orElse(null)); //$NON-NLS-1$
		ObjectNode simulations = body.putObject("simulations"); //$NON-NLS-1$
		simulations.put("paused", call(() -> server.queue().pausedBecause()).orElse(null)); //$NON-NLS-1$
		simulations.put("active", server.worker().active()); //$NON-NLS-1$
		simulations.put("queued", stats.queued()); //$NON-NLS-1$
		simulations.put("running", stats.running()); //$NON-NLS-1$
		for (RunState s : new RunState[] { RunState.SUCCEEDED, RunState.FAILED, RunState.CANCELLED }) {
			simulations.put(ServerMetrics.status(s), stats.counts().getOrDefault(s, 0));
		}
		Optional<org.laserdamage.solver.ansys.LicenceCounts.Feature> licences = server.metrics().licences();
		if (licences.isPresent()) {
			ObjectNode l = body.putObject("licences"); //$NON-NLS-1$
			l.put("used", licences.get().inUse()); //$NON-NLS-1$
			l.put("total", licences.get().issued()); //$NON-NLS-1$
		} else {
			body.putNull("licences"); //$NON-NLS-1$
		}
		send(response, callback, 200, body);
	}

	private void metrics(Response response, Callback callback) throws IOException {
		server.refreshQueueStats();
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(16384);
		server.metrics().write(out);
		response.setStatus(200);
		response.getHeaders().put(HttpHeader.CONTENT_TYPE, server.metrics().contentType());
		response.write(true, java.nio.ByteBuffer.wrap(out.toByteArray()), callback);
	}

	private void openApi(Response response, Callback callback) throws IOException {
		try (InputStream in = ApiHandler.class.getResourceAsStream("/resources/openapi.json")) { //$NON-NLS-1$
			if (in == null) {
				throw new IOException("openapi.json is missing from the bundle"); //$NON-NLS-1$
			}
			response.setStatus(200);
			response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON);
			response.write(true, java.nio.ByteBuffer.wrap(in.readAllBytes()), callback);
		}
	}

	private void list(Request request, Response response, Callback callback) throws ApiException {
		Fields q = Request.extractQueryParameters(request);
		for (Fields.Field f : q) {
			if (!Set.of("state", "offset", "limit").contains(f.getName())) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				throw ApiException.badRequest("Listing jobs has no parameter '" + printable(f.getName()) + "'.", //$NON-NLS-1$ //$NON-NLS-2$
						printable(f.getName()), "Use state, offset and limit"); //$NON-NLS-1$
			}
		}
		Set<RunState> states = EnumSet.noneOf(RunState.class);
		for (String s : ApiHandler.values(q, "state")) { //$NON-NLS-1$
			for (String one : s.split(",")) { //$NON-NLS-1$
				try {
					states.add(RunState.valueOf(one.strip().toUpperCase(Locale.ROOT)));
				} catch (IllegalArgumentException e) {
					throw ApiException.badRequest("'" + printable(one) + "' is not a job state.", "state", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
							"Use queued, waiting, running, succeeded, failed or cancelled"); //$NON-NLS-1$
				}
			}
		}
		int offset = intParameter(q, "offset", 0, 0, Integer.MAX_VALUE); //$NON-NLS-1$
		int limit = intParameter(q, "limit", 50, 1, JobFilter.MAX_LIMIT); //$NON-NLS-1$
		JobFilter filter = new JobFilter(states, offset, limit);
		List<Job> jobs = call(() -> server.queue().list(filter));
		int total = call(() -> server.queue().count(filter));
		ObjectNode body = json.createObjectNode();
		body.put("total", total); //$NON-NLS-1$
		body.put("offset", offset); //$NON-NLS-1$
		body.put("limit", limit); //$NON-NLS-1$
		ArrayNode items = body.putArray("jobs"); //$NON-NLS-1$
		jobs.forEach(j -> items.add(job(j)));
		send(response, callback, 200, body);
	}

	/** @return the values of query parameter {@code name}, empty when it is absent */
	static List<String> values(Fields q, String name) {
		List<String> values = q.getValues(name);
		return values == null ? List.of() : values;
	}

	static int intParameter(Fields q, String name, int fallback, int min, int max) throws ApiException {
		List<String> values = values(q, name);
		if (values.isEmpty()) {
			return fallback;
		}
		if (values.size() > 1) {
			throw ApiException.badRequest(name + " is given " + values.size() + " times.", name, "Give it once"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		try {
			int v = Integer.parseInt(values.get(0));
			if (v >= min && v <= max) {
				return v;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw ApiException.badRequest(name + " is '" + printable(values.get(0)) + "'.", name, //$NON-NLS-1$ //$NON-NLS-2$
				"Give a whole number from " + min + " to " + max); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @return the job as the API shows it: no server paths, links to its results */
	ObjectNode job(Job j) {
		ObjectNode n = json.createObjectNode();
		n.put("id", j.id()); //$NON-NLS-1$
		n.put("study", j.studyName()); //$NON-NLS-1$
		n.put("state", j.state().name().toLowerCase(Locale.ROOT)); //$NON-NLS-1$
		n.put("reason", j.state() == RunState.QUEUED && j.reason().isEmpty() ? "waiting for a free worker slot" : j.reason()); //$NON-NLS-1$ //$NON-NLS-2$
		n.put("progress", j.progress()); //$NON-NLS-1$
		n.put("attempt", j.attempt()); //$NON-NLS-1$
		n.put("maxAttempts", j.spec().maxAttempts()); //$NON-NLS-1$
		n.put("solver", j.spec().solverId()); //$NON-NLS-1$
		n.put("place", j.spec().place()); //$NON-NLS-1$
		n.put("timeoutSeconds", j.spec().timeout().toSeconds()); //$NON-NLS-1$
		n.put("submitted", time(j.submitted())); //$NON-NLS-1$
		n.put("started", time(j.started())); //$NON-NLS-1$
		n.put("ended", time(j.ended())); //$NON-NLS-1$
		n.put("runner", j.owner() == null ? null : j.owner().host() + ':' + j.owner().pid()); //$NON-NLS-1$
		ObjectNode materials = n.putObject("materials"); //$NON-NLS-1$
		j.materials().forEach(materials::put);
		if (!j.log().isEmpty()) {
			n.put("log", j.log()); //$NON-NLS-1$
		}
		ObjectNode links = n.putObject("links"); //$NON-NLS-1$
		String self = PREFIX + "/jobs/" + j.id(); //$NON-NLS-1$
		links.put("self", self); //$NON-NLS-1$
		links.put("events", self + "/events"); //$NON-NLS-1$ //$NON-NLS-2$
		if (j.state() == RunState.SUCCEEDED && j.result() != null) {
			for (String r : List.of("summary", "probes", "events", "report", "archive")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				links.put(r, self + "/results/" + r); //$NON-NLS-1$
			}
		}
		return n;
	}

	private static String time(Instant t) {
		return t == null ? null : t.toString();
	}

	private void result(Response response, Callback callback, Job job, String name) throws ApiException, IOException {
		if (!RESULT_FILES.containsKey(name) && !name.equals("archive")) { //$NON-NLS-1$
			throw new ApiException(404, "not_found", "A job has no result '" + printable(name) + "'.", "result", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					"Use summary, probes, events, report or archive"); //$NON-NLS-1$
		}
		if (job.state() != RunState.SUCCEEDED || job.result() == null) {
			throw new ApiException(409, "no_result", "Job " + job.id() + " has no results: it is " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ job.state().name().toLowerCase(Locale.ROOT) + '.', null, //$NON-NLS-1$
					job.state().isFinal() ? "Only a job that succeeded has results; its reason says why it did not" //$NON-NLS-1$
							: "Wait until it has succeeded (follow its events)"); //$NON-NLS-1$
		}
		Path run = job.result().normalize();
		if (!run.startsWith(server.queue().results())) {
			throw new ApiException(500, "internal_error", "The result of job " + job.id() + " is outside the results folder.", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					null, null);
		}
		if (name.equals("archive")) { //$NON-NLS-1$
			archive(response, callback, job, run);
			return;
		}
		Path file = run.resolve(RESULT_FILES.get(name));
		if (!Files.isRegularFile(file)) {
			throw new ApiException(404, "not_found", "Job " + job.id() + " wrote no " + name + '.', null, null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		response.setStatus(200);
		response.getHeaders().put(HttpHeader.CONTENT_TYPE, RESULT_TYPES.get(name));
		response.getHeaders().put(HttpHeader.CONTENT_LENGTH, Files.size(file));
		Content.copy(Content.Source.from(file), response, callback);
	}

	private static void archive(Response response, Callback callback, Job job, Path run) throws IOException {
		response.setStatus(200);
		response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/zip"); //$NON-NLS-1$
		response.getHeaders().put(HttpHeader.CONTENT_DISPOSITION, "attachment; filename=\"" + job.id() + ".zip\""); //$NON-NLS-1$ //$NON-NLS-2$
		try (OutputStream out = Content.Sink.asOutputStream(response); ZipOutputStream zip = new ZipOutputStream(out);
				Stream<Path> files = Files.walk(run)) {
			for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
				if (Files.isSymbolicLink(f)) {
					continue;
				}
				zip.putNextEntry(new ZipEntry(job.id() + '/' + run.relativize(f).toString().replace('\\', '/')));
				Files.copy(f, zip);
				zip.closeEntry();
			}
			zip.finish();
		} catch (IOException e) {
			callback.failed(e);
			return;
		}
		callback.succeeded();
	}

	/**
	 * Server-sent events of one job: every stored event after {@code Last-Event-ID} (a client that reconnects
	 * resynchronises from the database), then new ones as they are stored, until the job has ended.
	 */
	private void events(Request request, Response response, Callback callback, Job job) throws ApiException {
		long after = 0;
		String last = request.getHeaders().get("Last-Event-ID"); //$NON-NLS-1$
		if (last != null) {
			try {
				after = Long.parseLong(last.strip());
			} catch (NumberFormatException e) {
				throw ApiException.badRequest("Last-Event-ID is '" + printable(last) + "'.", "Last-Event-ID", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						"Send the id of the last event received, a whole number"); //$NON-NLS-1$
			}
		}
		if (!streams.tryAcquire()) {
			throw new ApiException(503, "too_many_streams", "This replica streams " + MAX_STREAMS + " jobs already.", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					null, "Retry later, or poll " + PREFIX + "/jobs/" + job.id()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		response.setStatus(200);
		response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream; charset=utf-8"); //$NON-NLS-1$
		response.getHeaders().put("X-Accel-Buffering", "no"); //$NON-NLS-1$ //$NON-NLS-2$
		try (OutputStream out = Content.Sink.asOutputStream(response)) {
			long lastBeat = System.nanoTime();
			out.write(": job events\n\n".getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
			out.flush();
			for (;;) {
				List<JobEvent> events = fetch(job.id(), after);
				boolean ended = false;
				for (JobEvent e : events) {
					ObjectNode data = json.createObjectNode();
					data.put("id", e.jobId()); //$NON-NLS-1$
					data.put("state", e.state().name().toLowerCase(Locale.ROOT)); //$NON-NLS-1$
					data.put("progress", e.progress()); //$NON-NLS-1$
					data.put("attempt", e.attempt()); //$NON-NLS-1$
					data.put("reason", e.reason()); //$NON-NLS-1$
					data.put("at", e.at().toString()); //$NON-NLS-1$
					String frame = "id: " + e.seq() + "\nevent: job\ndata: " + json.writeValueAsString(data) + "\n\n"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					out.write(frame.getBytes(StandardCharsets.UTF_8));
					after = e.seq();
					ended = e.state().isFinal();
				}
				if (!events.isEmpty()) {
					out.flush();
				}
				if (ended) {
					break;
				}
				if (System.nanoTime() - lastBeat > Duration.ofSeconds(15).toNanos()) {
					out.write(": keep-alive\n\n".getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
					out.flush();
					lastBeat = System.nanoTime();
				}
				if (server.isStopping()) {
					break; // the client reconnects (to another replica) with Last-Event-ID
				}
				server.awaitEvent(job.id(), Duration.ofMillis(500));
			}
		} catch (IOException e) {
			LOG.debug("Event stream of job {} closed by the client: {}", job.id(), e.getMessage()); //$NON-NLS-1$
			callback.failed(e);
			return;
		} catch (ApiException e) {
			callback.failed(e);
			return;
		} finally {
			streams.release();
		}
		callback.succeeded();
	}

	private List<JobEvent> fetch(String id, long after) throws ApiException {
		return call(() -> server.queue().events(id, after, 500));
	}

	private ApiException noSuchJob(String id) {
		return new ApiException(404, "not_found", "There is no job " + id + '.', "id", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"GET " + PREFIX + "/jobs lists the jobs"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** A database operation. */
	interface Call<T> {
		T run() throws CoreException;
	}

	/** Runs a database operation; a database that does not answer is a 503 the client may retry. */
	static <T> T call(Call<T> call) throws ApiException {
		try {
			return call.run();
		} catch (CoreException e) {
			if (RunStatus.isInvalidInput(e.getStatus())) {
				throw ApiException.badRequest(e.getStatus().getMessage(), null, null);
			}
			throw new ApiException(503, "unavailable", e.getStatus().getMessage(), null, //$NON-NLS-1$
					"Retry later; the job database is not answering"); //$NON-NLS-1$
		}
	}

	void send(Response response, Callback callback, int status, Object body) {
		byte[] bytes;
		try {
			bytes = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(body);
		} catch (IOException e) {
			callback.failed(e);
			return;
		}
		response.setStatus(status);
		response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON);
		response.write(true, java.nio.ByteBuffer.wrap(bytes), callback);
	}

	void error(Response response, Callback callback, ApiException e) {
		if (e.status() == 401) {
			response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer realm=\"laserdamage\""); //$NON-NLS-1$
		}
		send(response, callback, e.status(), errorBody(json, e.status(), e.code(), e.getMessage(), e.field(), e.fix()));
	}

	/** @return {@code {"error":{…}}} */
	public static ObjectNode errorBody(ObjectMapper json, int status, String code, String message, String field, String fix) {
		ObjectNode body = json.createObjectNode();
		ObjectNode error = body.putObject("error"); //$NON-NLS-1$
		error.put("status", status); //$NON-NLS-1$
		error.put("code", code); //$NON-NLS-1$
		error.put("message", message); //$NON-NLS-1$
		if (field != null) {
			error.put("field", field); //$NON-NLS-1$
		}
		if (fix != null) {
			error.put("fix", fix); //$NON-NLS-1$
		}
		return body;
	}

	/** @return {@code text} safe to echo: control characters replaced, at most 100 characters */
	static String printable(String text) {
		if (text == null) {
			return ""; //$NON-NLS-1$
		}
		String clean = text.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
				.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
		return clean.length() > 100 ? clean.substring(0, 100) + "…" : clean; //$NON-NLS-1$
	}
}
