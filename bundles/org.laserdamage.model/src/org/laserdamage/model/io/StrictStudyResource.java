package org.laserdamage.model.io;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.laserdamage.model.util.StudyResourceImpl;

/**
 * The study resource as {@link StudyIO} reads it: values must be written as
 * the format documents them, and nothing may be given twice (see
 * {@link StrictXmiHelper}).
 */
final class StrictStudyResource extends StudyResourceImpl {

	StrictStudyResource(URI uri) {
		super(uri);
	}

	@Override
	protected XMLHelper createXMLHelper() {
		return new StrictXmiHelper(this);
	}
}
