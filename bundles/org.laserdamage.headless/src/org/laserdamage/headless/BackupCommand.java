package org.laserdamage.headless;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.laserdamage.backup.BackupContent;
import org.laserdamage.backup.BackupItem;
import org.laserdamage.backup.BackupSet;
import org.laserdamage.backup.Backups;
import org.laserdamage.backup.Manifest;
import org.laserdamage.backup.UserData;
import org.laserdamage.backup.Webhook;
import org.laserdamage.core.RunStudyOperation;
import org.laserdamage.materials.MaterialStoreException;
import org.laserdamage.materials.store.MaterialStores;

/**
 * {@code laserdamage backup create|list|verify|restore|prune}: verified
 * backup sets of this user's data folder (the material database by Derby's
 * online backup, the job list, the results), and of the configuration and
 * studies folders given, in a destination folder.
 */
final class BackupCommand {

	private final Cli cli;
	private final PrintStream out;
	private final PrintStream err;
	private final Interruptions interruptions;

	BackupCommand(Cli cli, PrintStream out, PrintStream err, Interruptions interruptions) {
		this.cli = cli;
		this.out = out;
		this.err = err;
		this.interruptions = interruptions;
	}

	/** The options of every sub-command. */
	private static final class Options {
		Path destination;
		Path results;
		Path config;
		Path studies;
		Integer keep;
		String webhook;
		Duration maxAge;
		boolean dryRun;
		List<String> items = new ArrayList<>();
		List<String> positional = new ArrayList<>();
	}

	/** @throws IllegalArgumentException for malformed arguments (exit code 2) */
	int run(String[] args) {
		if (args.length < 2) {
			throw new IllegalArgumentException(Messages.Backup_usage);
		}
		Options o = parse(Arrays.asList(args).subList(2, args.length));
		if (o.destination == null) {
			throw new IllegalArgumentException(NLS.bind(Messages.Backup_noDestination, args[1]));
		}
		Backups backups = new Backups(o.destination);
		try {
			// a restore killed halfway is finished or undone before anything reads the sets or the folders
			for (String id : backups.recover()) {
				err.println(NLS.bind(Messages.Backup_recovered, id));
			}
			switch (args[1]) {
			case "create": //$NON-NLS-1$
				return create(backups, o);
			case "list": //$NON-NLS-1$
				return list(backups);
			case "verify": //$NON-NLS-1$
				return verify(backups, o);
			case "restore": //$NON-NLS-1$
				return restore(backups, o);
			case "prune": //$NON-NLS-1$
				return prune(backups, o);
			default:
				throw new IllegalArgumentException(NLS.bind(Messages.Backup_unknownCommand, args[1]));
			}
		} catch (CoreException e) {
			return cli.report("backup " + args[1], e.getStatus()); //$NON-NLS-1$
		} catch (org.eclipse.core.runtime.OperationCanceledException e) {
			err.println(NLS.bind(Messages.Backup_cancelled, args[1]));
			return interruptions.exitCode(Cli.CANCELLED);
		} finally {
			interruptions.cancellable(null);
		}
	}

