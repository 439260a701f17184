package org.laserdamage.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.laserdamage.results.CsvText;
import org.laserdamage.results.RunSummary;

/**
 * Writes comparison.html (self-contained like report.html: inline CSS, charts
 * as PNG data URIs) and comparison.csv of a {@link RunComparison}.
 */
public final class ComparisonReport {

	public static final String HTML = "comparison.html"; //$NON-NLS-1$
	public static final String CSV = "comparison.csv"; //$NON-NLS-1$
	/** The columns of comparison.csv. */
	public static final String CSV_HEADER = "kind,name,metric,reference,solver,reference_value,solver_value,difference,relative_difference,unit"; //$NON-NLS-1$

	private static final int WIDTH = 900;
	private static final int HEIGHT = 400;
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT) //$NON-NLS-1$
			.withZone(ZoneOffset.UTC);
	private static final String METHOD = "ΔT = T(solver) − T(reference), compared on the union of both runs' sample times " //$NON-NLS-1$
			+ "within the span both cover; the curve without a sample at a time is interpolated linearly. Max is the largest " //$NON-NLS-1$
			+ "|ΔT| at these times; RMS is over time, √(∫ΔT² dt / span), exact for the piecewise-linear curves."; //$NON-NLS-1$

	private ComparisonReport() {
	}

	/**
	 * @param title study name
	 * @param notes sentences for the reader, e.g. which settings every solver shared
	 */
	public static void write(RunComparison comparison, String title, List<String> notes, Path directory,
			IProgressMonitor monitor) throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, "Writing the comparison report", 10); //$NON-NLS-1$
		replace(directory.resolve(CSV), csv(comparison));
		progress.worked(1);
		replace(directory.resolve(HTML), html(comparison, title, notes, progress.split(9)));
	}

	private static void replace(Path target, String text) throws IOException {
		Path temp = target.resolveSibling(target.getFileName() + ".part"); //$NON-NLS-1$
		Files.writeString(temp, text, StandardCharsets.UTF_8);
		Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
	}

	static String csv(RunComparison comparison) {
		StringBuilder text = new StringBuilder(CSV_HEADER).append('\n');
		List<RunComparison.Run> runs = comparison.runs();
		String reference = runs.get(0).label();
		for (RunComparison.ProbeDifference d : comparison.probes()) {
			row(text, "probe", d.probe(), "max-abs-difference", reference, d.solver(), Double.NaN, Double.NaN, d.maxAbs(), //$NON-NLS-1$ //$NON-NLS-2$
					Double.NaN, "K"); //$NON-NLS-1$
			row(text, "probe", d.probe(), "rms-difference", reference, d.solver(), Double.NaN, Double.NaN, d.rms(), //$NON-NLS-1$ //$NON-NLS-2$
					Double.NaN, "K"); //$NON-NLS-1$
		}
		for (RunComparison.CriterionTimes c : comparison.criteria()) {
			for (int i = 1; i < runs.size(); i++) {
				row(text, "criterion", c.criterion(), "time", reference, runs.get(i).label(), c.times()[0], c.times()[i], //$NON-NLS-1$ //$NON-NLS-2$
						c.difference(i), c.relative(i), "s"); //$NON-NLS-1$
			}
		}
		RunComparison.Run first = runs.get(0);
		for (int i = 1; i < runs.size(); i++) {
			RunComparison.Run run = runs.get(i);
			row(text, "run", "peak-temperature", "temperature", reference, run.label(), first.peakTemperature(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					run.peakTemperature(), run.peakTemperature() - first.peakTemperature(), Double.NaN, "K"); //$NON-NLS-1$
			row(text, "run", "cells", "count", reference, run.label(), first.cells(), run.cells(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					run.cells() - first.cells(), Double.NaN, "1"); //$NON-NLS-1$
			row(text, "run", "wall-time", "time", reference, run.label(), first.wallTime(), run.wallTime(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					run.wallTime() - first.wallTime(), run.wallTime() / first.wallTime() - 1, "s"); //$NON-NLS-1$
		}
		return text.toString();
	}

	private static void row(StringBuilder text, String kind, String name, String metric, String reference,
			String solver, double referenceValue, double solverValue, double difference, double relative, String unit) {
		text.append(String.join(",", kind, CsvText.field(name), metric, CsvText.field(reference), CsvText.field(solver), //$NON-NLS-1$
				Double.toString(referenceValue), Double.toString(solverValue), Double.toString(difference),
				Double.toString(relative), unit)).append('\n');
	}

	private static String html(RunComparison comparison, String title, List<String> notes, SubMonitor progress)
			throws IOException {
		Html html = new Html();
		List<RunComparison.Run> runs = comparison.runs();
		html.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n") //$NON-NLS-1$
				.element("title", "Solver comparison – " + title) //$NON-NLS-1$ //$NON-NLS-2$
				.raw("\n<style>\n").raw(ReportStyle.CSS).raw("</style>\n</head>\n<body>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		html.raw("<header>\n<h1>Solver comparison</h1>\n<p class=\"study\">Study: <strong>").text(title) //$NON-NLS-1$
				.raw("</strong></p>\n<p class=\"meta\">").text("Written " + DATE.format(Instant.now()) //$NON-NLS-1$ //$NON-NLS-2$
						+ " · reference: " + runs.get(0).label()) //$NON-NLS-1$
				.raw("</p>\n</header>\n"); //$NON-NLS-1$
		for (String note : notes) {
			html.element("p", note).raw("\n"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		html.raw("<section id=\"criteria\">\n<h2>Damage events</h2>\n<table class=\"grid\">\n<thead><tr><th>Criterion</th>"); //$NON-NLS-1$
		runs.forEach(r -> html.element("th", r.label())); //$NON-NLS-1$
		runs.subList(1, runs.size()).forEach(r -> html.element("th", "Δ " + r.label())); //$NON-NLS-1$ //$NON-NLS-2$
		html.raw("</tr></thead>\n<tbody>\n"); //$NON-NLS-1$
		for (RunComparison.CriterionTimes c : comparison.criteria()) {
			html.raw("<tr>").element("th", Labels.criterion(c.criterion())); //$NON-NLS-1$ //$NON-NLS-2$
			for (double t : c.times()) {
				html.element("td", Double.isNaN(t) ? "not reached" : Quantities.si(t, "s")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			for (int i = 1; i < runs.size(); i++) {
				html.element("td", difference(c.difference(i), c.relative(i), "s")); //$NON-NLS-1$ //$NON-NLS-2$
			}
			html.raw("</tr>\n"); //$NON-NLS-1$
		}
		html.raw("<tr>").element("th", "Peak temperature"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		runs.forEach(r -> html.element("td", Quantities.kelvin(r.peakTemperature()))); //$NON-NLS-1$
		for (RunComparison.Run r : runs.subList(1, runs.size())) {
			double d = r.peakTemperature() - runs.get(0).peakTemperature();
			html.element("td", String.format(Locale.ROOT, "%+.1f K", d)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		html.raw("</tr>\n</tbody>\n</table>\n</section>\n"); //$NON-NLS-1$
		html.raw("<section id=\"runs\">\n<h2>Mesh and wall time</h2>\n<table class=\"grid\">\n<thead>") //$NON-NLS-1$
				.headRow("Solver", "Version", "Mesh (radial × axial)", "Cells", "Time steps", "Simulated", "Wall time") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
				.raw("</thead>\n<tbody>\n"); //$NON-NLS-1$
		for (RunComparison.Run r : runs) {
			RunSummary s = r.results().summary().orElse(null);
			html.row(true, r.label(), s == null ? Quantities.UNKNOWN : s.solverId() + " " + s.solverVersion(), //$NON-NLS-1$
					r.meshSize(), r.cells() < 0 ? Quantities.UNKNOWN : Integer.toString(r.cells()),
					s == null ? Quantities.UNKNOWN : Integer.toString(s.steps()),
					s == null ? Quantities.UNKNOWN : Quantities.si(s.finalTime(), "s"), //$NON-NLS-1$
					Quantities.duration(r.wallTime()));
		}
		html.raw("</tbody>\n</table>\n</section>\n"); //$NON-NLS-1$
		html.raw("<section id=\"probes\">\n<h2>Probe temperatures</h2>\n<table class=\"grid\">\n<thead>") //$NON-NLS-1$
				.headRow("Probe", "Solver", "Max |ΔT|", "RMS ΔT", "Compared span") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				.raw("</thead>\n<tbody>\n"); //$NON-NLS-1$
		for (RunComparison.ProbeDifference d : comparison.probes()) {
			html.row(true, d.probe(), d.solver() + " − " + runs.get(0).label(), Quantities.kelvin(d.maxAbs()), //$NON-NLS-1$
					Quantities.kelvin(d.rms()), Quantities.si(d.from(), "s") + " – " + Quantities.si(d.to(), "s")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		html.raw("</tbody>\n</table>\n<p class=\"note\">").text(METHOD).raw("</p>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		List<String> names = runs.get(0).results().probes().names();
		SubMonitor charts = progress.setWorkRemaining(Math.max(1, names.size()));
		for (String name : names) {
			byte[] png = ResultCharts.toPng(ComparisonCharts.probe(comparison, name), WIDTH, HEIGHT, 2);
			html.raw("<figure>\n<img src=\"data:image/png;base64,").raw(Base64.getEncoder().encodeToString(png)) //$NON-NLS-1$
					.raw("\" width=\"" + WIDTH + "\" height=\"" + HEIGHT + "\" alt=\"").text("Probe " + name) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					.raw("\">\n</figure>\n"); //$NON-NLS-1$
			charts.worked(1);
		}
		html.raw("</section>\n<footer>\n<p>").text("Run directories: ") //$NON-NLS-1$ //$NON-NLS-2$
				.text(String.join(", ", runs.stream().map(r -> r.results().directory().toString()).toList())) //$NON-NLS-1$
				.raw(" (each with its own report.html)</p>\n</footer>\n</body>\n</html>\n"); //$NON-NLS-1$
		return html.toString();
	}

	/** @return e.g. "+37 µs (+0.91 %)"; "n/a" when either time is unknown */
	static String difference(double seconds, double relative, String unit) {
		if (!Double.isFinite(seconds)) {
			return Quantities.UNKNOWN;
		}
		String sign = seconds > 0 ? "+" : ""; //$NON-NLS-1$ //$NON-NLS-2$
		return sign + Quantities.si(seconds, unit)
				+ (Double.isFinite(relative) ? String.format(Locale.ROOT, " (%+.2f %%)", 100 * relative) : ""); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
