package org.laserdamage.solver.builtin.internal;

import java.util.List;

import org.laserdamage.solver.Beam;
import org.laserdamage.solver.Environment;
import org.laserdamage.solver.Layer;
import org.laserdamage.solver.ThermalProblem;

/**
 * The cell-centred finite-volume heat balance of one backward-Euler step in
 * enthalpy form, for cell c of volume V:
 *
 * <pre>
 * R_c(T) = V (H_c(T_c) − H_c^old) / Δt − Σ_faces G (T_nb − T_c) − Q_c(T_c) + L_c(T_c)
 * </pre>
 *
 * with face conductances G from the harmonic mean of the two half cells
 * (which is exact for perfect contact between layers), the absorbed beam
 * power Q on the front row (the exact fraction of the beam on each annulus,
 * so beam power is conserved on any mesh; what falls beyond the plate radius
 * is not absorbed), or, when the front layer is semi-transparent, in the
 * cells below it (Beer–Lambert, {@link #rowAbsorption}), and the convective and radiative losses L on the
 * front, back and rim faces, evaluated at the face temperature of a half-cell
 * balance ({@link SurfaceExchange}). The residual is evaluated exactly; its
 * Jacobian is approximated by the capacity dH/dT, the conductances at the
 * current temperature (Picard in k) and the exact derivative of the boundary
 * exchange (Newton in the radiative term).
 */
public final class HeatBalance {

	static final double STEFAN_BOLTZMANN = 5.670374419e-8;

	private final Mesh mesh;
	private final MaterialModel[] rowModel;
	private final MaterialModel frontModel;
	private final MaterialModel backModel;
	private final Beam beam;
	private final Environment environment;
	private final double fixedFront;
	private final double[] beamFraction;
	/** Whether the beam is absorbed on the front face (an opaque front layer). */
	private final boolean surfaceAbsorbs;
	/**
	 * Per cell row, the fraction of the power entering the front face that the row absorbs, when the front
	 * layer is semi-transparent: exp(−τ_top) − exp(−τ_bottom) with τ the optical depth Σ μ_a h down to the
	 * row's faces (the exact integral of μ_a I exp(−τ) over the row, so the deposited power does not depend on
	 * the mesh); the first row of an opaque layer behind absorbs all that reaches it. Empty for an opaque front.
	 */
	private final double[] rowAbsorption;
	/** The rows that receive any of the beam: the rest of {@link #rowAbsorption} is zero. */
	private final int absorbingRows;
	private final SurfaceExchange exchange = new SurfaceExchange();

	private final FvGeometry geometry;

	private final double[] radialResistivity;
	private final double[] axialResistivity;
	private final double[] enthalpy;
	private final double[] capacity;
	private final double[] storage;

	private double absorbedPower;
	private double lostPower;
	private double residualSum;
	private double scale;
	private double largestCorrection;
	private double absorbedPowerMagnitude;
	private double lostPowerMagnitude;
	private double boundaryConductance;

	public HeatBalance(ThermalProblem problem, Mesh mesh, MaterialModel[] layerModels) {
		this.mesh = mesh;
		List<Layer> layers = problem.layers();
		rowModel = new MaterialModel[mesh.axialCells()];
		for (int j = 0; j < rowModel.length; j++) {
			rowModel[j] = layerModels[mesh.layerOfRow(j)];
		}
		frontModel = layerModels[0];
		backModel = layerModels[layers.size() - 1];
		beam = problem.beam();
		environment = problem.environment();
		fixedFront = problem.fixedFrontTemperature().orElse(Double.NaN);
		int nr = mesh.radialCells();
		beamFraction = new double[nr];
		for (int i = 0; i < nr; i++) {
			beamFraction[i] = beam.profile().fraction(beam.radius(), mesh.rFace(i), mesh.rFace(i + 1));
		}
		surfaceAbsorbs = !layers.get(0).semiTransparent();
		rowAbsorption = new double[surfaceAbsorbs ? 0 : mesh.axialCells()];
		double remaining = 1;
		int rows = 0;
		for (int j = 0; j < rowAbsorption.length && remaining > 0; j++) {
			rows = j + 1;
			Layer layer = layers.get(mesh.layerOfRow(j));
			if (layer.semiTransparent()) {
				double left = remaining * Math.exp(-layer.absorptionCoefficient() * mesh.height(j));
				rowAbsorption[j] = remaining - left;
				remaining = left;
			} else {
				rowAbsorption[j] = remaining;
				remaining = 0;
			}
		}
		absorbingRows = rows;
		geometry = new FvGeometry(mesh);
		int n = mesh.cells();
		radialResistivity = new double[n];
		axialResistivity = new double[n];
		enthalpy = new double[n];
		capacity = new double[n];
		storage = new double[n];
	}

