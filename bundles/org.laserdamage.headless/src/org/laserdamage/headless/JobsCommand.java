package org.laserdamage.headless;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.osgi.util.NLS;
import org.laserdamage.core.CompareSolversOperation;
import org.laserdamage.core.ProcessIdentity;
import org.laserdamage.core.RunState;
import org.laserdamage.jobs.FileJobStore;
import org.laserdamage.jobs.IJobStore;
import org.laserdamage.jobs.Job;
import org.laserdamage.jobs.JobLogs;
import org.laserdamage.jobs.JobRunner;

/**
 * {@code laserdamage jobs [list] [--state S] | show ID | cancel ID | log ID}:
 * the job list of this user ({@link JobStores}). Before it shows anything it
 * fails the jobs whose process ended while they ran (as every
 * {@link JobRunner} does when it starts), so a killed run never shows as
 * running forever.
 */
final class JobsCommand {

	/** How long {@code jobs cancel} waits for the process that runs the job to stop it. */
	static final long CANCEL_WAIT_SECONDS = 60;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT) //$NON-NLS-1$
			.withZone(ZoneId.systemDefault());
	private static final int LOG_LINES = 40;

	private final Cli cli;
	private final PrintStream out;
	private final PrintStream err;

	JobsCommand(Cli cli, PrintStream out, PrintStream err) {
		this.cli = cli;
		this.out = out;
		this.err = err;
	}

	/** @throws IllegalArgumentException for malformed arguments (exit code 2) */
	int run(String[] args) {
		String sub = args.length < 2 || args[1].startsWith("-") ? "list" : args[1]; //$NON-NLS-1$ //$NON-NLS-2$
		List<String> rest = new ArrayList<>(Arrays.asList(args).subList(Math.min(args.length, args.length < 2
				|| args[1].startsWith("-") ? 1 : 2), args.length)); //$NON-NLS-1$
		try {
			FileJobStore store = JobStores.open();
			adoptEnded(store);
			switch (sub) {
			case "list": //$NON-NLS-1$
				return list(store, rest);
			case "show": //$NON-NLS-1$
				return show(store, job(store, rest, Messages.Jobs_usageShow));
			case "cancel": //$NON-NLS-1$
				return cancel(store, job(store, rest, Messages.Jobs_usageCancel));
			case "log": //$NON-NLS-1$
				return log(store, job(store, rest, Messages.Jobs_usageLog));
			default:
				throw new IllegalArgumentException(NLS.bind(Messages.Jobs_unknownCommand, sub));
			}
		} catch (CoreException e) {
			return cli.report("jobs", e.getStatus()); //$NON-NLS-1$
		}
	}

	/** Fails the jobs whose process ended while they ran; queued ones stay for a runner that adopts them. */
	private static void adoptEnded(IJobStore store) throws CoreException {
		try (JobRunner runner = new JobRunner(store, List.of())) {
			runner.startOwnJobs();
		}
	}

	private static Job job(IJobStore store, List<String> rest, String usage) throws CoreException {
		if (rest.size() != 1 || rest.get(0).startsWith("-")) { //$NON-NLS-1$
			throw new IllegalArgumentException(usage);
		}
		String id = rest.get(0);
		try {
			return store.find(id).orElseThrow(() -> new IllegalArgumentException(NLS.bind(Messages.Jobs_noSuchJob, id)));
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(NLS.bind(Messages.Jobs_noSuchJob, id), e);
		}
	}

	private int list(FileJobStore store, List<String> rest) throws CoreException {
		RunState only = null;
		for (int i = 0; i < rest.size(); i++) {
			String arg = rest.get(i);
			String value;
			if ("--state".equals(arg)) { //$NON-NLS-1$
				if (i + 1 >= rest.size()) {
					throw new IllegalArgumentException(NLS.bind(Messages.Cli_missingValue, arg));
				}
				value = rest.get(++i);
			} else if (arg.startsWith("--state=")) { //$NON-NLS-1$
				value = arg.substring("--state=".length()); //$NON-NLS-1$
			} else {
				throw new IllegalArgumentException(Messages.Jobs_usageList);
			}
			only = state(value);
		}
		RunState filter = only;
		List<Job> jobs = store.list().stream().filter(j -> filter == null || j.state() == filter).toList();
		if (jobs.isEmpty()) {
			out.println(NLS.bind(Messages.Jobs_none, filter == null ? "" : filter.name() + " ", store.root())); //$NON-NLS-1$ //$NON-NLS-2$
			return Cli.OK;
		}
		List<String[]> rows = new ArrayList<>();
		rows.add(new String[] { "ID", "STUDY", "SOLVER", "PLACE", "STATE", "PROGRESS", "SUBMITTED", "STARTED", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
				"ENDED", "RESULT", "REASON" }); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (Job j : jobs) {
			rows.add(new String[] { j.id(), j.studyName(), solver(j), j.spec().place(), j.state().name(),
					progress(j).isEmpty() ? "-" : progress(j), //$NON-NLS-1$
					time(j.submitted()), time(j.started()), time(j.ended()), j.result() == null ? "-" : j.result().toString(), //$NON-NLS-1$
					oneLine(reason(j)) });
		}
		int[] widths = new int[rows.get(0).length];
		for (String[] row : rows) {
			for (int c = 0; c < row.length; c++) {
				widths[c] = Math.max(widths[c], row[c].length());
			}
		}
		for (String[] row : rows) {
			StringBuilder line = new StringBuilder();
			for (int c = 0; c < row.length; c++) {
				line.append(c == row.length - 1 ? row[c] : String.format(Locale.ROOT, "%-" + widths[c] + "s  ", row[c])); //$NON-NLS-1$ //$NON-NLS-2$
			}
			out.println(line.toString().stripTrailing());
		}
		return Cli.OK;
	}

	private static RunState state(String value) {
		for (RunState s : RunState.values()) {
			if (s.name().equalsIgnoreCase(value.strip())) {
				return s;
			}
		}
		throw new IllegalArgumentException(NLS.bind(Messages.Jobs_badState, value,
				Arrays.stream(RunState.values()).map(RunState::name).collect(Collectors.joining(", ")))); //$NON-NLS-1$
	}

	private int show(IJobStore store, Job j) {
		Map<String, String> options = new TreeMap<>(j.spec().solverOptions());
		field(Messages.Jobs_fieldId, j.id());
		field(Messages.Jobs_fieldStudy, j.studyName());
		field(Messages.Jobs_fieldSolver, j.spec().solverId() + (options.isEmpty() ? "" //$NON-NLS-1$
				: "  " + options.entrySet().stream().map(e -> e.getKey() + '=' + e.getValue()) //$NON-NLS-1$
						.collect(Collectors.joining(" ")))); //$NON-NLS-1$
		field(Messages.Jobs_fieldPlace, j.spec().place());
		field(Messages.Jobs_fieldTimeout, j.spec().timeout().isZero() ? Messages.Jobs_noTimeout
				: Durations.describe(j.spec().timeout()));
		field(Messages.Jobs_fieldState, j.state().name());
		field(Messages.Jobs_fieldReason, reason(j));
		field(Messages.Jobs_fieldProgress, progress(j).isEmpty() ? "-" : progress(j)); //$NON-NLS-1$
		field(Messages.Jobs_fieldAttempt, NLS.bind(Messages.Jobs_attemptOf, j.attempt(), j.spec().maxAttempts()));
		field(Messages.Jobs_fieldSubmitted, time(j.submitted()));
		field(Messages.Jobs_fieldStarted, time(j.started()));
		field(Messages.Jobs_fieldEnded, time(j.ended()));
		field(Messages.Jobs_fieldOwner, owner(j.owner()));
		field(Messages.Jobs_fieldMaterials, j.materials().entrySet().stream().sorted(Map.Entry.comparingByKey())
				.map(e -> e.getKey() + " v" + e.getValue()).collect(Collectors.joining(", "))); //$NON-NLS-1$ //$NON-NLS-2$
		field(Messages.Jobs_fieldFolder, store.attemptFolder(j.id(), 1).getParent().toString());
		field(Messages.Jobs_fieldResult, j.result() == null ? "-" : j.result().toString()); //$NON-NLS-1$
		if (store.isCancelRequested(j.id()) && !j.state().isFinal()) {
			out.println(Messages.Jobs_cancelPending);
		}
		if (!j.log().isBlank()) {
			out.println(Messages.Jobs_logHeading);
			j.log().lines().forEach(l -> out.println("  " + l)); //$NON-NLS-1$
		}
		return Cli.OK;
	}

	private void field(String name, String value) {
		out.println(String.format(Locale.ROOT, "%-11s %s", name + ':', value)); //$NON-NLS-1$
	}

	private int cancel(IJobStore store, Job j) throws CoreException {
		if (j.state().isFinal()) {
			out.println(NLS.bind(Messages.Jobs_alreadyEnded, j.id(), j.state().name()));
			return Cli.OK;
		}
		store.requestCancel(j.id());
		ProcessIdentity owner = j.owner();
		boolean someoneRunsIt = owner != null && (owner.isOnOtherHost() || owner.isAlive());
		if (!someoneRunsIt) {
			// queued by a process that has ended: nobody else will see the request
			Job after = store.update(j.id(), x -> x.inState(RunState.CANCELLED, Messages.Jobs_cancelledReason));
			out.println(NLS.bind(Messages.Jobs_cancelled, after.id(), after.state().name()));
			return after.state() == RunState.CANCELLED ? Cli.OK : Cli.FAILURE;
		}
		out.println(NLS.bind(Messages.Jobs_cancelRequested, j.id(), owner(owner)));
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(CANCEL_WAIT_SECONDS);
		while (System.nanoTime() < end) {
			Job now = store.find(j.id()).orElse(j);
			if (now.state().isFinal()) {
				out.println(NLS.bind(Messages.Jobs_cancelled, now.id(), now.state().name()));
				return now.state() == RunState.CANCELLED ? Cli.OK : Cli.FAILURE;
			}
			try {
				Thread.sleep(200);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		err.println(Messages.Cli_error + NLS.bind(Messages.Jobs_cancelNotConfirmed, new Object[] { j.id(),
				owner(owner), CANCEL_WAIT_SECONDS }));
		return Cli.FAILURE;
	}

	private int log(IJobStore store, Job j) {
		out.println(NLS.bind(Messages.Jobs_logTitle, new Object[] { j.id(), j.state().name(),
				j.reason().isEmpty() ? "" : ": " + j.reason() })); //$NON-NLS-1$ //$NON-NLS-2$
		String excerpt = j.log();
		if (excerpt.isBlank() && j.result() != null) {
			excerpt = tail(j.result().resolve(JobLogs.SOLVER_LOG));
		}
		for (int a = j.attempt(); excerpt.isBlank() && a >= 1; a--) {
			excerpt = JobLogs.excerpt(store.attemptFolder(j.id(), a));
		}
		if (excerpt.isBlank()) {
			out.println(NLS.bind(Messages.Jobs_noLog, CompareSolversOperation.shortName(String.valueOf(j.spec().solverId()))));
		} else {
			out.println(excerpt);
		}
		return Cli.OK;
	}

	private static String tail(Path log) {
		if (!Files.isRegularFile(log)) {
			return ""; //$NON-NLS-1$
		}
		try {
			List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_LINES), lines.size())); //$NON-NLS-1$
		} catch (IOException e) {
			return ""; //$NON-NLS-1$
		}
	}

	/** @return the job's reason, and for a job that waits for a process that has ended, that it does */
	private static String reason(Job j) {
		ProcessIdentity owner = j.owner();
		if (!j.state().isFinal() && owner != null && !owner.isOnOtherHost() && !owner.isAlive()) {
			return NLS.bind(Messages.Jobs_orphaned, new Object[] { j.reason().isEmpty() ? "" : j.reason() + ' ', //$NON-NLS-1$
					owner.pid(), j.id() });
		}
		return j.reason().isEmpty() ? "-" : j.reason(); //$NON-NLS-1$
	}

	private static String solver(Job j) {
		return j.spec().solverId() == null ? "-" : CompareSolversOperation.shortName(j.spec().solverId()); //$NON-NLS-1$
	}

	private static String progress(Job j) {
		if (j.state() == RunState.RUNNING) {
			return String.format(Locale.ROOT, "%.0f%%", 100 * j.progress()); //$NON-NLS-1$
		}
		return j.state() == RunState.SUCCEEDED ? "100%" : ""; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String time(Instant t) {
		return t == null ? "-" : TIME.format(t); //$NON-NLS-1$
	}

	private static String oneLine(String text) {
		return text.replaceAll("\\s*\\R\\s*", " "); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String owner(ProcessIdentity owner) {
		if (owner == null) {
			return "-"; //$NON-NLS-1$
		}
		String state = owner.isOnOtherHost() ? "" : owner.isAlive() ? Messages.Jobs_ownerAlive : Messages.Jobs_ownerEnded; //$NON-NLS-1$
		return NLS.bind(Messages.Jobs_owner, new Object[] { owner.pid(), owner.host(), state });
	}
}
