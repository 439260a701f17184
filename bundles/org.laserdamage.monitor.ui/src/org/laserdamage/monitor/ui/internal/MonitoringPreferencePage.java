package org.laserdamage.monitor.ui.internal;

import java.lang.reflect.InvocationTargetException;
import java.net.URI;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
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
import org.laserdamage.monitor.ServerClient;
import org.laserdamage.monitor.SystemSample;
import org.laserdamage.ui.LaserDamageUI;

/**
 * Preferences &gt; Laser Damage &gt; Monitoring: the System Health view shows
 * this workbench or a server; the server's address and API token (used by
 * Server Jobs and Submit to Server too); seconds between readings; and a
 * Test Connection button that reads the server's status.
 */
public final class MonitoringPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	private Button local;
	private Button server;
	private Text url;
	private Text token;
	private Text refresh;
	private Label test;

	public MonitoringPreferencePage() {
		setDescription(Messages.Settings_description);
	}

	@Override
	public void init(IWorkbench workbench) {
		// read when the fields are made
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));
		local = radio(page, Messages.Settings_local, "monitoring.local"); //$NON-NLS-1$
		server = radio(page, Messages.Settings_server, "monitoring.server"); //$NON-NLS-1$
		local.setSelection(!MonitorSettings.showsServer());
		server.setSelection(MonitorSettings.showsServer());
		url = text(page, Messages.Settings_url, "monitoring.url", SWT.BORDER); //$NON-NLS-1$
		url.setText(MonitorSettings.serverUrl());
		url.setMessage("https://laserdamage.example.com"); //$NON-NLS-1$
		token = text(page, Messages.Settings_token, "monitoring.token", SWT.BORDER | SWT.PASSWORD); //$NON-NLS-1$
		try {
			token.setText(MonitorSettings.token());
		} catch (CoreException e) {
			setErrorMessage(e.getStatus().getMessage());
		}
		token.setToolTipText(Messages.Settings_tokenTooltip);
		refresh = text(page, Messages.Settings_refresh, "monitoring.refresh", SWT.BORDER); //$NON-NLS-1$
		refresh.setText(Integer.toString(MonitorSettings.refreshSeconds()));
		Button testButton = new Button(page, SWT.PUSH);
		testButton.setText(Messages.Settings_test);
		testButton.setData(LaserDamageUI.WIDGET_KEY, "monitoring.test"); //$NON-NLS-1$
		testButton.addListener(SWT.Selection, e -> testConnection());
		test = new Label(page, SWT.WRAP);
		test.setData(LaserDamageUI.WIDGET_KEY, "monitoring.testResult"); //$NON-NLS-1$
		GridData testData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		testData.widthHint = 300;
		test.setLayoutData(testData);
		url.addModifyListener(e -> validate());
		refresh.addModifyListener(e -> validate());
		server.addListener(SWT.Selection, e -> validate());
		validate();
		return page;
	}

	private static Button radio(Composite parent, String text, String key) {
		Button b = new Button(parent, SWT.RADIO);
		b.setText(text);
		b.setData(LaserDamageUI.WIDGET_KEY, key);
		b.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		return b;
	}

	private static Text text(Composite parent, String label, String key, int style) {
		new Label(parent, SWT.NONE).setText(label);
		Text t = new Text(parent, style);
		t.setData(LaserDamageUI.WIDGET_KEY, key);
		t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		return t;
	}

	/** @return the error of the fields, or null */
	private String problem() {
		String r = refresh.getText().strip();
		boolean refreshOk = r.matches("\\d{1,4}") && Integer.parseInt(r) >= MonitorSettings.MIN_REFRESH_SECONDS //$NON-NLS-1$
				&& Integer.parseInt(r) <= MonitorSettings.MAX_REFRESH_SECONDS;
		if (!refreshOk) {
			return NLS.bind(Messages.Settings_badRefresh, new Object[] { r, MonitorSettings.MIN_REFRESH_SECONDS,
					MonitorSettings.MAX_REFRESH_SECONDS });
		}
		if (server.getSelection() || !url.getText().isBlank()) {
			if (url.getText().isBlank()) {
				return Messages.Settings_noServer;
			}
			try {
				ServerClient.parseAddress(url.getText());
			} catch (CoreException e) {
				return e.getStatus().getMessage();
			}
		}
		return null;
	}

	private void validate() {
		String problem = problem();
		setErrorMessage(problem);
		setValid(problem == null);
	}

	private void testConnection() {
		String problem = problem();
		if (problem != null) {
			test.setText(problem);
			return;
		}
		String[] answer = new String[1];
		try {
			URI address = ServerClient.parseAddress(url.getText());
			ServerClient client = new ServerClient(address, token.getText());
			new ProgressMonitorDialog(getShell()).run(true, true, monitor -> {
				try {
					SystemSample s = client.sample(monitor);
					answer[0] = NLS.bind(Messages.Settings_testOk, new Object[] { client.label(), s.active(), s.queued() });
				} catch (CoreException e) {
					answer[0] = e.getStatus().getMessage();
				}
			});
		} catch (CoreException e) {
			answer[0] = e.getStatus().getMessage();
		} catch (InvocationTargetException e) {
			answer[0] = String.valueOf(e.getCause());
		} catch (InterruptedException e) {
			answer[0] = Messages.Settings_testCancelled;
		}
		test.setText(answer[0] == null ? Messages.Settings_testCancelled : answer[0]);
		test.getParent().layout();
	}

	@Override
	protected void performDefaults() {
		local.setSelection(true);
		server.setSelection(false);
		refresh.setText(Integer.toString(MonitorSettings.DEFAULT_REFRESH_SECONDS));
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		if (problem() != null) {
			return false;
		}
		try {
			MonitorSettings.setToken(token.getText());
			MonitorSettings.node().put(MonitorSettings.SERVER_URL, url.getText().strip());
			MonitorSettings.node().putInt(MonitorSettings.REFRESH_SECONDS, Integer.parseInt(refresh.getText().strip()));
			MonitorSettings.node().put(MonitorSettings.SOURCE,
					server.getSelection() ? MonitorSettings.SERVER : MonitorSettings.LOCAL);
			MonitorSettings.save();
		} catch (CoreException e) {
			setErrorMessage(NLS.bind(Messages.Settings_cannotSave, e.getStatus().getMessage()));
			return false;
		}
		return true;
	}
}
