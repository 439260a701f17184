package org.laserdamage.ui.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PartInitException;

/**
 * The Server Jobs view of the Monitoring perspective, driven through its widget
 * keys ({@code serverJobs.table}, {@code serverJobs.follow} …). Call from the
 * test thread.
 */
public final class ServerJobsViewPage {

	/** The view's id. */
	public static final String VIEW = "org.laserdamage.monitor.ui.views.serverJobs"; //$NON-NLS-1$

	/** A row as shown: its cells by column. */
	public record Row(String study, String state, String progress, String solver, String replica, String submitted,
			String ended, String reason, String id) {
	}

	private final Table table;

	private ServerJobsViewPage(Table table) {
		this.table = table;
	}

	/** Shows the view in the active page. */
	public static ServerJobsViewPage show() {
		Ui.run(() -> {
			try {
				StudyEditorPage.page().showView(VIEW);
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		});
		return new ServerJobsViewPage(Ui.waitFor(Ui::workbenchShell, "serverJobs.table", Table.class)); //$NON-NLS-1$
	}

	public List<Row> rows() {
		return Ui.call(() -> {
			List<Row> rows = new ArrayList<>();
			for (TableItem item : table.getItems()) {
				rows.add(new Row(item.getText(0), item.getText(1), item.getText(2), item.getText(3), item.getText(4),
						item.getText(5), item.getText(6), item.getText(7), item.getText(8)));
			}
			return rows;
		});
	}

	public Optional<Row> row(String jobId) {
		return rows().stream().filter(r -> r.id().equals(jobId)).findFirst();
	}

	/** @return the status line above the table */
	public String status() {
		Label label = Ui.waitFor(Ui::workbenchShell, "serverJobs.status", Label.class); //$NON-NLS-1$
		return Ui.call(label::getText);
	}

	/** Waits until a row satisfies {@code test} and returns it. */
	public Row waitForRow(String what, java.util.function.Predicate<Row> test) {
		Ui.waitUntil(what + " in the Server Jobs view", () -> rows().stream().anyMatch(test)); //$NON-NLS-1$
		return rows().stream().filter(test).findFirst().orElseThrow();
	}

	/** Waits until job {@code jobId} is shown in {@code state} ("running", "succeeded" …). */
	public Row waitForState(String jobId, String state) {
		return waitForRow("job " + jobId + " " + state, r -> r.id().equals(jobId) && r.state().equals(state)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Selects the row of job {@code jobId}, as a click would. */
	public ServerJobsViewPage select(String jobId) {
		Ui.waitUntil("job " + jobId + " in the Server Jobs view", () -> row(jobId).isPresent()); //$NON-NLS-1$ //$NON-NLS-2$
		Tables.select(table, 8, jobId);
		return this;
	}

	/** Presses the tool bar button of {@code action} ("refresh", "follow", "cancel", "download"). */
	public ServerJobsViewPage press(String action) {
		Tables.press(table, "serverJobs." + action); //$NON-NLS-1$
		return this;
	}

	/** @return whether the tool bar button of {@code action} is enabled */
	public boolean enabled(String action) {
		return Tables.enabled(table, "serverJobs." + action); //$NON-NLS-1$
	}
}
