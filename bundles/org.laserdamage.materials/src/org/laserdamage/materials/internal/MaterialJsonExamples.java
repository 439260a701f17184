package org.laserdamage.materials.internal;

import static org.laserdamage.materials.internal.JsonFormat.*;

/** One-line examples for error messages, so that a "Fix:" shows what to write. */
final class MaterialJsonExamples {

	private static final String SOURCE_EXAMPLE = "\"source\": {\"citation\": \"...\"}"; //$NON-NLS-1$

	private MaterialJsonExamples() {
	}

	static String forField(String field) {
		String example = switch (field) {
		case ID -> "\"id\": \"al-6061-t6\""; //$NON-NLS-1$
		case NAME -> "\"name\": \"Aluminium 6061-T6\""; //$NON-NLS-1$
		case CLASS -> "\"class\": \"METAL\""; //$NON-NLS-1$
		case DENSITY -> table(DENSITY, UNIT_DENSITY, "2700"); //$NON-NLS-1$
		case SPECIFIC_HEAT -> table(SPECIFIC_HEAT, UNIT_SPECIFIC_HEAT, "896"); //$NON-NLS-1$
		case CONDUCTIVITY -> table(CONDUCTIVITY, UNIT_CONDUCTIVITY, "167"); //$NON-NLS-1$
		case CONDUCTIVITY_THROUGH_THICKNESS -> table(CONDUCTIVITY_THROUGH_THICKNESS, UNIT_CONDUCTIVITY, "0.6"); //$NON-NLS-1$
		case EMISSIVITY -> table(EMISSIVITY, UNIT_FRACTION, "0.05"); //$NON-NLS-1$
		case MELTING_RANGE -> "\"meltingRange\": {\"unit\": \"K\", \"solidus\": 855.15, \"liquidus\": 925.15, " + SOURCE_EXAMPLE + "}"; //$NON-NLS-1$ //$NON-NLS-2$
		case LATENT_HEAT_FUSION -> scalar(LATENT_HEAT_FUSION, UNIT_LATENT_HEAT, "3.9e5"); //$NON-NLS-1$
		case BOILING_POINT -> scalar(BOILING_POINT, UNIT_TEMPERATURE, "2743"); //$NON-NLS-1$
		case LATENT_HEAT_VAPORIZATION -> scalar(LATENT_HEAT_VAPORIZATION, UNIT_LATENT_HEAT, "1.08e7"); //$NON-NLS-1$
		case ABSORPTIVITY -> "\"absorptivity\": {\"unit\": \"1\", \"rows\": [{\"wavelength\": 1.064e-6, \"table\": [[293.15, 0.05]]}], " //$NON-NLS-1$
				+ SOURCE_EXAMPLE + "}"; //$NON-NLS-1$
		default -> null;
		};
		return example == null ? "see data/README.md." : "add e.g. " + example + '.'; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String table(String field, String unit, String value) {
		return '"' + field + "\": {\"unit\": \"" + unit + "\", \"table\": [[293.15, " + value + "]], " + SOURCE_EXAMPLE + '}'; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static String scalar(String field, String unit, String value) {
		return '"' + field + "\": {\"unit\": \"" + unit + "\", \"value\": " + value + ", " + SOURCE_EXAMPLE + '}'; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
