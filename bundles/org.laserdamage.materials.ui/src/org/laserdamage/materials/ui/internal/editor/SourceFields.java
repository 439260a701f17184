package org.laserdamage.materials.ui.internal.editor;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.events.IExpansionListener;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.laserdamage.materials.PropertyKind;

/**
 * Citation, URL and notes of one property's source, folded under a title
 * that shows the citation; unfolded while the citation is missing.
 */
final class SourceFields {

	private static final int TITLE_LENGTH = 90;

	private SourceFields() {
	}

	/**
	 * Adds the fields in a foldable composite that spans {@code span} columns of {@code parent}.
	 *
	 * @param property the property named in the title, or null where the section says it
	 */
	static void create(Composite parent, SectionContext context, PropertyKind kind, SourceDraft source, String property,
			int span) {
		ExpandableComposite fold = context.toolkit().createExpandableComposite(parent,
				ExpandableComposite.TWISTIE | ExpandableComposite.CLIENT_INDENT);
		GridDataFactory.fillDefaults().grab(true, false).span(span, 1).hint(200, SWT.DEFAULT).applyTo(fold);
		fold.setFont(parent.getFont());
		Composite box = context.toolkit().createComposite(fold);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 3).applyTo(box);
		String key = "material.source." + kind.name(); //$NON-NLS-1$
		String undoLabel = NLS.bind(Messages.Edit_source, Labels.property(kind));
		Text citation = FormFields.text(box, context, Messages.Source_citation, source.citation, key + ".citation", //$NON-NLS-1$
				SWT.SINGLE, undoLabel, value -> {
					source.citation = value;
					fold.setText(title(property, value));
					fold.layout(true);
					if (value.isBlank() && !fold.isExpanded()) {
						fold.setExpanded(true);
						context.reflow().run();
					}
				});
		context.targets().put(Problem.source(kind), citation);
		FormFields.text(box, context, Messages.Source_url, source.url, key + ".url", SWT.SINGLE, //$NON-NLS-1$
				undoLabel, value -> source.url = value);
		FormFields.text(box, context, Messages.Source_notes, source.notes, key + ".notes", //$NON-NLS-1$
				SWT.MULTI | SWT.WRAP | SWT.V_SCROLL, undoLabel, value -> source.notes = value);
		fold.setClient(box);
		fold.setText(title(property, source.citation));
		fold.setExpanded(source.citation.isBlank());
		fold.addExpansionListener(IExpansionListener.expansionStateChangedAdapter(event -> context.reflow().run()));
	}

	private static String title(String property, String citation) {
		String text = citation.isBlank() ? Messages.Source_missing : citation.strip();
		if (text.length() > TITLE_LENGTH) {
			text = text.substring(0, TITLE_LENGTH - 1) + "\u2026"; //$NON-NLS-1$
		}
		return property == null ? NLS.bind(Messages.Source_title, text) : NLS.bind(Messages.Source_titleOf, property, text);
	}
}
