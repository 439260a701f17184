package org.laserdamage.materials;

import java.util.Objects;

/**
 * Where a material value comes from: a citation, an optional URL and notes
 * (conditions, temper, how the value was derived). Every property a solver
 * reads carries one, so an analyst can judge the data behind a prediction.
 */
public record Source(String citation, String url, String notes) {

	public Source {
		Objects.requireNonNull(citation, "citation"); //$NON-NLS-1$
		if (citation.isBlank()) {
			throw new IllegalArgumentException("A material source needs a citation"); //$NON-NLS-1$
		}
		url = url == null ? "" : url; //$NON-NLS-1$
		notes = notes == null ? "" : notes; //$NON-NLS-1$
	}

	@Override
	public String toString() {
		return url.isEmpty() ? citation : citation + " <" + url + ">"; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
