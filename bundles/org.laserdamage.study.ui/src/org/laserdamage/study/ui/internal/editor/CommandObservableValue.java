package org.laserdamage.study.ui.internal.editor;

import java.util.Objects;

import org.eclipse.core.databinding.observable.value.DecoratingObservableValue;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * An EMF value observable whose writes go through the editing domain as a
 * {@link SetCommand}, so that every edit can be undone (what
 * {@code EMFEditProperties} of {@code emf.databinding.edit} does; that bundle
 * is not on Maven Central). A null value unsets an unsettable feature.
 */
final class CommandObservableValue extends DecoratingObservableValue<Object> {

	private final EditingDomain domain;
	private final IObservableValue<?> owner;
	private final EStructuralFeature feature;

	/**
	 * @param emfValue the feature of the current owner, from {@code EMFProperties.value(feature).observeDetail(owner)}
	 * @param owner    the object whose feature is observed; its value may change (master–detail)
	 */
	CommandObservableValue(IObservableValue<Object> emfValue, EditingDomain domain, IObservableValue<?> owner,
			EStructuralFeature feature) {
		super(emfValue, true);
		this.domain = domain;
		this.owner = owner;
		this.feature = feature;
	}

	@Override
	public void setValue(Object value) {
		checkRealm();
		if (!(owner.getValue() instanceof EObject target)) {
			return;
		}
		boolean unset = value == null && feature.isUnsettable();
		if (unset ? !target.eIsSet(feature) : Objects.equals(value, target.eGet(feature))) {
			return;
		}
		Command command = SetCommand.create(domain, target, feature, unset ? SetCommand.UNSET_VALUE : value);
		if (command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}
}
