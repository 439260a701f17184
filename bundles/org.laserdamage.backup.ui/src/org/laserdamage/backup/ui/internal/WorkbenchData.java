package org.laserdamage.backup.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.util.NLS;
import org.laserdamage.backup.BackupContent;
import org.laserdamage.backup.BackupItem;
import org.laserdamage.backup.BackupSet;
import org.laserdamage.backup.Backups;
import org.laserdamage.backup.Manifest;
import org.laserdamage.backup.UserData;
import org.laserdamage.backup.Webhook;
import org.laserdamage.core.RunStudyOperation;
import org.laserdamage.materials.MaterialExport;
import org.laserdamage.materials.MaterialStoreException;
import org.laserdamage.materials.store.MaterialStores;
import org.laserdamage.materials.ui.WorkbenchMaterials;
import org.laserdamage.runs.ui.internal.jobs.WorkbenchJobs;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The workbench's own data as backup items, and its restore: the material
 * and job databases of the data folder (through the workbench's connection
 * to the material database), every project of the workspace (its studies
 * and their runs; one item per project), and the Laser Damage preferences.
 * The wizards and the scheduled backup only call these operations.
 */
public final class WorkbenchData {

	/** Names of project items: this, then the project's name with other characters as {@code _}. */
	public static final String PROJECT_PREFIX = "project-"; //$NON-NLS-1$
	/** The preference nodes backed up: this product's. */
	private static final String NODE_PREFIX = "org.laserdamage"; //$NON-NLS-1$
	private static final String PREFS_SUFFIX = ".prefs"; //$NON-NLS-1$

	/** What a backup of the workbench holds. */
	public enum Part {
		/** The material database, its export and the job list. */
		DATABASES,
		/** Every project of the workspace: studies and their runs. */
		PROJECTS,
		/** The Laser Damage preferences. */
		PREFERENCES
	}

	/** The outcome of a backup: the set, and the earlier sets verified again when asked. */
	public record Outcome(BackupSet set, List<BackupSet> reverified, List<BackupSet> pruned) {
	}

	private WorkbenchData() {
	}

