package org.laserdamage.ui.internal;

import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.laserdamage.solver.SolverRegistry;
import org.laserdamage.ui.DisplayUnits.Unit;
import org.laserdamage.ui.LaserDamageUI;
import org.laserdamage.ui.WorkbenchPreferences;

/**
 * Window &gt; Preferences &gt; Laser Damage: display units, the solver new
 * studies use and the data directory (where solvers run and how many jobs at once:
 * the Jobs page below it).
 */
public final class WorkbenchPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public WorkbenchPreferencePage() {
		super(GRID);
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, LaserDamageUI.PLUGIN_ID));
		setDescription(Messages.Preferences_description);
	}

	@Override
	public void init(IWorkbench workbench) {
		// the store is set in the constructor
	}

	@Override
	protected void createFieldEditors() {
		addField(new RadioGroupFieldEditor(WorkbenchPreferences.TEMPERATURE_UNIT, Messages.Preferences_temperature, 2,
				choices(Unit.KELVIN, Unit.CELSIUS), getFieldEditorParent(), true));
		addField(new RadioGroupFieldEditor(WorkbenchPreferences.POWER_UNIT, Messages.Preferences_power, 2,
				choices(Unit.WATT, Unit.KILOWATT), getFieldEditorParent(), true));
		addField(new RadioGroupFieldEditor(WorkbenchPreferences.LENGTH_UNIT, Messages.Preferences_length, 2,
				choices(Unit.MILLIMETRE, Unit.MICROMETRE), getFieldEditorParent(), true));
		List<String[]> solvers = SolverRegistry.solvers().stream().map(s -> new String[] { s.name(), s.id() })
				.toList();
		addField(new ComboFieldEditor(WorkbenchPreferences.DEFAULT_SOLVER, Messages.Preferences_solver,
				solvers.toArray(new String[0][]), getFieldEditorParent()));
		DirectoryFieldEditor data = new DirectoryFieldEditor(WorkbenchPreferences.DATA_DIRECTORY,
				Messages.Preferences_data, getFieldEditorParent());
		data.setEmptyStringAllowed(true);
		data.getTextControl(getFieldEditorParent()).setToolTipText(Messages.Preferences_dataTooltip);
		addField(data);
		addField(new BooleanFieldEditor(WorkbenchPreferences.SHOW_WELCOME, Messages.Preferences_welcome,
				getFieldEditorParent()));
	}

	private static String[][] choices(Unit a, Unit b) {
		return new String[][] { { a.symbol(), a.name() }, { b.symbol(), b.name() } };
	}
}
