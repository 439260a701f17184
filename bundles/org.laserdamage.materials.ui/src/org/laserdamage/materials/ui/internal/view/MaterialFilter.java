package org.laserdamage.materials.ui.internal.view;

import java.util.Locale;
import java.util.function.Predicate;

import org.laserdamage.materials.Material;
import org.laserdamage.materials.MaterialClass;
import org.laserdamage.materials.Source;
import org.laserdamage.materials.ui.internal.MaterialClassLabels;

/**
 * The view's filter: every word of the search text must occur (ignoring
 * case) in the name, id, class or a source citation, and the class must
 * match when one is chosen.
 *
 * @param words         the search words, lower case
 * @param materialClass the class to show, or null for all
 */
record MaterialFilter(String[] words, MaterialClass materialClass) implements Predicate<Material> {

	static MaterialFilter of(String text, MaterialClass materialClass) {
		String trimmed = text.trim().toLowerCase(Locale.ROOT);
		return new MaterialFilter(trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+"), materialClass); //$NON-NLS-1$
	}

	@Override
	public boolean test(Material material) {
		if (materialClass != null && material.materialClass() != materialClass) {
			return false;
		}
		if (words.length == 0) {
			return true;
		}
		String haystack = haystack(material);
		for (String word : words) {
			if (!haystack.contains(word)) {
				return false;
			}
		}
		return true;
	}

	private static String haystack(Material material) {
		StringBuilder text = new StringBuilder(material.name()).append('\n').append(material.id()).append('\n')
				.append(material.materialClass().name()).append('\n')
				.append(MaterialClassLabels.label(material.materialClass()));
		for (Source source : material.sources().values()) {
			text.append('\n').append(source.citation());
		}
		return text.toString().toLowerCase(Locale.ROOT);
	}
}
