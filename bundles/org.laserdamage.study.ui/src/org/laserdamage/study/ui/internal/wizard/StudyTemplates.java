package org.laserdamage.study.ui.internal.wizard;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.laserdamage.model.Study;
import org.laserdamage.model.io.StudyIO;
import org.laserdamage.study.ui.StudyUI;

/**
 * The study templates shipped in the bundle's {@value StudyUI#TEMPLATES_FOLDER}
 * folder: copies of the repository's examples (a test keeps them equal).
 */
public final class StudyTemplates {

	/**
	 * A template: the file in the bundle and the study's name and description.
	 *
	 * @param fileName    e.g. {@code al6061-cw-1kW.ldsim}
	 */
	public record Template(String fileName, String name, String description, URL url) {

		/** @return the template's bytes, to copy into a new file; the caller closes it */
		public InputStream open() throws IOException {
			return url.openStream();
		}
	}

	private StudyTemplates() {
	}

	/** @return the templates, sorted by name; a template that cannot be read is logged and left out */
	public static List<Template> all() {
		List<Template> templates = new ArrayList<>();
		Enumeration<URL> entries = Platform.getBundle(StudyUI.PLUGIN_ID).findEntries(StudyUI.TEMPLATES_FOLDER,
				"*." + StudyIO.EXTENSION, false); //$NON-NLS-1$
		for (URL url : entries == null ? Collections.<URL>emptyList() : Collections.list(entries)) {
			String path = url.getPath();
			String fileName = path.substring(path.lastIndexOf('/') + 1);
			try (InputStream in = url.openStream()) {
				Resource resource = StudyIO.createResourceSet().createResource(URI.createURI(fileName));
				resource.load(in, null);
				Study study = (Study) resource.getContents().get(0);
				templates.add(new Template(fileName, study.getName(),
						study.getDescription() == null ? "" : study.getDescription(), url)); //$NON-NLS-1$
			} catch (IOException | RuntimeException e) {
				ILog.of(StudyTemplates.class).error("The study template " + url + " cannot be read", e); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		templates.sort(Comparator.comparing(Template::name, String.CASE_INSENSITIVE_ORDER));
		return templates;
	}
}
