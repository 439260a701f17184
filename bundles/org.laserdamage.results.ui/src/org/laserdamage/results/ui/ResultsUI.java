package org.laserdamage.results.ui;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.swt.widgets.Shell;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.laserdamage.results.RunResults;
import org.laserdamage.results.ui.internal.compare.RunComparison;

/** Ids of the results editor and the way to open it. */
public final class ResultsUI {

	public static final String PLUGIN_ID = "org.laserdamage.results.ui"; //$NON-NLS-1$
	/** The editor of a run directory; its input is a {@link RunEditorInput}. */
	public static final String EDITOR_ID = PLUGIN_ID + ".editor"; //$NON-NLS-1$
	/** The element factory that restores a {@link RunEditorInput} after a restart. */
	public static final String INPUT_FACTORY_ID = PLUGIN_ID + ".runEditorInput"; //$NON-NLS-1$
	/** The family of the jobs that read run directories and snapshots for the editor. */
	public static final Object JOB_FAMILY = ResultsUI.class;

	private ResultsUI() {
	}

	/**
	 * Opens (or brings to the front) the results editor of a run directory.
	 * The run is read in the background; the editor shows that it is reading.
	 */
	public static IEditorPart open(IWorkbenchPage page, Path runDirectory) throws PartInitException {
		return page.openEditor(new RunEditorInput(runDirectory), EDITOR_ID);
	}

	/**
	 * Opens a window (not modal) comparing two run directories: their summaries
	 * side by side and their probe curves in one chart. Reads both runs first
	 * (summary.json and probes.csv, small files).
	 *
	 * @throws IOException when a run cannot be read
	 */
	public static void compare(Shell parent, Path first, Path second) throws IOException {
		new RunComparison(parent, RunResults.open(first), RunResults.open(second)).open();
	}
}