	private static Options parse(List<String> args) {
		Options o = new Options();
		for (int i = 0; i < args.size(); i++) {
			String a = args.get(i);
			switch (a) {
			case "--to", "--from" -> o.destination = Path.of(value(args, ++i, a)).toAbsolutePath(); //$NON-NLS-1$ //$NON-NLS-2$
			case "--results" -> o.results = folder(value(args, ++i, a), a); //$NON-NLS-1$
			case "--config" -> o.config = folder(value(args, ++i, a), a); //$NON-NLS-1$
			case "--studies" -> o.studies = folder(value(args, ++i, a), a); //$NON-NLS-1$
			case "--items" -> o.items.addAll(Arrays.asList(value(args, ++i, a).split(","))); //$NON-NLS-1$ //$NON-NLS-2$
			case "--dry-run" -> o.dryRun = true; //$NON-NLS-1$
			case "--webhook" -> o.webhook = value(args, ++i, a); //$NON-NLS-1$
			case "--keep" -> o.keep = number(value(args, ++i, a), a, 0); //$NON-NLS-1$
			case "--max-age" -> o.maxAge = Duration.ofDays(number(value(args, ++i, a).replaceFirst("d$", ""), a, 1)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			default -> {
				if (a.startsWith("-")) { //$NON-NLS-1$
					throw new IllegalArgumentException(NLS.bind(Messages.Backup_unknownOption, a));
				}
				o.positional.add(a);
			}
			}
		}
		return o;
	}

	private static String value(List<String> args, int i, String option) {
		if (i >= args.size()) {
			throw new IllegalArgumentException(NLS.bind(Messages.Backup_missingValue, option));
		}
		return args.get(i);
	}

	private static Path folder(String text, String option) {
		Path p = Path.of(text).toAbsolutePath().normalize();
		if (!Files.isDirectory(p)) {
			throw new IllegalArgumentException(NLS.bind(Messages.Backup_notAFolder, option, text));
		}
		return p;
	}

	private static int number(String text, String option, int min) {
		try {
			int n = Integer.parseInt(text);
			if (n >= min) {
				return n;
			}
		} catch (NumberFormatException e) {
			// below
		}
		throw new IllegalArgumentException(NLS.bind(Messages.Backup_badNumber, new Object[] { option, text, min }));
	}

	private int create(Backups backups, Options o) throws CoreException {
		Path data;
		try {
			data = MaterialStores.dataDirectory();
		} catch (MaterialStoreException e) {
			throw new CoreException(org.eclipse.core.runtime.Status.error(e.getMessage(), e));
		}
		Map<String, Integer> schemas = new LinkedHashMap<>();
		List<BackupItem> items = new ArrayList<>(UserData.dataFolder(data, UserData.defaultStore(), schemas));
		Path results = o.results != null ? o.results : data.resolve(UserData.RESULTS);
		if (Files.isDirectory(results)) {
			items.add(BackupItem.folder(UserData.RESULTS, BackupContent.RESULTS, results));
		}
		if (o.config != null) {
			items.add(BackupItem.folder(UserData.CONFIGURATION, BackupContent.CONFIGURATION, o.config));
		}
		if (o.studies != null) {
			items.add(BackupItem.folder(UserData.STUDIES, BackupContent.USER_DATA, o.studies));
		}
		if (!o.items.isEmpty()) {
			items.removeIf(i -> !o.items.contains(i.name()));
		}
		Webhook webhook = o.webhook == null ? null : new Webhook(o.webhook);
		BackupSet set;
		try {
			set = backups.create(items, RunStudyOperation.applicationVersion(), schemas, monitor());
		} catch (CoreException e) {
			if (webhook != null) {
				webhook.post(BackupSet.ID.format(Instant.now()), false, e.getStatus().getMessage())
						.ifPresent(why -> err.println(NLS.bind(Messages.Backup_webhookFailed, why)));
			}
			throw e;
		}
		String summary = String.join(", ", //$NON-NLS-1$
				set.manifest().items().stream().map(i -> i.name() + " (" + size(i.bytes()) + ')').toList()); //$NON-NLS-1$
		out.println(NLS.bind(Messages.Backup_created, new Object[] { set.id(), set.folder(), summary }));
		if (webhook != null) {
			webhook.post(set.id(), true, set.folder() + ": " + summary) //$NON-NLS-1$
					.ifPresent(why -> err.println(NLS.bind(Messages.Backup_webhookFailed, why)));
		}
		return Cli.OK;
	}

	private int list(Backups backups) throws CoreException {
		List<BackupSet> sets = backups.list();
		if (sets.isEmpty()) {
			out.println(NLS.bind(Messages.Backup_none, backups.destination()));
		}
		for (BackupSet s : sets) {
			Manifest m = s.manifest();
			out.println(String.format(Locale.ROOT, "%s  %-10s  %9s  %s%s", s.id(), s.status().name().toLowerCase(Locale.ROOT), //$NON-NLS-1$
					m == null ? "" : size(m.size()), //$NON-NLS-1$
					m == null ? "" : String.join(",", m.items().stream().map(Manifest.Item::name).toList()), //$NON-NLS-1$ //$NON-NLS-2$
					m == null || m.problem() == null ? "" : "  " + m.problem())); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return Cli.OK;
	}

	private int verify(Backups backups, Options o) throws CoreException {
		List<BackupSet> sets = o.positional.isEmpty() ? backups.list()
				: o.positional.stream().map(id -> find(backups, id)).toList();
		int failed = 0;
		for (BackupSet s : sets) {
			BackupSet checked = backups.verify(s, monitor());
			out.println(checked.id() + "  " + checked.status().name().toLowerCase(Locale.ROOT) //$NON-NLS-1$
					+ (checked.manifest() != null && checked.manifest().problem() != null ? "  " + checked.manifest().problem() : "")); //$NON-NLS-1$ //$NON-NLS-2$
			if (!checked.isGood()) {
				failed++;
			}
		}
		return failed == 0 ? Cli.OK : Cli.FAILURE;
	}

	private BackupSet find(Backups backups, String id) {
		if (!id.matches("\\d{8}_\\d{6}")) { //$NON-NLS-1$
			throw new IllegalArgumentException(NLS.bind(Messages.Backup_badId, id));
		}
		try {
			return backups.find(id);
		} catch (CoreException e) {
			throw new IllegalArgumentException(e.getStatus().getMessage(), e);
		}
	}

	private int restore(Backups backups, Options o) throws CoreException {
		if (o.positional.size() != 1) {
			throw new IllegalArgumentException(Messages.Backup_usageRestore);
		}
		BackupSet set = find(backups, o.positional.get(0));
		List<Backups.Change> changes = UserData.restore(backups, set.id(), o.items, Map.of(), Map.of(), o.dryRun, monitor());
		for (Backups.Change c : changes) {
			out.println(NLS.bind(o.dryRun ? Messages.Backup_wouldRestore : Messages.Backup_restored,
					new Object[] { c.item(), c.target(), c.files(), c.replaces() ? Messages.Backup_replacing : Messages.Backup_creating }));
		}
		return Cli.OK;
	}

	private int prune(Backups backups, Options o) throws CoreException {
		Duration maxAge = o.maxAge == null && o.keep == null ? Duration.ofDays(30) : o.maxAge;
		List<BackupSet> removed = backups.prune(maxAge, o.keep, Instant.now(), new NullProgressMonitor());
		removed.forEach(s -> out.println(NLS.bind(Messages.Backup_removed, s.id(), s.folder())));
		if (removed.isEmpty()) {
			out.println(Messages.Backup_nothingRemoved);
		}
		return Cli.OK;
	}

	private static String size(long bytes) {
		return bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%.1f kB", bytes / 1024.0) //$NON-NLS-1$
				: String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024)); //$NON-NLS-1$
	}

	/** @return a monitor a signal cancels (a backup cancelled midway leaves no set; a restore, the previous state) */
	private org.eclipse.core.runtime.IProgressMonitor monitor() {
		NullProgressMonitor monitor = new NullProgressMonitor();
		interruptions.cancellable(monitor);
		return monitor;
	}
}
