package org.laserdamage.solver;

import java.util.ResourceBundle;

/**
 * Strings a user reads, from {@code messages.properties} beside this class.
 * The bundle uses only the JDK and Equinox, so this follows the pattern of
 * {@code org.eclipse.osgi.util.NLS} with {@link ResourceBundle}. Not API.
 */
final class Messages {

	private static final ResourceBundle BUNDLE = ResourceBundle.getBundle(Messages.class.getPackageName() + ".messages"); //$NON-NLS-1$

	private Messages() {
	}

	/** @return the message {@code key} with {0}, {1} … replaced by the arguments */
	static String bind(String key, Object... arguments) {
		String result = BUNDLE.getString(key);
		for (int k = 0; k < arguments.length; k++) {
			result = result.replace("{" + k + "}", String.valueOf(arguments[k])); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return result;
	}
}
