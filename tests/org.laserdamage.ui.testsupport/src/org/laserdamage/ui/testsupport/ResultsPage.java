package org.laserdamage.ui.testsupport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IEditorPart;
import org.jfree.chart.JFreeChart;
import org.laserdamage.ui.LaserDamageUI;
import org.laserdamage.ui.charts.ChartCanvas;

/**
 * The results editor of a run, driven through its widget keys
 * ({@code results.tabs}, {@code results.probeChart}, {@code results.timeSlider}
 * …). Call from the test thread; every wait ends after {@link Ui#TIMEOUT}.
 */
public final class ResultsPage {

	public static final String SUMMARY_TAB = "results.tab.summary"; //$NON-NLS-1$
	public static final String PROBES_TAB = "results.tab.probes"; //$NON-NLS-1$
	public static final String MAP_TAB = "results.tab.map"; //$NON-NLS-1$
	public static final String EVENTS_TAB = "results.tab.events"; //$NON-NLS-1$

	private final IEditorPart editor;
	private final Supplier<Composite> root;

	private ResultsPage(IEditorPart editor) {
		this.editor = editor;
		// only the active editor's controls are visible; the shell holds them all, so look there
		this.root = Ui::workbenchShell;
	}

	/** Waits until {@code editor} has read its run and shows its tabs. */
	public static ResultsPage of(IEditorPart editor) {
		ResultsPage page = new ResultsPage(editor);
		Ui.waitFor(page.root, "results.tabs", CTabFolder.class); //$NON-NLS-1$
		return page;
	}

	public IEditorPart editor() {
		return editor;
	}

	/** Selects the tab with widget key {@code tabKey} (see the constants) and waits until it is laid out. */
	public ResultsPage show(String tabKey) {
		CTabFolder tabs = Ui.waitFor(root, "results.tabs", CTabFolder.class); //$NON-NLS-1$
		Ui.run(() -> {
			CTabItem item = Arrays.stream(tabs.getItems())
					.filter(i -> tabKey.equals(i.getData(LaserDamageUI.WIDGET_KEY))).findFirst()
					.orElseThrow(() -> new AssertionError("no tab " + tabKey)); //$NON-NLS-1$
			tabs.setSelection(item);
		});
		Ui.processEvents();
		return this;
	}

	/** @return the text of the label with widget key {@code key} */
	public String text(String key) {
		Label label = control(key, Label.class);
		return Ui.call(label::getText);
	}

	/**
	 * Waits until the label with widget key {@code key} shows a text that
	 * {@code wanted} accepts, e.g. once the editor has shown its run anew.
	 *
	 * @return that text
	 */
	public String waitForText(String key, Predicate<String> wanted) {
		AtomicReference<String> shown = new AtomicReference<>();
		Ui.waitUntil("the label " + key + " to change", () -> { //$NON-NLS-1$ //$NON-NLS-2$
			Composite composite = root.get();
			Label label = composite == null ? null : Ui.find(composite, key, Label.class);
			shown.set(label == null ? null : label.getText());
			return shown.get() != null && wanted.test(shown.get());
		});
		return shown.get();
	}

	/** @return the warnings the summary lists, in order; fails when one lacks its warning icon */
	public List<String> warnings() {
		Ui.waitFor(root, "results.studyName", Label.class); //$NON-NLS-1$
		return Ui.call(() -> {
			List<String> texts = new ArrayList<>();
			collectWarnings(root.get(), texts);
			return texts;
		});
	}

	private static void collectWarnings(Composite parent, List<String> texts) {
		for (Control child : parent.getChildren()) {
			if (child instanceof CLabel label && "results.warning".equals(label.getData(LaserDamageUI.WIDGET_KEY))) { //$NON-NLS-1$
				if (label.getImage() == null) {
					throw new AssertionError("the warning '" + label.getText() + "' has no icon"); //$NON-NLS-1$ //$NON-NLS-2$
				}
				texts.add(label.getText());
			} else if (child instanceof Composite composite) {
				collectWarnings(composite, texts);
			}
		}
	}

	/** @return whether a control with widget key {@code key} exists now */
	public boolean has(String key) {
		return Ui.call(() -> Ui.find(root.get(), key, Control.class) != null);
	}

	/** @return the chart canvas with widget key {@code key} */
	public ChartCanvas chart(String key) {
		Control control = control(key, Control.class);
		return Ui.call(() -> ChartCanvas.of(control));
	}

	/** @return the chart shown by the canvas with widget key {@code key}, once there is one */
	public JFreeChart waitForChart(String key) {
		ChartCanvas canvas = chart(key);
		Ui.waitUntil("a chart in " + key, () -> canvas.getChart() != null); //$NON-NLS-1$
		return Ui.call(canvas::getChart);
	}

	public Table table(String key) {
		return control(key, Table.class);
	}

	/** @return the highest position of the time slider {@code results.timeSlider} */
	public int sliderMaximum() {
		Scale slider = control("results.timeSlider", Scale.class); //$NON-NLS-1$
		return Ui.call(slider::getMaximum);
	}

	/** Moves the time slider to {@code position} as a user would (a selection event follows). */
	public ResultsPage slideTo(int position) {
		Scale slider = control("results.timeSlider", Scale.class); //$NON-NLS-1$
		Ui.run(() -> {
			slider.setSelection(position);
			slider.notifyListeners(SWT.Selection, null);
		});
		return this;
	}

	/** @return the control with widget key {@code key}, waiting for it to appear */
	public <C extends Control> C control(String key, Class<C> type) {
		return Ui.waitFor(root, key, type);
	}
}
