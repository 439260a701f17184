package org.laserdamage.headless;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.laserdamage.core.DeadRuns;

/**
 * {@code laserdamage cleanup [DIR]... [--delete]}: lists the folders left by
 * runs whose process was killed (named {@code <out>.incomplete-…}, with a
 * marker naming a process that has ended) and, with {@code --delete},
 * removes them. Folders of runs that still go on, and folders without the
 * marker, are never touched. Without DIR it looks in the current folder and
 * in {@code runs/}.
 */
final class CleanupCommand {

	private final PrintStream out;
	private final PrintStream err;

	CleanupCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	int run(String[] args) {
		boolean delete = false;
		Set<Path> folders = new LinkedHashSet<>();
		boolean optionsEnded = false;
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			if (!optionsEnded && "--delete".equals(arg)) { //$NON-NLS-1$
				delete = true;
			} else if (!optionsEnded && "--".equals(arg)) { //$NON-NLS-1$
				optionsEnded = true;
			} else if (!optionsEnded && arg.startsWith("-")) { //$NON-NLS-1$
				err.println(NLS.bind(Messages.Cli_unknownOption, arg, args[0]));
				return Cli.INVALID;
			} else {
				folders.add(Paths.get(arg));
			}
		}
		if (folders.isEmpty()) {
			folders.add(Paths.get("")); //$NON-NLS-1$
			folders.add(Paths.get("runs")); //$NON-NLS-1$
		}
		try {
			List<DeadRuns.DeadRun> dead = new ArrayList<>();
			for (Path folder : folders) {
				dead.addAll(DeadRuns.in(folder.toAbsolutePath().normalize()));
			}
			if (dead.isEmpty()) {
				out.println(Messages.Cleanup_none);
				return Cli.OK;
			}
			int deleted = 0;
			for (DeadRuns.DeadRun run : dead) {
				out.println(NLS.bind(Messages.Cleanup_deadRun, new Object[] { run.folder(), run.marker().writer().pid(),
						run.marker().runStarted(), megabytes(run.bytes()) }));
				if (delete && DeadRuns.delete(run)) {
					deleted++;
				}
			}
			out.println(delete ? NLS.bind(Messages.Cleanup_deleted, deleted) : Messages.Cleanup_hint);
			return Cli.OK;
		} catch (IOException e) {
			err.println(Messages.Cli_error + NLS.bind(Messages.Cleanup_failed, e.getMessage()));
			return Cli.FAILURE;
		}
	}

	/** After a run: one line when dead runs lie beside its output folder. */
	static void mentionDeadRuns(Path folder, PrintStream err) {
		try {
			int count = DeadRuns.in(folder).size();
			if (count > 0) {
				err.println(NLS.bind(Messages.Cleanup_mention, count, folder));
			}
		} catch (IOException e) {
			// only a hint; the run itself succeeded
		}
	}

	private static String megabytes(long bytes) {
		return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0)); //$NON-NLS-1$
	}
}
