package org.laserdamage.solver;

/** The damage criteria the solver evaluates while it runs. */
public enum CriterionKind {
	/** Some cell reaches the solidus of its material. Margin: solidus − peak temperature, K. */
	MELT_ONSET("K"), //$NON-NLS-1$
	/**
	 * The melt (liquid fraction ≥ 0.5) reaches the back face on the axis.
	 * Margin: remaining solid thickness on the axis, m.
	 */
	MELT_THROUGH("m"), //$NON-NLS-1$
	/** The peak temperature reaches a threshold. Margin: threshold − peak, K. */
	PEAK_TEMPERATURE("K"); //$NON-NLS-1$

	private final String marginUnit;

	CriterionKind(String marginUnit) {
		this.marginUnit = marginUnit;
	}

	public String marginUnit() {
		return marginUnit;
	}
}
