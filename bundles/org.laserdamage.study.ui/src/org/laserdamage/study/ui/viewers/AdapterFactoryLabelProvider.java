package org.laserdamage.study.ui.viewers;

import java.net.URL;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/**
 * A label provider that asks the item providers of {@code factory}
 * ({@link IItemLabelProvider}) for text and image. Images given as URLs (what
 * generated item providers return) are created once and disposed with this
 * provider; of a composed image only the base image is shown.
 */
public final class AdapterFactoryLabelProvider extends LabelProvider {

	private final AdapterFactory factory;
	private final LocalResourceManager images = new LocalResourceManager(JFaceResources.getResources());

	public AdapterFactoryLabelProvider(AdapterFactory factory) {
		this.factory = factory;
	}

	@Override
	public String getText(Object element) {
		return labels(element) instanceof IItemLabelProvider p ? p.getText(element) : super.getText(element);
	}

	@Override
	public Image getImage(Object element) {
		Object image = labels(element) instanceof IItemLabelProvider p ? p.getImage(element) : null;
		if (image instanceof ComposedImage composed) {
			List<Object> parts = composed.getImages();
			image = parts.isEmpty() ? null : parts.get(0);
		}
		return image instanceof URL url ? images.create(ImageDescriptor.createFromURL(url)) : null;
	}

	private Object labels(Object element) {
		return element == null ? null : factory.adapt(element, IItemLabelProvider.class);
	}

	@Override
	public void dispose() {
		images.dispose();
		super.dispose();
	}
}
