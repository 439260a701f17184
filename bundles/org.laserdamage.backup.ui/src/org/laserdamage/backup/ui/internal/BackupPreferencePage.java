package org.laserdamage.backup.ui.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.laserdamage.backup.Webhook;
import org.laserdamage.ui.LaserDamageUI;

/**
 * Preferences &gt; Laser Damage &gt; Backup: the destination, scheduled
 * backups of the workbench's own data (on or off, every N hours), retention
 * (days, and at most N sets), and the webhook told of each backup.
 */
public final class BackupPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	private Text destination;
	private Button scheduled;
	private Text interval;
	private Text retention;
	private Text keep;
	private Text webhook;

	public BackupPreferencePage() {
		setDescription(Messages.Settings_description);
	}

	@Override
	public void init(IWorkbench workbench) {
		// read when the fields are made
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(2, false));
		destination = text(page, Messages.BackupWizard_destination, "backupPrefs.destination", //$NON-NLS-1$
				BackupSettings.destination().toString());
		scheduled = new Button(page, SWT.CHECK);
		scheduled.setText(Messages.Settings_scheduled);
		scheduled.setData(LaserDamageUI.WIDGET_KEY, "backupPrefs.scheduled"); //$NON-NLS-1$
		scheduled.setSelection(BackupSettings.scheduled());
		scheduled.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		interval = text(page, Messages.Settings_interval, "backupPrefs.interval", //$NON-NLS-1$
				Integer.toString(BackupSettings.intervalHours()));
		retention = text(page, Messages.Settings_retention, "backupPrefs.retention", //$NON-NLS-1$
				Integer.toString(BackupSettings.retentionDays()));
		keep = text(page, Messages.Settings_keep, "backupPrefs.keep", Integer.toString(BackupSettings.keep())); //$NON-NLS-1$
		webhook = text(page, Messages.Settings_webhook, "backupPrefs.webhook", BackupSettings.webhook().orElse("")); //$NON-NLS-1$ //$NON-NLS-2$
		webhook.setMessage("https://hooks.slack.com/services/..."); //$NON-NLS-1$
		Label last = new Label(page, SWT.WRAP);
		last.setText(NLS.bind(Messages.Settings_last, ScheduledBackups.start().last()));
		last.setData(LaserDamageUI.WIDGET_KEY, "backupPrefs.last"); //$NON-NLS-1$
		GridData lastData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		lastData.widthHint = 360;
		lastData.verticalIndent = 10;
		last.setLayoutData(lastData);
		validate();
		return page;
	}

	private Text text(Composite page, String label, String key, String value) {
		new Label(page, SWT.NONE).setText(label);
		Text t = new Text(page, SWT.BORDER);
		t.setData(LaserDamageUI.WIDGET_KEY, key);
		t.setText(value);
		t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		t.addModifyListener(e -> validate());
		return t;
	}

	private static Integer number(Text text, int min, int max) {
		String t = text.getText().strip();
		if (!t.matches("\\d{1,6}")) { //$NON-NLS-1$
			return null;
		}
		int n = Integer.parseInt(t);
		return n >= min && n <= max ? n : null;
	}

	/** @return the error of the fields, or null */
	private String problem() {
		try {
			if (destination.getText().isBlank() || !Path.of(destination.getText().strip()).isAbsolute()) {
				return Messages.Settings_badDestination;
			}
		} catch (InvalidPathException e) {
			return Messages.Settings_badDestination;
		}
		if (number(interval, 1, BackupSettings.MAX_HOURS) == null) {
			return NLS.bind(Messages.Settings_badNumber, new Object[] { Messages.Settings_interval, 1, BackupSettings.MAX_HOURS });
		}
		if (number(retention, 1, 3650) == null) {
			return NLS.bind(Messages.Settings_badNumber, new Object[] { Messages.Settings_retention, 1, 3650 });
		}
		if (number(keep, 0, 10000) == null) {
			return NLS.bind(Messages.Settings_badNumber, new Object[] { Messages.Settings_keep, 0, 10000 });
		}
		if (!webhook.getText().isBlank()) {
			try {
				new Webhook(webhook.getText());
			} catch (IllegalArgumentException e) {
				return NLS.bind(Messages.Settings_badWebhook, webhook.getText().strip());
			}
		}
		return null;
	}

	private void validate() {
		String problem = problem();
		setErrorMessage(problem);
		setValid(problem == null);
	}

	@Override
	protected void performDefaults() {
		scheduled.setSelection(false);
		interval.setText(Integer.toString(BackupSettings.DEFAULT_INTERVAL_HOURS));
		retention.setText(Integer.toString(BackupSettings.DEFAULT_RETENTION_DAYS));
		keep.setText("0"); //$NON-NLS-1$
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		if (problem() != null) {
			return false;
		}
		BackupSettings.node().put(BackupSettings.DESTINATION, destination.getText().strip());
		BackupSettings.node().putBoolean(BackupSettings.SCHEDULED, scheduled.getSelection());
		BackupSettings.node().putInt(BackupSettings.INTERVAL_HOURS, number(interval, 1, BackupSettings.MAX_HOURS));
		BackupSettings.node().putInt(BackupSettings.RETENTION_DAYS, number(retention, 1, 3650));
		BackupSettings.node().putInt(BackupSettings.KEEP, number(keep, 0, 10000));
		BackupSettings.node().put(BackupSettings.WEBHOOK, webhook.getText().strip());
		try {
			BackupSettings.save();
		} catch (CoreException e) {
			setErrorMessage(e.getStatus().getMessage());
			return false;
		}
		ScheduledBackups.lookNow();
		return true;
	}
}
