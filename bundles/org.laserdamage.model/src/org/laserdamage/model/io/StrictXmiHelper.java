package org.laserdamage.model.io;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;
import org.eclipse.osgi.util.NLS;
import org.laserdamage.model.units.FeaturePath;

/**
 * Reads the values of a study file strictly. EMF would take whatever
 * {@code Double.parseDouble} and {@code Integer.parseInt} take (Infinity,
 * NaN, {@code 0x1p10}, {@code 1000d}, digits of other scripts) and keep the
 * last of two elements given for one setting; a study file holds plain
 * decimal numbers, each setting at most once, and elements of the type the
 * setting expects.
 */
final class StrictXmiHelper extends XMIHelperImpl {

	private static final Pattern DECIMAL = Pattern.compile("[-+]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?"); //$NON-NLS-1$
	private static final Pattern WHOLE = Pattern.compile("[-+]?[0-9]+"); //$NON-NLS-1$

	/** The single-valued settings given so far, per object. */
	private final Map<EObject, Set<EStructuralFeature>> given = new IdentityHashMap<>();

	StrictXmiHelper(XMLResource resource) {
		super(resource);
	}

	@Override
	public void setValue(EObject object, EStructuralFeature feature, Object value, int position) {
		if (!feature.isMany() && !given.computeIfAbsent(object, o -> new HashSet<>()).add(feature)) {
			throw new ValueProblem(NLS.bind(Messages.StudyIO_givenTwice, FeaturePath.pathOf(object, feature)));
		}
		if (feature instanceof EReference reference && value instanceof EObject element
				&& !reference.getEReferenceType().isInstance(element)) {
			throw new ValueProblem(NLS.bind(Messages.StudyIO_wrongElementType, new Object[] {
					element.eClass().getName(), reference.getEReferenceType().getName(), StudyIO.typeNames() }));
		}
		super.setValue(object, feature, value, position);
	}

	@Override
	protected Object createFromString(EFactory factory, EDataType type, String value) {
		Class<?> c = type.getInstanceClass();
		if (value == null) {
			return super.createFromString(factory, type, value);
		}
		String text = value.trim();
		if (c == double.class || c == Double.class) {
			return decimal(text);
		}
		if (c == int.class || c == Integer.class) {
			return whole(text);
		}
		if (c == boolean.class || c == Boolean.class) {
			if ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) { //$NON-NLS-1$ //$NON-NLS-2$
				return Boolean.valueOf(text);
			}
			throw new ValueProblem(NLS.bind(Messages.StudyIO_notBoolean, shorten(value)));
		}
		return super.createFromString(factory, type, value);
	}

	private static Double decimal(String text) {
		if (!DECIMAL.matcher(text).matches()) {
			throw new ValueProblem(NLS.bind(Messages.StudyIO_notDecimal, shorten(text)));
		}
		double d = Double.parseDouble(text);
		if (!Double.isFinite(d)) {
			throw new ValueProblem(NLS.bind(Messages.StudyIO_tooLarge, shorten(text)));
		}
		return d;
	}

	private static Integer whole(String text) {
		if (!WHOLE.matcher(text).matches()) {
			throw new ValueProblem(NLS.bind(Messages.StudyIO_notWhole, shorten(text)));
		}
		try {
			return Integer.valueOf(text);
		} catch (NumberFormatException e) {
			throw new ValueProblem(NLS.bind(Messages.StudyIO_wholeTooLarge, shorten(text), Integer.MAX_VALUE));
		}
	}

	/** @return {@code text}, cut to a length a message can show */
	static String shorten(String text) {
		return text.length() <= 40 ? text : text.substring(0, 37) + "..."; //$NON-NLS-1$
	}

	/** A value of the file that the format does not allow; the message says what is wrong and the fix. */
	static final class ValueProblem extends IllegalArgumentException {
		private static final long serialVersionUID = 1L;

		ValueProblem(String message) {
			super(message);
		}
	}
}
