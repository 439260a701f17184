package org.laserdamage.server.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Fields;
import org.laserdamage.core.StudyPreparation;
import org.laserdamage.jobs.Job;
import org.laserdamage.jobs.JobSpec;
import org.laserdamage.jobs.LocalPlace;
import org.laserdamage.jobs.PlaceRegistry;
import org.laserdamage.materials.IMaterialLibrary;
import org.laserdamage.materials.Material;
import org.laserdamage.model.Layer;
import org.laserdamage.model.Study;
import org.laserdamage.solver.SolverRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * Turns a submission into a queued job: reads the body within the size
 * limit, takes the study as {@code .ldsim} XMI (the body itself, options in
 * the query) or as JSON ({@link SubmitRequest}), applies the {@code set}
 * overrides, validates the study against the material library exactly as
 * {@code laserdamage validate} does, and freezes it with the material versions
 * it uses. Nothing is queued unless all of that passed.
 */
final class Submissions {

	/** The JSON form of a submission. */
	public record SubmitRequest(String ldsim, String solver, List<String> set, Map<String, String> options, Integer maxAttempts,
			Long timeoutSeconds, String place) {
	}

	private static final Logger LOG = LoggerFactory.getLogger(Submissions.class);
	private static final Set<String> QUERY = Set.of("solver", "set", "option", "maxAttempts", "timeoutSeconds", "place"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	private static final int DEFAULT_ATTEMPTS = 3;
	private static final int MAX_SETS = 200;

	private final ServerContext server;

	Submissions(ServerContext server) {
		this.server = server;
	}

	Job submit(Request request, Tokens.Token token) throws ApiException {
		byte[] body = body(request);
		String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
		String mediaType = type == null ? "" : type.split(";")[0].strip().toLowerCase(java.util.Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
		SubmitRequest submission;
		if (mediaType.equals("application/json")) { //$NON-NLS-1$
			if (!Request.extractQueryParameters(request).isEmpty()) {
				throw ApiException.badRequest("A JSON submission takes its options in the body, not the query.", "query", //$NON-NLS-1$ //$NON-NLS-2$
						"Move them into the JSON object"); //$NON-NLS-1$
			}
			submission = parseJson(body);
		} else if (mediaType.equals("application/xml") || mediaType.equals("text/xml") //$NON-NLS-1$ //$NON-NLS-2$
				|| mediaType.equals("application/vnd.laserdamage.ldsim+xml") || mediaType.equals("application/octet-stream")) { //$NON-NLS-1$ //$NON-NLS-2$
			submission = fromQuery(Request.extractQueryParameters(request), new String(body, StandardCharsets.UTF_8));
		} else {
			throw new ApiException(415, "unsupported_media_type", //$NON-NLS-1$
					"A submission is application/json or an .ldsim study as application/xml, not '" //$NON-NLS-1$
							+ ApiHandler.printable(type) + "'.", //$NON-NLS-1$
					"Content-Type", "Send Content-Type: application/json or application/xml"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return queue(submission, token);
	}

	private byte[] body(Request request) throws ApiException {
		long max = server.maxBody();
		long declared = request.getLength();
		if (declared > max) {
			throw tooLarge(max);
		}
		try (InputStream in = Request.asInputStream(request)) {
			byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
			if (bytes.length > max) {
				throw tooLarge(max);
			}
			if (bytes.length == 0) {
				throw ApiException.badRequest("The request has no body.", "body", //$NON-NLS-1$ //$NON-NLS-2$
						"Send the study (.ldsim XMI) or a JSON object with the field ldsim"); //$NON-NLS-1$
			}
			return bytes;
		} catch (IOException e) {
			throw ApiException.badRequest("The request body could not be read: " + e.getMessage(), "body", //$NON-NLS-1$ //$NON-NLS-2$
					"Send the whole body with a correct Content-Length"); //$NON-NLS-1$
		}
	}

	private static ApiException tooLarge(long max) {
		return new ApiException(413, "payload_too_large", "The request body is larger than " + max + " bytes.", "body", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"Send a smaller study; api.maxBody in the server's config sets the limit"); //$NON-NLS-1$
	}

	private SubmitRequest parseJson(byte[] body) throws ApiException {
		try {
			SubmitRequest r = server.json().readValue(body, SubmitRequest.class);
			if (r == null) {
				throw ApiException.badRequest("The body is JSON null.", "body", "Send a JSON object"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			return r;
		} catch (JsonMappingException e) {
			String field = path(e);
			throw ApiException.badRequest("The JSON does not fit a submission" + (field.isEmpty() ? "" : " at '" + field + "'") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					+ ": " + ApiHandler.printable(e.getOriginalMessage()), field.isEmpty() ? "body" : field, //$NON-NLS-1$ //$NON-NLS-2$
					"Fields: ldsim (string, the .ldsim XMI), solver, set (list of PATH=VALUE), options (object of strings)," //$NON-NLS-1$
							+ " maxAttempts (whole number), timeoutSeconds (whole number), place"); //$NON-NLS-1$
		} catch (JsonProcessingException e) {
			throw ApiException.badRequest("The body is not valid JSON: " + ApiHandler.printable(e.getOriginalMessage()) //$NON-NLS-1$
					+ (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
							+ e.getLocation().getColumnNr() + ')'),
					"body", "Send one JSON object"); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (IOException e) {
			throw ApiException.badRequest("The body cannot be read: " + e.getMessage(), "body", null); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static String path(JsonMappingException e) {
		StringBuilder b = new StringBuilder();
		for (JsonMappingException.Reference r : e.getPath()) {
			if (r.getFieldName() != null) {
				b.append(b.length() == 0 ? "" : ".").append(ApiHandler.printable(r.getFieldName())); //$NON-NLS-1$ //$NON-NLS-2$
			} else if (r.getIndex() >= 0) {
				b.append('[').append(r.getIndex()).append(']');
			}
		}
		return b.toString();
	}

	private static SubmitRequest fromQuery(Fields q, String ldsim) throws ApiException {
		for (Fields.Field f : q) {
			if (!QUERY.contains(f.getName())) {
				throw ApiException.badRequest("A submission has no parameter '" + ApiHandler.printable(f.getName()) + "'.", //$NON-NLS-1$ //$NON-NLS-2$
						ApiHandler.printable(f.getName()), "Use " + String.join(", ", QUERY)); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (!f.getName().equals("set") && !f.getName().equals("option") && f.getValues().size() > 1) { //$NON-NLS-1$ //$NON-NLS-2$
				throw ApiException.badRequest(f.getName() + " is given more than once.", f.getName(), "Give it once"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		Map<String, String> options = new LinkedHashMap<>();
		for (String o : ApiHandler.values(q, "option")) { //$NON-NLS-1$
			int eq = o.indexOf('=');
			if (eq <= 0) {
				throw ApiException.badRequest("option '" + ApiHandler.printable(o) + "' is not KEY=VALUE.", "option", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						"Write option=KEY=VALUE"); //$NON-NLS-1$
			}
			options.put(o.substring(0, eq), o.substring(eq + 1));
		}
		Integer attempts = q.get("maxAttempts") == null ? null //$NON-NLS-1$
				: ApiHandler.intParameter(q, "maxAttempts", DEFAULT_ATTEMPTS, 1, 10); //$NON-NLS-1$
		Long timeout = q.get("timeoutSeconds") == null ? null //$NON-NLS-1$
				: (long) ApiHandler.intParameter(q, "timeoutSeconds", 0, 0, 7 * 24 * 3600); //$NON-NLS-1$
		return new SubmitRequest(ldsim, q.getValue("solver"), ApiHandler.values(q, "set"), options, attempts, timeout, //$NON-NLS-1$ //$NON-NLS-2$
				q.getValue("place")); //$NON-NLS-1$
	}

	private Job queue(SubmitRequest r, Tokens.Token token) throws ApiException {
		if (r.ldsim() == null || r.ldsim().isBlank()) {
			throw ApiException.badRequest("The submission has no study.", "ldsim", //$NON-NLS-1$ //$NON-NLS-2$
					"Put the .ldsim XMI in the field ldsim (JSON) or send it as the body (application/xml)"); //$NON-NLS-1$
		}
		List<String> sets = r.set() == null ? List.of() : r.set();
		if (sets.size() > MAX_SETS) {
			throw ApiException.badRequest(sets.size() + " settings are too many.", "set", "Give at most " + MAX_SETS); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		for (String s : sets) {
			if (s == null) {
				throw ApiException.badRequest("set holds null.", "set", "Give PATH=VALUE strings"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
		Map<String, String> options = r.options() == null ? Map.of() : r.options();
		if (!options.isEmpty() && !token.role().includes(Tokens.Role.ADMIN)) {
			throw new ApiException(403, "forbidden", "Solver options name programs and folders on the server.", "options", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					"Leave them out (the server's own settings apply), or use an admin token"); //$NON-NLS-1$
		}
		int attempts = r.maxAttempts() == null ? DEFAULT_ATTEMPTS : r.maxAttempts();
		if (attempts < 1 || attempts > 10) {
			throw ApiException.badRequest("maxAttempts is " + attempts + '.', "maxAttempts", "Give 1 to 10"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		long timeout = r.timeoutSeconds() == null ? 0 : r.timeoutSeconds();
		if (timeout < 0 || timeout > 7 * 24 * 3600) {
			throw ApiException.badRequest("timeoutSeconds is " + timeout + '.', "timeoutSeconds", //$NON-NLS-1$ //$NON-NLS-2$
					"Give 0 (no limit) to 604800 (a week)"); //$NON-NLS-1$
		}
		String place = r.place() == null ? LocalPlace.ID : r.place();
		if (PlaceRegistry.find(place).isEmpty()) {
			throw ApiException.badRequest("There is no place '" + ApiHandler.printable(place) + "' to run jobs.", "place", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					"Use one of " + String.join(", ", PlaceRegistry.places().stream().map(PlaceRegistry.PlaceDescriptor::id).toList())); //$NON-NLS-1$
		}
		if (r.solver() != null && SolverRegistry.find(r.solver()).isEmpty()) {
			throw ApiException.badRequest("There is no solver '" + ApiHandler.printable(r.solver()) + "'.", "solver", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					"Use one of " + String.join(", ", SolverRegistry.solvers().stream().map(SolverRegistry.SolverDescriptor::id).toList())); //$NON-NLS-1$
		}
		IMaterialLibrary library = ApiHandler.call(() -> server.materials().snapshot());
		Path folder = null;
		try {
			folder = Files.createTempDirectory("laserdamage-submission-"); //$NON-NLS-1$
			Path file = folder.resolve("study.ldsim"); //$NON-NLS-1$
			Files.writeString(file, r.ldsim(), StandardCharsets.UTF_8);
			StudyPreparation.Prepared prepared;
			try {
				Study loaded = StudyPreparation.load(file, sets);
				if (r.solver() != null) {
					loaded.getSolver().setSolverId(r.solver());
				}
				prepared = StudyPreparation.prepare(loaded, file, library);
			} catch (CoreException e) {
				String message = clean(e.getStatus(), file);
				throw new ApiException(422, "invalid_study", message, "ldsim", //$NON-NLS-1$ //$NON-NLS-2$
						"Correct the study (or the set overrides) as the message says; `laserdamage validate` gives the same answer"); //$NON-NLS-1$
			}
			Study study = prepared.study();
			List<Material> used = new ArrayList<>();
			for (Layer layer : study.getTarget().getLayers()) {
				library.find(layer.getMaterialId()).filter(m -> !used.contains(m)).ifPresent(used::add);
			}
			String solver = study.getSolver().getSolverId();
			JobSpec spec = new JobSpec(solver, options, place, Duration.ofSeconds(timeout), attempts);
			Job job = ApiHandler.call(() -> server.queue().create(study, used, spec, token.name()));
			LOG.info("Job {} submitted by {}: study {}, solver {}, {} settings", job.id(), token.name(), job.studyName(), //$NON-NLS-1$
					solver, sets.size());
			server.worker().wakeUp();
			return job;
		} catch (IOException e) {
			throw new ApiException(503, "unavailable", "The server cannot write a temporary file: " + e.getMessage(), null, //$NON-NLS-1$ //$NON-NLS-2$
					"Retry later"); //$NON-NLS-1$
		} finally {
			deleteTree(folder);
		}
	}

	/** @return every message of the status, the temporary file's path replaced by "the study" */
	private static String clean(org.eclipse.core.runtime.IStatus status, Path file) {
		StringBuilder b = new StringBuilder(status.getMessage());
		for (org.eclipse.core.runtime.IStatus child : status.getChildren()) {
			b.append(' ').append(child.getMessage());
		}
		return b.toString().replace(file.toString(), "the study").replace(file.getParent().toString(), "the submission"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void deleteTree(Path folder) {
		if (folder == null) {
			return;
		}
		try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
			for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(f);
			}
		} catch (IOException e) {
			// a temporary folder; the system's temp cleaning gets it
		}
	}
}
