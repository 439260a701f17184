package org.laserdamage.model.io;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.osgi.util.NLS;
import org.laserdamage.model.Study;
import org.laserdamage.model.StudyPackage;
import org.laserdamage.model.units.FeaturePath;
import org.laserdamage.model.util.StudyResourceFactoryImpl;
import org.xml.sax.SAXParseException;

/**
 * Reads and writes study files ({@code .ldsim}, XMI). Reading reports every
 * problem of the file at once, each with its line and a fix, and refuses what
 * EMF alone would accept silently: numbers outside the documented form, a
 * setting given twice, an element of the wrong type, more than one study,
 * references into other files and DOCTYPE declarations. Writing goes through
 * a temporary file and an atomic move, so a failed save never damages the
 * saved study.
 */
public final class StudyIO {

	/** File extension of study files, without the dot. */
	public static final String EXTENSION = "ldsim"; //$NON-NLS-1$

	/** Study files larger than this are refused before they are parsed. */
	public static final long MAX_FILE_SIZE = 16L * 1024 * 1024;

	/** At most this many load problems are listed; the rest are counted. */
	private static final int MAX_LISTED = 20;

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
	 * @throws StudyFormatException when the file is missing, too large, not
	 *                              XML, not exactly one study, or has a value
	 *                              the format does not allow; the message
	 *                              lists every such problem
	 */
	public static Study load(Path file) throws StudyFormatException {
		if (!Files.isRegularFile(file)) {
			throw new StudyFormatException(file, 0, 0, NLS.bind(Messages.StudyIO_missingFile, file), null);
		}
		try {
			long size = Files.size(file);
			if (size > MAX_FILE_SIZE) {
				throw new StudyFormatException(file, 0, 0,
						NLS.bind(Messages.StudyIO_tooBig, new Object[] { file, size, MAX_FILE_SIZE }), null);
			}
		} catch (IOException e) {
			throw new StudyFormatException(file, 0, 0, NLS.bind(Messages.StudyIO_unreadable, file, e.getMessage()), e);
		}
		ResourceSet set = createResourceSet();
		Resource resource = new StrictStudyResource(URI.createFileURI(file.toAbsolutePath().toString()));
		set.getResources().add(resource);
		try {
			resource.load(loadOptions());
		} catch (IOException | RuntimeException e) {
			if (resource.getErrors().isEmpty()) {
				throw new StudyFormatException(file, 0, 0, NLS.bind(Messages.StudyIO_unreadable, file,
						isEncoding(e) ? Messages.StudyIO_encoding : Messages.StudyIO_notXml), e);
			}
		}
		if (!resource.getErrors().isEmpty()) {
			throw describe(file, resource.getErrors());
		}
		List<EObject> contents = resource.getContents();
		if (contents.isEmpty() || !(contents.get(0) instanceof Study)) {
			EObject first = contents.isEmpty() ? null : contents.get(0);
			throw new StudyFormatException(file, 0, 0, NLS.bind(Messages.StudyIO_notAStudy, file,
					first == null ? "nothing" : first.eClass().getName()), null); //$NON-NLS-1$
		}
		if (contents.size() > 1) {
			throw new StudyFormatException(file, 0, 0, NLS.bind(Messages.StudyIO_severalRoots, file, contents.size()),
					null);
		}
		for (Iterator<EObject> i = EcoreUtil.getAllProperContents(resource, false); i.hasNext();) {
			EObject object = i.next();
			if (object.eIsProxy()) {
				throw new StudyFormatException(file, 0, 0, NLS.bind(Messages.StudyIO_reference, new Object[] { file,
						FeaturePath.pathOf(object), ((InternalEObject) object).eProxyURI() }), null);
			}
		}
		return (Study) contents.get(0);
	}

