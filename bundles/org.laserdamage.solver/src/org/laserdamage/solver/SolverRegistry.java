package org.laserdamage.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;

/**
 * The solvers contributed to {@value #EXTENSION_POINT}. Instances are created
 * on demand, so a solver plug-in is only loaded when a study uses it.
 */
public final class SolverRegistry {

	/** Id of the extension point. */
	public static final String EXTENSION_POINT = "org.laserdamage.solver.solvers"; //$NON-NLS-1$

	/** What is known of a contributed solver without loading it. */
	public record SolverDescriptor(String id, String name, String description, String contributor,
			IConfigurationElement element) {

		/** @return the features the solver supports and what it needs, from its {@code supports} and {@code requires} children */
		public SolverCapabilities capabilities() {
			return SolverCapabilities.of(element);
		}

		/** @return a new instance of the solver */
		public ISolver create() throws CoreException {
			Object solver = element.createExecutableExtension("class"); //$NON-NLS-1$
			if (solver instanceof ISolver s) {
				return s;
			}
			throw new CoreException(Status.error("Solver '" + id + "' from " + contributor //$NON-NLS-1$ //$NON-NLS-2$
					+ " does not implement ISolver; contact the plug-in's vendor.")); //$NON-NLS-1$
		}
	}

	private SolverRegistry() {
	}

	/** @return every contributed solver, sorted by name */
	public static List<SolverDescriptor> solvers() {
		List<SolverDescriptor> result = new ArrayList<>();
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			return result;
		}
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			if ("solver".equals(element.getName()) && element.getAttribute("id") != null) { //$NON-NLS-1$ //$NON-NLS-2$
				result.add(new SolverDescriptor(element.getAttribute("id"), element.getAttribute("name"), //$NON-NLS-1$ //$NON-NLS-2$
						element.getAttribute("description"), element.getContributor().getName(), element)); //$NON-NLS-1$
			}
		}
		result.sort(Comparator.comparing(SolverDescriptor::name));
		return result;
	}

	/** @return the solver with this id, if contributed */
	public static Optional<SolverDescriptor> find(String id) {
		return solvers().stream().filter(s -> s.id().equals(id)).findFirst();
	}

	/**
	 * @return a new instance of the solver with this id
	 * @throws CoreException naming the known solvers when there is none with this id
	 */
	public static ISolver create(String id) throws CoreException {
		Optional<SolverDescriptor> descriptor = find(id);
		if (descriptor.isEmpty()) {
			String known = String.join(", ", solvers().stream().map(SolverDescriptor::id).toList()); //$NON-NLS-1$
			throw new CoreException(new Status(IStatus.ERROR, "org.laserdamage.solver", //$NON-NLS-1$
					"solver.solverId: no solver '" + id + "' is installed. Fix: use one of: " + known + '.')); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return descriptor.get().create();
	}

	/**
	 * @return a new instance of the solver with this id, configured with {@code options}
	 *         when it is an {@link IConfigurableSolver}
	 * @throws CoreException as {@link #create(String)}, or the solver's refusal of an option
	 */
	public static ISolver create(String id, SolverOptions options) throws CoreException {
		ISolver solver = create(id);
		if (solver instanceof IConfigurableSolver configurable) {
			configurable.configure(options);
		}
		return solver;
	}
}
