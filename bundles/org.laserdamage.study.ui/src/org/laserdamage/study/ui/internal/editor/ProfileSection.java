package org.laserdamage.study.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.laserdamage.ui.LaserDamageUI;

/**
 * Chooses the kind of a beam profile (Gaussian or top-hat, continuous or
 * pulsed) with radio buttons, each change a command that replaces the
 * profile, and shows the fields of the current profile, rebuilt when the
 * profile is replaced (also by undo). The fields go straight into the
 * section's grid: fields created in a nested composite before the form is
 * shown were drawn one pixel wide on GTK.
 */
final class ProfileSection {

	/** A kind of profile: its button and how to make one from the current profile. */
	record Choice(String label, String key, EClass eClass, UnaryOperator<EObject> create) {
	}

	private final StudyPage page;
	private final Fields pageFields;
	private final EObject owner;
	private final EReference reference;
	private final List<Button> buttons = new ArrayList<>();
	private final List<Choice> choices;
	private final Composite client;
	private final List<Control> detailControls = new ArrayList<>();
	private Fields detailFields;
	private final AdapterImpl replaced = new AdapterImpl() {
		@Override
		public void notifyChanged(Notification msg) {
			if (msg.getFeature() == reference && !client.isDisposed()) {
				showCurrent();
				page.reflow();
				page.studyEditor().validation().show(page);
			}
		}
	};

	ProfileSection(StudyPage page, Composite client, Fields pageFields, EObject owner, EReference reference,
			List<Choice> choices) {
		this.page = page;
		this.pageFields = pageFields;
		this.owner = owner;
		this.reference = reference;
		this.choices = choices;
		this.client = client;
		FormToolkit toolkit = pageFields.toolkit();
		Composite radios = toolkit.createComposite(client);
		GridLayoutFactory.fillDefaults().numColumns(choices.size()).applyTo(radios);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(radios);
		for (Choice choice : choices) {
			Button button = toolkit.createButton(radios, choice.label(), SWT.RADIO);
			button.setData(LaserDamageUI.WIDGET_KEY, choice.key());
			button.addListener(SWT.Selection, e -> {
				if (button.getSelection()) {
					choose(choice);
				}
			});
			buttons.add(button);
		}
		owner.eAdapters().add(replaced);
		client.addDisposeListener(e -> owner.eAdapters().remove(replaced));
		showCurrent();
	}

	private void choose(Choice choice) {
		EObject current = (EObject) owner.eGet(reference);
		if (current != null && current.eClass() == choice.eClass()) {
			return;
		}
		Command command = SetCommand.create(pageFields.domain(), owner, reference, choice.create().apply(current));
		pageFields.domain().getCommandStack().execute(command);
	}

	private void showCurrent() {
		EObject current = (EObject) owner.eGet(reference);
		for (int i = 0; i < choices.size(); i++) {
			buttons.get(i).setSelection(current != null && current.eClass() == choices.get(i).eClass());
		}
		if (detailFields != null) {
			detailFields.dispose();
		}
		detailControls.forEach(Control::dispose);
		detailControls.clear();
		detailFields = pageFields.nested();
		if (current != null) {
			List<Control> before = List.of(client.getChildren());
			page.fieldsFor(client, detailFields, current,
					current.eClass().getEAllAttributes().toArray(new EStructuralFeature[0]));
			for (Control child : client.getChildren()) {
				if (!before.contains(child)) {
					detailControls.add(child);
				}
			}
		}
	}
}
