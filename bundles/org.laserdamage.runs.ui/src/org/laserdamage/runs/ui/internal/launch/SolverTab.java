package org.laserdamage.runs.ui.internal.launch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.laserdamage.runs.ui.internal.jobs.JobPreferences;
import org.laserdamage.solver.SolverRegistry;
import org.laserdamage.solver.SolverRegistry.SolverDescriptor;
import org.laserdamage.ui.LaserDamageUI;

/**
 * The solver and its options: any contributed solver (or the study's own),
 * its executable, and further options as {@code name=value} lines. Options
 * left out come from the preferences (Jobs page).
 */
final class SolverTab extends AbstractLaunchConfigurationTab {

	private final List<SolverDescriptor> solvers = SolverRegistry.solvers();
	private Combo solver;
	private Text executable;
	private Text options;
	private Label description;

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(2, false));
		new Label(page, SWT.NONE).setText(Messages.SolverTab_solver);
		solver = LaunchTabs.combo(page, "launch.solver", 1, this::changed); //$NON-NLS-1$
		solver.add(Messages.SolverTab_studysOwn);
		solvers.forEach(s -> solver.add(s.name()));
		description = new Label(page, SWT.WRAP);
		description.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		new Label(page, SWT.NONE).setText(Messages.SolverTab_executable);
		executable = LaunchTabs.text(page, "launch.executable", 1, this::updateLaunchConfigurationDialog); //$NON-NLS-1$
		Label more = new Label(page, SWT.NONE);
		more.setText(Messages.SolverTab_options);
		more.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		options = new Text(page, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
		options.setData(LaserDamageUI.WIDGET_KEY, "launch.options"); //$NON-NLS-1$
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		data.heightHint = 80;
		options.setLayoutData(data);
		options.addModifyListener(e -> updateLaunchConfigurationDialog());
		setControl(page);
	}

	private void changed() {
		String id = solverId();
		String fromPreferences = JobPreferences.solverOptions(id).getOrDefault(JobPreferences.EXECUTABLE, ""); //$NON-NLS-1$
		executable.setMessage(fromPreferences.isEmpty() ? Messages.SolverTab_executableDefault
				: NLS.bind(Messages.SolverTab_executableFromPreferences, fromPreferences));
		description.setText(solvers.stream().filter(s -> s.id().equals(id)).findFirst()
				.map(s -> s.description() == null ? "" : s.description()).orElse("")); //$NON-NLS-1$ //$NON-NLS-2$
		description.getParent().layout(true);
		updateLaunchConfigurationDialog();
	}

	private String solverId() {
		int index = solver.getSelectionIndex();
		return index <= 0 ? "" : solvers.get(index - 1).id(); //$NON-NLS-1$
	}

	@Override
	public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
		LaunchAttributes.setDefaults(configuration);
	}

	@Override
	public void initializeFrom(ILaunchConfiguration configuration) {
		String id = LaunchTabs.attribute(configuration, LaunchAttributes.SOLVER, ""); //$NON-NLS-1$
		int index = 0;
		for (int i = 0; i < solvers.size(); i++) {
			if (solvers.get(i).id().equals(id)) {
				index = i + 1;
			}
		}
		solver.select(index);
		Map<String, String> values = new LinkedHashMap<>(
				LaunchTabs.attribute(configuration, LaunchAttributes.SOLVER_OPTIONS, Map.of()));
		executable.setText(values.getOrDefault(JobPreferences.EXECUTABLE, "")); //$NON-NLS-1$
		values.remove(JobPreferences.EXECUTABLE);
		List<String> lines = new ArrayList<>();
		values.forEach((k, v) -> lines.add(k + '=' + v));
		options.setText(String.join("\n", lines)); //$NON-NLS-1$
		changed();
	}

	@Override
	public void performApply(ILaunchConfigurationWorkingCopy configuration) {
		configuration.setAttribute(LaunchAttributes.SOLVER, solverId());
		configuration.setAttribute(LaunchAttributes.SOLVER_OPTIONS, optionMap());
	}

	/** @return the executable and the name=value lines; a malformed line is left out (isValid names it) */
	private Map<String, String> optionMap() {
		Map<String, String> values = new LinkedHashMap<>();
		for (String line : options.getText().split("\\R")) { //$NON-NLS-1$
			int eq = line.indexOf('=');
			if (eq > 0) {
				values.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
			}
		}
		if (!executable.getText().isBlank()) {
			values.put(JobPreferences.EXECUTABLE, executable.getText().strip());
		}
		return values;
	}

	@Override
	public boolean isValid(ILaunchConfiguration configuration) {
		setErrorMessage(null);
		for (String line : options.getText().split("\\R")) { //$NON-NLS-1$
			if (!line.isBlank() && line.indexOf('=') <= 0) {
				setErrorMessage(NLS.bind(Messages.SolverTab_badOption, line.strip()));
				return false;
			}
		}
		return true;
	}

	@Override
	public String getName() {
		return Messages.SolverTab_name;
	}
}
