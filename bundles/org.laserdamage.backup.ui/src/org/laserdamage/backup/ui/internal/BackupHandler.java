package org.laserdamage.backup.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** File &gt; Back Up...: opens the backup wizard. */
public final class BackupHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		new StepWizardDialog(HandlerUtil.getActiveWorkbenchWindow(event).getShell(), new BackupWizard()).open();
		return null;
	}
}
