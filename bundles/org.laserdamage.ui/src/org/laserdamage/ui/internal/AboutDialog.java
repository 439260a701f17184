package org.laserdamage.ui.internal;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.jface.resource.JFaceResources;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;
import org.laserdamage.ui.LaserDamageUI;

/**
 * The product name, its version and build id (the qualifier of this bundle,
 * which Tycho stamps with the build time) and a button to the installed
 * bundles.
 */
final class AboutDialog extends Dialog {

	private static final int DETAILS_ID = IDialogConstants.CLIENT_ID + 1;

	AboutDialog(Shell parent) {
		super(parent);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(NLS.bind(Messages.About_title, productName()));
		shell.setData(LaserDamageUI.WIDGET_KEY, "about.dialog"); //$NON-NLS-1$
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).spacing(12, 6).applyTo(area);
		Version version = FrameworkUtil.getBundle(AboutDialog.class).getVersion();

		Label name = label(area, "about.product", productName()); //$NON-NLS-1$
		Font bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT);
		name.setFont(bold);
		GridDataFactory.swtDefaults().span(2, 1).applyTo(name);
		label(area, null, Messages.About_version);
		label(area, "about.version", //$NON-NLS-1$
				version.getMajor() + "." + version.getMinor() + "." + version.getMicro()); //$NON-NLS-1$ //$NON-NLS-2$
		label(area, null, Messages.About_buildId);
		label(area, "about.buildId", version.getQualifier().isEmpty() ? Messages.About_noBuildId : version.getQualifier()); //$NON-NLS-1$
		Label text = label(area, null, Messages.About_text);
		GridDataFactory.swtDefaults().span(2, 1).hint(420, SWT.DEFAULT).applyTo(text);
		return area;
	}

	private static Label label(Composite parent, String key, String text) {
		Label label = new Label(parent, SWT.WRAP);
		label.setText(text);
		if (key != null) {
			label.setData(LaserDamageUI.WIDGET_KEY, key);
		}
		return label;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		Button details = createButton(parent, DETAILS_ID, Messages.About_details, false);
		details.setData(LaserDamageUI.WIDGET_KEY, "about.details"); //$NON-NLS-1$
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == DETAILS_ID) {
			new InstallationDetailsDialog(getShell()).open();
		} else {
			super.buttonPressed(buttonId);
		}
	}

	static String productName() {
		IProduct product = Platform.getProduct();
		return product != null && product.getName() != null ? product.getName() : Messages.Workbench_title;
	}

	/** @return the bundles of the running framework, for the details */
	static Bundle[] bundles() {
		return FrameworkUtil.getBundle(AboutDialog.class).getBundleContext().getBundles();
	}
}
