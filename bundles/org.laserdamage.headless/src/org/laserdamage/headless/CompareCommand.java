package org.laserdamage.headless;

import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;
import org.laserdamage.core.CompareSolversOperation;
import org.laserdamage.core.OutputFolders;
import org.laserdamage.core.StudyPreparation;
import org.laserdamage.materials.IMaterialLibrary;
import org.laserdamage.model.Study;
import org.laserdamage.report.RunComparison;

/**
 * {@code laserdamage compare STUDY --solvers builtin,calculix [--out DIR] [--set PATH=VALUE]...}:
 * one study on several solvers, the summary table printed, comparison.html and
 * comparison.csv written. Exit codes as {@code run}.
 */
final class CompareCommand {

	private final Cli cli;
	private final PrintStream out;
	private final PrintStream err;
	private final boolean terminal;
	private final Interruptions interruptions;

	CompareCommand(Cli cli, PrintStream out, PrintStream err, boolean terminal, Interruptions interruptions) {
		this.cli = cli;
		this.out = out;
		this.err = err;
		this.terminal = terminal;
		this.interruptions = interruptions;
	}

	/** @throws IllegalArgumentException for malformed arguments (exit code 2) */
	int run(String[] args) {
		String solvers = null;
		List<String> rest = new ArrayList<>();
		rest.add(args[0]);
		for (int i = 1; i < args.length; i++) {
			if ("--solvers".equals(args[i])) { //$NON-NLS-1$
				if (i + 1 >= args.length) {
					throw new IllegalArgumentException(NLS.bind(Messages.Cli_missingValue, args[i]));
				}
				solvers = args[++i];
			} else if (args[i].startsWith("--solvers=")) { //$NON-NLS-1$
				solvers = args[i].substring("--solvers=".length()); //$NON-NLS-1$
			} else {
				rest.add(args[i]);
			}
		}
		Cli.Arguments a = Cli.Arguments.parse(rest.toArray(String[]::new), true);
		if (solvers == null) {
			throw new IllegalArgumentException(Messages.Compare_missingSolvers);
		}
		try {
			List<String> ids = CompareSolversOperation.solverIds(solvers);
			Path outDir = OutputFolders.check(a.out() != null ? a.out() : defaultOut(a.study()).toString(), a.study(),
					Cli.guardedFolders());
			Study study = StudyPreparation.load(a.study(), a.overrides());
			IMaterialLibrary library = MaterialLibraryAccess.snapshot(s -> err.println(Messages.Cli_warning + s.getMessage()));
			CompareSolversOperation operation = new CompareSolversOperation(study, a.study(), a.overrides(), ids, outDir,
					library);
			Set<String> warnings = new LinkedHashSet<>();
			operation.prepare().forEach(p -> warnings.addAll(p.warnings()));
			warnings.forEach(w -> err.println(Messages.Cli_warning + w));
			ConsoleProgressMonitor monitor = new ConsoleProgressMonitor(out, terminal);
			CompareSolversOperation.Outcome outcome;
			interruptions.cancellable(monitor);
			try {
				outcome = operation.execute(monitor);
			} finally {
				interruptions.cancellable(null);
			}
			outcome.messages().forEach(out::println);
			print(outcome);
			return Cli.OK;
		} catch (CoreException e) {
			return cli.report("compare", e.getStatus()); //$NON-NLS-1$
		} catch (OperationCanceledException e) {
			String signal = interruptions.signalName();
			err.println(signal == null ? e.getMessage() : NLS.bind(Messages.Cli_cancelledBySignal, signal, e.getMessage()));
			return interruptions.exitCode(Cli.CANCELLED);
		}
	}

	private void print(CompareSolversOperation.Outcome outcome) {
		RunComparison c = outcome.comparison();
		List<RunComparison.Run> runs = c.runs();
		outcome.notes().forEach(out::println);
		StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-18s", "")); //$NON-NLS-1$ //$NON-NLS-2$
		runs.forEach(r -> head.append(String.format(Locale.ROOT, "%14s", r.label()))); //$NON-NLS-1$
		runs.subList(1, runs.size()).forEach(r -> head.append(String.format(Locale.ROOT, "%24s", "Δ " + r.label()))); //$NON-NLS-1$ //$NON-NLS-2$
		out.println(head);
		for (RunComparison.CriterionTimes t : c.criteria()) {
			StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-18s", t.criterion())); //$NON-NLS-1$
			for (double time : t.times()) {
				line.append(String.format(Locale.ROOT, "%14s", //$NON-NLS-1$
						Double.isNaN(time) ? "not reached" : String.format(Locale.ROOT, "%.4f ms", 1e3 * time))); //$NON-NLS-1$ //$NON-NLS-2$
			}
			for (int i = 1; i < runs.size(); i++) {
				line.append(String.format(Locale.ROOT, "%24s", Double.isFinite(t.difference(i)) //$NON-NLS-1$
						? String.format(Locale.ROOT, "%+.4f ms (%+.2f %%)", 1e3 * t.difference(i), 100 * t.relative(i)) //$NON-NLS-1$
						: "n/a")); //$NON-NLS-1$
			}
			out.println(line);
		}
		StringBuilder peak = new StringBuilder(String.format(Locale.ROOT, "%-18s", "peak temperature")); //$NON-NLS-1$ //$NON-NLS-2$
		runs.forEach(r -> peak.append(String.format(Locale.ROOT, "%14s", String.format(Locale.ROOT, "%.1f K", r.peakTemperature())))); //$NON-NLS-1$ //$NON-NLS-2$
		runs.subList(1, runs.size()).forEach(r -> peak.append(String.format(Locale.ROOT, "%24s", //$NON-NLS-1$
				String.format(Locale.ROOT, "%+.1f K", r.peakTemperature() - runs.get(0).peakTemperature())))); //$NON-NLS-1$
		out.println(peak);
		StringBuilder mesh = new StringBuilder(String.format(Locale.ROOT, "%-18s", "mesh (r × z)")); //$NON-NLS-1$ //$NON-NLS-2$
		runs.forEach(r -> mesh.append(String.format(Locale.ROOT, "%14s", r.meshSize()))); //$NON-NLS-1$
		out.println(mesh);
		StringBuilder wall = new StringBuilder(String.format(Locale.ROOT, "%-18s", "wall time")); //$NON-NLS-1$ //$NON-NLS-2$
		runs.forEach(r -> wall.append(String.format(Locale.ROOT, "%14s", String.format(Locale.ROOT, "%.2f s", r.wallTime())))); //$NON-NLS-1$ //$NON-NLS-2$
		out.println(wall);
		for (RunComparison.ProbeDifference d : c.probes()) {
			out.println(String.format(Locale.ROOT, "probe %s, %s − %s: max |ΔT| %.1f K, RMS ΔT %.1f K (%.4f to %.4f s)", //$NON-NLS-1$
					d.probe(), d.solver(), runs.get(0).label(), d.maxAbs(), d.rms(), d.from(), d.to()));
		}
		out.println(NLS.bind(Messages.Compare_results, outcome.directory()));
		out.println(NLS.bind(Messages.Cli_report, outcome.html()));
		out.println(NLS.bind(Messages.Compare_csv, outcome.csv()));
	}

	private static Path defaultOut(Path study) {
		String name = study.getFileName().toString().replaceFirst("\\.ldsim$", ""); //$NON-NLS-1$ //$NON-NLS-2$
		String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")); //$NON-NLS-1$
		return Paths.get("runs", name + "-compare-" + stamp); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
