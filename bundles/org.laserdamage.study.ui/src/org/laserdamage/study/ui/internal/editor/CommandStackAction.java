package org.laserdamage.study.ui.internal.editor;

import java.util.EventObject;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.actions.ActionFactory;

/** Undo or Redo on the command stack of the active study editor, named after the command it would undo or redo. */
final class CommandStackAction extends Action implements CommandStackListener {

	private final boolean undo;
	private CommandStack stack;

	private CommandStackAction(boolean undo) {
		this.undo = undo;
		setId(undo ? ActionFactory.UNDO.getId() : ActionFactory.REDO.getId());
		setActionDefinitionId(undo ? IWorkbenchCommandConstants.EDIT_UNDO : IWorkbenchCommandConstants.EDIT_REDO);
		update();
	}

	static CommandStackAction undo() {
		return new CommandStackAction(true);
	}

	static CommandStackAction redo() {
		return new CommandStackAction(false);
	}

	/** @param newStack the stack to act on; null disables the action */
	void setCommandStack(CommandStack newStack) {
		if (stack == newStack) {
			return;
		}
		if (stack != null) {
			stack.removeCommandStackListener(this);
		}
		stack = newStack;
		if (stack != null) {
			stack.addCommandStackListener(this);
		}
		update();
	}

	@Override
	public void commandStackChanged(EventObject event) {
		update();
	}

	private void update() {
		boolean can = stack != null && (undo ? stack.canUndo() : stack.canRedo());
		setEnabled(can);
		Command next = stack == null ? null : undo ? stack.getUndoCommand() : stack.getRedoCommand();
		String label = next == null || next.getLabel() == null ? "" : next.getLabel(); //$NON-NLS-1$
		setText(NLS.bind(undo ? Messages.Action_undo : Messages.Action_redo, label));
	}

	@Override
	public void run() {
		if (stack != null && (undo ? stack.canUndo() : stack.canRedo())) {
			if (undo) {
				stack.undo();
			} else {
				stack.redo();
			}
		}
	}
}
