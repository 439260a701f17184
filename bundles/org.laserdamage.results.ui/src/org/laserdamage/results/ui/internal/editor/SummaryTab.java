package org.laserdamage.results.ui.internal.editor;

import java.util.List;
import java.util.Optional;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.laserdamage.results.CriterionSummary;
import org.laserdamage.results.DiscretisationEstimate;
import org.laserdamage.results.RunResults;
import org.laserdamage.results.RunSummary;
import org.laserdamage.results.VerificationSummary;
import org.laserdamage.results.ui.internal.export.ResultsCsv;
import org.laserdamage.solver.CriterionKind;
import org.laserdamage.ui.DisplayUnits;
import org.laserdamage.ui.LaserDamageUI;

/**
 * What was run, the warnings of the run (physical limits such as the boiling
 * point) and the damage it did. A run without summary.json (failed or
 * cancelled) gets a banner and the events it recorded instead.
 */
final class SummaryTab {

	static final String TAB_KEY = "results.tab.summary"; //$NON-NLS-1$
	static final String BANNER_KEY = "results.banner"; //$NON-NLS-1$
	static final String MELT_THROUGH_KEY = "results.meltThrough"; //$NON-NLS-1$
	static final String DAMAGE_TABLE_KEY = "results.damageTable"; //$NON-NLS-1$
	static final String EXPORT_KEY = "results.exportDamage"; //$NON-NLS-1$
	static final String WARNING_KEY = "results.warning"; //$NON-NLS-1$
	static final String VERIFICATION_KEY = "results.verification"; //$NON-NLS-1$

	private SummaryTab() {
	}

