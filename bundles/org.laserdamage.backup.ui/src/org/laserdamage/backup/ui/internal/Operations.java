package org.laserdamage.backup.ui.internal;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.wizard.IWizardContainer;
import org.eclipse.jface.wizard.WizardPage;

/** Runs an operation of a page in its wizard's container, with progress and Cancel; failures shown on the page. */
final class Operations {

	/** An operation of the backup core. */
	@FunctionalInterface
	interface Operation<T> {
		T run(IProgressMonitor monitor) throws CoreException;
	}

	private Operations() {
	}

	/** @return what {@code operation} gave, or null when it failed or was cancelled (the page says which and why) */
	static <T> T run(WizardPage page, IWizardContainer container, Operation<T> operation) {
		AtomicReference<T> result = new AtomicReference<>();
		page.setErrorMessage(null);
		try {
			container.run(true, true, monitor -> {
				try {
					result.set(operation.run(monitor));
				} catch (CoreException e) {
					throw new InvocationTargetException(e);
				} catch (OperationCanceledException e) {
					throw new InterruptedException();
				}
			});
			return result.get();
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			page.setErrorMessage(cause instanceof CoreException c ? c.getStatus().getMessage() : String.valueOf(cause));
		} catch (InterruptedException e) {
			page.setErrorMessage(Messages.Operation_cancelled);
		}
		return null;
	}
}
