package org.laserdamage.ui.internal;

import java.util.Arrays;
import java.util.Comparator;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.osgi.framework.Bundle;
import org.laserdamage.ui.LaserDamageUI;

/** Installation Details: every bundle of the running framework with its version and state, by symbolic name. */
final class InstallationDetailsDialog extends Dialog {

	InstallationDetailsDialog(Shell parent) {
		super(parent);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Details_title);
		shell.setData(LaserDamageUI.WIDGET_KEY, "about.detailsDialog"); //$NON-NLS-1$
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Bundle[] bundles = AboutDialog.bundles();
		Arrays.sort(bundles, Comparator.comparing(InstallationDetailsDialog::name));
		new Label(area, SWT.NONE).setText(NLS.bind(Messages.Details_count, bundles.length));
		Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setData(LaserDamageUI.WIDGET_KEY, "about.bundles"); //$NON-NLS-1$
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String title : new String[] { Messages.Details_name, Messages.Details_version, Messages.Details_state }) {
			new TableColumn(table, SWT.LEFT).setText(title);
		}
		for (Bundle bundle : bundles) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { name(bundle), bundle.getVersion().toString(), state(bundle.getState()) });
		}
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
		GridDataFactory.fillDefaults().grab(true, true).hint(640, 400).applyTo(table);
		return area;
	}

	private static String name(Bundle bundle) {
		String name = bundle.getSymbolicName();
		return name == null ? bundle.getLocation() : name;
	}

	static String state(int state) {
		return switch (state) {
		case Bundle.ACTIVE -> Messages.Details_active;
		case Bundle.RESOLVED -> Messages.Details_resolved;
		case Bundle.STARTING -> Messages.Details_starting;
		case Bundle.STOPPING -> Messages.Details_stopping;
		case Bundle.INSTALLED -> Messages.Details_installed;
		default -> Messages.Details_uninstalled;
		};
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}
}
