package org.laserdamage.report;

import org.jfree.data.xy.AbstractXYDataset;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYZDataset;

/**
 * The cells of a structured r–z mesh as one series: item j * nx + i is the
 * rectangle [x[i], x[i+1]] × [y[j], y[j+1]] with value z. Carrying each
 * cell's own bounds (rather than one block size) is what lets a graded mesh
 * be drawn as it is.
 */
final class CellDataset extends AbstractXYDataset implements XYZDataset, IntervalXYDataset {

	private static final long serialVersionUID = 1L;

	private final String key;
	private final double[] xFaces;
	private final double[] yFaces;
	private final double[] values;
	private final int nx;

	/**
	 * @param key    what the values are, e.g. "Temperature (K)", the read-out's label
	 * @param xFaces nx + 1 increasing faces
	 * @param yFaces ny + 1 increasing faces
	 * @param values nx * ny values, row-major with y outer
	 */
	CellDataset(String key, double[] xFaces, double[] yFaces, double[] values) {
		this.key = key;
		this.nx = xFaces.length - 1;
		if (values.length != nx * (yFaces.length - 1)) {
			throw new IllegalArgumentException("Need " + nx * (yFaces.length - 1) + " values, got " + values.length); //$NON-NLS-1$ //$NON-NLS-2$
		}
		this.xFaces = xFaces.clone();
		this.yFaces = yFaces.clone();
		this.values = values.clone();
	}

	@Override
	public int getSeriesCount() {
		return 1;
	}

	@Override
	public Comparable<?> getSeriesKey(int series) {
		return key;
	}

	@Override
	public int getItemCount(int series) {
		return values.length;
	}

	@Override
	public Number getX(int series, int item) {
		return getXValue(series, item);
	}

	@Override
	public double getXValue(int series, int item) {
		int i = item % nx;
		return 0.5 * (xFaces[i] + xFaces[i + 1]);
	}

	@Override
	public Number getY(int series, int item) {
		return getYValue(series, item);
	}

	@Override
	public double getYValue(int series, int item) {
		int j = item / nx;
		return 0.5 * (yFaces[j] + yFaces[j + 1]);
	}

	@Override
	public Number getZ(int series, int item) {
		return getZValue(series, item);
	}

	@Override
	public double getZValue(int series, int item) {
		return values[item];
	}

	@Override
	public Number getStartX(int series, int item) {
		return getStartXValue(series, item);
	}

	@Override
	public double getStartXValue(int series, int item) {
		return xFaces[item % nx];
	}

	@Override
	public Number getEndX(int series, int item) {
		return getEndXValue(series, item);
	}

	@Override
	public double getEndXValue(int series, int item) {
		return xFaces[item % nx + 1];
	}

	@Override
	public Number getStartY(int series, int item) {
		return getStartYValue(series, item);
	}

	@Override
	public double getStartYValue(int series, int item) {
		return yFaces[item / nx];
	}

	@Override
	public Number getEndY(int series, int item) {
		return getEndYValue(series, item);
	}

	@Override
	public double getEndYValue(int series, int item) {
		return yFaces[item / nx + 1];
	}
}
