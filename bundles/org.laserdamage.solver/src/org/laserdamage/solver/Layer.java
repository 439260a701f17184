package org.laserdamage.solver;

import org.laserdamage.materials.Material;

/**
 * One layer of the target, front (irradiated) to back, in perfect thermal
 * contact with its neighbours.
 *
 * @param name      display name, used in messages
 * @param material  the material and its exact version
 * @param thickness thickness in m
 * @param cells     number of axial cells in this layer
 * @param grading   ratio of the largest to the smallest axial cell (1 = uniform);
 *                  the smallest cell sits at the layer's front face
 * @param absorptionCoefficient μ_a in 1/m for a semi-transparent layer (the beam that reaches it is absorbed
 *                  inside, Beer–Lambert); NaN for an opaque layer (absorbed at its front face)
 */
public record Layer(String name, Material material, double thickness, int cells, double grading,
		double absorptionCoefficient) {

	/** An opaque layer. */
	public Layer(String name, Material material, double thickness, int cells, double grading) {
		this(name, material, thickness, cells, grading, Double.NaN);
	}

	public Layer {
		if (!Double.isNaN(absorptionCoefficient) && !(absorptionCoefficient > 0 && absorptionCoefficient < Double.POSITIVE_INFINITY)) {
			throw new IllegalArgumentException("Layer '" + name + "': the absorption coefficient must be positive and finite, was " //$NON-NLS-1$ //$NON-NLS-2$
					+ absorptionCoefficient + " 1/m"); //$NON-NLS-1$
		}
		if (!(thickness > 0)) {
			throw new IllegalArgumentException("Layer '" + name + "': thickness must be positive, was " + thickness + " m"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		if (cells < 1) {
			throw new IllegalArgumentException("Layer '" + name + "': needs at least one axial cell, was " + cells); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (!(grading >= 1)) {
			throw new IllegalArgumentException("Layer '" + name + "': grading must be 1 or more, was " + grading); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** @return whether the beam is absorbed inside the layer (Beer–Lambert) rather than at its front face */
	public boolean semiTransparent() {
		return !Double.isNaN(absorptionCoefficient);
	}
}
