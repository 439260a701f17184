package org.laserdamage.materials.ui.internal.view;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.laserdamage.core.StudyReferences;
import org.laserdamage.materials.Material;
import org.laserdamage.materials.MaterialStoreException;
import org.laserdamage.materials.ui.internal.MaterialLibraryService;
import org.laserdamage.ui.UiThread;

/**
 * Deletes a material from the library after asking: the studies of the
 * workspace that use it are named first, and deleting it anyway must be
 * chosen explicitly (as {@code laserdamage materials delete --force}).
 * Reading the studies and deleting run in a job, never on the UI thread.
 */
final class MaterialDeletion {

	/** Index of the button that deletes, in both dialogs. */
	private static final int DELETE = 0;

	private MaterialDeletion() {
	}

	/**
	 * @param deleted called on the UI thread once the material is gone
	 */
	static void start(Shell shell, MaterialLibraryService service, Material material, Runnable deleted) {
		Job.create(NLS.bind(Messages.MaterialDeletion_checkJob, material.name()), monitor -> {
			List<Path> studies;
			try {
				studies = studiesUsing(material.id());
			} catch (IOException e) {
				return Status.error(NLS.bind(Messages.MaterialDeletion_cannotCheck, e.getMessage()), e);
			}
			UiThread.asyncExec(shell.getDisplay(), () -> {
				if (!shell.isDisposed() && confirm(shell, material, studies)) {
					delete(shell, service, material, deleted);
				}
			});
			return Status.OK_STATUS;
		}).schedule();
	}

	private static boolean confirm(Shell shell, Material material, List<Path> studies) {
		if (studies.isEmpty()) {
			return new MessageDialog(shell, Messages.MaterialDeletion_title, null,
					NLS.bind(Messages.MaterialDeletion_confirm, material.name(), material.id()), MessageDialog.CONFIRM,
					DELETE, Messages.MaterialDeletion_delete, Messages.MaterialDeletion_cancel).open() == DELETE;
		}
		String list = studies.stream().limit(10).map(Path::toString).collect(Collectors.joining("\n")); //$NON-NLS-1$
		return new MessageDialog(shell, Messages.MaterialDeletion_title, null,
				NLS.bind(Messages.MaterialDeletion_inUse, new Object[] { material.name(), studies.size(), list }),
				MessageDialog.WARNING, 1, Messages.MaterialDeletion_deleteAnyway, Messages.MaterialDeletion_cancel)
				.open() == DELETE;
	}

	private static void delete(Shell shell, MaterialLibraryService service, Material material, Runnable deleted) {
		Job.create(NLS.bind(Messages.MaterialDeletion_deleteJob, material.name()), monitor -> {
			try {
				service.store().delete(material.id());
			} catch (MaterialStoreException e) {
				return Status.error(NLS.bind(Messages.MaterialDeletion_failed, material.name(), e.getMessage()), e);
			}
			UiThread.asyncExec(shell.getDisplay(), deleted);
			return Status.OK_STATUS;
		}).schedule();
	}

	/** @return the studies in the workspace folder that refer to the material */
	private static List<Path> studiesUsing(String materialId) throws IOException {
		Location workspace = Platform.getInstanceLocation();
		if (workspace == null || workspace.getURL() == null) {
			return List.of();
		}
		try {
			return StudyReferences.to(materialId, Path.of(workspace.getURL().toURI()));
		} catch (URISyntaxException | IllegalArgumentException e) {
			return StudyReferences.to(materialId, Path.of(workspace.getURL().getPath()));
		}
	}
}
