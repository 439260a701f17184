package org.laserdamage.model.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.osgi.util.NLS;
import org.laserdamage.model.Study;
import org.laserdamage.model.StudyPackage;
import org.laserdamage.model.util.StudyResourceFactoryImpl;

/**
 * Reads and writes study files ({@code .ldsim}, XMI). Reading reports the
 * first problem with file, line and a fix; writing goes through a temporary
 * file and an atomic move, so a failed save never damages the saved study.
 */
public final class StudyIO {

	/** File extension of study files, without the dot. */
	public static final String EXTENSION = "ldsim"; //$NON-NLS-1$

	private StudyIO() {
	}

	/** @return a resource set that reads and writes studies, in or outside OSGi */
	public static ResourceSet createResourceSet() {
		ResourceSet set = new ResourceSetImpl();
		set.getPackageRegistry().put(StudyPackage.eNS_URI, StudyPackage.eINSTANCE);
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(EXTENSION, new StudyResourceFactoryImpl());
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION,
				new StudyResourceFactoryImpl());
		return set;
	}

	/**
	 * Loads the study in {@code file}.
	 *
	 * @throws StudyFormatException when the file is missing, not XML, not a study
	 *                              or has an invalid value
	 */
	public static Study load(Path file) throws StudyFormatException {
		if (!Files.isRegularFile(file)) {
			throw new StudyFormatException(file, 0, 0, NLS.bind(Messages.StudyIO_missingFile, file), null);
		}
		Resource resource = createResourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		try {
			resource.load(loadOptions());
		} catch (IOException | RuntimeException e) {
			if (resource.getErrors().isEmpty()) {
				throw new StudyFormatException(file, 0, 0, NLS.bind(Messages.StudyIO_unreadable, file, rootMessage(e)), e);
			}
		}
		if (!resource.getErrors().isEmpty()) {
			throw describe(file, resource.getErrors().get(0));
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Study)) {
			EObject first = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
			throw new StudyFormatException(file, 0, 0, NLS.bind(Messages.StudyIO_notAStudy, file,
					first == null ? "nothing" : first.eClass().getName()), null); //$NON-NLS-1$
		}
		return (Study) resource.getContents().get(0);
	}

	private static Map<Object, Object> loadOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		return options;
	}

	private static StudyFormatException describe(Path file, Resource.Diagnostic error) {
		Throwable cause = error instanceof Throwable t ? t : null;
		String kind = error.getClass().getSimpleName();
		String fix;
		if (kind.contains("FeatureNotFound")) { //$NON-NLS-1$
			fix = Messages.StudyIO_fixUnknownFeature;
		} else if (kind.contains("IllegalValue") || rootMessage(cause).contains("NumberFormat")) { //$NON-NLS-1$ //$NON-NLS-2$
			fix = Messages.StudyIO_fixValue;
		} else if (kind.contains("PackageNotFound") || kind.contains("ClassNotFound")) { //$NON-NLS-1$ //$NON-NLS-2$
			fix = Messages.StudyIO_fixPackage;
		} else {
			fix = Messages.StudyIO_fixXml;
		}
		String message = NLS.bind(Messages.StudyIO_error,
				new Object[] { file, error.getLine(), error.getColumn(), error.getMessage(), fix });
		return new StudyFormatException(file, error.getLine(), error.getColumn(), message, cause);
	}

	private static String rootMessage(Throwable e) {
		if (e == null) {
			return ""; //$NON-NLS-1$
		}
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage(); //$NON-NLS-1$
	}

	/**
	 * Saves {@code study} to {@code file} atomically: written to a temporary
	 * file in the same folder, then moved over the old file.
	 */
	public static void save(Study study, Path file) throws IOException {
		Path dir = file.toAbsolutePath().getParent();
		Files.createDirectories(dir);
		Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			Resource resource = study.eResource();
			if (resource == null) {
				resource = createResourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
				resource.getContents().add(study);
			}
			Map<Object, Object> options = new HashMap<>();
			options.put(XMLResource.OPTION_ENCODING, "UTF-8"); //$NON-NLS-1$
			options.put(XMLResource.OPTION_LINE_WIDTH, 100);
			try (OutputStream out = Files.newOutputStream(tmp)) {
				resource.save(out, options);
			}
			try {
				Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (IOException e) {
				Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
			}
			resource.setURI(URI.createFileURI(file.toAbsolutePath().toString()));
		} finally {
			try {
				Files.deleteIfExists(tmp);
			} catch (NoSuchFileException e) {
				// already moved
			}
		}
	}
}
