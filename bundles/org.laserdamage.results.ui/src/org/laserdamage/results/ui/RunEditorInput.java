package org.laserdamage.results.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;

/**
 * A run directory as the input of the results editor. Two inputs are equal
 * when their absolute, normalised paths are, so a run opens in one editor.
 * The input is persisted as its path, so the editor comes back after a
 * restart; in the workspace it adapts to its folder ({@link IContainer}).
 */
public final class RunEditorInput implements IEditorInput, IPersistableElement {

	/** Memento key of the path. */
	public static final String PATH_KEY = "path"; //$NON-NLS-1$

	private final Path directory;

	public RunEditorInput(Path directory) {
		this.directory = directory.toAbsolutePath().normalize();
	}

	/** @return the run directory, absolute and normalised */
	public Path directory() {
		return directory;
	}

	@Override
	public boolean exists() {
		return Files.isDirectory(directory);
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		Path name = directory.getFileName();
		return name == null ? directory.toString() : name.toString();
	}

	@Override
	public IPersistableElement getPersistable() {
		return this;
	}

	@Override
	public String getToolTipText() {
		return directory.toString();
	}

	@Override
	public String getFactoryId() {
		return ResultsUI.INPUT_FACTORY_ID;
	}

	@Override
	public void saveState(IMemento memento) {
		memento.putString(PATH_KEY, directory.toString());
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IResource.class || adapter == IContainer.class) {
			return adapter.cast(workspaceFolder());
		}
		if (adapter == Path.class) {
			return adapter.cast(directory);
		}
		return null;
	}

	/** @return the workspace folder (or project) at this location, or null when it is outside the workspace */
	private IContainer workspaceFolder() {
		IContainer[] containers = ResourcesPlugin.getWorkspace().getRoot()
				.findContainersForLocationURI(directory.toUri());
		// the shortest path is the resource seen through the fewest nested projects
		return Arrays.stream(containers).filter(IResource::exists)
				.min((a, b) -> Integer.compare(a.getFullPath().segmentCount(), b.getFullPath().segmentCount()))
				.orElse(null);
	}

	@Override
	public boolean equals(Object obj) {
		return obj instanceof RunEditorInput other && directory.equals(other.directory);
	}

	@Override
	public int hashCode() {
		return directory.hashCode();
	}

	@Override
	public String toString() {
		return "RunEditorInput[" + directory + "]"; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
