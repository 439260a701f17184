package org.laserdamage.materials.ui.internal.editor;

import org.laserdamage.materials.PropertyKind;

/**
 * Something that keeps a draft from being saved.
 *
 * @param target  the field it concerns (see the factory methods), shown next to that field's control
 * @param message what is wrong, for the user
 */
record Problem(String target, String message) {

	static final String NAME = "name"; //$NON-NLS-1$
	static final String MATERIAL = "material"; //$NON-NLS-1$
	static final String ABSORPTIVITY = "table.ABSORPTIVITY"; //$NON-NLS-1$

	static String scalar(ScalarField field) {
		return "scalar." + field.name(); //$NON-NLS-1$
	}

	static String table(TableKind kind) {
		return "table." + kind.name(); //$NON-NLS-1$
	}

	static String source(PropertyKind kind) {
		return "source." + kind.name(); //$NON-NLS-1$
	}
}
