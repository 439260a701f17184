package org.laserdamage.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * Backup sets in a destination folder: create (then verify, and only then
 * give the set its name), list, verify again later, prune by age and count,
 * and restore (verified sets only; into staging folders first, then swapped
 * in, so a restore that fails leaves the previous state in place).
 */
public final class Backups {

	private static final String JOURNAL_SUFFIX = ".journal"; //$NON-NLS-1$
	private static final String SWAPPED = "swapped"; //$NON-NLS-1$

	/** The product named in manifests. */
	private static final String PRODUCT = "laserdamage"; //$NON-NLS-1$

	private final Path destination;

	/** @param destination the folder holding the sets */
	public Backups(Path destination) {
		this.destination = destination.toAbsolutePath().normalize();
	}

	/** @return the folder holding the sets */
	public Path destination() {
		return destination;
	}

	/**
	 * Writes a backup set of {@code items}, verifies it, and names it by its id once verified (a set that fails
	 * verification is named {@code ID.failed}; one whose writer stops is left as {@code ID.incomplete}).
	 *
	 * @param version        the product version, for the manifest
	 * @param schemaVersions the schema version of each database held
	 * @return the set, verified
	 * @throws CoreException when it cannot be written or does not verify (the message says which and why)
	 * @throws OperationCanceledException when cancelled (the incomplete set is removed)
	 */
	public BackupSet create(List<BackupItem> items, String version, Map<String, Integer> schemaVersions,
			IProgressMonitor monitor) throws CoreException {
		Set<String> names = new HashSet<>();
		for (BackupItem item : items) {
			if (!names.add(item.name())) {
				throw new CoreException(Status.error(NLS.bind(Messages.Backup_duplicateItem, item.name())));
			}
		}
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Backup_task, destination), 10 * items.size() + 5);
		try {
			Files.createDirectories(destination);
		} catch (IOException e) {
			throw new CoreException(Status.error(NLS.bind(Messages.Backup_noDestination, destination, e.getMessage()), e));
		}
		Instant started = Instant.now();
		String id = BackupSet.ID.format(started);
		Path incomplete = destination.resolve(id + BackupSet.INCOMPLETE_SUFFIX);
		if (Files.exists(destination.resolve(id)) || Files.exists(incomplete)
				|| Files.exists(destination.resolve(id + BackupSet.FAILED_SUFFIX))) {
			throw new CoreException(Status.error(NLS.bind(Messages.Backup_exists, id, destination)));
		}
		boolean done = false;
		try {
			Files.createDirectory(incomplete);
			List<Manifest.Item> written = new ArrayList<>();
			for (BackupItem item : items) {
				progress.subTask(NLS.bind(Messages.Backup_item, item.location()));
				written.add(archive(item, incomplete, progress.split(10)));
			}
			Manifest manifest = new Manifest(Manifest.FORMAT, id, started.toString(), PRODUCT + ' ' + version,
					new LinkedHashMap<>(schemaVersions), written, Manifest.WRITING, null, null);
			manifest.write(incomplete);
			Optional<String> problem = check(incomplete, manifest, progress.split(5));
			if (problem.isPresent()) {
				manifest.with(Manifest.FAILED, null, problem.get()).write(incomplete);
				Files.move(incomplete, destination.resolve(id + BackupSet.FAILED_SUFFIX), StandardCopyOption.ATOMIC_MOVE);
				done = true;
				throw new CoreException(Status.error(problem.get()));
			}
			manifest.with(Manifest.VERIFIED, Instant.now().toString(), null).write(incomplete);
			fsync(incomplete);
			Path good = destination.resolve(id);
			Files.move(incomplete, good, StandardCopyOption.ATOMIC_MOVE);
			done = true;
			return new BackupSet(id, good, Manifest.read(good), BackupSet.Status.VERIFIED);
		} catch (IOException e) {
			throw new CoreException(Status.error(NLS.bind(Messages.Backup_cannotWrite, new Object[] { id, e.getMessage(),
					incomplete.getFileName() }), e));
		} finally {
			if (!done) {
				deleteTree(incomplete); // cancelled or failed while writing: nothing that looks like a set stays
			}
		}
	}

	private static Manifest.Item archive(BackupItem item, Path set, IProgressMonitor monitor) throws CoreException, IOException {
		Path archive = set.resolve(item.archiveName());
		TarArchives.Written w;
		if (item.snapshot() != null) {
			Path copy = set.resolve('.' + item.name() + ".snapshot"); //$NON-NLS-1$
			Files.createDirectory(copy);
			try {
				item.snapshot().copyInto(copy, monitor);
				w = TarArchives.write(copy, archive, monitor);
			} finally {
				deleteTree(copy);
			}
		} else {
			w = TarArchives.write(item.location(), archive, monitor);
		}
		return new Manifest.Item(item.name(), item.content().label(), item.location().toString(), item.archiveName(), w.size(),
				w.sha256(), w.entries(), w.bytes());
	}

	/** @return why the archives of the set in {@code folder} do not match {@code manifest}, if they do not */
	private static Optional<String> check(Path folder, Manifest manifest, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Verify_task, manifest.id()), manifest.items().size());
		for (Manifest.Item item : manifest.items()) {
			Path archive = folder.resolve(item.archive());
			if (!item.archive().equals(archive.getFileName().toString()) || !Files.isRegularFile(archive)) {
				return Optional.of(NLS.bind(Messages.Verify_missing, manifest.id(), item.archive()));
			}
			try {
				SubMonitor two = SubMonitor.convert(progress.split(1), 2);
				long size = Files.size(archive);
				if (size != item.size() || !TarArchives.sha256(archive, two.split(1)).equals(item.sha256())) {
					return Optional.of(NLS.bind(Messages.Verify_mismatch, new Object[] { manifest.id(), item.archive(), size,
							item.size() }));
				}
				TarArchives.Written read = TarArchives.read(archive, two.split(1)); // whole, and as many entries
				if (read.entries() != item.entries() || read.bytes() != item.bytes()) {
					return Optional.of(NLS.bind(Messages.Verify_mismatch, new Object[] { manifest.id(), item.archive(), size,
							item.size() }));
				}
			} catch (IOException e) {
				return Optional.of(NLS.bind(Messages.Verify_unreadable, new Object[] { manifest.id(), item.archive(), e.getMessage() }));
			}
		}
		return Optional.empty();
	}

	/** @return the sets in the destination, oldest first (verified, failed and incomplete ones) */
	public List<BackupSet> list() throws CoreException {
		List<BackupSet> sets = new ArrayList<>();
		if (!Files.isDirectory(destination)) {
			return sets;
		}
		try (DirectoryStream<Path> folders = Files.newDirectoryStream(destination)) {
			for (Path folder : folders) {
				set(folder).ifPresent(sets::add);
			}
		} catch (IOException e) {
			throw new CoreException(Status.error(e.getMessage(), e));
		}
		sets.sort(Comparator.comparing(BackupSet::id));
		return sets;
	}

	/** @return the set in {@code folder}, if it is one this product writes (by its name) */
	private static Optional<BackupSet> set(Path folder) {
		String name = folder.getFileName().toString();
		if (!Files.isDirectory(folder) || !name.matches(BackupSet.ID_PATTERN + "(\\.failed|\\.incomplete)?")) { //$NON-NLS-1$
			return Optional.empty();
		}
		String id = name.substring(0, 15);
		Manifest manifest;
		try {
			manifest = Manifest.read(folder);
		} catch (IOException e) {
			manifest = null;
		}
		BackupSet.Status status = name.endsWith(BackupSet.INCOMPLETE_SUFFIX) ? BackupSet.Status.INCOMPLETE
				: name.endsWith(BackupSet.FAILED_SUFFIX) || manifest == null || !manifest.isVerified() || !id.equals(manifest.id())
						? BackupSet.Status.FAILED
						: BackupSet.Status.VERIFIED;
		return Optional.of(new BackupSet(id, folder, manifest, status));
	}

	/** @return the newest verified set, if any */
	public Optional<BackupSet> latestGood() throws CoreException {
		List<BackupSet> sets = list();
		for (int i = sets.size() - 1; i >= 0; i--) {
			if (sets.get(i).isGood()) {
				return Optional.of(sets.get(i));
			}
		}
		return Optional.empty();
	}

	/** @return the set {@code id} */
	public BackupSet find(String id) throws CoreException {
		return list().stream().filter(s -> s.id().equals(id)).reduce((a, b) -> a.isGood() ? a : b)
				.orElseThrow(() -> new CoreException(Status.error(NLS.bind(Messages.Restore_noSuchSet, id, destination))));
	}

	/**
	 * Reads every archive of {@code set} again and compares it with the manifest (bit rot, a truncated or missing
	 * file). A set that no longer matches is marked failed (renamed {@code ID.failed}) and never counted as good.
	 *
	 * @return the set as it is now
	 */
	public BackupSet verify(BackupSet set, IProgressMonitor monitor) throws CoreException {
		if (set.manifest() == null) {
			return markFailed(set, NLS.bind(Messages.Verify_noManifest, set.id(), set.folder().resolve(Manifest.FILE)));
		}
		Optional<String> problem = check(set.folder(), set.manifest(), monitor);
		if (problem.isPresent()) {
			return markFailed(set, problem.get());
		}
		if (set.status() == BackupSet.Status.INCOMPLETE) {
			return set; // complete archives do not make a set whose writer stopped a backup
		}
		try {
			Manifest checked = set.manifest().with(set.manifest().isVerified() ? Manifest.VERIFIED : set.manifest().state(),
					Instant.now().toString(), set.manifest().problem());
			checked.write(set.folder());
			return new BackupSet(set.id(), set.folder(), checked, set.status());
		} catch (IOException e) {
			throw new CoreException(Status.error(e.getMessage(), e));
		}
	}

	private BackupSet markFailed(BackupSet set, String problem) throws CoreException {
		try {
			Path folder = set.folder();
			if (set.manifest() != null) {
				set.manifest().with(Manifest.FAILED, set.manifest().verified(), problem).write(folder);
			}
			if (set.status() == BackupSet.Status.VERIFIED) {
				Path failed = destination.resolve(set.id() + BackupSet.FAILED_SUFFIX);
				if (!Files.exists(failed)) {
					Files.move(folder, failed, StandardCopyOption.ATOMIC_MOVE);
					folder = failed;
				}
			}
			return new BackupSet(set.id(), folder, set.manifest() == null ? null : Manifest.read(folder),
					set.status() == BackupSet.Status.INCOMPLETE ? BackupSet.Status.INCOMPLETE : BackupSet.Status.FAILED);
		} catch (IOException e) {
			throw new CoreException(Status.error(problem + " (" + e.getMessage() + ')', e)); //$NON-NLS-1$
		}
	}

	/**
	 * Removes sets older than {@code maxAge} (null: no age limit) and all but the newest {@code keep} verified
	 * ones (null: no count limit). The newest verified set is never removed, and nothing but this product's set
	 * folders (named by an id) is touched.
	 *
	 * @return the sets removed
	 */
	public List<BackupSet> prune(Duration maxAge, Integer keep, Instant now, IProgressMonitor monitor) throws CoreException {
		List<BackupSet> sets = list();
		Optional<BackupSet> newest = latestGood();
		List<BackupSet> good = sets.stream().filter(BackupSet::isGood).toList();
		List<BackupSet> removed = new ArrayList<>();
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Prune_task, destination), sets.size());
		for (BackupSet s : sets) {
			progress.split(1);
			if (newest.isPresent() && newest.get().folder().equals(s.folder())) {
				continue;
			}
			boolean old = maxAge != null && s.time().isBefore(now.minus(maxAge));
			boolean surplus = keep != null && s.isGood() && good.indexOf(s) < good.size() - keep;
			if (old || surplus) {
				deleteTree(s.folder());
				removed.add(s);
			}
		}
		return removed;
	}

	/** Restores an item that is not a folder swapped in (a database server): given the item's extracted files. */
	@FunctionalInterface
	public interface Restorer {
		/** Applies the extracted item; it either applies all of it or fails leaving the old state. */
		void restore(Path extracted, IProgressMonitor monitor) throws CoreException, IOException;
	}

	/** What a restore changes at one place. */
	public record Change(String item, Path target, int files, boolean replaces) {
	}

	/**
	 * Restores {@code items} (their names; empty: all) of the verified set {@code id}, each to {@code targets}'
	 * folder for it or to where it came from. The set is verified again first; every archive is extracted into a
	 * staging folder beside its target; only when all are extracted are the targets swapped for them, and a swap
	 * that fails puts back what was swapped. With {@code dryRun} nothing is written.
	 *
	 * @return what changes (or would change)
	 */
	public List<Change> restore(String id, List<String> items, Map<String, Path> targets, boolean dryRun,
			IProgressMonitor monitor) throws CoreException {
		return restore(id, items, targets, Map.of(), dryRun, monitor);
	}

	/**
	 * As {@link #restore(String, List, Map, boolean, IProgressMonitor)}; items named in {@code restorers} are
	 * extracted into a staging folder and handed to their restorer (after every folder item was extracted, before
	 * the folders are swapped in), instead of replacing a folder.
	 */
	public List<Change> restore(String id, List<String> items, Map<String, Path> targets, Map<String, Restorer> restorers,
			boolean dryRun, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Restore_task, id), 100);
		BackupSet set = find(id);
		if (!set.isGood()) {
			throw new CoreException(Status.error(NLS.bind(Messages.Restore_notVerified, new Object[] { id,
					set.status().name().toLowerCase(java.util.Locale.ROOT),
					set.manifest() == null || set.manifest().problem() == null ? "" : set.manifest().problem() }))); //$NON-NLS-1$
		}
		set = verify(set, progress.split(30));
		if (!set.isGood()) {
			throw new CoreException(Status.error(NLS.bind(Messages.Restore_notVerified,
					new Object[] { id, "failed", set.manifest().problem() }))); //$NON-NLS-1$
		}
		List<Manifest.Item> chosen = new ArrayList<>();
		for (Manifest.Item item : set.manifest().items()) {
			if (items.isEmpty() || items.contains(item.name())) {
				chosen.add(item);
			}
		}
		for (String wanted : items) {
			if (chosen.stream().noneMatch(i -> i.name().equals(wanted))) {
				throw new CoreException(Status.error(NLS.bind(Messages.Restore_noSuchItem, new Object[] { id, wanted,
						String.join(", ", set.manifest().items().stream().map(Manifest.Item::name).toList()) }))); //$NON-NLS-1$
			}
		}
		List<Change> changes = new ArrayList<>();
		for (Manifest.Item item : chosen) {
			Path target = targets.getOrDefault(item.name(), Path.of(item.location())).toAbsolutePath().normalize();
			// an item given to a restorer replaces what its database holds; a folder, what is there
			changes.add(new Change(item.name(), target, item.entries(), restorers.containsKey(item.name()) || Files.exists(target)));
		}
		if (dryRun) {
			return changes;
		}
		recover();
		Map<Change, Path> staged = new LinkedHashMap<>();
		for (int i = 0; i < chosen.size(); i++) {
			Path target = changes.get(i).target();
			staged.put(changes.get(i), restorers.containsKey(chosen.get(i).name())
					? destination.resolve('.' + id + '.' + chosen.get(i).name() + ".restoring") //$NON-NLS-1$
					: target.resolveSibling(target.getFileName() + ".restoring-" + id)); //$NON-NLS-1$
		}
		Path journal = destination.resolve(".restore-" + id + JOURNAL_SUFFIX); //$NON-NLS-1$
		boolean swapped = false;
		try {
			writeJournal(journal, id, staged, false);
			SubMonitor extracting = SubMonitor.convert(progress.split(60), chosen.size());
			for (int i = 0; i < chosen.size(); i++) {
				Manifest.Item item = chosen.get(i);
				Path staging = staged.get(changes.get(i));
				deleteTree(staging);
				TarArchives.extract(set.folder().resolve(item.archive()), staging, item.entries(), item.bytes(),
						extracting.split(1));
			}
			Map<Change, Path> folders = new LinkedHashMap<>();
			for (Map.Entry<Change, Path> e : staged.entrySet()) {
				Restorer restorer = restorers.get(e.getKey().item());
				if (restorer == null) {
					folders.put(e.getKey(), e.getValue());
				} else {
					restorer.restore(e.getValue(), progress.split(1));
				}
			}
			swap(id, folders, journal, progress.split(9));
			swapped = true;
			staged.keySet().removeAll(folders.keySet());
			staged.values().forEach(Backups::deleteTree);
			Files.deleteIfExists(journal);
			return changes;
		} catch (IOException e) {
			throw new CoreException(Status.error(NLS.bind(Messages.Restore_failed, id, e.getMessage()), e));
		} finally {
			if (!swapped) {
				staged.values().forEach(Backups::deleteTree);
				try {
					Files.deleteIfExists(journal);
				} catch (IOException e) {
					// the next restore or recover() finds it: it only names folders that are gone
				}
			}
		}
	}

	/**
	 * Finishes or undoes a restore that a killed process left halfway: a restore interrupted before all its
	 * folders were swapped in is rolled back (each target gets back what it held), one interrupted after is
	 * completed; staging folders are removed. Every restore calls it first; call it before using targets a
	 * restore may have been replacing.
	 *
	 * @return the ids of the restores recovered
	 */
	public List<String> recover() throws CoreException {
		List<String> recovered = new ArrayList<>();
		if (!Files.isDirectory(destination)) {
			return recovered;
		}
		try (Stream<Path> files = Files.list(destination)) {
			for (Path journal : files.filter(f -> f.getFileName().toString().endsWith(JOURNAL_SUFFIX)).sorted().toList()) {
				List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
				String id = lines.isEmpty() ? "" : lines.get(0); //$NON-NLS-1$
				boolean complete = lines.contains(SWAPPED);
				for (String line : lines) {
					String[] parts = line.split("\t"); //$NON-NLS-1$
					if (parts.length != 3) {
						continue;
					}
					Path staging = Path.of(parts[0]);
					Path target = Path.of(parts[1]);
					Path before = target.resolveSibling(target.getFileName() + ".before-restore-" + id); //$NON-NLS-1$
					if (!complete && Files.exists(before)) {
						deleteTree(target);
						Files.move(before, target, StandardCopyOption.ATOMIC_MOVE);
					} else if (!complete && !Boolean.parseBoolean(parts[2])) {
						deleteTree(target); // it was not there before the restore
					}
					deleteTree(before);
					deleteTree(staging);
				}
				Files.delete(journal);
				recovered.add(id);
			}
		} catch (IOException | RuntimeException e) {
			throw new CoreException(Status.error(NLS.bind(Messages.Restore_cannotRecover, destination, e.getMessage()), e));
		}
		return recovered;
	}

	/**
	 * The journal of a restore: the id, then a line per folder (staging, target, whether the target existed;
	 * tab-separated), then {@link #SWAPPED} once every folder is in place.
	 */
	private static void writeJournal(Path journal, String id, Map<Change, Path> staged, boolean swapped) throws IOException {
		List<String> lines = new ArrayList<>();
		lines.add(id);
		staged.forEach((change, staging) -> lines.add(staging + "\t" + change.target() + '\t' + change.replaces())); //$NON-NLS-1$
		if (swapped) {
			lines.add(SWAPPED);
		}
		Path written = journal.resolveSibling(journal.getFileName() + ".new"); //$NON-NLS-1$
		Files.write(written, lines, StandardCharsets.UTF_8);
		try (var channel = java.nio.channels.FileChannel.open(written, java.nio.file.StandardOpenOption.WRITE)) {
			channel.force(true);
		}
		Files.move(written, journal, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		fsync(journal.getParent());
	}

	/** Swaps each target for its staging folder; on a failure puts back the targets already swapped. */
	private static void swap(String id, Map<Change, Path> staged, Path journal, IProgressMonitor monitor)
			throws IOException, CoreException {
		TarArchives.checkCancel(monitor); // the last point a cancel is taken: swapping is not interrupted
		List<Change> done = new ArrayList<>();
		try {
			for (Map.Entry<Change, Path> e : staged.entrySet()) {
				Path target = e.getKey().target();
				Path before = target.resolveSibling(target.getFileName() + ".before-restore-" + id); //$NON-NLS-1$
				deleteTree(before);
				Files.createDirectories(target.getParent());
				if (Files.exists(target)) {
					Files.move(target, before, StandardCopyOption.ATOMIC_MOVE);
				}
				done.add(e.getKey());
				Files.move(e.getValue(), target, StandardCopyOption.ATOMIC_MOVE);
			}
		} catch (IOException e) {
			for (Change c : done) {
				Path before = c.target().resolveSibling(c.target().getFileName() + ".before-restore-" + id); //$NON-NLS-1$
				if (Files.exists(before)) {
					if (Files.exists(c.target())) {
						deleteTree(c.target());
					}
					Files.move(before, c.target(), StandardCopyOption.ATOMIC_MOVE);
				}
			}
			throw new CoreException(Status.error(NLS.bind(Messages.Restore_rolledBack, id, e.getMessage()), e));
		}
		// every folder is in place: from here a killed restore is completed by recover(), not undone
		writeJournal(journal, id, staged, true);
		for (Change c : done) {
			deleteTree(c.target().resolveSibling(c.target().getFileName() + ".before-restore-" + id)); //$NON-NLS-1$
		}
	}

	private static void fsync(Path folder) {
		try (var channel = java.nio.channels.FileChannel.open(folder, java.nio.file.StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException e) {
			// not every file system syncs a folder; the manifest itself was synced
		}
	}

	/** Deletes {@code folder} and what it holds (not following links); what cannot be deleted stays. */
	public static void deleteTree(Path folder) {
		if (!Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
				Files.deleteIfExists(p);
			}
		} catch (IOException e) {
			// what is left has a name no restore or list takes for a set
		}
	}
}
