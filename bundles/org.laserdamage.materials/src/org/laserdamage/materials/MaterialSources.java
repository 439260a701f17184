package org.laserdamage.materials;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;

/**
 * The read-only material sources contributed to {@value #EXTENSION_POINT}
 * (see schema/sources.exsd), and the "all materials" view that puts the
 * user's material database in front of them.
 */
public final class MaterialSources {

	/** Id of the extension point. */
	public static final String EXTENSION_POINT = "org.laserdamage.materials.sources"; //$NON-NLS-1$

	/** What is known of a contributed source without loading its plug-in. */
	public record SourceDescriptor(String id, String name, String contributor, IConfigurationElement element) {

		/** @return a new instance of the contributed library */
		public IMaterialLibrary create() throws CoreException {
			Object library;
			try {
				library = element.createExecutableExtension("class"); //$NON-NLS-1$
			} catch (CoreException e) {
				throw new CoreException(Status.error(NLS.bind(Messages.MaterialSources_cannotCreate, name, contributor), e));
			}
			if (library instanceof IMaterialLibrary l) {
				return l;
			}
			throw new CoreException(Status.error(NLS.bind(Messages.MaterialSources_notALibrary, name, contributor)));
		}
	}

	private MaterialSources() {
	}

	/** @return every contributed source, sorted by name; empty outside an OSGi runtime */
	public static List<SourceDescriptor> sources() {
		List<SourceDescriptor> result = new ArrayList<>();
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			return result;
		}
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			if ("source".equals(element.getName()) && element.getAttribute("id") != null) { //$NON-NLS-1$ //$NON-NLS-2$
				result.add(new SourceDescriptor(element.getAttribute("id"), element.getAttribute("name"), //$NON-NLS-1$ //$NON-NLS-2$
						element.getContributor().getName(), element));
			}
		}
		result.sort(Comparator.comparing(SourceDescriptor::name));
		return result;
	}

	/**
	 * Every material the user can pick: {@code database} first, then each
	 * contributed source. A source that cannot be loaded is left out and
	 * reported to {@code problems}, so one broken plug-in does not hide the
	 * other materials.
	 *
	 * @param database the user's material database (usually an {@link IMaterialStore})
	 * @param problems receives one error status per source that could not be loaded
	 * @return a library in which, per id, the highest version wins and on equal versions the database wins
	 */
	public static IMaterialLibrary all(IMaterialLibrary database, Consumer<IStatus> problems) {
		List<IMaterialLibrary> libraries = new ArrayList<>();
		libraries.add(database);
		for (SourceDescriptor source : sources()) {
			try {
				libraries.add(source.create());
			} catch (CoreException e) {
				problems.accept(e.getStatus());
			}
		}
		return MaterialLibraries.composite(Messages.MaterialSources_all, libraries);
	}
}
