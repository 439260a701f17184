package org.laserdamage.jobs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.osgi.util.NLS;
import org.laserdamage.core.RunStatus;

/**
 * The places contributed to {@value #EXTENSION_POINT} (this bundle
 * contributes {@value LocalPlace#ID}). Factories are created on demand, so a
 * place's plug-in is only loaded when a job goes there.
 */
public final class PlaceRegistry {

	/** Id of the extension point. */
	public static final String EXTENSION_POINT = "org.laserdamage.jobs.places"; //$NON-NLS-1$

	/** What is known of a contributed place without loading it. */
	public record PlaceDescriptor(String id, String name, String description, String contributor,
			IConfigurationElement element) {

		/** @return the place, created by its factory from {@code settings} */
		public IPlace create(JobSettings settings) throws CoreException {
			Object factory = element.createExecutableExtension("factory"); //$NON-NLS-1$
			if (factory instanceof IPlaceFactory f) {
				return f.create(settings);
			}
			throw RunStatus.failure(NLS.bind(Messages.Places_notAFactory, id, contributor), null);
		}
	}

	private PlaceRegistry() {
	}

	/** @return every contributed place, the local one first, then by name */
	public static List<PlaceDescriptor> places() {
		List<PlaceDescriptor> result = new ArrayList<>();
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			return result;
		}
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			if ("place".equals(element.getName()) && element.getAttribute("id") != null) { //$NON-NLS-1$ //$NON-NLS-2$
				result.add(new PlaceDescriptor(element.getAttribute("id"), element.getAttribute("name"), //$NON-NLS-1$ //$NON-NLS-2$
						element.getAttribute("description"), element.getContributor().getName(), element)); //$NON-NLS-1$
			}
		}
		result.sort(Comparator.comparing((PlaceDescriptor p) -> !LocalPlace.ID.equals(p.id()))
				.thenComparing(PlaceDescriptor::name));
		return result;
	}

	public static Optional<PlaceDescriptor> find(String id) {
		return places().stream().filter(p -> p.id().equals(id)).findFirst();
	}

	/**
	 * @return the place with this id, created from {@code settings}
	 * @throws CoreException an {@link RunStatus#INVALID_INPUT} naming the known places when none has this id, or
	 *                       the factory's refusal of a setting
	 */
	public static IPlace create(String id, JobSettings settings) throws CoreException {
		Optional<PlaceDescriptor> place = find(id);
		if (place.isEmpty()) {
			String known = String.join(", ", places().stream().map(PlaceDescriptor::id).toList()); //$NON-NLS-1$
			throw RunStatus.invalid(NLS.bind(Messages.Places_unknown, id, known));
		}
		return place.get().create(settings);
	}
}
