package org.laserdamage.ui.internal;

import org.eclipse.jface.action.Action;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;

/**
 * Help &gt; About Laser Damage Workbench: the product's own dialog (name,
 * version, build id, installed bundles) under the workbench's About id, so
 * key bindings and menu paths that name that id still find it.
 */
final class AboutAction extends Action implements IWorkbenchAction {

	private IWorkbenchWindow window;

	AboutAction(IWorkbenchWindow window) {
		super(Messages.About_menu);
		this.window = window;
		setId(ActionFactory.ABOUT.getId());
		setActionDefinitionId("org.eclipse.ui.help.aboutAction"); //$NON-NLS-1$
	}

	@Override
	public void run() {
		if (window != null) {
			new AboutDialog(window.getShell()).open();
		}
	}

	@Override
	public void dispose() {
		window = null;
	}
}
