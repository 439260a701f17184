package org.laserdamage.study.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.databinding.Binding;
import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.UpdateValueStrategy;
import org.eclipse.core.databinding.conversion.IConverter;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.core.databinding.validation.ValidationStatus;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.databinding.EMFProperties;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.laserdamage.model.StudyPackage;
import org.laserdamage.model.units.FeaturePath;
import org.laserdamage.model.units.Units;
import org.laserdamage.study.ui.internal.validation.LiveValidation;
import org.laserdamage.study.ui.internal.validation.Problem;
import org.laserdamage.ui.DisplayUnitsChange;
import org.laserdamage.ui.LaserDamageUI;

/**
 * Creates labelled form fields bound to features of the study: text typed
 * with units ("1.5 kW") is converted to SI, shown back in SI with its unit,
 * and written as a command. Remembers which control shows which feature of
 * which object, so validation messages can go on the field. A nested set of
 * fields (for a part of a form that is rebuilt) is disposed on its own.
 */
public final class Fields {

	/** A bound control: the feature of the object that {@code owner} holds right now. */
	public record Field(Control control, IObservableValue<?> owner, EStructuralFeature feature) {
	}

	private final FormToolkit toolkit;
	private final EditingDomain domain;
	private final LiveValidation validation;
	private final DataBindingContext context = new DataBindingContext();
	private final List<Field> fields = new ArrayList<>();
	private final List<Fields> nested = new ArrayList<>();
	private final Fields parent;

	/** @param validation told about text a field cannot read */
	Fields(FormToolkit toolkit, EditingDomain domain, LiveValidation validation) {
		this(toolkit, domain, validation, null);
	}

	private Fields(FormToolkit toolkit, EditingDomain domain, LiveValidation validation,
			Fields parent) {
		this.toolkit = toolkit;
		this.domain = domain;
		this.validation = validation;
		this.parent = parent;
	}

	/** @return fields whose bindings go with {@link #dispose()} without touching these */
	Fields nested() {
		Fields child = new Fields(toolkit, domain, validation, this);
		nested.add(child);
		return child;
	}

	FormToolkit toolkit() {
		return toolkit;
	}

	EditingDomain domain() {
		return domain;
	}