	/** @return the material model of cell row j */
	public MaterialModel model(int row) {
		return rowModel[row];
	}

	/**
	 * Evaluates the residual and its approximate Jacobian at temperatures {@code t}.
	 *
	 * @param meanPower beam power averaged over the step, W
	 */
	public void evaluate(double[] t, double[] oldEnthalpy, double dt, double meanPower, double[] residual,
			FvMatrix jacobian) {
		int nr = mesh.radialCells();
		int nz = mesh.axialCells();
		absorbedPower = 0;
		lostPower = 0;
		scale = 0;
		double[] volume = geometry.volume;
		double[] diag = jacobian.diag;
		double[] east = jacobian.east;
		double[] north = jacobian.north;
		for (int j = 0; j < nz; j++) {
			MaterialModel m = rowModel[j];
			EnthalpyCurve curve = m.enthalpy();
			int base = j * nr;
			for (int c = base; c < base + nr; c++) {
				double tc = t[c];
				radialResistivity[c] = 1 / m.radialConductivity(tc);
				axialResistivity[c] = 1 / m.axialConductivity(tc);
				int segment = curve.segmentOf(tc);
				double h = curve.enthalpy(segment, tc);
				double cap = curve.capacity(segment, tc);
				enthalpy[c] = h;
				capacity[c] = cap;
				double v = volume[c] / dt;
				double stored = v * (h - oldEnthalpy[c]);
				residual[c] = stored;
				storage[c] = v * cap;
				diag[c] = v * cap;
				scale += Math.abs(stored);
			}
		}
		double[] eastInner = geometry.eastInner;
		double[] eastOuter = geometry.eastOuter;
		double[] northInner = geometry.northInner;
		double[] northOuter = geometry.northOuter;
		int n = t.length;
		for (int c = 0; c < n; c++) {
			double tc = t[c];
			double flux = 0;
			double ge = 0;
			if (eastInner[c] > 0) {
				ge = 1 / (eastInner[c] * radialResistivity[c] + eastOuter[c] * radialResistivity[c + 1]);
				double flow = ge * (t[c + 1] - tc);
				flux += flow;
				residual[c + 1] += flow;
				diag[c + 1] += ge;
			}
			east[c] = ge;
			double gn = 0;
			if (northInner[c] > 0) {
				gn = 1 / (northInner[c] * axialResistivity[c] + northOuter[c] * axialResistivity[c + nr]);
				double flow = gn * (t[c + nr] - tc);
				flux += flow;
				residual[c + nr] += flow;
				diag[c + nr] += gn;
			}
			north[c] = gn;
			residual[c] -= flux;
			diag[c] += ge + gn;
		}
		boundaries(t, meanPower, residual, jacobian);
		residualSum = 0;
		largestCorrection = 0;
		for (int c = 0; c < t.length; c++) {
			residualSum += residual[c];
			largestCorrection = Math.max(largestCorrection, Math.abs(residual[c]) / jacobian.diag[c]);
		}
		scale += absorbedPowerMagnitude + lostPowerMagnitude;
	}

