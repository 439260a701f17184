package org.laserdamage.results.ui.internal.editor;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;
import org.laserdamage.results.ui.RunEditorInput;

/** Recreates a {@link RunEditorInput} from the path it saved. */
public final class RunEditorInputFactory implements IElementFactory {

	@Override
	public IAdaptable createElement(IMemento memento) {
		String path = memento.getString(RunEditorInput.PATH_KEY);
		if (path == null) {
			return null;
		}
		try {
			return new RunEditorInput(Path.of(path));
		} catch (InvalidPathException e) {
			return null;
		}
	}
}
