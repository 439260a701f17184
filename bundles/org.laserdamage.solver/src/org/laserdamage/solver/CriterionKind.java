package org.laserdamage.solver;

/**
 * The damage criteria the solver evaluates while it runs. A layer whose
 * material has no melting data never melts: melt onset applies when some
 * layer can melt, melt-through when every layer can; otherwise the result is
 * {@link CriterionResult#notApplicable}.
 */
public enum CriterionKind {
	/**
	 * The temperature somewhere reaches the solidus of the material there,
	 * evaluated on the cell centres and the front, back and rim faces (a face
	 * takes the solidus of the layer it bounds), so a surface that melts
	 * before the first cell centre counts. Margin: the smallest solidus − peak
	 * temperature over those points, K.
	 */
	MELT_ONSET("K"), //$NON-NLS-1$
	/**
	 * The melt reaches the back face on the axis: the liquid fraction of the
	 * cell at the back face on the axis reaches 0.5 (a cell value, not a face
	 * value). Margin: remaining solid thickness on the axis, m.
	 */
	MELT_THROUGH("m"), //$NON-NLS-1$
	/**
	 * The peak temperature, over the cell centres and the front, back and rim
	 * faces, reaches a threshold. Margin: threshold − peak, K.
	 */
	PEAK_TEMPERATURE("K"); //$NON-NLS-1$

	private final String marginUnit;

	CriterionKind(String marginUnit) {
		this.marginUnit = marginUnit;
	}

	public String marginUnit() {
		return marginUnit;
	}
}
