package org.laserdamage.ui.charts;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.laserdamage.ui.charts.internal.ChartMenu;
import org.laserdamage.ui.charts.internal.Messages;

/**
 * A visible toolbar for a chart: Reset view, Export PNG, Export SVG, and the
 * value under the pointer. Widget keys (data {@code org.laserdamage.ui.widget})
 * are {@code <key>.toolbar}, {@code <key>.reset}, {@code <key>.exportPng},
 * {@code <key>.exportSvg} and {@code <key>.readout}.
 */
public final class ChartToolBar {

	private static final String WIDGET_KEY = "org.laserdamage.ui.widget"; //$NON-NLS-1$

	private ChartToolBar() {
	}

	/** @return the bar (one row) for {@code chart}, created in {@code parent}; lay it out there */
	public static Composite create(Composite parent, ChartCanvas chart, String key) {
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		bar.setLayout(layout);
		ToolBar tools = new ToolBar(bar, SWT.FLAT | SWT.RIGHT);
		tools.setData(WIDGET_KEY, key + ".toolbar"); //$NON-NLS-1$
		item(tools, Messages.ChartBar_reset, Messages.ChartBar_resetTip, key + ".reset", chart::resetView); //$NON-NLS-1$
		item(tools, Messages.ChartBar_png, Messages.ChartMenu_exportPng, key + ".exportPng", //$NON-NLS-1$
				() -> ChartMenu.exportPng(chart));
		item(tools, Messages.ChartBar_svg, Messages.ChartMenu_exportSvg, key + ".exportSvg", //$NON-NLS-1$
				() -> ChartMenu.exportSvg(chart));
		Label readout = new Label(bar, SWT.NONE);
		readout.setData(WIDGET_KEY, key + ".readout"); //$NON-NLS-1$
		readout.setToolTipText(Messages.ChartBar_readoutTip);
		readout.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		chart.addReadoutListener(text -> {
			if (!readout.isDisposed()) {
				readout.setText(text);
			}
		});
		return bar;
	}

	private static void item(ToolBar tools, String text, String tip, String key, Runnable action) {
		ToolItem item = new ToolItem(tools, SWT.PUSH);
		item.setText(text);
		item.setToolTipText(tip);
		item.setData(WIDGET_KEY, key);
		item.addListener(SWT.Selection, event -> action.run());
	}
}
