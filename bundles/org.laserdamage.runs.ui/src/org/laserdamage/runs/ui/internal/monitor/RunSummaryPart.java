package org.laserdamage.runs.ui.internal.monitor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.laserdamage.results.RunDirectory;
import org.laserdamage.results.RunSummary;
import org.laserdamage.results.SummaryJson;
import org.laserdamage.runs.ui.StudyRuns;
import org.laserdamage.runs.ui.internal.SummaryLines;
import org.laserdamage.ui.DisplayUnits;
import org.laserdamage.ui.DisplayUnitsChange;
import org.laserdamage.ui.LaserDamageUI;
import org.laserdamage.ui.UiThread;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The Run Summary (an e4 part): what the run selected in the Studies view
 * computed — peak temperature, damage criteria with times and margins,
 * warnings — in the user's display units, rewritten when they change. It follows the active selection.
 */
public final class RunSummaryPart {

	private Display display;
	private Text text;
	private Path shown;
	private IStructuredSelection pending;
	private Job reading;

	@PostConstruct
	public void create(Composite parent) {
		parent.setLayout(new FillLayout());
		text = new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
		text.setData(LaserDamageUI.WIDGET_KEY, "runSummary.text"); //$NON-NLS-1$
		text.setText(Messages.Summary_select);
		display = parent.getDisplay();
		DisplayUnitsChange.onChange(text, () -> {
			if (shown != null) {
				read(shown);
			}
		});
		if (pending != null) {
			// the selection was injected before the part was created
			selectionChanged(pending);
		}
	}

	@Inject
	@Optional
	public void selectionChanged(@Named(IServiceConstants.ACTIVE_SELECTION) IStructuredSelection selection) {
		if (text == null) {
			pending = selection;
			return;
		}
		pending = null;
		if (text.isDisposed() || selection == null || selection.size() != 1) {
			return;
		}
		IFolder run = Adapters.adapt(selection.getFirstElement(), IFolder.class);
		if (run == null || !StudyRuns.isRun(run) || run.getLocation() == null) {
			return;
		}
		Path directory = run.getLocation().toPath();
		if (directory.equals(shown)) {
			return;
		}
		shown = directory;
		read(directory);
	}

	private void read(Path directory) {
		if (reading != null) {
			reading.cancel();
		}
		reading = Job.create(Messages.Summary_reading, monitor -> {
			String shownText = describe(directory);
			UiThread.asyncExec(display, () -> {
				if (!text.isDisposed() && directory.equals(shown)) {
					text.setText(shownText);
				}
			});
			return Status.OK_STATUS;
		});
		reading.setSystem(true);
		reading.schedule();
	}

	@PreDestroy
	public void dispose() {
		if (reading != null) {
			reading.cancel();
		}
	}

	/** @return the summary of the run in {@code directory} as text, in display units */
	public static String describe(Path directory) {
		Path file = directory.resolve(RunDirectory.SUMMARY);
		if (!Files.isRegularFile(file)) {
			return NLS.bind(Messages.Summary_none, directory);
		}
		RunSummary summary;
		try {
			summary = SummaryJson.read(file);
		} catch (IOException e) {
			return NLS.bind(Messages.Summary_unreadable, file, e.getMessage());
		}
		DisplayUnits units = DisplayUnits.current();
		StringBuilder out = new StringBuilder();
		out.append(NLS.bind(Messages.Summary_header, new Object[] { summary.studyName(), summary.solverId(),
				summary.created(), summary.applicationVersion() })).append('\n');
		SummaryLines.of(summary, units).forEach(line -> out.append(line).append('\n'));
		summary.warnings().forEach(w -> out.append(Messages.Summary_warning)
				.append(DisplayUnits.current().temperaturesIn(w)).append('\n'));
		out.append(directory);
		return out.toString();
	}

	@Focus
	public void focus() {
		text.setFocus();
	}
}
