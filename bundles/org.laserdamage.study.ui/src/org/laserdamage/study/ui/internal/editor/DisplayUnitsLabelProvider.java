package org.laserdamage.study.ui.internal.editor;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.graphics.Image;
import org.laserdamage.model.edit.StudyLabels;
import org.laserdamage.study.ui.viewers.AdapterFactoryLabelProvider;
import org.laserdamage.ui.DisplayUnitsChange;

/**
 * The item providers' labels of a study tree with their values in the display
 * units of the preferences ("Plate: al-6061-t6, 2 mm, 20 cells"), and short
 * times ("10 ns" rather than "1.0E-8 s"). Images and the labels of anything
 * else come from the item providers.
 */
final class DisplayUnitsLabelProvider extends LabelProvider {

	private final AdapterFactoryLabelProvider items;

	private DisplayUnitsLabelProvider(AdapterFactory factory) {
		items = new AdapterFactoryLabelProvider(factory);
	}

	/** Gives {@code viewer} these labels and relabels it when the display units change. */
	static void install(StructuredViewer viewer, AdapterFactory factory) {
		viewer.setLabelProvider(new DisplayUnitsLabelProvider(factory));
		DisplayUnitsChange.onChange(viewer.getControl(), viewer::refresh);
	}

	@Override
	public String getText(Object element) {
		String text = StudyLabels.text(element, DisplayQuantities::forReading);
		return text != null ? text : items.getText(element);
	}

	@Override
	public Image getImage(Object element) {
		return items.getImage(element);
	}

	@Override
	public void dispose() {
		items.dispose();
		super.dispose();
	}
}
