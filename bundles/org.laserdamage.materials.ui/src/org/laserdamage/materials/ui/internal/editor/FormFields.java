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
	 * to {@code update} and records it for undo, one operation per stretch
	 * of typing into the field.
	 *
	 * @param key       widget key for tests
	 * @param undoLabel names the edit in Edit &gt; Undo, e.g. "Liquidus edit"
	 */
	static Text text(Composite parent, SectionContext context, String label, String value, String key, int style,
			String undoLabel, Consumer<String> update) {
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.TOP).indent(0, 3)
				.applyTo(context.toolkit().createLabel(parent, label));
		Text text = context.toolkit().createText(parent, value, style | (context.editable() ? SWT.NONE : SWT.READ_ONLY));
		text.setData(LaserDamageUI.WIDGET_KEY, key);
		GridDataFactory.fillDefaults().grab(true, false).hint(120, (style & SWT.MULTI) != 0 ? 48 : SWT.DEFAULT)
				.applyTo(text);
		String[] shown = { value };
		Consumer<String> restore = restored -> {
			shown[0] = restored;
			if (!text.getText().equals(restored)) {
				text.setText(restored);
			}
			update.accept(restored);
		};
		text.addModifyListener(event -> {
			String before = shown[0];
			shown[0] = text.getText();
			update.accept(shown[0]);
			context.edits().typed(text, undoLabel, before, shown[0], restore);
		});
		text.addListener(SWT.FocusOut, event -> context.edits().endTyping());
		text.addListener(SWT.DefaultSelection, event -> context.edits().endTyping());
		return text;
	}
}
