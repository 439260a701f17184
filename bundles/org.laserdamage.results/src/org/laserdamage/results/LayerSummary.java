package org.laserdamage.results;

import java.util.Objects;

/**
 * One layer of the target and the exact material record it used, so a result
 * can be traced to the data behind it.
 *
 * @param name            layer name
 * @param materialId      material id
 * @param materialVersion version of the material record
 * @param materialName    material display name
 * @param thickness       m
 * @param cells           axial cells in the layer
 * @param solidus         K; NaN for a material without melting data (it never melts)
 * @param liquidus        K; NaN for a material without melting data
 * @param absorptionCoefficient μ_a in 1/m of a semi-transparent layer (the beam absorbed inside it); NaN when
 *                        the layer is opaque
 */
public record LayerSummary(String name, String materialId, int materialVersion, String materialName,
		double thickness, int cells, double solidus, double liquidus, double absorptionCoefficient) {

	/** An opaque layer. */
	public LayerSummary(String name, String materialId, int materialVersion, String materialName, double thickness,
			int cells, double solidus, double liquidus) {
		this(name, materialId, materialVersion, materialName, thickness, cells, solidus, liquidus, Double.NaN);
	}

	public LayerSummary {
		Objects.requireNonNull(name, "name"); //$NON-NLS-1$
		Objects.requireNonNull(materialId, "materialId"); //$NON-NLS-1$
		Objects.requireNonNull(materialName, "materialName"); //$NON-NLS-1$
	}
}
