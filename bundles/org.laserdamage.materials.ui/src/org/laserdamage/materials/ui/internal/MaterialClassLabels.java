package org.laserdamage.materials.ui.internal;

import org.laserdamage.materials.MaterialClass;

/** The names users read for material classes. */
public final class MaterialClassLabels {

	private MaterialClassLabels() {
	}

	public static String label(MaterialClass materialClass) {
		return switch (materialClass) {
		case METAL -> Messages.MaterialClass_metal;
		case CERAMIC -> Messages.MaterialClass_ceramic;
		case GLASS -> Messages.MaterialClass_glass;
		case POLYMER -> Messages.MaterialClass_polymer;
		case COMPOSITE -> Messages.MaterialClass_composite;
		};
	}
}
