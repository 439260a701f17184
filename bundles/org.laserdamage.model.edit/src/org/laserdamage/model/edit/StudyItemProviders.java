package org.laserdamage.model.edit;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

/** The adapter factory editors and viewers of a study use. */
public final class StudyItemProviders {

	private StudyItemProviders() {
	}

	/**
	 * @return a new factory of item providers for resources, study elements
	 *         (labels with units) and, reflectively, anything else; its owner disposes it
	 */
	public static ComposedAdapterFactory createAdapterFactory() {
		ComposedAdapterFactory factory = new ComposedAdapterFactory();
		factory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		factory.addAdapterFactory(new LabelsWithUnitsAdapterFactory());
		factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		return factory;
	}
}