	/** @return the items of {@code parts}; {@code schemas} gets the databases' schema versions as they are copied */
	public static List<BackupItem> items(Set<Part> parts, Map<String, Integer> schemas) throws CoreException {
		List<BackupItem> items = new ArrayList<>();
		if (parts.contains(Part.DATABASES)) {
			items.addAll(UserData.dataFolder(dataFolder(), materials(), schemas));
		}
		if (parts.contains(Part.PROJECTS)) {
			Set<String> names = new HashSet<>();
			for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
				IPath location = project.getLocation();
				if (location != null && Files.isDirectory(location.toPath())) {
					items.add(BackupItem.folder(unique(projectItem(project.getName()), names), BackupContent.USER_DATA,
							location.toPath()));
				}
			}
		}
		if (parts.contains(Part.PREFERENCES)) {
			items.add(new BackupItem(UserData.CONFIGURATION, BackupContent.CONFIGURATION, preferencesFolder(),
					(folder, monitor) -> writePreferences(folder)));
		}
		return items;
	}

	/**
	 * Writes a verified set of {@code parts} into {@code destination}, then (when asked) verifies the earlier
	 * sets there again and prunes by the retention of the preferences; posts to the webhook of the preferences.
	 */
	public static Outcome backUp(Set<Part> parts, Path destination, boolean verifyOthers, boolean prune,
			IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		Backups backups = new Backups(destination);
		Map<String, Integer> schemas = new LinkedHashMap<>();
		List<BackupItem> items = items(parts, schemas);
		if (items.isEmpty()) {
			throw new CoreException(Status.error(Messages.Backup_nothingChosen));
		}
		Webhook webhook = BackupSettings.webhook().map(Webhook::new).orElse(null);
		BackupSet set;
		try {
			set = backups.create(items, RunStudyOperation.applicationVersion(), schemas, progress.split(7));
		} catch (CoreException e) {
			if (webhook != null) {
				webhook.post(BackupSet.ID.format(Instant.now()), false, e.getStatus().getMessage());
			}
			throw e;
		}
		if (webhook != null) {
			webhook.post(set.id(), true, set.folder() + ": " + describe(set.manifest())); //$NON-NLS-1$
		}
		List<BackupSet> reverified = new ArrayList<>();
		if (verifyOthers) {
			List<BackupSet> others = backups.list().stream().filter(s -> !s.id().equals(set.id()) && s.manifest() != null)
					.toList();
			SubMonitor verifying = SubMonitor.convert(progress.split(2), others.size());
			for (BackupSet other : others) {
				reverified.add(backups.verify(other, verifying.split(1)));
			}
		}
		List<BackupSet> pruned = List.of();
		if (prune) {
			int keep = BackupSettings.keep();
			pruned = backups.prune(Duration.ofDays(BackupSettings.retentionDays()), keep > 0 ? keep : null, Instant.now(),
					progress.split(1));
		}
		return new Outcome(set, reverified, pruned);
	}

	/**
	 * Restores {@code items} (empty: all) of set {@code id}: refused while jobs run; job processing paused and
	 * the workbench's material database closed meanwhile; restored projects refreshed (or brought back into
	 * the workspace), restored preferences applied. With {@code dryRun}, only says what would change.
	 */
	public static List<Backups.Change> restore(Path destination, String id, List<String> items, boolean dryRun,
			IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		Backups backups = new Backups(destination);
		Map<String, Backups.Restorer> restorers = Map.of(UserData.CONFIGURATION, (extracted, m) -> applyPreferences(extracted));
		if (dryRun) {
			return UserData.restore(backups, id, items, Map.of(), restorers, true, progress);
		}
		List<Backups.Change> changes = WorkbenchJobs.<List<Backups.Change>, CoreException>whilePaused(
				() -> WorkbenchMaterials.<List<Backups.Change>, CoreException>whileClosed(
						() -> UserData.restore(backups, id, items, Map.of(), restorers, false, progress.split(8))));
		SubMonitor projects = SubMonitor.convert(progress.split(2), changes.size());
		for (Backups.Change change : changes) {
			if (change.item().startsWith(PROJECT_PREFIX)) {
				bringBack(change.target(), projects.split(1));
			}
		}
		return changes;
	}

	/** @return a line naming each item of {@code manifest} with its size */
	public static String describe(Manifest manifest) {
		return String.join(", ", manifest.items().stream().map(i -> label(i.name()) + " (" + size(i.bytes()) + ')').toList()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @return what the item called {@code name} is, for people */
	public static String label(String name) {
		if (name.startsWith(PROJECT_PREFIX)) {
			return NLS.bind(Messages.Item_project, name.substring(PROJECT_PREFIX.length()));
		}
		return switch (name) {
		case UserData.MATERIALS -> Messages.Item_materials;
		case UserData.MATERIALS_SERVER -> Messages.Item_materialServer;
		case UserData.MATERIALS_EXPORT -> Messages.Item_materialsExport;
		case UserData.JOBS -> Messages.Item_jobs;
		case UserData.CONFIGURATION -> Messages.Item_preferences;
		default -> name;
		};
	}

	public static String size(long bytes) {
		if (bytes < 1024 * 1024) {
			return String.format(Locale.ROOT, "%.1f kB", bytes / 1024.0); //$NON-NLS-1$
		}
		return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024)); //$NON-NLS-1$
	}

	/** @return every part */
	public static Set<Part> allParts() {
		return EnumSet.allOf(Part.class);
	}

	static String projectItem(String project) {
		String name = PROJECT_PREFIX + project.replaceAll("[^A-Za-z0-9_-]", "_"); //$NON-NLS-1$ //$NON-NLS-2$
		return name.length() > 60 ? name.substring(0, 60) : name;
	}

	private static String unique(String name, Set<String> used) {
		String candidate = name;
		for (int n = 2; !used.add(candidate); n++) {
			candidate = name + '-' + n;
		}
		return candidate;
	}

	private static Path dataFolder() throws CoreException {
		try {
			return MaterialStores.dataDirectory();
		} catch (MaterialStoreException e) {
			throw new CoreException(Status.error(e.getMessage(), e));
		}
	}

	/** The material database as the workbench holds it: copied through its own connection. */
	private static UserData.MaterialAccess materials() {
		return new UserData.MaterialAccess() {
			@Override
			public int backupInto(Path folder) throws CoreException {
				try {
					return WorkbenchMaterials.backupInto(folder);
				} catch (MaterialStoreException e) {
					throw new CoreException(Status.error(e.getMessage(), e));
				}
			}

			@Override
			public void exportTo(Path file) throws CoreException, IOException {
				try {
					MaterialExport.writeJson(WorkbenchMaterials.stored(), file);
				} catch (MaterialStoreException e) {
					throw new CoreException(Status.error(e.getMessage(), e));
				}
			}
		};
	}

	/** @return where the workspace keeps its instance preferences (the item's location, for people) */
	private static Path preferencesFolder() {
		return ResourcesPlugin.getWorkspace().getRoot().getLocation().toPath()
				.resolve(".metadata/.plugins/org.eclipse.core.runtime/.settings"); //$NON-NLS-1$
	}

	/** Writes each of this product's preference nodes (as it is in memory) as {@code NODE.prefs}. */
	private static void writePreferences(Path folder) throws IOException, CoreException {
		IEclipsePreferences root = InstanceScope.INSTANCE.getNode(""); //$NON-NLS-1$
		try {
			for (String name : root.childrenNames()) {
				if (!name.startsWith(NODE_PREFIX)) {
					continue;
				}
				Properties values = new Properties();
				collect(root.node(name), "", values); //$NON-NLS-1$
				try (OutputStream out = Files.newOutputStream(folder.resolve(name + PREFS_SUFFIX))) {
					values.store(out, null);
				}
			}
		} catch (BackingStoreException e) {
			throw new CoreException(Status.error(NLS.bind(Messages.Preferences_unreadable, e.getMessage()), e));
		}
	}

	private static void collect(org.osgi.service.prefs.Preferences node, String prefix, Properties into)
			throws BackingStoreException {
		for (String key : node.keys()) {
			into.setProperty(prefix + key, node.get(key, "")); //$NON-NLS-1$
		}
		for (String child : node.childrenNames()) {
			collect(node.node(child), prefix + child + '/', into);
		}
	}

	/** Replaces this product's preference nodes with the backed-up ones (nodes not in the backup are cleared). */
	private static void applyPreferences(Path extracted) throws IOException, CoreException {
		Map<String, Properties> nodes = new LinkedHashMap<>();
		try (Stream<Path> files = Files.list(extracted)) {
			for (Path file : files.filter(f -> f.getFileName().toString().endsWith(PREFS_SUFFIX)).sorted().toList()) {
				String name = file.getFileName().toString();
				name = name.substring(0, name.length() - PREFS_SUFFIX.length());
				if (!name.startsWith(NODE_PREFIX) || name.contains("/")) { //$NON-NLS-1$
					continue;
				}
				Properties values = new Properties();
				try (InputStream in = Files.newInputStream(file)) {
					values.load(in);
				}
				nodes.put(name, values);
			}
		}
		IEclipsePreferences root = InstanceScope.INSTANCE.getNode(""); //$NON-NLS-1$
		try {
			for (String name : root.childrenNames()) {
				if (name.startsWith(NODE_PREFIX) && !nodes.containsKey(name)) {
					clear(root.node(name));
					root.node(name).flush();
				}
			}
			for (Map.Entry<String, Properties> e : nodes.entrySet()) {
				org.osgi.service.prefs.Preferences node = root.node(e.getKey());
				clear(node);
				for (String key : e.getValue().stringPropertyNames()) {
					int slash = key.lastIndexOf('/');
					(slash < 0 ? node : node.node(key.substring(0, slash))).put(key.substring(slash + 1),
							e.getValue().getProperty(key));
				}
				node.flush();
			}
		} catch (BackingStoreException | IllegalArgumentException e) {
			throw new CoreException(Status.error(NLS.bind(Messages.Preferences_cannotApply, e.getMessage()), e));
		}
	}

	private static void clear(org.osgi.service.prefs.Preferences node) throws BackingStoreException {
		node.clear();
		for (String child : node.childrenNames()) {
			clear(node.node(child));
		}
	}

	/** Makes the workspace see a restored project folder: refreshed, or created again when it was deleted. */
	private static void bringBack(Path folder, IProgressMonitor monitor) throws CoreException {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		for (IProject project : workspace.getRoot().getProjects()) {
			if (project.getLocation() != null && project.getLocation().toPath().equals(folder)) {
				if (!project.isOpen()) {
					project.open(monitor);
				}
				project.refreshLocal(IResource.DEPTH_INFINITE, monitor);
				return;
			}
		}
		Path description = folder.resolve(IProjectDescription.DESCRIPTION_FILE_NAME);
		if (!Files.isRegularFile(description)) {
			return; // not a project any more: the folder is restored, the workspace has nothing to show
		}
		IProjectDescription d = workspace.loadProjectDescription(IPath.fromPath(description));
		IProject project = workspace.getRoot().getProject(d.getName());
		if (workspace.getRoot().getLocation().toPath().equals(folder.getParent())
				&& folder.getFileName().toString().equals(d.getName())) {
			d.setLocation(null); // the default place in the workspace
		} else {
			d.setLocation(IPath.fromPath(folder));
		}
		SubMonitor progress = SubMonitor.convert(monitor, 3);
		project.create(d, progress.split(1));
		project.open(progress.split(1));
		project.refreshLocal(IResource.DEPTH_INFINITE, progress.split(1));
	}
}
