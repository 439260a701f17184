package org.laserdamage.ui;

import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.laserdamage.ui.DisplayUnits.Unit;

/**
 * The workbench preferences (Window &gt; Preferences &gt; Laser Damage), kept in
 * the instance scope of {@value LaserDamageUI#PLUGIN_ID}. Defaults are set by
 * the bundle's preference initializer.
 */
public final class WorkbenchPreferences {

	public static final String TEMPERATURE_UNIT = "units.temperature"; //$NON-NLS-1$
	public static final String POWER_UNIT = "units.power"; //$NON-NLS-1$
	public static final String LENGTH_UNIT = "units.length"; //$NON-NLS-1$
	/** Solver id new studies get, e.g. {@code org.laserdamage.solver.builtin}. */
	public static final String DEFAULT_SOLVER = "solver.default"; //$NON-NLS-1$
	/** Folder of the material database and other user data; empty: {@code ~/.laserdamage}. Read at start-up. */
	public static final String DATA_DIRECTORY = "data.directory"; //$NON-NLS-1$
	/** Whether the welcome page opens at start-up. */
	public static final String SHOW_WELCOME = "welcome.show"; //$NON-NLS-1$

	public static final String DEFAULT_SOLVER_ID = "org.laserdamage.solver.builtin"; //$NON-NLS-1$

	private WorkbenchPreferences() {
	}

	/** Writes the defaults; called by the preference initializer. */
	public static void initializeDefaults() {
		IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(LaserDamageUI.PLUGIN_ID);
		defaults.put(TEMPERATURE_UNIT, Unit.KELVIN.name());
		defaults.put(POWER_UNIT, Unit.WATT.name());
		defaults.put(LENGTH_UNIT, Unit.MILLIMETRE.name());
		defaults.put(DEFAULT_SOLVER, DEFAULT_SOLVER_ID);
		defaults.put(DATA_DIRECTORY, ""); //$NON-NLS-1$
		defaults.putBoolean(SHOW_WELCOME, true);
	}

	/** @return the instance scope node the preference page writes */
	public static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(LaserDamageUI.PLUGIN_ID);
	}

	private static String get(String key, String fallback) {
		return Platform.getPreferencesService().getString(LaserDamageUI.PLUGIN_ID, key, fallback, null);
	}

	private static Unit unit(String key, Unit fallback) {
		try {
			return Unit.valueOf(get(key, fallback.name()));
		} catch (IllegalArgumentException e) {
			return fallback;
		}
	}

	public static DisplayUnits displayUnits() {
		Unit temperature = unit(TEMPERATURE_UNIT, Unit.KELVIN);
		Unit power = unit(POWER_UNIT, Unit.WATT);
		Unit length = unit(LENGTH_UNIT, Unit.MILLIMETRE);
		try {
			return new DisplayUnits(temperature, power, length);
		} catch (IllegalArgumentException e) {
			return new DisplayUnits(Unit.KELVIN, Unit.WATT, Unit.MILLIMETRE);
		}
	}

	public static String defaultSolver() {
		String id = get(DEFAULT_SOLVER, DEFAULT_SOLVER_ID).trim();
		return id.isEmpty() ? DEFAULT_SOLVER_ID : id;
	}

	/** @return the data directory the user chose, if any */
	public static Optional<String> dataDirectory() {
		String dir = get(DATA_DIRECTORY, "").trim(); //$NON-NLS-1$
		return dir.isEmpty() ? Optional.empty() : Optional.of(dir);
	}

	public static boolean showWelcome() {
		return Platform.getPreferencesService().getBoolean(LaserDamageUI.PLUGIN_ID, SHOW_WELCOME, true, null);
	}
}
