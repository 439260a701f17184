package org.laserdamage.ui.testsupport;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.PlatformUI;
import org.laserdamage.study.ui.StudyUI;

/** Page object of the New Study wizard, opened as File > New > Other... > Laser Damage > Study opens it. */
public final class NewStudyWizardPage {

	private final WizardDialog dialog;

	private NewStudyWizardPage(WizardDialog dialog) {
		this.dialog = dialog;
	}

	/** Opens the wizard from the workbench's New wizard registry with {@code project} selected. */
	public static NewStudyWizardPage open(IProject project) {
		return open(new StructuredSelection(project));
	}

	/** Opens the wizard with nothing selected (as the Welcome view does on a new workspace). */
	public static NewStudyWizardPage openWithoutSelection() {
		return open(StructuredSelection.EMPTY);
	}

	private static NewStudyWizardPage open(IStructuredSelection selection) {
		WizardDialog dialog = Ui.call(() -> {
			INewWizard wizard;
			try {
				wizard = (INewWizard) PlatformUI.getWorkbench().getNewWizardRegistry()
						.findWizard(StudyUI.NEW_STUDY_WIZARD_ID).createWizard();
			} catch (CoreException e) {
				throw new AssertionError(e);
			}
			wizard.init(PlatformUI.getWorkbench(), selection);
			WizardDialog opened = new WizardDialog(Ui.workbenchShell(), wizard);
			opened.setBlockOnOpen(false);
			opened.open();
			return opened;
		});
		return new NewStudyWizardPage(dialog);
	}

	private Shell shell() {
		return dialog.getShell();
	}

	/** Clicks the template whose name contains {@code text}. */
	public NewStudyWizardPage chooseTemplate(String text) {
		Table table = Ui.waitFor(this::shell, "wizard.templates", Table.class); //$NON-NLS-1$
		Rectangle row = Ui.call(() -> {
			for (TableItem item : table.getItems()) {
				if (item.getText().contains(text)) {
					return item.getBounds();
				}
			}
			throw new AssertionError("no template named like " + text); //$NON-NLS-1$
		});
		Input.click(table, row.x + 5, row.y + row.height / 2);
		Ui.waitUntil("the template " + text + " to be selected", //$NON-NLS-1$ //$NON-NLS-2$
				() -> table.getSelectionCount() == 1 && table.getSelection()[0].getText().contains(text));
		return this;
	}

	public NewStudyWizardPage next() {
		return press(IDialogConstants.NEXT_LABEL);
	}

	/** Clicks Finish and waits until the wizard has closed. */
	public void finish() {
		press(IDialogConstants.FINISH_LABEL);
		Ui.waitUntil("the wizard to close", () -> shell() == null || shell().isDisposed()); //$NON-NLS-1$
	}

	private NewStudyWizardPage press(String label) {
		Button button = Ui.call(() -> Ui.find(shell(), Button.class, b -> label.equals(b.getText())));
		Ui.waitUntil(label + " to be enabled", button::isEnabled); //$NON-NLS-1$
		Input.click(button);
		return this;
	}
}
