package org.laserdamage.runs.ui.internal.launch;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.osgi.util.NLS;
import org.laserdamage.core.RunStatus;
import org.laserdamage.jobs.LocalPlace;
import org.laserdamage.runs.ui.RunsUI;
import org.laserdamage.runs.ui.StudyRuns;
import org.laserdamage.runs.ui.internal.RunChoice;

/**
 * The attributes of a "Laser Damage Simulation" launch configuration and how
 * they become a {@link RunChoice}: the study (project and project-relative
 * file), the solver and its options, the place, the timeout and attempts, and
 * the processors the solver may use.
 */
public final class LaunchAttributes {

	/** Id of the launch configuration type. */
	public static final String TYPE = RunsUI.PLUGIN_ID + ".launch.simulation"; //$NON-NLS-1$
	public static final String PROJECT = RunsUI.PLUGIN_ID + ".launch.project"; //$NON-NLS-1$
	public static final String FILE = RunsUI.PLUGIN_ID + ".launch.file"; //$NON-NLS-1$
	/** Solver id; empty for the study's own. */
	public static final String SOLVER = RunsUI.PLUGIN_ID + ".launch.solver"; //$NON-NLS-1$
	/** The solver's options, name → value. */
	public static final String SOLVER_OPTIONS = RunsUI.PLUGIN_ID + ".launch.solverOptions"; //$NON-NLS-1$
	public static final String PLACE = RunsUI.PLUGIN_ID + ".launch.place"; //$NON-NLS-1$
	/** Timeout of one attempt as text ("2h", "30 min", "90 s"); empty for none. */
	public static final String TIMEOUT = RunsUI.PLUGIN_ID + ".launch.timeout"; //$NON-NLS-1$
	public static final String ATTEMPTS = RunsUI.PLUGIN_ID + ".launch.attempts"; //$NON-NLS-1$
	/** Processors the solver may use (its option {@value #PROCESSORS_OPTION}); 0 for the solver's default. */
	public static final String PROCESSORS = RunsUI.PLUGIN_ID + ".launch.processors"; //$NON-NLS-1$
	/** The solver option that takes the processors. */
	public static final String PROCESSORS_OPTION = "processors"; //$NON-NLS-1$
	public static final int MAX_ATTEMPTS = 10;

	private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(h|min|m|s)?"); //$NON-NLS-1$

	private LaunchAttributes() {
	}

	/** Sets what a new configuration has: the study's solver on this computer, no timeout, one attempt. */
	public static void setDefaults(ILaunchConfigurationWorkingCopy config) {
		config.setAttribute(SOLVER, ""); //$NON-NLS-1$
		config.setAttribute(SOLVER_OPTIONS, Map.<String, String>of());
		config.setAttribute(PLACE, LocalPlace.ID);
		config.setAttribute(TIMEOUT, ""); //$NON-NLS-1$
		config.setAttribute(ATTEMPTS, 1);
		config.setAttribute(PROCESSORS, 0);
	}

	/** Points {@code config} at {@code study}. */
	public static void setStudy(ILaunchConfigurationWorkingCopy config, IFile study) {
		config.setAttribute(PROJECT, study.getProject().getName());
		config.setAttribute(FILE, study.getProjectRelativePath().toPortableString());
	}

	/**
	 * @return the study file the configuration names
	 * @throws CoreException naming the field and the fix when it names none, or one that is not a study
	 */
	public static IFile study(ILaunchConfiguration config) throws CoreException {
		String projectName = config.getAttribute(PROJECT, "").strip(); //$NON-NLS-1$
		String file = config.getAttribute(FILE, "").strip(); //$NON-NLS-1$
		if (projectName.isEmpty()) {
			throw RunStatus.invalid(Messages.Launch_noProject);
		}
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
		if (!project.exists()) {
			throw RunStatus.invalid(NLS.bind(Messages.Launch_projectMissing, projectName));
		}
		if (file.isEmpty()) {
			throw RunStatus.invalid(Messages.Launch_noFile);
		}
		IFile study = project.getFile(IPath.fromPortableString(file));
		if (!study.exists() || !StudyRuns.isStudy(study)) {
			throw RunStatus.invalid(NLS.bind(Messages.Launch_fileMissing, file, projectName));
		}
		return study;
	}

	/** @return how the configuration asks to run its study */
	public static RunChoice choice(ILaunchConfiguration config) throws CoreException {
		Map<String, String> options = new LinkedHashMap<>(config.getAttribute(SOLVER_OPTIONS, Map.of()));
		int processors = config.getAttribute(PROCESSORS, 0);
		if (processors > 0) {
			options.put(PROCESSORS_OPTION, Integer.toString(processors));
		}
		int attempts = config.getAttribute(ATTEMPTS, 1);
		if (attempts < 1 || attempts > MAX_ATTEMPTS) {
			throw RunStatus.invalid(NLS.bind(Messages.Launch_badAttempts, attempts, MAX_ATTEMPTS));
		}
		String place = config.getAttribute(PLACE, LocalPlace.ID).strip();
		return new RunChoice(config.getAttribute(SOLVER, ""), options, //$NON-NLS-1$
				place.isEmpty() ? LocalPlace.ID : place, timeout(config.getAttribute(TIMEOUT, "")), attempts); //$NON-NLS-1$
	}

	/**
	 * @param text "2h", "30 min", "90 s", "45" (minutes); empty for none
	 * @return the duration, {@link Duration#ZERO} for none
	 * @throws CoreException naming the field and the forms it takes
	 */
	public static Duration timeout(String text) throws CoreException {
		String value = text.strip().toLowerCase(Locale.ROOT);
		if (value.isEmpty()) {
			return Duration.ZERO;
		}
		Matcher m = DURATION.matcher(value);
		if (!m.matches()) {
			throw RunStatus.invalid(NLS.bind(Messages.Launch_badTimeout, text));
		}
		double amount = Double.parseDouble(m.group(1));
		String unit = m.group(2) == null ? "min" : m.group(2); //$NON-NLS-1$
		double seconds = switch (unit) {
		case "h" -> amount * 3600; //$NON-NLS-1$
		case "s" -> amount; //$NON-NLS-1$
		default -> amount * 60;
		};
		if (seconds < 1) {
			throw RunStatus.invalid(NLS.bind(Messages.Launch_badTimeout, text));
		}
		return Duration.ofMillis(Math.round(seconds * 1000));
	}
}