	private void boundaries(double[] t, double meanPower, double[] residual, FvMatrix jacobian) {
		int nr = mesh.radialCells();
		int nz = mesh.axialCells();
		absorbedPowerMagnitude = 0;
		lostPowerMagnitude = 0;
		boundaryConductance = 0;
		for (int i = 0; i < nr; i++) {
			apply(front(i, t[i], meanPower), i, mesh.ringArea(i), residual, jacobian);
		}
		if (!surfaceAbsorbs && meanPower > 0) {
			for (int i = 0; i < nr; i++) {
				double entering = absorptivity(t[i]) * meanPower * beamFraction[i];
				for (int j = 0; j < absorbingRows; j++) {
					double q = entering * rowAbsorption[j];
					residual[j * nr + i] -= q;
					absorbedPower += q;
					absorbedPowerMagnitude += q;
				}
			}
		}
		int back = (nz - 1) * nr;
		for (int i = 0; i < nr; i++) {
			apply(back(i, t[back + i]), back + i, mesh.ringArea(i), residual, jacobian);
		}
		if (environment.rimConvection() > 0) {
			for (int j = 0; j < nz; j++) {
				int c = j * nr + nr - 1;
				apply(rim(j, t[c]), c, mesh.radialFaceArea(nr, j), residual, jacobian);
			}
		}
	}

	private void apply(SurfaceExchange face, int cell, double area, double[] residual, FvMatrix jacobian) {
		double in = area * face.absorbed();
		double out = area * face.loss();
		residual[cell] += out - in;
		// a growing absorptivity lowers the diagonal; never by more than half the storage term,
		// so that the Jacobian stays positive definite (at worst the iteration is Picard there)
		double g = Math.max(area * face.conductance(), -0.5 * storage[cell]);
		jacobian.diag[cell] += g;
		boundaryConductance += g;
		absorbedPower += in;
		absorbedPowerMagnitude += Math.abs(in);
		lostPower += out;
		lostPowerMagnitude += Math.abs(out);
	}

	private SurfaceExchange front(int i, double tc, double meanPower) {
		double halfCell = frontModel.axialConductivity(tc) / (0.5 * mesh.height(0));
		if (Double.isNaN(fixedFront)) {
			double perArea = surfaceAbsorbs ? meanPower * beamFraction[i] / mesh.ringArea(i) : 0;
			double slope = beam.absorptivityOverride().isPresent() ? 0
					: frontModel.absorptivitySlope(beam.wavelength(), tc);
			exchange.exchange(tc, halfCell, absorptivity(tc) * perArea, slope * perArea, environment.frontConvection(),
					emissivity(environment.frontEmissivity(), frontModel, tc), environment.ambientTemperature(),
					environment.frontSurroundings());
		} else {
			exchange.hold(tc, halfCell, fixedFront);
		}
		return exchange;
	}

	private SurfaceExchange back(int i, double tc) {
		int last = mesh.axialCells() - 1;
		double halfCell = backModel.axialConductivity(tc) / (0.5 * mesh.height(last));
		exchange.exchange(tc, halfCell, environment.backHeatFlux(), 0, environment.backConvection(),
				emissivity(environment.backEmissivity(), backModel, tc), environment.backAmbient(),
				environment.backSurroundings());
		return exchange;
	}

	private SurfaceExchange rim(int j, double tc) {
		double distance = mesh.radius() - mesh.rCentre(mesh.radialCells() - 1);
		double halfCell = rowModel[j].radialConductivity(tc) / distance;
		exchange.exchange(tc, halfCell, 0, 0, environment.rimConvection(), 0, environment.rimAmbient(),
				environment.rimAmbient());
		return exchange;
	}

	/**
	 * The absorptivity at the cell temperature of the front cell (the face
	 * temperature would make the beam term implicit in the face balance); its
	 * temperature derivative enters the Jacobian.
	 */
	private double absorptivity(double t) {
		return beam.absorptivityOverride().isPresent() ? beam.absorptivityOverride().getAsDouble()
				: frontModel.absorptivity(beam.wavelength(), t);
	}

	/** A material emissivity is taken at the cell temperature. */
	private static double emissivity(double given, MaterialModel model, double t) {
		return Double.isNaN(given) ? model.emissivity(t) : given;
	}

