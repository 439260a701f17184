package org.laserdamage.study.ui.internal.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.IMessageManager;

/** A form page that shows validation messages: in its header, and on the field of each setting it shows. */
public interface MessageTarget {

	/** @return the page's message manager (header summary and field decorations) */
	IMessageManager messages();

	/** @return the control showing {@code feature} of {@code object} on this page, or null */
	Control controlFor(EObject object, EStructuralFeature feature);
}
