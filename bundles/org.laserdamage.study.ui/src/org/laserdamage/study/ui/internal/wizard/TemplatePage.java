package org.laserdamage.study.ui.internal.wizard;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.laserdamage.study.ui.internal.wizard.StudyTemplates.Template;
import org.laserdamage.ui.LaserDamageUI;

/** Lists the templates with the description of the selected one. */
final class TemplatePage extends WizardPage {

	/** Widget key of the templates list. */
	static final String KEY = "wizard.templates"; //$NON-NLS-1$

	private final List<Template> templates;
	private Template selected;

	TemplatePage(List<Template> templates) {
		super("template"); //$NON-NLS-1$
		this.templates = templates;
		setTitle(Messages.Template_title);
		setDescription(Messages.Template_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite box = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(box);
		TableViewer viewer = new TableViewer(box, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
		viewer.getTable().setData(LaserDamageUI.WIDGET_KEY, KEY);
		GridDataFactory.fillDefaults().grab(true, true).hint(420, 140).applyTo(viewer.getTable());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((Template) element).name();
			}
		});
		viewer.setInput(templates);
		Label description = new Label(box, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(description);
		viewer.addSelectionChangedListener(e -> {
			selected = (Template) viewer.getStructuredSelection().getFirstElement();
			description.setText(selected == null ? "" : selected.description()); //$NON-NLS-1$
			box.layout(true);
			setPageComplete(selected != null);
		});
		if (!templates.isEmpty()) {
			viewer.setSelection(new StructuredSelection(templates.get(0)));
		}
		setPageComplete(selected != null);
		setControl(box);
	}

	/** @return the chosen template, or null */
	Template selected() {
		return selected;
	}
}