	/**
	 * The temperatures on the boundary faces, from the same face balance the
	 * discretisation uses ({@link SurfaceExchange}); a held front face reads its
	 * held temperature. Computed once per accepted step, for the probes and the
	 * damage criteria ({@link CriteriaTracker}).
	 *
	 * @param front per column, the front face temperature
	 * @param back  per column, the back face temperature
	 * @param rim   per row, the rim face temperature
	 */
	public void faceTemperatures(double[] t, double meanPower, double[] front, double[] back, double[] rim) {
		int nr = mesh.radialCells();
		int nz = mesh.axialCells();
		int last = (nz - 1) * nr;
		boolean frontPair = nz >= 2 && rowModel[0] == rowModel[1];
		boolean backPair = nz >= 2 && rowModel[nz - 1] == rowModel[nz - 2];
		for (int i = 0; i < nr; i++) {
			SurfaceExchange f = front(i, t[i], meanPower);
			front[i] = f.faceTemperature();
			if (frontPair && Double.isNaN(fixedFront) && solid(frontModel, t[i], t[nr + i])) {
				double gradient = (f.absorbed() - f.loss()) / frontModel.axialConductivity(t[i]);
				front[i] = quadraticFace(t[i], t[nr + i], mesh.height(0), mesh.height(1), gradient);
			}
			SurfaceExchange b = back(i, t[last + i]);
			back[i] = b.faceTemperature();
			if (backPair && solid(backModel, t[last + i], t[last - nr + i])) {
				double gradient = (b.absorbed() - b.loss()) / backModel.axialConductivity(t[last + i]);
				back[i] = quadraticFace(t[last + i], t[last - nr + i], mesh.height(nz - 1), mesh.height(nz - 2), gradient);
			}
		}
		for (int j = 0; j < nz; j++) {
			rim[j] = rim(j, t[j * nr + nr - 1]).faceTemperature();
		}
	}

	/** @return whether both cells are below the material's solidus (no phase front between them and the face) */
	private static boolean solid(MaterialModel model, double a, double b) {
		return !model.enthalpy().melts() || Math.max(a, b) < model.enthalpy().solidus();
	}

	/**
	 * The face temperature of a quadratic profile T(s) = T_f − G s + c s² (s the depth from the face, G the
	 * gradient the face's flux balance gives) through the finite-volume values a1 and a2 of the two cells next
	 * to the face, h1 and h2 deep, taken at their centres. The half-cell balance alone, T_f = a1 + G h1 / 2, is
	 * exact for a linear profile; under transient heating the profile near the face is convex and that
	 * over-reads the face by c h1² / 4, which made melt onset early on coarse meshes (5 % at 30 axial cells). Used for the
	 * reported face temperatures (criteria, probes, peak) while the cells are solid; the discretisation's own
	 * losses keep the half-cell value, so the energy balance is unchanged.
	 */
	static double quadraticFace(double a1, double a2, double h1, double h2, double gradient) {
		double s1 = h1 / 2;
		double s2 = h1 + h2 / 2;
		double c = (a1 - a2 - gradient * (s2 - s1)) / (s1 * s1 - s2 * s2);
		return a1 + gradient * s1 - c * s1 * s1;
	}

	/** @return net power entering through the front face (beam or held temperature) in the last evaluation, W */
	public double absorbedPower() {
		return absorbedPower;
	}

	/** @return power lost through the faces in the last evaluation, W */
	public double lostPower() {
		return lostPower;
	}

	/** @return Σ_c R_c of the last evaluation: the global energy imbalance of the step, W */
	public double residualSum() {
		return residualSum;
	}

	/** @return the sum of the magnitudes of all storage and boundary terms, W: the scale of {@link #residualSum()} */
	public double scale() {
		return scale;
	}

	/** @return max_c |R_c| / J_cc, the largest Jacobi-scaled residual of the last evaluation, K */
	public double largestCorrection() {
		return largestCorrection;
	}

	public double[] enthalpy() {
		return enthalpy;
	}

	public double[] capacity() {
		return capacity;
	}

	/** @return the sum of the boundary terms of the Jacobian's diagonal in the last evaluation, W/K */
	public double boundaryConductance() {
		return boundaryConductance;
	}

	/** @return per cell, the storage part V C / Δt of the Jacobian's diagonal in the last evaluation */
	public double[] storage() {
		return storage;
	}
}
