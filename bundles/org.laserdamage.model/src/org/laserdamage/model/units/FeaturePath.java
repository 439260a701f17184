package org.laserdamage.model.units;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

/**
 * Dotted paths into a study, as typed on a command line:
 * {@code laser.power}, {@code target.layers[0].thickness},
 * {@code target.layers[Coating].materialId}, {@code laser.spatialProfile.radius}.
 * A list element is chosen by index or by its {@code name} attribute.
 */
public final class FeaturePath {

	private static final Pattern WHOLE = Pattern.compile("[-+]?[0-9]+"); //$NON-NLS-1$

	private FeaturePath() {
	}

	/**
	 * Applies {@code PATH=VALUE} to {@code root}; the value may carry a unit
	 * ("1.5kW", "20C"), converted to the SI unit of the attribute.
	 *
	 * @throws IllegalArgumentException naming the path and what is valid
	 */
	public static void apply(EObject root, String assignment) {
		int eq = assignment.indexOf('=');
		if (eq <= 0) {
			throw new IllegalArgumentException(Messages.FeaturePath_empty);
		}
		String path = assignment.substring(0, eq).trim();
		String value = assignment.substring(eq + 1).trim();
		String[] segments = path.split("\\."); //$NON-NLS-1$
		EObject current = root;
		StringBuilder walked = new StringBuilder();
		for (int s = 0; s < segments.length; s++) {
			String segment = segments[s];
			String selector = null;
			int bracket = segment.indexOf('[');
			if (bracket > 0 && segment.endsWith("]")) { //$NON-NLS-1$
				selector = segment.substring(bracket + 1, segment.length() - 1);
				segment = segment.substring(0, bracket);
			}
			EStructuralFeature feature = current.eClass().getEStructuralFeature(segment);
			String where = walked.length() == 0 ? current.eClass().getName() : walked.toString();
			if (feature == null) {
				throw new IllegalArgumentException(NLS.bind(Messages.FeaturePath_unknownFeature,
						new Object[] { where, segment, where, featureNames(current.eClass()) }));
			}
			if (walked.length() > 0) {
				walked.append('.');
			}
			walked.append(segments[s]);
			boolean last = s == segments.length - 1;
			if (feature instanceof EAttribute attribute) {
				if (!last) {
					throw new IllegalArgumentException(NLS.bind(Messages.FeaturePath_unknownFeature,
							new Object[] { walked, segments[s + 1], walked, "-" })); //$NON-NLS-1$
				}
				setAttribute(current, attribute, value, path);
				return;
			}
			EReference reference = (EReference) feature;
			EObject next;
			if (reference.isMany()) {
				@SuppressWarnings("unchecked")
				EList<EObject> list = (EList<EObject>) current.eGet(reference);
				next = select(list, selector, walked.toString());
			} else {
				next = (EObject) current.eGet(reference);
			}
			if (next == null) {
				throw new IllegalArgumentException(NLS.bind(Messages.FeaturePath_missingObject, walked, path));
			}
			if (last) {
				throw new IllegalArgumentException(NLS.bind(Messages.FeaturePath_notAValue, walked, featureNames(next.eClass())));
			}
			current = next;
		}
	}

	private static EObject select(List<EObject> list, String selector, String where) {
		if (selector != null) {
			try {
				int index = Integer.parseInt(selector);
				if (index >= 0 && index < list.size()) {
					return list.get(index);
				}
			} catch (NumberFormatException e) {
				for (EObject element : list) {
					EStructuralFeature name = element.eClass().getEStructuralFeature("name"); //$NON-NLS-1$
					if (name != null && selector.equals(element.eGet(name))) {
						return element;
					}
				}
			}
		} else if (list.size() == 1) {
			return list.get(0);
		}
		String names = list.stream().map(e -> {
			EStructuralFeature name = e.eClass().getEStructuralFeature("name"); //$NON-NLS-1$
			return name == null ? e.eClass().getName() : String.valueOf(e.eGet(name));
		}).collect(Collectors.joining(", ")); //$NON-NLS-1$
		throw new IllegalArgumentException(NLS.bind(Messages.FeaturePath_noSuchElement,
				new Object[] { where, selector == null ? "" : selector, list.size() - 1, names })); //$NON-NLS-1$
	}

	private static void setAttribute(EObject owner, EAttribute attribute, String value, String path) {
		Class<?> type = attribute.getEAttributeType().getInstanceClass();
		try {
			Object converted;
			if (type == double.class || type == Double.class) {
				converted = Units.parse(value, Units.unitOf(attribute));
			} else if (type == int.class || type == Integer.class) {
				converted = whole(value);
			} else if (type == boolean.class || type == Boolean.class) {
				if (!"true".equalsIgnoreCase(value) && !"false".equalsIgnoreCase(value)) { //$NON-NLS-1$ //$NON-NLS-2$
					throw new IllegalArgumentException(NLS.bind(Messages.FeaturePath_notBoolean, value));
				}
				converted = Boolean.valueOf(value);
			} else {
				EDataType dataType = attribute.getEAttributeType();
				converted = dataType.getEPackage().getEFactoryInstance().createFromString(dataType, value);
			}
			owner.eSet(attribute, converted);
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(NLS.bind(Messages.FeaturePath_badValue, path, e.getMessage()), e);
		}
	}

	/** @return {@code value} as an int: ASCII digits only (Integer.parseInt also takes other scripts' digits) */
	private static Integer whole(String value) {
		if (!WHOLE.matcher(value).matches()) {
			throw new IllegalArgumentException(NLS.bind(Messages.FeaturePath_notWhole, value));
		}
		try {
			return Integer.valueOf(value);
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(NLS.bind(Messages.FeaturePath_wholeTooLarge, value, Integer.MAX_VALUE));
		}
	}

	private static String featureNames(EClass eClass) {
		return eClass.getEAllStructuralFeatures().stream().map(EStructuralFeature::getName)
				.collect(Collectors.joining(", ")); //$NON-NLS-1$
	}

	/** @return the dotted path of {@code object} below its root, e.g. "target.layers[0]" */
	public static String pathOf(EObject object) {
		StringBuilder path = new StringBuilder();
		EObject current = object;
		while (current.eContainer() != null) {
			EReference ref = current.eContainmentFeature();
			String segment = ref.getName();
			if (ref.isMany()) {
				segment += "[" + ((List<?>) current.eContainer().eGet(ref)).indexOf(current) + "]"; //$NON-NLS-1$ //$NON-NLS-2$
			}
			path.insert(0, path.length() == 0 ? segment : segment + "."); //$NON-NLS-1$
			current = current.eContainer();
		}
		return path.toString();
	}

	/** @return the dotted path of a feature of {@code object}, e.g. "laser.power" */
	public static String pathOf(EObject object, EStructuralFeature feature) {
		String owner = pathOf(object);
		return owner.isEmpty() ? feature.getName() : owner + "." + feature.getName(); //$NON-NLS-1$
	}
}
