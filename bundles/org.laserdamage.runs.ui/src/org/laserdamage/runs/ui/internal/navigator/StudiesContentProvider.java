package org.laserdamage.runs.ui.internal.navigator;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.laserdamage.runs.ui.StudyRuns;

/**
 * Projects → folders → studies → runs. Folders are shown only when they
 * hold a study somewhere below; a study's {@code .runs} folder is shown as
 * the study's children, not as a folder.
 */
final class StudiesContentProvider implements ITreeContentProvider {

	@Override
	public Object[] getElements(Object input) {
		if (input instanceof IWorkspaceRoot root) {
			List<IProject> projects = new ArrayList<>();
			for (IProject project : root.getProjects()) {
				if (project.isAccessible()) {
					projects.add(project);
				}
			}
			return projects.toArray();
		}
		return getChildren(input);
	}

	@Override
	public Object[] getChildren(Object parent) {
		try {
			if (parent instanceof IFile study && StudyRuns.isStudy(study)) {
				return StudyRuns.runs(study).toArray();
			}
			// a project deleted since the viewer listed it has no members to read, and nothing to show
			if (parent instanceof IContainer container && container.isAccessible() && !StudyRuns.isRun(container)) {
				List<IResource> children = new ArrayList<>();
				for (IResource member : container.members()) {
					if (StudyRuns.isStudy(member) || member instanceof IFolder folder && !StudyRuns.isRunsFolder(folder)
							&& holdsStudy(folder)) {
						children.add(member);
					}
				}
				return children.toArray();
			}
		} catch (CoreException e) {
			ILog.of(StudiesContentProvider.class).log(e.getStatus());
		}
		return new Object[0];
	}

	private static boolean holdsStudy(IContainer container) throws CoreException {
		for (IResource member : container.members()) {
			if (StudyRuns.isStudy(member)
					|| member instanceof IFolder folder && !StudyRuns.isRunsFolder(folder) && holdsStudy(folder)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public Object getParent(Object element) {
		if (element instanceof IFolder folder && StudyRuns.isRun(folder)) {
			return StudyRuns.studyOf((IFolder) folder.getParent());
		}
		return element instanceof IResource resource ? resource.getParent() : null;
	}

	@Override
	public boolean hasChildren(Object element) {
		if (element instanceof IResource resource && StudyRuns.isRun(resource)) {
			return false;
		}
		if (element instanceof IFile study) {
			return StudyRuns.isStudy(study) && StudyRuns.runsFolder(study).exists();
		}
		return getChildren(element).length > 0;
	}
}
