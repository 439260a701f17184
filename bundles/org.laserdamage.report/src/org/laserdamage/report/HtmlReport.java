package org.laserdamage.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.jfree.chart.JFreeChart;
import org.laserdamage.results.CriterionSummary;
import org.laserdamage.results.DamageEvent;
import org.laserdamage.results.DiscretisationEstimate;
import org.laserdamage.results.FieldMesh;
import org.laserdamage.results.LayerSummary;
import org.laserdamage.results.ProbeSeries;
import org.laserdamage.results.ProbeSummary;
import org.laserdamage.results.RunDirectory;
import org.laserdamage.results.RunResults;
import org.laserdamage.results.RunSummary;
import org.laserdamage.results.SnapshotEntry;
import org.laserdamage.results.VerificationSummary;
import org.laserdamage.solver.CriterionKind;

/**
 * Writes report.html: one self-contained file (inline CSS, charts as PNG data
 * URIs) that can be mailed or archived without the run directory. Every
 * string taken from the run is HTML-escaped.
 */
public final class HtmlReport {

	private static final int WIDTH = 900;
	private static final int PROBE_HEIGHT = 440;
	private static final int MAP_HEIGHT = 420;
	/** Charts are drawn at twice their layout size so they stay sharp on high-density screens and in print. */
	private static final double PIXEL_SCALE = 2;
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT) //$NON-NLS-1$
			.withZone(ZoneOffset.UTC);

	private final RunResults results;
	private final Optional<RunSummary> summary;
	private final Html html = new Html();
	/** The radius (m) the maps show, the same for all so they can be compared. */
	private double rMax = Double.POSITIVE_INFINITY;

	private HtmlReport(RunResults results) {
		this.results = results;
		this.summary = results.summary();
	}

	/**
	 * Reads a run directory and writes its report.html into it.
	 *
	 * @param monitor progress and cancellation; may be null
	 * @return the report file
	 * @throws IOException when the run directory cannot be read (the message names the file) or the report not written
	 * @throws org.eclipse.core.runtime.OperationCanceledException when the monitor is cancelled
	 */
	public static Path write(Path runDirectory, IProgressMonitor monitor) throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		RunResults results = RunResults.open(runDirectory);
		progress.worked(1);
		Path target = runDirectory.resolve(RunDirectory.REPORT);
		write(results, target, progress.split(9));
		return target;
	}

	/** Writes the report of {@code results} to {@code target}, replacing it. */
	public static void write(RunResults results, Path target, IProgressMonitor monitor) throws IOException {
		String text = render(results, monitor);
		Path temp = target.resolveSibling(target.getFileName() + ".part"); //$NON-NLS-1$
		Files.writeString(temp, text, StandardCharsets.UTF_8);
		Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
	}

	/** @return the report as HTML text */
	public static String render(RunResults results, IProgressMonitor monitor) throws IOException {
		return new HtmlReport(results).render(SubMonitor.convert(monitor, "Writing the run report", 10)); //$NON-NLS-1$
	}

	private String render(SubMonitor progress) throws IOException {
		String study = summary.map(RunSummary::studyName).orElse(String.valueOf(results.directory().getFileName()));
		html.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n") //$NON-NLS-1$
				.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n") //$NON-NLS-1$
				.element("title", "Laser damage report – " + study) //$NON-NLS-1$ //$NON-NLS-2$
				.raw("\n<style>\n").raw(ReportStyle.CSS).raw("</style>\n</head>\n<body>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		header(study);
		if (summary.isPresent()) {
			criteria(summary.get());
			summary.get().verificationCheck().ifPresent(this::verification);
			runSummary(summary.get());
			laser(summary.get());
		} else {
			unfinished();
		}
		progress.worked(1);
		probes(progress.split(2));
		maps(progress.split(6));
		summary.ifPresent(this::layers);
		summary.ifPresent(this::warnings);
		files();
		progress.worked(1);
		return html.raw("</body>\n</html>\n").toString(); //$NON-NLS-1$
	}

	private void header(String study) {
		html.raw("<header>\n<h1>Laser damage report</h1>\n<p class=\"study\">Study: <strong>").text(study) //$NON-NLS-1$
				.raw("</strong></p>\n<p class=\"meta\">"); //$NON-NLS-1$
		List<String> meta = new ArrayList<>();
		summary.ifPresent(s -> {
			meta.add("Run started " + DATE.format(s.created())); //$NON-NLS-1$
			meta.add("Laser Damage Workbench " + s.applicationVersion()); //$NON-NLS-1$
			if (s.studyFile() != null) {
				meta.add("Study file " + s.studyFile()); //$NON-NLS-1$
			}
		});
		meta.add("Report written " + DATE.format(Instant.now())); //$NON-NLS-1$
		html.text(String.join(" · ", meta)).raw("</p>\n</header>\n"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private void unfinished() {
		html.raw("<section id=\"unfinished\">\n<h2>Run did not finish</h2>\n<p class=\"warning\">") //$NON-NLS-1$
				.text("This run has no " + RunDirectory.SUMMARY + ": it failed, was cancelled or is still running. " //$NON-NLS-1$ //$NON-NLS-2$
						+ "The plots show what was saved until then.") //$NON-NLS-1$
				.raw("</p>\n"); //$NON-NLS-1$
		if (!results.events().isEmpty()) {
			html.raw("<table class=\"grid\">\n<thead>").headRow("Criterion reached", "Time").raw("</thead>\n<tbody>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			for (DamageEvent e : results.events()) {
				html.row(true, Labels.criterion(e.criterion()), Quantities.si(e.time(), "s")); //$NON-NLS-1$
			}
			html.raw("</tbody>\n</table>\n"); //$NON-NLS-1$
		}
		html.raw("</section>\n"); //$NON-NLS-1$
	}

	private void criteria(RunSummary s) {
		html.raw("<section id=\"criteria\">\n<h2>Damage criteria</h2>\n"); //$NON-NLS-1$
		if (s.criteria().isEmpty()) {
			html.raw("<p>No damage criteria were evaluated in this run.</p>\n</section>\n"); //$NON-NLS-1$
			return;
		}
		html.raw("<table class=\"grid\">\n<thead>").headRow("Criterion", "Result", "Time reached", "Margin at the end") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				.raw("</thead>\n<tbody>\n"); //$NON-NLS-1$
		for (CriterionSummary c : s.criteria()) {
			String meaning = Labels.marginMeaning(c.criterion());
			html.raw("<tr>").element("th", Labels.criterion(c.criterion())) //$NON-NLS-1$ //$NON-NLS-2$
					.raw("<td><span class=\"badge " + (c.reached() ? "reached" : "clear") + "\">").text(c.status()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					.raw("</span></td>").element("td", c.reached() ? Quantities.si(c.time(), "s") : c.status()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.element("td", !c.applicable() ? "none: the materials it needs have no melting data, so they never melt" //$NON-NLS-1$ //$NON-NLS-2$
							: Quantities.margin(c.margin(), c.marginUnit()) + (meaning.isEmpty() ? "" : " (" + meaning + ")")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.raw("</tr>\n"); //$NON-NLS-1$
		}
		html.raw("</tbody>\n</table>\n<p class=\"note\">The margin is the distance to the criterion at the end of " //$NON-NLS-1$
				+ "the run; a negative margin means the criterion was exceeded.</p>\n</section>\n"); //$NON-NLS-1$
	}

	/** The discretisation check (solver.verify): each criterion time and the peak temperature on three levels. */
	private void verification(VerificationSummary v) {
		html.raw("<section id=\"verification\">\n<h2>Discretisation error</h2>\n<table class=\"grid\">\n<thead>") //$NON-NLS-1$
				.headRow("Result", "This run", "Coarser \u00d7" + Quantities.plain(v.ratio()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						"Coarser \u00d7" + Quantities.plain(v.ratio() * v.ratio()), "Order", "Estimated error", "Extrapolated") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.raw("</thead>\n<tbody>\n"); //$NON-NLS-1$
		for (DiscretisationEstimate e : v.estimates()) {
			String name = DiscretisationEstimate.PEAK_TEMPERATURE.equals(e.quantity()) ? "Peak temperature" //$NON-NLS-1$
					: Labels.criterion(e.quantity()) + " (time)"; //$NON-NLS-1$
			String order = !e.estimated() ? Quantities.UNKNOWN
					: Quantities.plain(e.order()) + (e.observedOrder() ? " (observed)" : " (assumed)"); //$NON-NLS-1$ //$NON-NLS-2$
			String error = !e.estimated() ? "none (not reached on the coarser mesh)" //$NON-NLS-1$
					: (e.error() < 0 ? "\u2212" : "+") + estimateValue(Math.abs(e.error()), e.unit()) //$NON-NLS-1$ //$NON-NLS-2$
							+ (Double.isFinite(e.relativeError())
									? " (" + Quantities.plain(100 * e.relativeError()) + " %)" : ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			html.row(true, name, estimateValue(e.fine(), e.unit()), estimateValue(e.medium(), e.unit()),
					estimateValue(e.coarse(), e.unit()), order, error,
					e.estimated() ? estimateValue(e.extrapolated(), e.unit()) : Quantities.UNKNOWN);
		}
		html.raw("</tbody>\n</table>\n<p class=\"note\">").text("Levels: " + String.join("; ", v.levels()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ ". Richardson extrapolation: the order is observed from the three levels when they converge " //$NON-NLS-1$
				+ "regularly (0.5 to 4), else 1 is assumed (the first-order time stepping), which errs on the large " //$NON-NLS-1$
				+ "side. The relative error of a temperature is of its rise above the initial temperature.") //$NON-NLS-1$
				.raw("</p>\n"); //$NON-NLS-1$
		if (v.failure() != null) {
			html.raw("<p class=\"warning\">").text(v.failure()).raw("</p>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		html.raw("</section>\n"); //$NON-NLS-1$
	}

	private static String estimateValue(double value, String unit) {
		if (!Double.isFinite(value)) {
			return "not reached"; //$NON-NLS-1$
		}
		return "K".equals(unit) ? Quantities.kelvin(value) : Quantities.si(value, unit); //$NON-NLS-1$
	}

	private void runSummary(RunSummary s) {
		html.raw("<section id=\"summary\">\n<h2>Run summary</h2>\n<table class=\"kv\">\n"); //$NON-NLS-1$
		html.row(true, "Solver", s.solverId() + " " + s.solverVersion()); //$NON-NLS-1$ //$NON-NLS-2$
		html.row(true, "Mesh", s.mesh().radialCells() + " radial × " + s.mesh().axialCells() + " axial = " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ s.mesh().cells() + " cells; radius " + Quantities.mm(s.mesh().radius()) + ", thickness " //$NON-NLS-1$ //$NON-NLS-2$
				+ Quantities.mm(s.mesh().thickness()));
		html.row(true, "Simulated time", Quantities.si(s.finalTime(), "s")); //$NON-NLS-1$ //$NON-NLS-2$
		html.row(true, "Wall-clock time", Quantities.duration(s.wallTime())); //$NON-NLS-1$
		html.row(true, "Time steps", Integer.toString(s.steps())); //$NON-NLS-1$
		html.row(true, "Linear-solver iterations", Long.toString(s.linearIterations())); //$NON-NLS-1$
		html.row(true, "Energy balance error", Double.isFinite(s.energyBalanceError()) //$NON-NLS-1$
				? Quantities.plain(s.energyBalanceError() * 100) + " %" //$NON-NLS-1$
				: Quantities.UNKNOWN);
		html.row(true, "Peak temperature", Quantities.kelvin(s.peak().temperature()) + " at t = " //$NON-NLS-1$ //$NON-NLS-2$
				+ Quantities.si(s.peak().time(), "s") + ", r = " + Quantities.mm(s.peak().r()) + ", z = " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ Quantities.mm(s.peak().z()));
		html.row(true, "Field snapshots saved", Integer.toString(results.snapshots().size())); //$NON-NLS-1$
		html.raw("</table>\n</section>\n"); //$NON-NLS-1$
	}

	private void laser(RunSummary s) {
		if (s.laser().isEmpty()) {
			return;
		}
		html.raw("<section id=\"laser\">\n<h2>Laser</h2>\n<table class=\"kv\">\n"); //$NON-NLS-1$
		for (Map.Entry<String, Object> e : s.laser().entrySet()) {
			html.row(true, Labels.laserKey(e.getKey()), Labels.laserValue(e.getKey(), e.getValue()));
		}
		html.raw("</table>\n</section>\n"); //$NON-NLS-1$
	}

	private void probes(SubMonitor progress) throws IOException {
		html.raw("<section id=\"probes\">\n<h2>Probe temperatures</h2>\n"); //$NON-NLS-1$
		ProbeSeries probes = results.probes();
		if (probes.names().isEmpty() || probes.sampleCount() == 0) {
			html.raw("<p>This run recorded no probe temperatures.</p>\n</section>\n"); //$NON-NLS-1$
			return;
		}
		image(ResultCharts.probeChart(results), PROBE_HEIGHT, "Probe temperatures against time", progress.split(2)); //$NON-NLS-1$
		List<ProbeSummary> positions = summary.map(RunSummary::probes).orElse(List.of());
		html.raw("<table class=\"grid\">\n<thead>").headRow("Probe", "r", "z", "Highest", "Last") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				.raw("</thead>\n<tbody>\n"); //$NON-NLS-1$
		for (int p = 0; p < probes.names().size(); p++) {
			double[] t = probes.temperatures(p);
			double highest = Double.NaN;
			for (double v : t) {
				highest = Double.isNaN(highest) || v > highest ? v : highest;
			}
			boolean known = p < positions.size() && positions.get(p).name().equals(probes.names().get(p));
			html.row(true, (p + 1) + ". " + probes.names().get(p), //$NON-NLS-1$
					known ? Quantities.mm(positions.get(p).r()) : Quantities.UNKNOWN,
					known ? Quantities.mm(positions.get(p).z()) : Quantities.UNKNOWN, Quantities.kelvin(highest),
					Quantities.kelvin(t[t.length - 1]));
		}
		html.raw("</tbody>\n</table>\n</section>\n"); //$NON-NLS-1$
	}

	private void maps(SubMonitor progress) throws IOException {
		html.raw("<section id=\"maps\">\n<h2>Temperature maps</h2>\n"); //$NON-NLS-1$
		Optional<SnapshotEntry> last = results.lastSnapshot();
		if (last.isEmpty() || results.mesh().isEmpty()) {
			html.raw("<p>This run saved no temperature fields.</p>\n</section>\n"); //$NON-NLS-1$
			return;
		}
		progress.setWorkRemaining(3);
		FieldMesh mesh = results.mesh().get();
		double radius = mesh.mesh().rFaces()[mesh.mesh().radialCells()];
		rMax = ResultCharts.heatedRadius(mesh, results.loadSnapshot(last.get().index()));
		html.raw("<p class=\"note\">").text("r runs across from the axis" //$NON-NLS-1$ //$NON-NLS-2$
				+ (rMax < radius ? " to " + Quantities.mm(rMax) + " (the heated part of the " + Quantities.mm(radius) //$NON-NLS-1$ //$NON-NLS-2$
						+ " radius)" : "") //$NON-NLS-1$ //$NON-NLS-2$
				+ ", depth down from the irradiated face; dashed lines are layer boundaries. " //$NON-NLS-1$
				+ "Each map has its own colour scale.").raw("</p>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		boolean finished = summary.isPresent();
		map(last.get(), finished ? "Final field" : "Last saved field (the run did not finish)", progress.split(1)); //$NON-NLS-1$ //$NON-NLS-2$
		progress.setWorkRemaining(2);

		html.raw("<h3>At melt-through</h3>\n"); //$NON-NLS-1$
		Optional<SnapshotEntry> meltThrough = results.snapshot(RunDirectory.LABEL_MELT_THROUGH);
		if (meltThrough.isPresent() && meltThrough.get().index() == last.get().index()) {
			html.raw("<p>The run ended at melt-through: the field above is the field at melt-through.</p>\n"); //$NON-NLS-1$
		} else if (meltThrough.isPresent()) {
			map(meltThrough.get(), "Field when melt-through was reached", progress.split(1)); //$NON-NLS-1$
		} else {
			html.raw("<p class=\"clear-text\">").text(meltThroughAbsence()).raw("</p>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		progress.setWorkRemaining(1);

		if (summary.isPresent() && Double.isFinite(summary.get().peak().time())) {
			double peakTime = summary.get().peak().time();
			Optional<SnapshotEntry> nearest = results.snapshotNearest(peakTime);
			boolean shown = nearest.isPresent() && (nearest.get().index() == last.get().index()
					|| meltThrough.isPresent() && nearest.get().index() == meltThrough.get().index());
			if (nearest.isPresent() && !shown) {
				html.raw("<h3>Near the peak temperature</h3>\n"); //$NON-NLS-1$
				map(nearest.get(), "Saved field nearest to the peak temperature (" //$NON-NLS-1$
						+ Quantities.kelvin(summary.get().peak().temperature()) + " at t = " //$NON-NLS-1$
						+ Quantities.si(peakTime, "s") + ")", progress.split(1)); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		progress.done();
		html.raw("</section>\n"); //$NON-NLS-1$
	}

	private String meltThroughAbsence() {
		Optional<CriterionSummary> criterion = summary.flatMap(s -> s.criterion(CriterionKind.MELT_THROUGH));
		if (criterion.isPresent() && !criterion.get().applicable()) {
			return "Melt-through does not apply: a layer's material has no melting data, so it never melts."; //$NON-NLS-1$
		}
		if (criterion.isPresent()) {
			return "Melt-through was not reached."; //$NON-NLS-1$
		}
		if (summary.isPresent()) {
			return "Melt-through was not evaluated in this run, and no field was saved for it."; //$NON-NLS-1$
		}
		return "Melt-through was not reached before the run stopped."; //$NON-NLS-1$
	}

	private void map(SnapshotEntry entry, String caption, SubMonitor progress) throws IOException {
		progress.setWorkRemaining(3);
		JFreeChart chart = ResultCharts.temperatureMapChart(results, entry.index(), rMax);
		progress.worked(1);
		html.raw("<figure>\n"); //$NON-NLS-1$
		image(chart, MAP_HEIGHT, "Temperature map at t = " + Quantities.si(entry.time(), "s"), progress.split(2)); //$NON-NLS-1$ //$NON-NLS-2$
		html.raw("<figcaption>").text(caption + ", t = " + Quantities.si(entry.time(), "s") + " — snapshot " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ RunDirectory.FIELDS + "/" + entry.file()).raw("</figcaption>\n</figure>\n"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private void layers(RunSummary s) {
		html.raw("<section id=\"layers\">\n<h2>Layers and materials</h2>\n<table class=\"grid\">\n<thead>") //$NON-NLS-1$
				.headRow("#", "Layer", "Material", "Material id", "Version", "Thickness", "Cells", "Solidus", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
						"Liquidus", "Absorption") //$NON-NLS-1$ //$NON-NLS-2$
				.raw("</thead>\n<tbody>\n"); //$NON-NLS-1$
		int n = 1;
		for (LayerSummary l : s.layers()) {
			html.row(true, Integer.toString(n++), l.name(), l.materialName(), l.materialId(),
					Integer.toString(l.materialVersion()), Quantities.mm(l.thickness()), Integer.toString(l.cells()),
					meltingPoint(l.solidus()), meltingPoint(l.liquidus()), absorption(l.absorptionCoefficient()));
		}
		html.raw("</tbody>\n</table>\n<p class=\"note\">Layers are listed from the irradiated face to the back. " //$NON-NLS-1$
				+ "An opaque layer absorbs the beam at its front face; a semi-transparent one inside it, with the " //$NON-NLS-1$
				+ "absorption coefficient \u03bc_a and the absorption depth 1/\u03bc_a shown (Beer\u2013Lambert).</p>\n</section>\n"); //$NON-NLS-1$
	}

	/** @return "opaque", or μ_a with its absorption depth */
	private static String absorption(double mu) {
		return Double.isNaN(mu) ? "opaque" //$NON-NLS-1$
				: String.format(Locale.ROOT, "%.4g 1/m (depth %s)", mu, Quantities.si(1 / mu, "m")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** A layer without melting data has no solidus or liquidus: it never melts. */
	private static String meltingPoint(double kelvin) {
		return Double.isNaN(kelvin) ? "never melts" : Quantities.kelvin(kelvin); //$NON-NLS-1$
	}

	private void warnings(RunSummary s) {
		if (s.warnings().isEmpty()) {
			return;
		}
		html.raw("<section id=\"warnings\">\n<h2>Warnings</h2>\n<ul class=\"warning\">\n"); //$NON-NLS-1$
		for (String w : s.warnings()) {
			html.element("li", w).raw("\n"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		html.raw("</ul>\n</section>\n"); //$NON-NLS-1$
	}

	private void files() throws IOException {
		html.raw("<footer id=\"files\">\n<h2>Files of this run</h2>\n<p>").text("In " + results.directory().toAbsolutePath()) //$NON-NLS-1$ //$NON-NLS-2$
				.raw(" (formats: docs/result-format.md)</p>\n<ul>\n"); //$NON-NLS-1$
		int snapshots = 0;
		long snapshotBytes = 0;
		String first = null;
		String lastName = null;
		for (Path file : results.files()) {
			String name = file.toString().replace('\\', '/');
			if (name.equals(RunDirectory.REPORT)) {
				continue;
			}
			long size = Files.size(results.directory().resolve(file));
			if (name.startsWith(RunDirectory.FIELDS + "/snapshot-")) { //$NON-NLS-1$
				// hundreds of snapshots would drown the list: summarise them in one line
				snapshots++;
				snapshotBytes += size;
				first = first == null ? name : first;
				lastName = name;
			} else {
				html.raw("<li><code>").text(name).raw("</code> (").text(Quantities.si(size, "B")).raw(")</li>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			}
		}
		if (snapshots > 0) {
			html.raw("<li><code>").text(first).raw("</code>").text(snapshots > 1 ? " … " : "") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					.raw(snapshots > 1 ? "<code>" + Html.escape(lastName) + "</code>" : "") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.text(" (" + snapshots + " field snapshots, " + Quantities.si(snapshotBytes, "B") + ")") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					.raw("</li>\n"); //$NON-NLS-1$
		}
		html.raw("</ul>\n</footer>\n"); //$NON-NLS-1$
	}

	/** Drawing and encoding each report their progress: together they are most of the report's time. */
	private void image(JFreeChart chart, int height, String alt, SubMonitor progress) throws IOException {
		progress.setWorkRemaining(2);
		java.awt.image.BufferedImage drawn = ResultCharts.draw(chart, WIDTH, height, PIXEL_SCALE);
		progress.worked(1);
		byte[] png = ResultCharts.encodePng(drawn);
		progress.worked(1);
		html.raw("<img src=\"data:image/png;base64,").raw(Base64.getEncoder().encodeToString(png)) //$NON-NLS-1$
				.raw("\" width=\"" + WIDTH + "\" height=\"" + height + "\" alt=\"").text(alt).raw("\">\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
