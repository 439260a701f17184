package org.laserdamage.runs.ui.internal.jobs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.laserdamage.jobs.LocalPlace;
import org.laserdamage.runs.ui.RunsUI;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Where the workbench keeps the settings of places and solvers (Preferences &gt;
 * Laser Damage &gt; Jobs): in the instance scope of {@value RunsUI#PLUGIN_ID},
 * place settings under exactly their {@link org.laserdamage.jobs.JobSettings}
 * keys ({@code local.slots}, {@code slurm.partition}, …), and the options of
 * each solver in the child node {@code solvers/<solver id>} under exactly the
 * option names the solver documents ({@code executable}, {@code root}, …).
 * What is not set here falls back to {@code -Dlaserdamage.KEY} and
 * {@code LASERDAMAGE_KEY}, as on the command line.
 */
public final class JobPreferences {

	public static final String LOCAL_SLOTS = LocalPlace.SLOTS;
	public static final String SLURM_PARTITION = "slurm.partition"; //$NON-NLS-1$
	public static final String SLURM_ACCOUNT = "slurm.account"; //$NON-NLS-1$
	public static final String SLURM_SHARED_FOLDER = "slurm.sharedFolder"; //$NON-NLS-1$
	public static final String SLURM_LAUNCHER = "slurm.launcher"; //$NON-NLS-1$
	/** The place settings the preference page edits. */
	public static final List<String> PLACE_KEYS = List.of(LOCAL_SLOTS, SLURM_PARTITION, SLURM_ACCOUNT,
			SLURM_SHARED_FOLDER, SLURM_LAUNCHER);

	public static final String CALCULIX = "org.laserdamage.solver.calculix"; //$NON-NLS-1$
	public static final String ANSYS = "org.laserdamage.solver.ansys"; //$NON-NLS-1$
	public static final String EXECUTABLE = "executable"; //$NON-NLS-1$
	public static final String ANSYS_ROOT = "root"; //$NON-NLS-1$
	public static final String ANSYS_LICENSE_SERVER = "licenseServer"; //$NON-NLS-1$

	private static final String SOLVERS = "solvers"; //$NON-NLS-1$
	/** The parallel-runs preference of earlier versions (org.laserdamage.ui), taken over as {@code local.slots}. */
	private static final String OLD_PARALLEL_JOBS = "jobs.parallel"; //$NON-NLS-1$

	private JobPreferences() {
	}

	/** @return the node of the place settings */
	public static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(RunsUI.PLUGIN_ID);
	}

	/** @return the node of one solver's options */
	public static IEclipsePreferences solverNode(String solverId) {
		return (IEclipsePreferences) node().node(SOLVERS).node(solverId);
	}

	/** @return the place settings that are set, by key (for {@code JobSettings.of}) */
	public static Map<String, String> placeSettings() {
		migrate();
		return values(node());
	}

	/** @return the options of {@code solverId} that are set, by option name */
	public static Map<String, String> solverOptions(String solverId) {
		try {
			return node().node(SOLVERS).nodeExists(solverId) ? values(solverNode(solverId)) : new LinkedHashMap<>();
		} catch (BackingStoreException e) {
			return new LinkedHashMap<>(); // no options: the solver's defaults
		}
	}

	/** @return the keys of {@code node} set to non-blank text; none when it cannot be read (the other sources still apply) */
	private static Map<String, String> values(IEclipsePreferences node) {
		Map<String, String> values = new LinkedHashMap<>();
		try {
			for (String key : node.keys()) {
				String value = node.get(key, ""); //$NON-NLS-1$
				if (!value.isBlank()) {
					values.put(key, value.strip());
				}
			}
		} catch (BackingStoreException e) {
			values.clear();
		}
		return values;
	}

	/** Takes over the parallel-runs limit an earlier version kept in org.laserdamage.ui, once. */
	private static void migrate() {
		IEclipsePreferences old = InstanceScope.INSTANCE.getNode("org.laserdamage.ui"); //$NON-NLS-1$
		String parallel = old.get(OLD_PARALLEL_JOBS, null);
		if (parallel != null) {
			if (node().get(LOCAL_SLOTS, null) == null) {
				node().put(LOCAL_SLOTS, parallel);
			}
			old.remove(OLD_PARALLEL_JOBS);
		}
	}
}
