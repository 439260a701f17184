package org.laserdamage.materials.ui.internal.view;

import java.util.Collection;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Lets Eclipse Collections (under NatTable) find its factory implementations
 * without SPI Fly's class weaving, which slowed every class load of the
 * workbench's start by a fifth.
 * <p>
 * The factory holders of {@code org.eclipse.collections.api} ({@code Lists},
 * {@code Sets}, {@code IntSets}, …) look their implementations up with
 * {@code ServiceLoader} through the thread's context class loader when the
 * holder class is initialised. This initialises every holder once, before the
 * first NatTable is built, with the context class loader of
 * {@code org.eclipse.collections.impl}, which holds the implementations and
 * their {@code META-INF/services}. SPI Fly stays installed (the API bundle
 * requires its extender capability to resolve) but need not be started.
 */
final class CollectionsFactories {

	private static final String API = "org.eclipse.collections.api"; //$NON-NLS-1$
	private static final String IMPL = "org.eclipse.collections.impl"; //$NON-NLS-1$
	private static final String FACTORIES = "org/eclipse/collections/api/factory"; //$NON-NLS-1$

	private static boolean initialized;

	private CollectionsFactories() {
	}

	/** Initialises the factory holders once; later calls return at once. */
	static synchronized void initialize() {
		if (initialized) {
			return;
		}
		initialized = true;
		ClassLoader api = loader(API);
		ClassLoader impl = loader(IMPL);
		if (api == null || impl == null) {
			ILog.of(CollectionsFactories.class).warn("Eclipse Collections is not resolved: " + API + ' ' + IMPL); //$NON-NLS-1$
			return;
		}
		Collection<String> classes = loaderWiring(API).listResources(FACTORIES, "*.class", //$NON-NLS-1$
				BundleWiring.LISTRESOURCES_RECURSE);
		Thread thread = Thread.currentThread();
		ClassLoader context = thread.getContextClassLoader();
		thread.setContextClassLoader(impl);
		try {
			for (String resource : classes) {
				String name = resource.substring(0, resource.length() - ".class".length()).replace('/', '.'); //$NON-NLS-1$
				if (name.indexOf('$') < 0) {
					Class.forName(name, true, api);
				}
			}
		} catch (ClassNotFoundException | LinkageError e) {
			ILog.of(CollectionsFactories.class).warn("Eclipse Collections factories could not all be set up", e); //$NON-NLS-1$
		} finally {
			thread.setContextClassLoader(context);
		}
	}

	private static BundleWiring loaderWiring(String symbolicName) {
		Bundle bundle = Platform.getBundle(symbolicName);
		return bundle == null ? null : bundle.adapt(BundleWiring.class);
	}

	private static ClassLoader loader(String symbolicName) {
		BundleWiring wiring = loaderWiring(symbolicName);
		return wiring == null ? null : wiring.getClassLoader();
	}
}
