package org.laserdamage.model.validation;

import java.util.Locale;

import org.laserdamage.materials.Material;
import org.laserdamage.model.DamageCriteria;
import org.laserdamage.model.GaussianProfile;
import org.laserdamage.model.LaserSource;
import org.laserdamage.model.Layer;
import org.laserdamage.model.Pulsed;
import org.laserdamage.model.Study;
import org.laserdamage.model.StudyPackage;
import org.laserdamage.model.TopHatProfile;

/**
 * Mesh adequacy through the thickness: the first axial cell against the depth
 * √(α τ) heat penetrates in the shortest time scale τ of the study. A surface
 * temperature (melt onset, a peak threshold) is read from the first cells;
 * larger than that depth, they cannot resolve the gradient under the face.
 * <p>
 * The time scales are the pulse width of a pulsed beam and, for a beam that
 * heats the front material to its solidus (or to the peak-temperature
 * threshold) within the run, the time it takes on a semi-infinite solid with
 * the beam's peak absorbed intensity A I₀ and the room-temperature properties:
 * t = (π/α) [k (T* − T₀) / (2 A I₀)]² (Carslaw and Jaeger 2.9 at the face).
 * That estimate is early rather than late (no losses, no lateral spreading),
 * which only makes the check stricter.
 * <p>
 * The limit {@link #LIMIT} of the depth is measured: on a constant-flux melt
 * onset (the built-in solver's SurfaceCriteriaTest) a first cell of 0.79 √(α t)
 * gives the onset 0.4 % off, one of 1.27 √(α t) 4 %, 1.6 √(α t) 10 %.
 */
final class HeatPenetration {

	/** Largest first cell, as a fraction of the penetration depth, that keeps surface times within about 1 %. */
	static final double LIMIT = 0.9;
	/** Largest first cell of a semi-transparent layer, as a fraction of its absorption depth 1/μ_a. */
	static final double ABSORPTION_LIMIT = 0.5;
	private static final int MOST_CELLS = 100_000;
	private static final StudyPackage P = StudyPackage.eINSTANCE;

	private HeatPenetration() {
	}

	/** A time scale and what it is, for the message. */
	record Scale(double time, String what) {
	}

