package org.laserdamage.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Writes and reads summary.json (format in docs/result-format.md). The JSON
 * is built by hand rather than by reflection so that key names are part of
 * the documented format, not of the Java field names, and so that NaN can be
 * written as null.
 */
public final class SummaryJson {

	private SummaryJson() {
	}

	/** Writes {@code summary} to {@code file}, replacing it atomically. */
	public static void write(RunSummary summary, Path file) throws IOException {
		AtomicFiles.write(file, toJson(summary).getBytes(StandardCharsets.UTF_8));
	}

	/** @return the summary as pretty-printed JSON text */
	public static String toJson(RunSummary s) {
		JsonObject o = new JsonObject();
		o.addProperty("formatVersion", RunDirectory.FORMAT_VERSION); //$NON-NLS-1$
		o.addProperty("studyName", s.studyName()); //$NON-NLS-1$
		o.addProperty("studyFile", s.studyFile()); //$NON-NLS-1$
		o.addProperty("created", s.created().toString()); //$NON-NLS-1$
		o.addProperty("applicationVersion", s.applicationVersion()); //$NON-NLS-1$
		o.addProperty("solverId", s.solverId()); //$NON-NLS-1$
		o.addProperty("solverVersion", s.solverVersion()); //$NON-NLS-1$
		JsonObject mesh = new JsonObject();
		mesh.addProperty("radialCells", s.mesh().radialCells()); //$NON-NLS-1$
		mesh.addProperty("axialCells", s.mesh().axialCells()); //$NON-NLS-1$
		mesh.addProperty("cells", s.mesh().cells()); //$NON-NLS-1$
		mesh.add("radius", number(s.mesh().radius())); //$NON-NLS-1$
		mesh.add("thickness", number(s.mesh().thickness())); //$NON-NLS-1$
		o.add("mesh", mesh); //$NON-NLS-1$
		JsonArray layers = new JsonArray();
		for (LayerSummary l : s.layers()) {
			JsonObject layer = new JsonObject();
			layer.addProperty("name", l.name()); //$NON-NLS-1$
			layer.addProperty("materialId", l.materialId()); //$NON-NLS-1$
			layer.addProperty("materialVersion", l.materialVersion()); //$NON-NLS-1$
			layer.addProperty("materialName", l.materialName()); //$NON-NLS-1$
			layer.add("thickness", number(l.thickness())); //$NON-NLS-1$
			layer.addProperty("cells", l.cells()); //$NON-NLS-1$
			layer.add("solidus", number(l.solidus())); //$NON-NLS-1$
			layer.add("liquidus", number(l.liquidus())); //$NON-NLS-1$
			layer.add("absorptionCoefficient", number(l.absorptionCoefficient())); //$NON-NLS-1$
			layers.add(layer);
		}
		o.add("layers", layers); //$NON-NLS-1$
		JsonObject laser = new JsonObject();
		for (Map.Entry<String, Object> e : s.laser().entrySet()) {
			laser.add(e.getKey(), value(e.getValue()));
		}
		o.add("laser", laser); //$NON-NLS-1$
		JsonArray probes = new JsonArray();
		for (ProbeSummary p : s.probes()) {
			JsonObject probe = new JsonObject();
			probe.addProperty("name", p.name()); //$NON-NLS-1$
			probe.add("r", number(p.r())); //$NON-NLS-1$
			probe.add("z", number(p.z())); //$NON-NLS-1$
			probes.add(probe);
		}
		o.add("probes", probes); //$NON-NLS-1$
		o.add("finalTime", number(s.finalTime())); //$NON-NLS-1$
		o.add("wallTime", number(s.wallTime())); //$NON-NLS-1$
		o.addProperty("steps", s.steps()); //$NON-NLS-1$
		o.addProperty("linearIterations", s.linearIterations()); //$NON-NLS-1$
		o.add("energyBalanceError", number(s.energyBalanceError())); //$NON-NLS-1$
		JsonObject peak = new JsonObject();
		peak.add("temperature", number(s.peak().temperature())); //$NON-NLS-1$
		peak.add("time", number(s.peak().time())); //$NON-NLS-1$
		peak.add("r", number(s.peak().r())); //$NON-NLS-1$
		peak.add("z", number(s.peak().z())); //$NON-NLS-1$
		o.add("peakTemperature", peak); //$NON-NLS-1$
		JsonArray criteria = new JsonArray();
		for (CriterionSummary c : s.criteria()) {
			JsonObject criterion = new JsonObject();
			criterion.addProperty("criterion", c.criterion()); //$NON-NLS-1$
			criterion.addProperty("reached", c.reached()); //$NON-NLS-1$
			criterion.add("time_s", number(c.time())); //$NON-NLS-1$
			criterion.addProperty("status", c.status()); //$NON-NLS-1$
			criterion.add("margin", number(c.margin())); //$NON-NLS-1$
			criterion.addProperty("marginUnit", c.marginUnit()); //$NON-NLS-1$
			criteria.add(criterion);
		}
		o.add("criteria", criteria); //$NON-NLS-1$
		JsonArray warnings = new JsonArray();
		s.warnings().forEach(warnings::add);
		o.add("warnings", warnings); //$NON-NLS-1$
		if (s.verification() != null) {
			o.add("verification", verification(s.verification())); //$NON-NLS-1$
		}
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(o) + "\n"; //$NON-NLS-1$
	}

