package org.laserdamage.ui.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PartInitException;
import org.laserdamage.ui.LaserDamageUI;

/**
 * The Jobs view, driven through its widget keys ({@code jobs.table},
 * {@code jobs.filter}, {@code jobs.cancel} …). Call from the test thread.
 */
public final class JobsViewPage {

	/** A row as shown: its cells by column. */
	public record Row(String study, String solver, String place, String state, String progress, String started,
			String ended, String reason, String result, String id) {
	}

	private final Table table;

	private JobsViewPage(Table table) {
		this.table = table;
	}

	/** Shows the Jobs view in the active page and activates it. */
	public static JobsViewPage show() {
		Ui.run(() -> {
			try {
				StudyEditorPage.page().showView(LaserDamageUI.RUNS_VIEW);
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		});
		return new JobsViewPage(Ui.waitFor(Ui::workbenchShell, "jobs.table", Table.class)); //$NON-NLS-1$
	}

	public List<Row> rows() {
		return Ui.call(() -> {
			List<Row> rows = new ArrayList<>();
			for (TableItem item : table.getItems()) {
				rows.add(new Row(item.getText(0), item.getText(1), item.getText(2), item.getText(3), item.getText(4),
						item.getText(5), item.getText(6), item.getText(7), item.getText(8), item.getText(9)));
			}
			return rows;
		});
	}

	public Optional<Row> row(String jobId) {
		return rows().stream().filter(r -> r.id().equals(jobId)).findFirst();
	}

	/** Waits until job {@code jobId} is shown in {@code state} ("running", "succeeded" …) and returns its row. */
	public Row waitForState(String jobId, String state) {
		Ui.waitUntil("job " + jobId + " " + state + " in the Jobs view", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				() -> row(jobId).map(r -> r.state().equals(state)).orElse(false));
		return row(jobId).orElseThrow();
	}

	/** Selects the row of job {@code jobId}, as a click would. */
	public JobsViewPage select(String jobId) {
		Ui.waitUntil("job " + jobId + " in the Jobs view", () -> row(jobId).isPresent()); //$NON-NLS-1$ //$NON-NLS-2$
		Tables.select(table, 9, jobId);
		return this;
	}

	/** Presses the tool bar button of {@code action} ("cancel", "rerun", "openResults", "openLog", "removeFinished"). */
	public JobsViewPage press(String action) {
		Tables.press(table, "jobs." + action); //$NON-NLS-1$
		return this;
	}

	/** @return whether the tool bar button of {@code action} is enabled */
	public boolean enabled(String action) {
		return Tables.enabled(table, "jobs." + action); //$NON-NLS-1$
	}

	/** Shows only the jobs in the state labelled {@code label} ("failed"; "All states" for every job). */
	public JobsViewPage filter(String label) {
		Combo combo = Ui.waitFor(Ui::workbenchShell, "jobs.filter", Combo.class); //$NON-NLS-1$
		Ui.run(() -> {
			combo.select(List.of(combo.getItems()).indexOf(label));
			combo.notifyListeners(SWT.Selection, new Event());
		});
		return this;
	}
}
