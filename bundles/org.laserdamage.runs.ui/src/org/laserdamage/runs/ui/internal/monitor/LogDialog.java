package org.laserdamage.runs.ui.internal.monitor;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.laserdamage.ui.LaserDamageUI;

/** A solver's log, read-only, in the text font, with where it is on disk. */
final class LogDialog extends Dialog {

	private final String title;
	private final String path;
	private final String text;

	LogDialog(Shell parent, String title, String path, String text) {
		super(parent);
		this.title = title;
		this.path = path;
		this.text = text;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		if (!path.isEmpty()) {
			new Label(area, SWT.NONE).setText(path);
		}
		Text log = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		log.setData(LaserDamageUI.WIDGET_KEY, "jobs.log"); //$NON-NLS-1$
		log.setFont(JFaceResources.getTextFont());
		log.setText(text);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.widthHint = 700;
		data.heightHint = 400;
		log.setLayoutData(data);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}
}