	/** Reads summary.json; the message of a failure names the file and the key. */
	public static RunSummary read(Path file) throws IOException {
		JsonNode o = JsonNode.read(file);
		o.checkFormatVersion(RunDirectory.FORMAT_VERSION);
		Instant created;
		try {
			created = Instant.parse(o.string("created")); //$NON-NLS-1$
		} catch (DateTimeParseException e) {
			throw o.error("created", "must be an ISO-8601 UTC time such as 2025-01-31T12:00:00Z"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		JsonNode m = o.object("mesh"); //$NON-NLS-1$
		MeshSummary mesh = new MeshSummary(m.integer("radialCells"), m.integer("axialCells"), m.integer("cells"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				m.number("radius"), m.number("thickness")); //$NON-NLS-1$ //$NON-NLS-2$
		List<LayerSummary> layers = new ArrayList<>();
		for (JsonNode l : o.objects("layers")) { //$NON-NLS-1$
			layers.add(new LayerSummary(l.string("name"), l.string("materialId"), l.integer("materialVersion"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					l.string("materialName"), l.number("thickness"), l.integer("cells"), l.optionalNumber("solidus"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					l.optionalNumber("liquidus"), l.optionalNumber("absorptionCoefficient"))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		List<ProbeSummary> probes = new ArrayList<>();
		for (JsonNode p : o.objects("probes")) { //$NON-NLS-1$
			probes.add(new ProbeSummary(p.string("name"), p.number("r"), p.number("z"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		JsonNode p = o.object("peakTemperature"); //$NON-NLS-1$
		PeakSummary peak = new PeakSummary(p.number("temperature"), p.number("time"), p.number("r"), p.number("z")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		List<CriterionSummary> criteria = new ArrayList<>();
		for (JsonNode c : o.objects("criteria")) { //$NON-NLS-1$
			boolean reached = c.bool("reached"); //$NON-NLS-1$
			double time = c.number("time_s"); //$NON-NLS-1$
			if (reached && Double.isNaN(time)) {
				throw c.error("time_s", "must be a number when the criterion was reached"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			criteria.add(new CriterionSummary(c.string("criterion"), reached, reached ? time : Double.NaN, //$NON-NLS-1$
					c.number("margin"), c.string("marginUnit"))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return new RunSummary(o.string("studyName"), o.nullableString("studyFile"), created, //$NON-NLS-1$ //$NON-NLS-2$
				o.string("applicationVersion"), o.string("solverId"), o.string("solverVersion"), mesh, layers, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				o.flatObject("laser"), probes, o.number("finalTime"), o.number("wallTime"), o.integer("steps"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				o.wholeNumber("linearIterations"), o.number("energyBalanceError"), peak, criteria, //$NON-NLS-1$ //$NON-NLS-2$
				o.strings("warnings"), o.has("verification") ? verification(o.object("verification")) : null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static JsonObject verification(VerificationSummary v) {
		JsonObject o = new JsonObject();
		o.add("ratio", number(v.ratio())); //$NON-NLS-1$
		JsonArray levels = new JsonArray();
		v.levels().forEach(levels::add);
		o.add("levels", levels); //$NON-NLS-1$
		JsonArray estimates = new JsonArray();
		for (DiscretisationEstimate e : v.estimates()) {
			JsonObject estimate = new JsonObject();
			estimate.addProperty("quantity", e.quantity()); //$NON-NLS-1$
			estimate.addProperty("unit", e.unit()); //$NON-NLS-1$
			estimate.add("fine", number(e.fine())); //$NON-NLS-1$
			estimate.add("medium", number(e.medium())); //$NON-NLS-1$
			estimate.add("coarse", number(e.coarse())); //$NON-NLS-1$
			estimate.add("order", number(e.order())); //$NON-NLS-1$
			estimate.addProperty("observedOrder", e.observedOrder()); //$NON-NLS-1$
			estimate.add("error", number(e.error())); //$NON-NLS-1$
			estimate.add("relativeError", number(e.relativeError())); //$NON-NLS-1$
			estimates.add(estimate);
		}
		o.add("estimates", estimates); //$NON-NLS-1$
		o.addProperty("failure", v.failure()); //$NON-NLS-1$
		return o;
	}

	private static VerificationSummary verification(JsonNode o) throws IOException {
		List<DiscretisationEstimate> estimates = new ArrayList<>();
		for (JsonNode e : o.objects("estimates")) { //$NON-NLS-1$
			estimates.add(new DiscretisationEstimate(e.string("quantity"), e.string("unit"), e.number("fine"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					e.number("medium"), e.number("coarse"), e.number("order"), e.bool("observedOrder"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					e.number("error"), e.number("relativeError"))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return new VerificationSummary(o.number("ratio"), o.strings("levels"), estimates, //$NON-NLS-1$ //$NON-NLS-2$
				o.nullableString("failure")); //$NON-NLS-1$
	}

	private static JsonElement number(double value) {
		return Double.isFinite(value) ? new JsonPrimitive(value) : JsonNull.INSTANCE;
	}

	private static JsonElement value(Object value) {
		if (value instanceof Double d) {
			return number(d);
		}
		if (value instanceof String s) {
			return new JsonPrimitive(s);
		}
		if (value instanceof Boolean b) {
			return new JsonPrimitive(b);
		}
		return JsonNull.INSTANCE;
	}
}
