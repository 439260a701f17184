package org.laserdamage.ui.internal;

import org.eclipse.jface.action.Action;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.laserdamage.ui.LaserDamageUI;

/**
 * Window &gt; Preferences, opening on the Laser Damage page rather than on
 * the page shown last or the platform's first one.
 */
final class ProductPreferencesAction extends Action implements IWorkbenchAction {

	private IWorkbenchWindow window;

	ProductPreferencesAction(IWorkbenchWindow window) {
		super(Messages.Menu_preferences);
		this.window = window;
		setId(ActionFactory.PREFERENCES.getId());
		setActionDefinitionId(IWorkbenchCommandConstants.WINDOW_PREFERENCES);
	}

	@Override
	public void run() {
		if (window != null) {
			PreferencesUtil.createPreferenceDialogOn(window.getShell(), LaserDamageUI.PREFERENCE_PAGE, null, null).open();
		}
	}

	@Override
	public void dispose() {
		window = null;
	}
}
