package org.laserdamage.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.laserdamage.ui.LaserDamageUI;

/**
 * Help &gt; a document: shows the Markdown file the command's parameter names
 * in a Document view (one per file; the same file again brings its view to
 * the front). No HTML: the product has no browser engine to show it with.
 */
public final class OpenDocumentHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		String relative = event.getParameter(LaserDamageUI.OPEN_DOCUMENT_FILE);
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		Optional<Path> file = relative == null ? Optional.empty() : Documents.resolve(relative);
		if (file.isEmpty() || !Files.isReadable(file.get())) {
			MessageDialog.openError(window.getShell(), Messages.Document_title,
					NLS.bind(Messages.Document_missing, file.map(Path::toString).orElse(String.valueOf(relative))));
			return null;
		}
		IWorkbenchPage page = window.getActivePage();
		try {
			DocumentView view = (DocumentView) page.showView(LaserDamageUI.DOCUMENT_VIEW, DocumentView.secondaryId(file.get()),
					IWorkbenchPage.VIEW_ACTIVATE);
			view.show(file.get());
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		return null;
	}
}
