package org.laserdamage.runs.ui.internal.preferences;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.laserdamage.jobs.JobSettings;
import org.laserdamage.jobs.LocalPlace;
import org.laserdamage.runs.ui.internal.jobs.JobPreferences;
import org.laserdamage.ui.LaserDamageUI;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Preferences &gt; Laser Damage &gt; Jobs: how many jobs run at once here, the
 * Slurm cluster, and the programs of the external solvers. Each field is kept
 * under exactly the key the place or solver reads ({@code local.slots},
 * {@code slurm.partition}, the CalculiX option {@code executable}, …); an
 * empty field leaves the key to {@code -Dlaserdamage.KEY} or
 * {@code LASERDAMAGE_KEY}, as on the command line.
 */
public final class JobsPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	/** A text field bound to one key of one preference node. */
	private record Field(IEclipsePreferences node, String key, Text text) {
	}

	private final List<Field> fields = new ArrayList<>();
	private Text slots;

	public JobsPreferencePage() {
		setDescription(Messages.JobsPage_description);
	}

	@Override
	public void init(IWorkbench workbench) {
		// the nodes are read when the fields are made
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		Group local = group(page, Messages.JobsPage_local);
		slots = field(local, JobPreferences.node(), JobPreferences.LOCAL_SLOTS, Messages.JobsPage_slots, 0);
		slots.setMessage(String.valueOf(LocalPlace.DEFAULT_SLOTS));
		slots.addModifyListener(e -> validate());

		Group calculix = group(page, Messages.JobsPage_calculix);
		field(calculix, JobPreferences.solverNode(JobPreferences.CALCULIX), JobPreferences.EXECUTABLE,
				Messages.JobsPage_ccx, SWT.OPEN);

		Group ansys = group(page, Messages.JobsPage_ansys);
		IEclipsePreferences ansysNode = JobPreferences.solverNode(JobPreferences.ANSYS);
		field(ansys, ansysNode, JobPreferences.ANSYS_ROOT, Messages.JobsPage_ansysRoot, SWT.SAVE);
		field(ansys, ansysNode, JobPreferences.ANSYS_LICENSE_SERVER, Messages.JobsPage_ansysLicense, 0);
		field(ansys, ansysNode, JobPreferences.EXECUTABLE, Messages.JobsPage_ansysExecutable, SWT.OPEN);

		Group slurm = group(page, Messages.JobsPage_slurm);
		field(slurm, JobPreferences.node(), JobPreferences.SLURM_PARTITION, Messages.JobsPage_partition, 0);
		field(slurm, JobPreferences.node(), JobPreferences.SLURM_ACCOUNT, Messages.JobsPage_account, 0);
		field(slurm, JobPreferences.node(), JobPreferences.SLURM_SHARED_FOLDER, Messages.JobsPage_shared, SWT.SAVE);
		field(slurm, JobPreferences.node(), JobPreferences.SLURM_LAUNCHER, Messages.JobsPage_launcher, SWT.OPEN);
		return page;
	}

	private static Group group(Composite parent, String title) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(title);
		group.setLayout(new GridLayout(3, false));
		group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		return group;
	}

	/** @param browse SWT.OPEN for a file, SWT.SAVE for a folder, 0 for none */
	private Text field(Composite parent, IEclipsePreferences node, String key, String label, int browse) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER);
		text.setData(LaserDamageUI.WIDGET_KEY, "prefs." + key); //$NON-NLS-1$
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, browse == 0 ? 2 : 1, 1));
		text.setText(node.get(key, "")); //$NON-NLS-1$
		text.setToolTipText(NLS.bind(Messages.JobsPage_keyTooltip, key, JobSettings.environmentName(key)));
		if (browse != 0) {
			Button button = new Button(parent, SWT.PUSH);
			button.setText(Messages.JobsPage_browse);
			button.addListener(SWT.Selection, e -> {
				String chosen = browse == SWT.OPEN ? new FileDialog(getShell(), SWT.OPEN).open()
						: new DirectoryDialog(getShell()).open();
				if (chosen != null) {
					text.setText(chosen);
				}
			});
		}
		fields.add(new Field(node, key, text));
		return text;
	}

	private void validate() {
		String value = slots.getText().strip();
		boolean valid = value.isEmpty() || value.matches("\\d{1,2}") && Integer.parseInt(value) >= 1 //$NON-NLS-1$
				&& Integer.parseInt(value) <= 64;
		setErrorMessage(valid ? null : NLS.bind(Messages.JobsPage_badSlots, value));
		setValid(valid);
	}

	@Override
	protected void performDefaults() {
		fields.forEach(f -> f.text().setText("")); //$NON-NLS-1$
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		for (Field field : fields) {
			String value = field.text().getText().strip();
			if (value.isEmpty()) {
				field.node().remove(field.key());
			} else {
				field.node().put(field.key(), value);
			}
		}
		try {
			JobPreferences.node().flush();
		} catch (BackingStoreException e) {
			setErrorMessage(NLS.bind(Messages.JobsPage_cannotSave, e.getMessage()));
			return false;
		}
		return true;
	}
}
