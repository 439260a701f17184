package org.laserdamage.study.ui.viewers;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;

/**
 * A tree content provider that asks the item providers of {@code factory}
 * ({@link ITreeItemContentProvider}) for children and refreshes its viewer
 * when they report a change. Notifications must arrive on the UI thread,
 * as they do when the model changes through commands run there.
 */
public final class AdapterFactoryTreeContentProvider implements ITreeContentProvider, INotifyChangedListener {

	private static final Object[] NONE = new Object[0];

	private final AdapterFactory factory;
	private StructuredViewer viewer;

	public AdapterFactoryTreeContentProvider(AdapterFactory factory) {
		this.factory = factory;
		if (factory instanceof IChangeNotifier notifier) {
			notifier.addListener(this);
		}
	}

	@Override
	public Object[] getElements(Object input) {
		return factory.adapt(input, IStructuredItemContentProvider.class) instanceof IStructuredItemContentProvider p
				? p.getElements(input).toArray() : NONE;
	}

	@Override
	public Object[] getChildren(Object parent) {
		return treeProvider(parent) instanceof ITreeItemContentProvider p ? p.getChildren(parent).toArray() : NONE;
	}

	@Override
	public Object getParent(Object element) {
		return treeProvider(element) instanceof ITreeItemContentProvider p ? p.getParent(element) : null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return treeProvider(element) instanceof ITreeItemContentProvider p && p.hasChildren(element);
	}

	private Object treeProvider(Object element) {
		return factory.adapt(element, ITreeItemContentProvider.class);
	}

	@Override
	public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
		viewer = newViewer instanceof StructuredViewer s ? s : null;
	}

	@Override
	public void notifyChanged(Notification notification) {
		if (viewer == null || viewer.getControl() == null || viewer.getControl().isDisposed()) {
			return;
		}
		if (notification instanceof IViewerNotification change && change.getElement() != null) {
			if (change.isContentRefresh()) {
				viewer.refresh(change.getElement(), change.isLabelUpdate());
			} else if (change.isLabelUpdate()) {
				viewer.update(change.getElement(), null);
			}
		} else {
			viewer.refresh();
		}
	}

	@Override
	public void dispose() {
		if (factory instanceof IChangeNotifier notifier) {
			notifier.removeListener(this);
		}
		viewer = null;
	}
}
