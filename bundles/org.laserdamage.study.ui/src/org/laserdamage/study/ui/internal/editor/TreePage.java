package org.laserdamage.study.ui.internal.editor;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.laserdamage.study.ui.viewers.AdapterFactoryTreeContentProvider;
import org.laserdamage.ui.LaserDamageUI;

/** The raw model as a tree, through the EMF.Edit item providers (labels with values and units). */
final class TreePage extends FormPage {

	/** Widget key of the tree. */
	static final String KEY = "tree"; //$NON-NLS-1$

	TreePage(StudyEditor editor) {
		super(editor, StudyEditor.TREE_PAGE, Messages.Page_tree);
	}

	@Override
	protected void createFormContent(IManagedForm managed) {
		ScrolledForm form = managed.getForm();
		form.setText(getTitle());
		managed.getToolkit().decorateFormHeading(form.getForm());
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(form.getBody());
		StudyDocument document = ((StudyEditor) getEditor()).document();
		TreeViewer viewer = new TreeViewer(form.getBody(), SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTree().setData(LaserDamageUI.WIDGET_KEY, KEY);
		GridDataFactory.fillDefaults().grab(true, true).hint(400, 300).applyTo(viewer.getTree());
		viewer.setContentProvider(new AdapterFactoryTreeContentProvider(document.adapterFactory()));
		DisplayUnitsLabelProvider.install(viewer, document.adapterFactory());
		viewer.setInput(document.study().eResource());
		viewer.expandToLevel(3);
	}
}