	/**
	 * A label and a text field (two grid columns) for an attribute of the
	 * object in {@code owner}: numbers with units, integers or text (several
	 * lines for the study's description). The model is updated on Enter and
	 * when the field loses the focus, not on every key.
	 */
	Text text(Composite parent, String label, IObservableValue<?> owner, EStructuralFeature feature, String key) {
		toolkit.createLabel(parent, label);
		boolean multi = feature == StudyPackage.Literals.STUDY__DESCRIPTION;
		Text text = toolkit.createText(parent, "", multi ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(multi ? 200 : 120, multi ? 48 : SWT.DEFAULT).applyTo(text);
		text.setData(LaserDamageUI.WIDGET_KEY, key);
		String unit = Units.unitOf(feature);
		if (unit != null && !"1".equals(unit)) { //$NON-NLS-1$
			text.setToolTipText(NLS.bind(Messages.Fields_acceptedUnits, Units.acceptedUnits(unit)));
		}
		UpdateValueStrategy<String, Object> toModel = new UpdateValueStrategy<String, Object>()
				.setAfterGetValidator(value -> validate(value, feature)).setConverter(
						IConverter.create(String.class, Object.class,
								value -> parse(value, feature)));
		UpdateValueStrategy<Object, String> toText = new UpdateValueStrategy<Object, String>()
				.setConverter(IConverter.create(Object.class, String.class,
						value -> DisplayQuantities.format(value, feature)));
		IObservableValue<String> target = WidgetProperties.<Text>text(multi ? new int[] { SWT.FocusOut }
				: new int[] { SWT.FocusOut, SWT.DefaultSelection }).observe(text);
		Binding binding = context.bindValue(target, model(owner, feature), toModel, toText);
		showAsStored(text, binding);
		DisplayUnitsChange.onChange(text, () -> {
			if (!binding.isDisposed() && binding.getValidationStatus().getValue().isOK()) {
				binding.updateModelToTarget();
			}
		});
		text.addListener(SWT.Modify, e -> checkReadable(text, owner, feature));
		text.addListener(SWT.Dispose, e -> validation.unreadable(text, null));
		fields.add(new Field(text, owner, feature));
		return text;
	}

	/** A check box (two grid columns) for a boolean attribute of the object in {@code owner}. */
	Button check(Composite parent, String label, IObservableValue<?> owner, EStructuralFeature feature, String key) {
		Button button = toolkit.createButton(parent, label, SWT.CHECK);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(button);
		button.setData(LaserDamageUI.WIDGET_KEY, key);
		IObservableValue<Boolean> target = WidgetProperties.buttonSelection().observe(button);
		@SuppressWarnings({ "unchecked", "rawtypes" })
		IObservableValue<Boolean> model = (IObservableValue) model(owner, feature);
		context.bindValue(target, model);
		fields.add(new Field(button, owner, feature));
		return button;
	}

	/** Records that {@code control} shows {@code feature} of the object in {@code owner} (for messages). */
	void register(Control control, IObservableValue<?> owner, EStructuralFeature feature) {
		fields.add(new Field(control, owner, feature));
	}

	/** @return an observable of the feature of the object in {@code owner} that writes through commands */
	@SuppressWarnings("unchecked")
	IObservableValue<Object> model(IObservableValue<?> owner, EStructuralFeature feature) {
		IObservableValue<Object> emf = EMFProperties.value(feature).observeDetail(owner);
		return new CommandObservableValue(emf, domain, owner, feature);
	}

	/** @return the live control that shows {@code feature} of {@code object}, or null */
	public Control controlFor(EObject object, EStructuralFeature feature) {
		for (Field field : fields) {
			if (field.feature() == feature && field.owner().getValue() == object && !field.control().isDisposed()) {
				return field.control();
			}
		}
		for (Fields child : nested) {
			Control control = child.controlFor(object, feature);
			if (control != null) {
				return control;
			}
		}
		return null;
	}

	/** Disposes the bindings (the controls belong to their parent composite and take their messages along). */
	void dispose() {
		for (Fields child : List.copyOf(nested)) {
			child.dispose();
		}
		context.dispose();
		fields.clear();
		if (parent != null) {
			parent.nested.remove(this);
		}
	}

	/**
	 * After an edit, shows the value as stored ("1.5 kW" becomes "1500 W"): a
	 * binding does not copy back a model change it made itself.
	 */
	private static void showAsStored(Text text, Binding binding) {
		Listener reformat = e -> text.getDisplay().asyncExec(() -> {
			if (!text.isDisposed() && !binding.isDisposed() && binding.getValidationStatus().getValue().isOK()) {
				binding.updateModelToTarget();
			}
		});
		text.addListener(SWT.FocusOut, reformat);
		text.addListener(SWT.DefaultSelection, reformat);
	}

	/**
	 * Reports text the field cannot read at once, as the user types: on the
	 * field, in the header, as a marker; the model keeps the old value.
	 */
	private void checkReadable(Text text, IObservableValue<?> owner, EStructuralFeature feature) {
		try {
			parse(text.getText(), feature);
			validation.unreadable(text, null);
		} catch (IllegalArgumentException e) {
			EObject object = owner.getValue() instanceof EObject o ? o : null;
			String path = object == null ? null : FeaturePath.pathOf(object, feature);
			String message = NLS.bind(Messages.Fields_unreadable, path == null ? feature.getName() : path,
					e.getMessage());
			validation.unreadable(text, new Problem(message, Diagnostic.ERROR, path, object, feature));
		}
	}

	private static IStatus validate(String text, EStructuralFeature feature) {
		try {
			parse(text, feature);
			return ValidationStatus.ok();
		} catch (IllegalArgumentException e) {
			return ValidationStatus.error(e.getMessage());
		}
	}

	/**
	 * @return the model value of {@code text}: SI numbers, integers or text; null (unset) for an
	 *         empty optional value
	 * @throws IllegalArgumentException with a message that says what to type
	 */
	static Object parse(String text, EStructuralFeature feature) {
		Class<?> type = feature.getEType().getInstanceClass();
		String trimmed = text == null ? "" : text.trim(); //$NON-NLS-1$
		if (type == String.class) {
			return text;
		}
		if (trimmed.isEmpty()) {
			if (feature.isUnsettable()) {
				return null;
			}
			throw new IllegalArgumentException(Messages.Fields_required);
		}
		if (type == double.class || type == Double.class) {
			return Units.parse(trimmed, Units.unitOf(feature));
		}
		if (type == int.class || type == Integer.class) {
			try {
				return Integer.valueOf(trimmed);
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException(NLS.bind(Messages.Fields_notInteger, trimmed), e);
			}
		}
		return trimmed;
	}
}