	static CTabItem create(CTabFolder folder, RunResults results) {
		CTabItem item = Tables.tab(folder, Messages.Tab_summary, TAB_KEY);
		Composite page = (Composite) item.getControl();
		page.setLayout(new GridLayout(2, false));
		Optional<RunSummary> summary = results.summary();
		if (summary.isEmpty()) {
			Label banner = new Label(page, SWT.WRAP);
			banner.setText(Messages.Summary_notFinished);
			banner.setForeground(page.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			Font bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
			banner.setFont(bold);
			banner.setData(LaserDamageUI.WIDGET_KEY, BANNER_KEY);
			banner.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		}
		RunSummary s = summary.orElse(null);
		field(page, Messages.Summary_study, s == null ? "\u2013" : s.studyName(), "results.studyName"); //$NON-NLS-1$ //$NON-NLS-2$
		field(page, Messages.Summary_solver, s == null ? "\u2013" : s.solverId() + ' ' + s.solverVersion(), //$NON-NLS-1$
				"results.solver"); //$NON-NLS-1$
		field(page, Messages.Summary_created, s == null ? "\u2013" : Formats.instant(s.created()), "results.created"); //$NON-NLS-1$ //$NON-NLS-2$
		field(page, Messages.Summary_endTime, Formats.time(s == null ? lastSample(results) : s.finalTime()),
				"results.endTime"); //$NON-NLS-1$
		field(page, Messages.Summary_peak, s == null ? "\u2013" //$NON-NLS-1$
				: NLS.bind(Messages.Summary_peakValue, Formats.temperature(s.peak().temperature()),
						Formats.time(s.peak().time())),
				"results.peak"); //$NON-NLS-1$
		field(page, Messages.Summary_meltThrough, meltThrough(results), MELT_THROUGH_KEY);
		if (s != null && s.verificationCheck().isPresent()) {
			field(page, Messages.Summary_verification, verification(s.verificationCheck().get()), VERIFICATION_KEY);
		}
		if (s != null && !s.warnings().isEmpty()) {
			warnings(page, s.warnings());
		}

		Label heading = new Label(page, SWT.NONE);
		heading.setText(s == null ? Messages.Summary_eventsHeading : Messages.Summary_damageHeading);
		heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		Table table = s == null ? EventsTab.table(page, results.events()) : damageTable(page, s.criteria());
		table.setData(LaserDamageUI.WIDGET_KEY, DAMAGE_TABLE_KEY);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		if (s == null) {
			CsvExport.button(page, EXPORT_KEY, results.directory(), "events.csv", () -> ResultsCsv.events(results.events())); //$NON-NLS-1$
		} else {
			CsvExport.button(page, EXPORT_KEY, results.directory(), "damage.csv", () -> ResultsCsv.criteria(s.criteria())); //$NON-NLS-1$
		}
		return item;
	}

	/** @return when the melt reached the back face, from the summary or else from events.csv */
	static String meltThrough(RunResults results) {
		String id = CriterionSummary.id(CriterionKind.MELT_THROUGH);
		if (results.summary().isPresent()) {
			return results.summary().get().criterion(CriterionKind.MELT_THROUGH)
					.map(c -> c.reached() ? Formats.time(c.time())
							: c.applicable() ? Messages.Summary_notReached : Messages.Summary_notApplicable)
					.orElse(Messages.Summary_notEvaluated);
		}
		return results.events().stream().filter(e -> e.criterion().equals(id)).findFirst()
				.map(e -> Formats.time(e.time())).orElse(Messages.Summary_notReachedBeforeStop);
	}

	/** @return the estimated discretisation errors, e.g. "melt onset +0.12 ms (+1.2 %, order 1.9 observed); …" */
	static String verification(VerificationSummary check) {
		List<String> parts = new java.util.ArrayList<>();
		for (DiscretisationEstimate e : check.estimates()) {
			String name = DiscretisationEstimate.PEAK_TEMPERATURE.equals(e.quantity()) ? Messages.Summary_peakTemperature
					: Formats.criterion(e.quantity());
			if (!e.estimated()) {
				parts.add(NLS.bind(Messages.Summary_noEstimate, name));
				continue;
			}
			// a temperature difference stays in K whatever the display unit (a difference in °C is the same number)
			String error = "K".equals(e.unit()) ? DisplayUnits.number(e.error(), "K") //$NON-NLS-1$ //$NON-NLS-2$
					: Formats.time(e.error());
			String order = e.observedOrder() ? NLS.bind(Messages.Summary_orderObserved, String.format(java.util.Locale.ROOT, "%.2g", e.order())) //$NON-NLS-1$
					: Messages.Summary_orderAssumed;
			parts.add(NLS.bind(Messages.Summary_estimate, new Object[] { name, (e.error() >= 0 ? "+" : "") + error, //$NON-NLS-1$ //$NON-NLS-2$
					String.format(java.util.Locale.ROOT, "%+.2g %%", 100 * e.relativeError()), order })); //$NON-NLS-1$
		}
		return String.join("; ", parts); //$NON-NLS-1$
	}

	/** The run's warnings (above the boiling point, a mesh too coarse …), each with a warning icon. */
	private static void warnings(Composite page, List<String> warnings) {
		Label heading = new Label(page, SWT.NONE);
		heading.setText(Messages.Summary_warnings);
		heading.setLayoutData(new GridData(SWT.BEGINNING, SWT.BEGINNING, false, false));
		Composite list = new Composite(page, SWT.NONE);
		GridLayout layout = new GridLayout();
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		list.setLayout(layout);
		list.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, true, false));
		for (String warning : warnings) {
			CLabel label = new CLabel(list, SWT.NONE);
			label.setImage(JFaceResources.getImage(Dialog.DLG_IMG_MESSAGE_WARNING));
			label.setText(DisplayUnits.current().temperaturesIn(warning));
			label.setData(LaserDamageUI.WIDGET_KEY, WARNING_KEY);
			label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		}
	}

	private static double lastSample(RunResults results) {
		double[] times = results.probes().times();
		return times.length == 0 ? Double.NaN : times[times.length - 1];
	}

	private static void field(Composite page, String name, String value, String key) {
		Label label = new Label(page, SWT.NONE);
		label.setText(name);
		Label text = new Label(page, SWT.NONE);
		text.setText(value);
		text.setData(LaserDamageUI.WIDGET_KEY, key);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
	}

	private static Table damageTable(Composite parent, List<CriterionSummary> criteria) {
		Table table = Tables.create(parent, Messages.Column_criterion, Messages.Column_reached, Messages.Column_time,
				Messages.Column_margin);
		for (CriterionSummary c : criteria) {
			TableItem row = new TableItem(table, SWT.NONE);
			String reached = c.reached() ? Messages.Yes : c.applicable() ? Messages.No : Messages.Summary_notApplicable;
			row.setText(new String[] { Formats.criterion(c.criterion()), reached,
					Formats.time(c.time()), Formats.margin(c) });
		}
		Tables.pack(table);
		return table;
	}
}
