package org.laserdamage.materials.ui.internal.editor;

import java.util.EnumSet;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.laserdamage.materials.PropertyKind;

/**
 * Solidus, liquidus, latent heats and boiling point with their units, then
 * their sources. The melting fields and the boiling fields may each be left
 * empty as a group: "not given".
 */
final class MeltingSection {

	private MeltingSection() {
	}

	/** @return widget key of a scalar's text field, e.g. "material.scalar.SOLIDUS" */
	static String key(ScalarField field) {
		return "material." + Problem.scalar(field); //$NON-NLS-1$
	}

	static void create(Composite parent, SectionContext context, MaterialDraft draft) {
		Section section = context.toolkit().createSection(parent, Section.TITLE_BAR | Section.DESCRIPTION | Section.EXPANDED);
		section.setText(Messages.MeltingSection_title);
		section.setDescription(Messages.MeltingSection_description);
		section.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB, TableWrapData.TOP));
		Composite client = context.toolkit().createComposite(section);
		GridLayoutFactory.fillDefaults().numColumns(3).spacing(8, 4).applyTo(client);
		Set<PropertyKind> properties = EnumSet.noneOf(PropertyKind.class);
		for (ScalarField field : ScalarField.values()) {
			Text text = FormFields.text(client, context, field.label, draft.scalars.get(field), key(field),
					SWT.SINGLE | SWT.RIGHT, GeneralSection.edit(field.label), value -> draft.scalars.put(field, value));
			GridDataFactory.fillDefaults().hint(90, SWT.DEFAULT).applyTo(text);
			context.targets().put(Problem.scalar(field), text);
			GridDataFactory.fillDefaults().grab(true, false).indent(0, 3)
					.applyTo(context.toolkit().createLabel(client, field.unit.symbol()));
			properties.add(field.property);
		}
		for (PropertyKind property : properties) {
			SourceFields.create(client, context, property, draft.sources.get(property), Labels.property(property), 3);
		}
		section.setClient(client);
	}
}
