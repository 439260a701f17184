package org.laserdamage.backup.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** File &gt; Restore from Backup...: opens the restore wizard. */
public final class RestoreHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		new StepWizardDialog(HandlerUtil.getActiveWorkbenchWindow(event).getShell(), new RestoreWizard()).open();
		return null;
	}
}