	/** Warns on the first layer when its first axial cell is coarse against the penetration depth. */
	static void check(Checks c, Study study, Layer first, Material material) {
		if (study.getLaser() == null || study.getSolver() == null || study.getMesh() == null
				|| study.getTarget() == null) {
			return;
		}
		double t0 = study.getTarget().getInitialTemperature();
		double k = material.axialConductivity().valueAt(t0);
		double rhoC = material.density().valueAt(t0) * material.specificHeat().valueAt(t0);
		double grading = study.getMesh().getAxialGrading();
		if (!(k > 0 && rhoC > 0 && t0 > 0) || first.getAxialCells() < 1 || !(first.getThickness() > 0)
				|| !(grading >= 1)) {
			return;
		}
		double alpha = k / rhoC;
		Scale scale = shortest(study, material, alpha, k);
		if (scale == null) {
			return;
		}
		double depth = Math.sqrt(alpha * scale.time());
		if (first.isSetAbsorptionCoefficient() && first.getAbsorptionCoefficient() != null
				&& first.getAbsorptionCoefficient() > 0) {
			// a semi-transparent layer is heated through its absorption depth at once
			depth = Math.max(depth, 1 / first.getAbsorptionCoefficient());
		}
		double cell = MeshMath.firstCell(first.getThickness(), first.getAxialCells(), grading);
		if (cell <= LIMIT * depth || depth >= first.getThickness()) {
			return;
		}
		int needed = cellsFor(first, grading, LIMIT * depth);
		c.warning(first, P.getLayer_AxialCells(), Messages.coarseForPenetration, first.getName(), shown(cell, "m"), //$NON-NLS-1$
				shown(depth, "m"), scale.what(), shown(scale.time(), "s"), needed); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * Warns on a semi-transparent layer whose first axial cell is coarse against its absorption depth 1/μ_a.
	 * The deposited power is exact on any mesh (each row gets the integral of the source over it); what a coarse
	 * cell loses is the temperature profile inside the absorption depth.
	 */
	static void checkAbsorption(Checks c, Study study, Layer layer, double mu) {
		if (study.getMesh() == null || !(study.getMesh().getAxialGrading() >= 1) || layer.getAxialCells() < 1
				|| !(layer.getThickness() > 0)) {
			return;
		}
		double grading = study.getMesh().getAxialGrading();
		double depth = 1 / mu;
		double cell = MeshMath.firstCell(layer.getThickness(), layer.getAxialCells(), grading);
		if (cell <= ABSORPTION_LIMIT * depth || depth >= layer.getThickness()) {
			return;
		}
		int needed = cellsFor(layer, grading, ABSORPTION_LIMIT * depth);
		int index = study.getTarget().getLayers().indexOf(layer);
		c.warning(layer, P.getLayer_AxialCells(), Messages.coarseForAbsorption, new Object[] { layer.getName(),
				shown(cell, "m"), shown(depth, "m"), needed, index }); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @return the axial cells (from the layer's own count up, in steps of 10 %) whose first cell is at most {@code largest} */
	private static int cellsFor(Layer layer, double grading, double largest) {
		int needed = layer.getAxialCells();
		while (needed < MOST_CELLS && MeshMath.firstCell(layer.getThickness(), needed, grading) > largest) {
			needed = Math.max(needed + 1, (int) Math.ceil(needed * 1.1));
		}
		return needed;
	}

	/** @return {@code value} with three significant digits and a prefix: 0.158 mm, 6.16 ms, 12.0 ns */
	static String shown(double value, String unit) {
		String[] prefixes = { "", "m", "\u00b5", "n", "p" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		double v = value;
		int p = 0;
		while (Math.abs(v) < 1 && v != 0 && p < prefixes.length - 1) {
			v *= 1000;
			p++;
		}
		return String.format(Locale.ROOT, "%.3g %s%s", v, prefixes[p], unit); //$NON-NLS-1$
	}

	/** @return the shortest time scale within the run, or null when the study has none to resolve */
	static Scale shortest(Study study, Material material, double alpha, double k) {
		LaserSource laser = study.getLaser();
		double end = study.getSolver().getEndTime();
		Scale best = null;
		if (laser.getTemporalProfile() instanceof Pulsed p && p.getFwhm() > 0) {
			best = new Scale(p.getFwhm(), Messages.scalePulse);
		} else {
			double target = surfaceTarget(study.getDamageCriteria(), material);
			double intensity = peakIntensity(laser);
			double a = laser.isSetAbsorptivityOverride() && laser.getAbsorptivityOverride() != null
					? laser.getAbsorptivityOverride()
					: material.absorptivity().valueAt(laser.getWavelength(), study.getTarget().getInitialTemperature());
			double rise = target - study.getTarget().getInitialTemperature();
			if (rise > 0 && a * intensity > 0) {
				double root = k * rise / (2 * a * intensity);
				double onset = Math.PI / alpha * root * root;
				if (onset < end) {
					best = new Scale(onset, Messages.scaleOnset);
				}
			}
		}
		return best != null && best.time() > 0 && best.time() <= end ? best : null;
	}

	/** @return the solidus when a melt criterion is on and the material melts, else the peak threshold, else NaN */
	private static double surfaceTarget(DamageCriteria criteria, Material material) {
		if (criteria == null) {
			return Double.NaN;
		}
		if ((criteria.isMeltOnset() || criteria.isMeltThrough()) && material.melting().isPresent()) {
			return material.melting().get().solidus();
		}
		if (criteria.isSetPeakTemperatureThreshold() && criteria.getPeakTemperatureThreshold() != null) {
			return criteria.getPeakTemperatureThreshold();
		}
		return Double.NaN;
	}

	/** @return the peak intensity of a CW beam, W/m²: 2P/(π w²) for a Gaussian (1/e² radius w), P/(π a²) for a top-hat */
	private static double peakIntensity(LaserSource laser) {
		if (laser.getSpatialProfile() instanceof GaussianProfile g && g.getRadius() > 0) {
			return 2 * laser.getPower() / (Math.PI * g.getRadius() * g.getRadius());
		}
		if (laser.getSpatialProfile() instanceof TopHatProfile t && t.getRadius() > 0) {
			return laser.getPower() / (Math.PI * t.getRadius() * t.getRadius());
		}
		return Double.NaN;
	}
}
