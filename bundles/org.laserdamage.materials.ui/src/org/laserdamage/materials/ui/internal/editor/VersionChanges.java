package org.laserdamage.materials.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.osgi.util.NLS;
import org.laserdamage.materials.Boiling;
import org.laserdamage.materials.Material;
import org.laserdamage.materials.Melting;
import org.laserdamage.materials.PropertyKind;

/** Says in a few words what a version changed against the one before. */
final class VersionChanges {

	private VersionChanges() {
	}

	/** @param previous the version before, or null for the first version */
	static String describe(Material previous, Material current) {
		if (previous == null) {
			return Messages.VersionChanges_first;
		}
		List<String> changed = new ArrayList<>();
		if (!previous.name().equals(current.name())) {
			changed.add(Messages.GeneralSection_name);
		}
		if (previous.materialClass() != current.materialClass()) {
			changed.add(Messages.GeneralSection_class);
		}
		if (!previous.description().equals(current.description())) {
			changed.add(Messages.GeneralSection_description);
		}
		for (PropertyKind kind : PropertyKind.values()) {
			if (!Objects.equals(value(kind).apply(previous), value(kind).apply(current))
					|| !Objects.equals(previous.source(kind), current.source(kind))) {
				changed.add(Labels.property(kind));
			}
		}
		return changed.isEmpty() ? Messages.VersionChanges_none
				: NLS.bind(Messages.VersionChanges_changed, String.join(", ", changed)); //$NON-NLS-1$
	}

	private static Function<Material, Object> value(PropertyKind kind) {
		return switch (kind) {
		case DENSITY -> Material::density;
		case SPECIFIC_HEAT -> Material::specificHeat;
		case CONDUCTIVITY -> Material::conductivity;
		case CONDUCTIVITY_THROUGH_THICKNESS -> Material::conductivityThroughThickness;
		case MELTING_RANGE -> m -> m.melting().map(g -> List.of(g.solidus(), g.liquidus()));
		case LATENT_HEAT_FUSION -> m -> m.melting().map(Melting::latentHeat);
		case BOILING_POINT -> m -> m.boiling().map(Boiling::temperature);
		case LATENT_HEAT_VAPORIZATION -> m -> m.boiling().map(Boiling::latentHeat);
		case EMISSIVITY -> Material::emissivity;
		case ABSORPTIVITY -> Material::absorptivity;
		};
	}
}
