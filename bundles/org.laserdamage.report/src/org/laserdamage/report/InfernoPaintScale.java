package org.laserdamage.report;

import java.awt.Color;
import java.awt.Paint;
import java.io.Serializable;

import org.jfree.chart.renderer.PaintScale;

/**
 * A perceptually ordered black–purple–orange–yellow ramp (after matplotlib's
 * "inferno"): lightness grows steadily with the value, so a map reads right
 * in grey print and for colour-blind readers, unlike a rainbow. Values
 * outside the bounds take the end colours; NaN is grey.
 */
public final class InfernoPaintScale implements PaintScale, Serializable {

	private static final long serialVersionUID = 1L;

	/** Eleven evenly spaced samples of the ramp, 0x RRGGBB. */
	private static final int[] ANCHORS = { 0x000004, 0x160b39, 0x420a68, 0x6a176e, 0x932667, 0xbc3754, 0xdd513a,
			0xf37819, 0xfca50a, 0xf6d746, 0xfcffa4 };
	private static final int STEPS = 256;
	private static final Color[] COLOURS = new Color[STEPS];
	private static final Color NAN = new Color(0x9e9e9e);

	static {
		for (int k = 0; k < STEPS; k++) {
			double position = k / (STEPS - 1.0) * (ANCHORS.length - 1);
			int a = Math.min((int) position, ANCHORS.length - 2);
			double w = position - a;
			COLOURS[k] = new Color(mix(ANCHORS[a] >> 16, ANCHORS[a + 1] >> 16, w),
					mix(ANCHORS[a] >> 8, ANCHORS[a + 1] >> 8, w), mix(ANCHORS[a], ANCHORS[a + 1], w));
		}
	}

	private final double lower;
	private final double upper;

	/** @param lower value drawn black; {@code upper} value drawn pale yellow; lower &lt; upper */
	public InfernoPaintScale(double lower, double upper) {
		if (!(lower < upper)) {
			throw new IllegalArgumentException("Need lower < upper, was " + lower + " and " + upper); //$NON-NLS-1$ //$NON-NLS-2$
		}
		this.lower = lower;
		this.upper = upper;
	}

	private static int mix(int a, int b, double w) {
		return (int) Math.round((a & 0xff) * (1 - w) + (b & 0xff) * w);
	}

	@Override
	public double getLowerBound() {
		return lower;
	}

	@Override
	public double getUpperBound() {
		return upper;
	}

	@Override
	public Paint getPaint(double value) {
		if (Double.isNaN(value)) {
			return NAN;
		}
		double t = (value - lower) / (upper - lower);
		int k = (int) Math.round(Math.max(0, Math.min(1, t)) * (STEPS - 1));
		return COLOURS[k];
	}
}
