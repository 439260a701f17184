package org.laserdamage.runs.ui.internal.launch;

import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.laserdamage.ui.LaserDamageUI;

/** Widgets and attribute reads the tabs share. */
final class LaunchTabs {

	private LaunchTabs() {
	}

	static Text text(Composite parent, String key, int span, Runnable changed) {
		Text text = new Text(parent, SWT.BORDER);
		text.setData(LaserDamageUI.WIDGET_KEY, key);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1));
		text.addModifyListener(e -> changed.run());
		return text;
	}

	static Combo combo(Composite parent, String key, int span, Runnable changed) {
		Combo combo = new Combo(parent, SWT.READ_ONLY);
		combo.setData(LaserDamageUI.WIDGET_KEY, key);
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1));
		combo.addListener(SWT.Selection, e -> changed.run());
		return combo;
	}

	static String attribute(ILaunchConfiguration config, String name, String fallback) {
		try {
			return config.getAttribute(name, fallback);
		} catch (CoreException e) {
			return fallback;
		}
	}

	static int attribute(ILaunchConfiguration config, String name, int fallback) {
		try {
			return config.getAttribute(name, fallback);
		} catch (CoreException e) {
			return fallback;
		}
	}

	static Map<String, String> attribute(ILaunchConfiguration config, String name, Map<String, String> fallback) {
		try {
			return config.getAttribute(name, fallback);
		} catch (CoreException e) {
			return fallback;
		}
	}
}
