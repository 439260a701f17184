package org.laserdamage.runs.ui.internal;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.laserdamage.runs.ui.RunsUI;

/** Images of this bundle (no activator class is registered: nothing needs starting). */
public final class Activator {

	private Activator() {
	}

	/** @return the image at {@code path} in this bundle, or the missing-image descriptor */
	public static ImageDescriptor imageDescriptor(String path) {
		return ResourceLocator.imageDescriptorFromBundle(RunsUI.PLUGIN_ID, path)
				.orElse(ImageDescriptor.getMissingImageDescriptor());
	}
}
