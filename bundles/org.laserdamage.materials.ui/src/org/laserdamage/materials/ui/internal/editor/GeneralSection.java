package org.laserdamage.materials.ui.internal.editor;

import java.util.function.Consumer;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.laserdamage.materials.MaterialClass;
import org.laserdamage.materials.ui.internal.MaterialClassLabels;
import org.laserdamage.ui.LaserDamageUI;

/** Name, id, class and description. */
final class GeneralSection {

	static final String NAME_KEY = "material.name"; //$NON-NLS-1$
	static final String CLASS_KEY = "material.class"; //$NON-NLS-1$
	static final String DESCRIPTION_KEY = "material.description"; //$NON-NLS-1$

	private GeneralSection() {
	}

	static void create(Composite parent, SectionContext context, MaterialDraft draft) {
		Section section = context.toolkit().createSection(parent, Section.TITLE_BAR | Section.EXPANDED);
		section.setText(Messages.GeneralSection_title);
		section.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB, TableWrapData.TOP));
		Composite client = context.toolkit().createComposite(section);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 4).applyTo(client);
		Text name = FormFields.text(client, context, Messages.GeneralSection_name, draft.name, NAME_KEY, SWT.SINGLE,
				edit(Messages.GeneralSection_name), value -> draft.name = value);
		context.targets().put(Problem.NAME, name);
		context.toolkit().createLabel(client, Messages.GeneralSection_id);
		context.toolkit().createLabel(client, draft.id);
		context.toolkit().createLabel(client, Messages.GeneralSection_class);
		Combo classes = new Combo(client, SWT.READ_ONLY);
		classes.setData(LaserDamageUI.WIDGET_KEY, CLASS_KEY);
		for (MaterialClass materialClass : MaterialClass.values()) {
			classes.add(MaterialClassLabels.label(materialClass));
		}
		classes.select(draft.materialClass.ordinal());
		classes.setEnabled(context.editable());
		context.toolkit().adapt(classes);
		Consumer<MaterialClass> restore = materialClass -> {
			draft.materialClass = materialClass;
			classes.select(materialClass.ordinal());
		};
		classes.addListener(SWT.Selection, event -> {
			MaterialClass before = draft.materialClass;
			MaterialClass after = MaterialClass.values()[classes.getSelectionIndex()];
			if (after != before) {
				draft.materialClass = after;
				context.edits().done(edit(Messages.GeneralSection_class), () -> restore.accept(before),
						() -> restore.accept(after));
			}
		});
		FormFields.text(client, context, Messages.GeneralSection_description, draft.description, DESCRIPTION_KEY,
				SWT.MULTI | SWT.WRAP | SWT.V_SCROLL, edit(Messages.GeneralSection_description),
				value -> draft.description = value);
		section.setClient(client);
	}

	/** @return the undo label of an edit of {@code field}, e.g. "Name edit" */
	static String edit(String field) {
		return NLS.bind(Messages.Edit_field, field);
	}
}
