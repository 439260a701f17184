package org.laserdamage.study.ui.internal.editor;

import org.eclipse.core.databinding.observable.Observables;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.IMessageManager;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.laserdamage.model.Study;
import org.laserdamage.model.units.FeaturePath;
import org.laserdamage.study.ui.internal.validation.MessageTarget;
import org.laserdamage.ui.LaserDamageUI;

/**
 * A form page of the study editor: a header that summarises the problems,
 * sections of fields bound to the study, and the validation messages on
 * those fields.
 */
abstract class StudyPage extends FormPage implements MessageTarget {

	private Fields fields;

	StudyPage(StudyEditor editor, String id, String title) {
		super(editor, id, title);
	}

	StudyEditor studyEditor() {
		return (StudyEditor) getEditor();
	}

	Study study() {
		return studyEditor().document().study();
	}

	@Override
	protected final void createFormContent(IManagedForm managed) {
		ScrolledForm form = managed.getForm();
		FormToolkit toolkit = managed.getToolkit();
		form.setText(getTitle());
		form.setData(LaserDamageUI.WIDGET_KEY, "page." + getId()); //$NON-NLS-1$
		toolkit.decorateFormHeading(form.getForm());
		fields = new Fields(toolkit, studyEditor().document().domain(), studyEditor().validation());
		GridLayoutFactory.swtDefaults().numColumns(2).equalWidth(true).applyTo(form.getBody());
		createContent(form.getBody(), fields);
		studyEditor().validation().show(this);
	}

	/** Fills the page body, a grid of two equal columns. */
	abstract void createContent(Composite body, Fields pageFields);

	/** @return a titled section in {@code parent} whose client is a two-column grid of label and field */
	Composite section(Composite parent, String title, int span) {
		FormToolkit toolkit = getManagedForm().getToolkit();
		Section section = toolkit.createSection(parent, ExpandableComposite.TITLE_BAR);
		section.setText(title);
		GridDataFactory.fillDefaults().grab(true, false).span(span, 1).align(SWT.FILL, SWT.BEGINNING).applyTo(section);
		Composite client = toolkit.createComposite(section);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(client);
		section.setClient(client);
		toolkit.paintBordersFor(client);
		return client;
	}

	/** Adds a field per feature of a fixed object, keyed by its setting path (e.g. "laser.power"). */
	void fieldsFor(Composite client, Fields into, EObject owner, EStructuralFeature... features) {
		IObservableValue<EObject> fixed = Observables.constantObservableValue(owner);
		for (EStructuralFeature feature : features) {
			String key = FeaturePath.pathOf(owner, feature);
			if (feature.getEType().getInstanceClass() == boolean.class) {
				into.check(client, FeatureLabels.label(owner.eClass(), feature), fixed, feature, key);
			} else {
				into.text(client, FeatureLabels.label(owner.eClass(), feature), fixed, feature, key);
			}
		}
	}

	/** Re-lays out the form after a part of it was rebuilt (sections cache their clients' sizes). */
	void reflow() {
		if (getManagedForm() != null) {
			getManagedForm().getForm().getBody().layout(true, true);
			getManagedForm().reflow(true);
		}
	}

	@Override
	public IMessageManager messages() {
		return getManagedForm().getMessageManager();
	}

	@Override
	public Control controlFor(EObject object, EStructuralFeature feature) {
		return fields == null ? null : fields.controlFor(object, feature);
	}

	/** Shows {@code object} in the page's details, where the page has a list it belongs to. */
	void select(EObject object) {
		// most pages show fixed objects only
	}

	@Override
	public void dispose() {
		if (studyEditor().validation() != null) {
			studyEditor().validation().forget(this);
		}
		if (fields != null) {
			fields.dispose();
		}
		super.dispose();
	}
}
