package org.laserdamage.backup.ui.internal;

import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;

/**
 * A wizard dialog whose Next can do a page's work first (the dry run, the
 * backup, the restore) with the dialog's progress bar and Cancel, and stays
 * on the page when the work fails.
 */
public final class StepWizardDialog extends WizardDialog {

	/** A page that does its work when the user presses Next. */
	public interface Step {
		/** @return whether to go on to the next page (false: the page shows why not) */
		boolean leave();
	}

	public StepWizardDialog(Shell parent, IWizard wizard) {
		super(parent, wizard);
		setHelpAvailable(false);
	}

	@Override
	protected Point getInitialSize() {
		Point size = super.getInitialSize();
		return new Point(Math.max(size.x, 1000), Math.max(size.y, 640)); // room for the paths of the preview
	}

	@Override
	protected void nextPressed() {
		if (getCurrentPage() instanceof Step step && !step.leave()) {
			return;
		}
		super.nextPressed();
	}
}