	private static Map<Object, Object> loadOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		// no DTD: no entities to expand, no external files or URLs to fetch
		Map<String, Boolean> features = new HashMap<>();
		features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE); //$NON-NLS-1$
		features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE); //$NON-NLS-1$
		features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE); //$NON-NLS-1$
		options.put(XMLResource.OPTION_PARSER_FEATURES, features);
		return options;
	}

	private static StudyFormatException describe(Path file, List<Resource.Diagnostic> errors) {
		Resource.Diagnostic first = errors.get(0);
		List<String> lines = new ArrayList<>();
		for (Resource.Diagnostic error : errors.subList(0, Math.min(errors.size(), MAX_LISTED))) {
			lines.add(error.getLine() > 0
					? NLS.bind(Messages.StudyIO_at, new Object[] { error.getLine(), error.getColumn(), explain(file, error) })
					: NLS.bind(Messages.StudyIO_atEnd, explain(file, error)));
		}
		if (errors.size() > MAX_LISTED) {
			lines.add(NLS.bind(Messages.StudyIO_more, errors.size() - MAX_LISTED));
		}
		String message = errors.size() == 1 ? NLS.bind(Messages.StudyIO_error, file, lines.get(0))
				: NLS.bind(Messages.StudyIO_errors, new Object[] { file, errors.size(),
						String.join(System.lineSeparator() + "  ", lines) }); //$NON-NLS-1$
		return new StudyFormatException(file, Math.max(0, first.getLine()), Math.max(0, first.getColumn()), message,
				first instanceof Throwable t ? t : null);
	}

	/** @return what is wrong at one error and the fix, in the words of the format */
	private static String explain(Path file, Resource.Diagnostic error) {
		if (error instanceof FeatureNotFoundException f) {
			EObject owner = f.getObject();
			String where = owner == null ? "study:Study" : elementName(owner); //$NON-NLS-1$
			String known = owner == null ? "" : owner.eClass().getEAllStructuralFeatures().stream() //$NON-NLS-1$
					.map(s -> s.getName()).collect(Collectors.joining(", ")); //$NON-NLS-1$
			return NLS.bind(Messages.StudyIO_unknownFeature, new Object[] { where, f.getName(), known });
		}
		if (error instanceof IllegalValueException v) {
			String path = v.getObject() == null || v.getFeature() == null ? "?" //$NON-NLS-1$
					: FeaturePath.pathOf(v.getObject(), v.getFeature());
			Throwable cause = v.getWrappedException();
			if (cause instanceof StrictXmiHelper.ValueProblem problem) {
				return path + ": " + problem.getMessage(); //$NON-NLS-1$
			}
			Object value = v.getValue();
			if (value instanceof EObject element && v.getFeature() instanceof EReference reference) {
				return path + ": " + NLS.bind(Messages.StudyIO_wrongElementType, new Object[] { //$NON-NLS-1$
						element.eClass().getName(), reference.getEReferenceType().getName(), typeNames() });
			}
			String shown = value instanceof EObject e ? e.eClass().getName()
					: StrictXmiHelper.shorten(String.valueOf(value));
			return NLS.bind(Messages.StudyIO_badValue, path, shown);
		}
		if (error instanceof ClassNotFoundException c) {
			if (StudyPackage.eINSTANCE.getEClassifier(c.getName()) instanceof EClass abstractType && abstractType.isAbstract()) {
				return NLS.bind(Messages.StudyIO_abstractType, c.getName(), typeNames(abstractType));
			}
			return NLS.bind(Messages.StudyIO_unknownType, c.getName(), typeNames());
		}
		if (error instanceof PackageNotFoundException p) {
			return NLS.bind(Messages.StudyIO_unknownNamespace, p.uri() == null || p.uri().isEmpty() ? "" : p.uri(), //$NON-NLS-1$
					StudyPackage.eNS_URI);
		}
		String text = String.valueOf(error.getMessage());
		if (error instanceof XMIException x && isEncoding(x.getWrappedException())
				|| text.contains("byte") && text.contains("sequence")) { //$NON-NLS-1$ //$NON-NLS-2$
			return Messages.StudyIO_encoding;
		}
		if (error instanceof XMIException x && x.getWrappedException() instanceof SAXParseException sax) {
			return syntax(file, sax);
		}
		return text.contains("DOCTYPE") ? Messages.StudyIO_doctype : Messages.StudyIO_fixXml; //$NON-NLS-1$
	}

	private static boolean isEncoding(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof CharConversionException) {
				return true;
			}
		}
		return false;
	}

	private static String syntax(Path file, SAXParseException sax) {
		String text = String.valueOf(sax.getMessage());
		if (isEncoding(sax.getException()) || text.contains("byte")) { //$NON-NLS-1$
			return Messages.StudyIO_encoding;
		}
		if (text.contains("DOCTYPE")) { //$NON-NLS-1$
			return Messages.StudyIO_doctype;
		}
		try {
			long lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1).size();
			if ((sax.getLineNumber() < 1 || sax.getLineNumber() >= lines) && !text.contains("end-tag")) { //$NON-NLS-1$
				return Messages.StudyIO_truncated;
			}
		} catch (IOException e) {
			// the general advice below still applies
		}
		return Messages.StudyIO_fixXml;
	}

	/** @return the element name of {@code object} in the file, e.g. "laser" or "target.layers[0]" */
	private static String elementName(EObject object) {
		String path = FeaturePath.pathOf(object);
		return path.isEmpty() ? "study:Study" : path; //$NON-NLS-1$
	}

	/** @return the element types a study file can name with xsi:type, e.g. "study:GaussianProfile" */
	static String typeNames() {
		return typeNames(null);
	}

	/** @return the element types of kind {@code kind} (all when null) a study file can name with xsi:type */
	private static String typeNames(EClass kind) {
		List<String> names = new ArrayList<>();
		for (EClassifier classifier : StudyPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass c && !c.isAbstract() && !c.getESuperTypes().isEmpty()
					&& (kind == null || kind.isSuperTypeOf(c))) {
				names.add(StudyPackage.eNS_PREFIX + ":" + c.getName()); //$NON-NLS-1$
			}
		}
		return String.join(", ", names); //$NON-NLS-1$
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
