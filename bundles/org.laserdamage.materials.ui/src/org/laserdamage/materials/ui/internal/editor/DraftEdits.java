package org.laserdamage.materials.ui.internal.editor;

import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IOperationHistoryListener;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.IUndoableOperation;
import org.eclipse.core.commands.operations.OperationHistoryEvent;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * Undo and redo of the editor: every committed edit of the draft is one
 * operation of the workbench's operation history in the editor's undo
 * context. Typing into one field stays one operation until the field loses
 * focus, Enter is pressed, another edit is made or the editor is saved. Undo
 * and redo write the draft and its widgets back; what that changes in the
 * widgets is not recorded again.
 */
final class DraftEdits {

	private static final Set<Integer> REPORTED = Set.of(OperationHistoryEvent.OPERATION_ADDED, OperationHistoryEvent.UNDONE,
			OperationHistoryEvent.REDONE, OperationHistoryEvent.OPERATION_CHANGED);

	private final IOperationHistory history;
	private final IUndoContext context;
	private final IOperationHistoryListener listener;
	private boolean replaying;
	/** The operation on top of the undo stack when the draft was saved (null: none, the draft as opened) */
	private IUndoableOperation savedAt;
	private Typing typing;

	/** @param changed called after every recorded, undone or redone edit */
	DraftEdits(IOperationHistory history, IUndoContext context, Runnable changed) {
		this.history = history;
		this.context = context;
		listener = event -> {
			if (REPORTED.contains(event.getEventType()) && event.getOperation().hasContext(context)) {
				changed.run();
			}
		};
		history.addOperationHistoryListener(listener);
	}

	/**
	 * Records an edit that has been made to the draft.
	 *
	 * @param undo writes the value before the edit back into the draft and its widgets
	 * @param redo writes the edited value into the draft and its widgets
	 */
	void done(String label, Runnable undo, Runnable redo) {
		if (!replaying) {
			execute(new Edit(label, undo, redo));
		}
	}

	/**
	 * Records typing into {@code field}, joined to the last operation while
	 * that is the typing into the same field.
	 *
	 * @param restore writes a value into the draft and the field
	 */
	void typed(Object field, String label, String before, String after, Consumer<String> restore) {
		if (replaying) {
			return;
		}
		if (typing != null && typing.field == field && history.getUndoOperation(context) == typing) {
			typing.after = after;
			history.operationChanged(typing);
			return;
		}
		Typing edit = new Typing(field, label, before, after, restore);
		typing = edit;
		execute(edit);
	}

	/** Ends the typing into a field: the next change is another operation. */
	void endTyping() {
		typing = null;
	}

	/** @return whether the draft is as saved (or as opened): the history is at the save point */
	boolean atSavePoint() {
		return history.getUndoOperation(context) == savedAt;
	}

	/** Moves the save point to now; the operations stay. */
	void saved() {
		typing = null;
		savedAt = history.getUndoOperation(context);
	}

	void dispose() {
		history.removeOperationHistoryListener(listener);
		history.dispose(context, true, true, true);
	}

	private void execute(IUndoableOperation operation) {
		try {
			history.execute(operation, null, null);
		} catch (ExecutionException e) {
			ILog.of(DraftEdits.class).error("Recording " + operation.getLabel() + " failed", e); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private IStatus replay(Runnable change) {
		replaying = true;
		try {
			change.run();
		} finally {
			replaying = false;
		}
		return Status.OK_STATUS;
	}

	/** An edit already made: executing it does nothing. */
	private abstract class DraftOperation extends AbstractOperation {
		DraftOperation(String label) {
			super(label);
			addContext(context);
		}

		@Override
		public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
			return Status.OK_STATUS;
		}
	}

	private final class Edit extends DraftOperation {
		private final Runnable undo;
		private final Runnable redo;

		Edit(String label, Runnable undo, Runnable redo) {
			super(label);
			this.undo = undo;
			this.redo = redo;
		}

		@Override
		public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
			return replay(undo);
		}

		@Override
		public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
			return replay(redo);
		}
	}

	private final class Typing extends DraftOperation {
		final Object field;
		private final String before;
		String after;
		private final Consumer<String> restore;

		Typing(Object field, String label, String before, String after, Consumer<String> restore) {
			super(label);
			this.field = field;
			this.before = before;
			this.after = after;
			this.restore = restore;
		}

		@Override
		public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
			return replay(() -> restore.accept(before));
		}

		@Override
		public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
			return replay(() -> restore.accept(after));
		}
	}
}
