package org.laserdamage.study.ui.internal.editor;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.laserdamage.model.Study;
import org.laserdamage.model.edit.StudyItemProviders;
import org.laserdamage.model.io.StudyFormatException;
import org.laserdamage.model.io.StudyIO;

/**
 * The study an editor edits: where it lives (a workspace file or any local
 * file), the loaded model, and the editing domain whose command stack holds
 * every change.
 */
public final class StudyDocument {

	private final Path path;
	private final IFile file;
	private final Study study;
	private final ComposedAdapterFactory adapterFactory;
	private final AdapterFactoryEditingDomain domain;

	private StudyDocument(Path path, IFile file, Study study) {
		this.path = path;
		this.file = file;
		this.study = study;
		this.adapterFactory = StudyItemProviders.createAdapterFactory();
		this.domain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack(),
				study.eResource().getResourceSet());
	}

	/**
	 * Loads the study of an editor input: a workspace file ({@code IFile}
	 * adapter) or a local file given by URI (e.g. {@code FileStoreEditorInput}).
	 *
	 * @throws PartInitException when the input is not a local file or not a valid study
	 */
	public static StudyDocument open(IEditorInput input) throws PartInitException {
		IFile file = input.getAdapter(IFile.class);
		Path path;
		if (file != null) {
			IPath location = file.getLocation();
			if (location == null) {
				throw new PartInitException(NLS.bind(Messages.Document_notLocal, file.getFullPath()));
			}
			path = location.toPath();
		} else if (input instanceof IURIEditorInput uriInput && "file".equals(uriInput.getURI().getScheme())) { //$NON-NLS-1$
			URI uri = uriInput.getURI();
			path = Path.of(uri);
		} else {
			throw new PartInitException(NLS.bind(Messages.Document_unsupportedInput, input.getName()));
		}
		try {
			return new StudyDocument(path, file, StudyIO.load(path));
		} catch (StudyFormatException e) {
			throw new PartInitException(Status.error(e.getMessage(), e));
		}
	}

	/** Saves atomically (see {@link StudyIO#save}); a workspace file is refreshed afterwards. */
	public void save(IProgressMonitor monitor) throws CoreException {
		try {
			StudyIO.save(study, path);
		} catch (IOException e) {
			throw new CoreException(Status.error(NLS.bind(Messages.Document_saveFailed, path, e.getMessage()), e));
		}
		((BasicCommandStack) domain.getCommandStack()).saveIsDone();
		if (file != null) {
			file.refreshLocal(IResource.DEPTH_ZERO, monitor);
		}
	}

	/** @return whether the command stack holds changes that are not saved */
	public boolean isDirty() {
		return ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
	}

	public Path path() {
		return path;
	}

	/** @return the workspace file, or null for a file outside the workspace */
	public IFile file() {
		return file;
	}

	public Study study() {
		return study;
	}

	public AdapterFactoryEditingDomain domain() {
		return domain;
	}

	public ComposedAdapterFactory adapterFactory() {
		return adapterFactory;
	}

	/** Disposes the item providers; the model stays usable. */
	public void dispose() {
		adapterFactory.dispose();
	}
}
