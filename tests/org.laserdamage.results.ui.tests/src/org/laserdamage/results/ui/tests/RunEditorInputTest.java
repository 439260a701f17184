package org.laserdamage.results.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.XMLMemento;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laserdamage.results.ui.ResultsUI;
import org.laserdamage.results.ui.RunEditorInput;

/** The editor input: identity by path, persistence for a restart, the workspace folder it adapts to. */
class RunEditorInputTest {

	@TempDir
	Path tmp;

	@Test
	void equalWhenTheNormalisedPathsAre() {
		assertEquals(new RunEditorInput(tmp.resolve("run")), new RunEditorInput(tmp.resolve("x/../run"))); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(new RunEditorInput(tmp.resolve("run")).hashCode(), //$NON-NLS-1$
				new RunEditorInput(tmp.resolve("./run")).hashCode()); //$NON-NLS-1$
		assertNotEquals(new RunEditorInput(tmp.resolve("run")), new RunEditorInput(tmp.resolve("other"))); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void restoredFromItsMementoThroughTheFactory() {
		RunEditorInput input = new RunEditorInput(tmp.resolve("run")); //$NON-NLS-1$
		XMLMemento memento = XMLMemento.createWriteRoot("editor"); //$NON-NLS-1$
		input.getPersistable().saveState(memento);
		assertEquals(ResultsUI.INPUT_FACTORY_ID, input.getPersistable().getFactoryId());
		IElementFactory factory = PlatformUI.getWorkbench().getElementFactory(ResultsUI.INPUT_FACTORY_ID);
		assertEquals(input, factory.createElement(memento));
	}

	@Test
	void adaptsToItsWorkspaceFolder() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("runs-" + System.nanoTime()); //$NON-NLS-1$
		project.create(null);
		project.open(null);
		IFolder folder = project.getFolder("run"); //$NON-NLS-1$
		folder.create(true, true, null);
		RunEditorInput input = new RunEditorInput(folder.getLocation().toPath());
		assertEquals(folder, input.getAdapter(IContainer.class));
		assertEquals(folder, input.getAdapter(IResource.class));
		assertNull(new RunEditorInput(tmp).getAdapter(IContainer.class));
		project.delete(true, true, null);
	}
}
