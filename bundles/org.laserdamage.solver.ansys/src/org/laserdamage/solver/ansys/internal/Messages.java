package org.laserdamage.solver.ansys.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Strings a user reads, from {@code messages.properties} beside this class.
 * The bundle uses only the JDK and Equinox Common, so this follows the
 * pattern of {@code org.eclipse.osgi.util.NLS} with {@link ResourceBundle}.
 */
public final class Messages {

	public static String noRoot;
	public static String noExecutable;
	public static String notExecutable;
	public static String badProcessors;
	public static String noServer;
	public static String lmutilMissing;
	public static String lmutilCannotStart;
	public static String lmstatTimedOut;
	public static String waitingForLicence;
	public static String waitingForServer;
	public static String noSuchFeature;
	public static String failed;
	public static String licenceLost;
	public static String exitCode;
	public static String notCompleted;
	public static String cannotStart;
	public static String files;
	public static String cancelled;
	public static String tooManyPoints;
	public static String noTables;

	static {
		ResourceBundle bundle = ResourceBundle.getBundle(Messages.class.getPackageName() + ".messages"); //$NON-NLS-1$
		for (Field field : Messages.class.getDeclaredFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				try {
					field.set(null, bundle.getString(field.getName()));
				} catch (MissingResourceException | IllegalAccessException e) {
					throw new IllegalStateException("Missing message " + field.getName(), e); //$NON-NLS-1$
				}
			}
		}
	}

	private Messages() {
	}

	/** Replaces {0}, {1} … in {@code message} by the arguments, as {@code NLS.bind} does. */
	public static String bind(String message, Object... arguments) {
		String result = message;
		for (int k = 0; k < arguments.length; k++) {
			result = result.replace("{" + k + "}", String.valueOf(arguments[k])); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return result;
	}

	/** @return {@code value} with four significant digits, for messages */
	public static String number(double value) {
		return String.format(Locale.ROOT, "%.4g", value); //$NON-NLS-1$
	}
}
