package org.laserdamage.materials.ui.internal.editor;

import org.laserdamage.materials.Source;

/** The editable citation, URL and notes of one property's source. */
final class SourceDraft {

	String citation;
	String url;
	String notes;

	SourceDraft(Source source) {
		citation = source == null ? "" : source.citation(); //$NON-NLS-1$
		url = source == null ? "" : source.url(); //$NON-NLS-1$
		notes = source == null ? "" : source.notes(); //$NON-NLS-1$
	}

	/** @throws IllegalArgumentException when the citation is blank */
	Source toSource() {
		return new Source(citation.trim(), url.trim(), notes.trim());
	}
}
