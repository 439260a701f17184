package org.laserdamage.monitor.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.statushandlers.StatusManager;
import org.laserdamage.monitor.RemoteJob;
import org.laserdamage.monitor.ServerClient;
import org.laserdamage.monitor.ui.MonitorUI;
import org.laserdamage.runs.ui.internal.StudyCommand;
import org.laserdamage.ui.UiThread;

/**
 * Study &gt; Submit to Server…: checks the study as Run Study does, saves it
 * when its editor has changes (after asking), sends the saved file to the
 * server of the Monitoring preferences and follows the new job in the Server
 * Jobs view. The server checks it again against its own material library
 * and refuses, with the reason, what it cannot run.
 */
public final class SubmitToServerHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Optional<StudyCommand> command = StudyCommand.prepare(event, Messages.Submit_title, Messages.Submit_noStudy,
				Messages.Submit_saveFirst);
		if (command.isEmpty()) {
			return null;
		}
		Shell shell = command.get().shell();
		IFile study = command.get().study();
		IWorkbenchPage page = command.get().page();
		ServerClient client;
		try {
			client = MonitorSettings.client();
		} catch (CoreException e) {
			MessageDialog.openError(shell, Messages.Submit_title, e.getStatus().getMessage());
			return null;
		}
		String text;
		try (InputStream in = study.getContents(true)) {
			text = new String(in.readAllBytes(), study.getCharset() == null ? StandardCharsets.UTF_8.name() : study.getCharset());
		} catch (CoreException | IOException e) {
			MessageDialog.openError(shell, Messages.Submit_title, NLS.bind(Messages.Submit_unreadable, study.getFullPath(),
					e.getMessage()));
			return null;
		}
		Display display = page.getWorkbenchWindow().getShell().getDisplay();
		Job job = new Job(NLS.bind(Messages.Submit_job, study.getName(), client.label())) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					RemoteJob queued = client.submit(text, null, List.of(), monitor);
					UiThread.asyncExec(display, () -> showAndFollow(page, queued));
					return Status.OK_STATUS;
				} catch (CoreException e) {
					StatusManager.getManager().handle(
							new Status(IStatus.ERROR, MonitorUI.PLUGIN_ID,
									NLS.bind(Messages.Submit_refused, study.getName(), e.getStatus().getMessage())),
							StatusManager.SHOW | StatusManager.LOG);
					return Status.OK_STATUS;
				} catch (OperationCanceledException e) {
					return Status.CANCEL_STATUS;
				}
			}
		};
		job.setUser(true);
		job.schedule();
		return null;
	}

	private static void showAndFollow(IWorkbenchPage page, RemoteJob queued) {
		try {
			ServerJobsView view = (ServerJobsView) page.showView(MonitorUI.SERVER_JOBS_VIEW);
			view.add(queued);
			view.refreshNow();
			view.follow(queued.id());
		} catch (PartInitException e) {
			StatusManager.getManager().handle(e.getStatus(), StatusManager.LOG | StatusManager.SHOW);
		}
	}
}
