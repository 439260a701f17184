package org.laserdamage.materials.ui.internal.editor;

import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.laserdamage.ui.LaserDamageUI;

/** Labelled text fields bound to a draft value. */
final class FormFields {

	private FormFields() {
	}

	/**
	 * Adds a label and a text field (two grid cells) that writes every edit
	 * to {@code update}, then reports the change.
	 *
	 * @param key widget key for tests
	 */
	static Text text(Composite parent, SectionContext context, String label, String value, String key, int style,
			Consumer<String> update) {
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.TOP).indent(0, 3)
				.applyTo(context.toolkit().createLabel(parent, label));
		Text text = context.toolkit().createText(parent, value, style | (context.editable() ? SWT.NONE : SWT.READ_ONLY));
		text.setData(LaserDamageUI.WIDGET_KEY, key);
		GridDataFactory.fillDefaults().grab(true, false).hint(120, (style & SWT.MULTI) != 0 ? 48 : SWT.DEFAULT)
				.applyTo(text);
		text.addModifyListener(event -> {
			update.accept(text.getText());
			context.changed().run();
		});
		return text;
	}
}
