package org.laserdamage.model.validation;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.laserdamage.materials.IMaterialLibrary;
import org.laserdamage.materials.Material;
import org.laserdamage.model.ContinuousWave;
import org.laserdamage.model.DamageCriteria;
import org.laserdamage.model.Environment;
import org.laserdamage.model.GaussianProfile;
import org.laserdamage.model.LaserSource;
import org.laserdamage.model.Layer;
import org.laserdamage.model.Mesh;
import org.laserdamage.model.Probe;
import org.laserdamage.model.Pulsed;
import org.laserdamage.model.SolverSettings;
import org.laserdamage.model.Study;
import org.laserdamage.model.StudyPackage;
import org.laserdamage.model.TopHatProfile;
import org.laserdamage.model.units.Units;

/**
 * The constraints a user meets when editing a study. Every diagnostic names
 * the setting by its path (e.g. {@code target.layers[0].thickness}), the
 * value, and the fix; its data holds the object and the feature so editors
 * can put a marker on the field.
 * <p>
 * A material library, if put in the context under {@code IMaterialLibrary.class},
 * lets the validator check material references.
 */
public final class StudyValidator implements EValidator {

	/** Diagnostic source of all study diagnostics. */
	public static final String SOURCE = "org.laserdamage.model"; //$NON-NLS-1$

	public static final StudyValidator INSTANCE = new StudyValidator();

	private static final StudyPackage P = StudyPackage.eINSTANCE;

	/**
	 * Validates a whole study.
	 *
	 * @param library the materials layers may refer to; null skips that check
	 */
	public static Diagnostic validate(Study study, IMaterialLibrary library) {
		EValidatorRegistryImpl registry = new EValidatorRegistryImpl();
		registry.put(StudyPackage.eINSTANCE, INSTANCE);
		Diagnostician diagnostician = new Diagnostician(registry);
		Map<Object, Object> context = diagnostician.createDefaultContext();
		if (library != null) {
			context.put(IMaterialLibrary.class, library);
		}
		return diagnostician.validate(study, context);
	}

	@Override
	public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate(eObject.eClass(), eObject, diagnostics, context);
	}

	@Override
	public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	@Override
	public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		Checks c = new Checks(diagnostics);
		if (object instanceof Study s) {
			checkStudy(c, s);
		} else if (object instanceof LaserSource l) {
			checkLaser(c, l);
		} else if (object instanceof GaussianProfile g) {
			checkBeamRadius(c, g, P.getGaussianProfile_Radius(), g.getRadius());
		} else if (object instanceof TopHatProfile t) {
			checkBeamRadius(c, t, P.getTopHatProfile_Radius(), t.getRadius());
		} else if (object instanceof ContinuousWave cw) {
			if (cw.isSetDuration() && cw.getDuration() != null && !(cw.getDuration() > 0)) {
				c.error(cw, P.getContinuousWave_Duration(), Messages.positiveDuration, cw.getDuration());
			} else if (cw.isSetDuration() && cw.getDuration() != null) {
				c.range(cw, P.getContinuousWave_Duration(), cw.getDuration(), Limits.MIN_TIME, Double.MAX_VALUE);
			}
		} else if (object instanceof Pulsed p) {
			checkPulsed(c, p);
		} else if (object instanceof org.laserdamage.model.Target t) {
			checkTarget(c, t);
		} else if (object instanceof Layer l) {
			checkLayer(c, l, (IMaterialLibrary) context.get(IMaterialLibrary.class));
		} else if (object instanceof Environment e) {
			checkEnvironment(c, e);
		} else if (object instanceof Mesh m) {
			checkMesh(c, m);
		} else if (object instanceof SolverSettings s) {
			checkSolver(c, s);
		} else if (object instanceof DamageCriteria d) {
			checkCriteria(c, d);
		} else if (object instanceof Probe p) {
			checkProbe(c, p);
		}
		return c.valid();
	}

	private static void checkStudy(Checks c, Study s) {
		if (s.getName() == null || s.getName().isBlank()) {
			c.error(s, P.getStudy_Name(), Messages.nameMissing, ""); //$NON-NLS-1$
		}
		requirePart(c, s, P.getStudy_Laser(), s.getLaser());
		requirePart(c, s, P.getStudy_Target(), s.getTarget());
		requirePart(c, s, P.getStudy_Environment(), s.getEnvironment());
		requirePart(c, s, P.getStudy_Mesh(), s.getMesh());
		requirePart(c, s, P.getStudy_Solver(), s.getSolver());
		requirePart(c, s, P.getStudy_DamageCriteria(), s.getDamageCriteria());
		// names that differ only in case, blanks or the form of a character are one column to a spreadsheet
		Map<String, String> names = new HashMap<>();
		for (Probe p : s.getProbes()) {
			if (p.getName() == null) {
				continue;
			}
			String first = names.putIfAbsent(columnKey(p.getName()), p.getName());
			if (first != null) {
				c.error(p, P.getProbe_Name(), Messages.probeDuplicate, p.getName(), first);
			}
		}
		if (s.getLaser() != null && s.getTarget() != null && !s.getTarget().getLayers().isEmpty()) {
			RunBudget.check(c, s);
		}
	}

	/** @return the form of a probe name that two names share when a spreadsheet would confuse them */
	static String columnKey(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ") //$NON-NLS-1$ //$NON-NLS-2$
				.toLowerCase(Locale.ROOT);
	}

	private static void requirePart(Checks c, EObject owner, EStructuralFeature feature, Object value) {
		if (value == null) {
			c.error(owner, feature, Messages.partMissing, ""); //$NON-NLS-1$
		}
	}

	private static void checkLaser(Checks c, LaserSource l) {
		if (!(l.getWavelength() > 0)) {
			c.error(l, P.getLaserSource_Wavelength(), Messages.positiveWavelength, l.getWavelength());
		} else if (c.range(l, P.getLaserSource_Wavelength(), l.getWavelength(), Limits.MIN_WAVELENGTH,
				Limits.MAX_WAVELENGTH) && (l.getWavelength() < 1e-7 || l.getWavelength() > 2e-5)) {
			c.warning(l, P.getLaserSource_Wavelength(), Messages.wavelengthRange, l.getWavelength());
		}
		if (!(l.getPower() >= 0)) {
			c.error(l, P.getLaserSource_Power(), Messages.negativePower, l.getPower());
		} else if (c.range(l, P.getLaserSource_Power(), l.getPower(), 0, Limits.MAX_POWER) && l.getPower() == 0
				&& l.getTemporalProfile() instanceof ContinuousWave) {
			c.warning(l, P.getLaserSource_Power(), Messages.zeroPower, l.getPower());
		}
		if (l.isSetAbsorptivityOverride() && l.getAbsorptivityOverride() != null) {
			double a = l.getAbsorptivityOverride();
			if (!(a >= 0 && a <= 1)) {
				c.error(l, P.getLaserSource_AbsorptivityOverride(), Messages.absorptivityRange, a);
			}
		}
		requirePart(c, l, P.getLaserSource_SpatialProfile(), l.getSpatialProfile());
		requirePart(c, l, P.getLaserSource_TemporalProfile(), l.getTemporalProfile());
	}

	private static void checkBeamRadius(Checks c, EObject profile, EStructuralFeature feature, double radius) {
		if (!(radius > 0)) {
			c.error(profile, feature, Messages.positiveBeamRadius, radius);
			return;
		}
		if (!c.range(profile, feature, radius, Limits.MIN_LENGTH, Limits.MAX_LENGTH)) {
			return;
		}
		EObject root = root(profile);
		if (root instanceof Study study && study.getTarget() != null && study.getMesh() != null) {
			double targetRadius = study.getTarget().getRadius();
			if (targetRadius > 0 && radius > targetRadius) {
				c.warning(profile, feature, Messages.beamWiderThanTarget, radius, targetRadius);
			}
			Mesh mesh = study.getMesh();
			if (targetRadius > 0 && mesh.getRadialCells() > 0 && mesh.getRadialGrading() >= 1) {
				double first = MeshMath.firstCell(targetRadius, mesh.getRadialCells(), mesh.getRadialGrading());
				if (2 * radius < 2 * first) {
					c.warning(profile, feature, Messages.beamUnderResolved, radius, first);
				}
			}
		}
	}

	private static void checkPulsed(Checks c, Pulsed p) {
		boolean energy = p.isSetPulseEnergy() && p.getPulseEnergy() != null;
		boolean fluence = p.isSetFluence() && p.getFluence() != null;
		if (energy == fluence) {
			c.error(p, energy ? P.getPulsed_Fluence() : P.getPulsed_PulseEnergy(),
					energy ? Messages.pulseBothSet : Messages.pulseNoneSet, ""); //$NON-NLS-1$
		}
		if (energy && !(p.getPulseEnergy() > 0)) {
			c.error(p, P.getPulsed_PulseEnergy(), Messages.positivePulseEnergy, p.getPulseEnergy());
		} else if (energy) {
			c.range(p, P.getPulsed_PulseEnergy(), p.getPulseEnergy(), 0, Limits.MAX_PULSE_ENERGY);
		}
		if (fluence && !(p.getFluence() > 0)) {
			c.error(p, P.getPulsed_Fluence(), Messages.positiveFluence, p.getFluence());
		} else if (fluence) {
			c.range(p, P.getPulsed_Fluence(), p.getFluence(), 0, Limits.MAX_FLUENCE);
		}
		boolean fwhm = p.getFwhm() > 0;
		if (!fwhm) {
			c.error(p, P.getPulsed_Fwhm(), Messages.positiveFwhm, p.getFwhm());
		} else {
			fwhm = c.range(p, P.getPulsed_Fwhm(), p.getFwhm(), Limits.MIN_TIME, Limits.MAX_END_TIME);
		}
		boolean count = p.getPulseCount() >= 1 && p.getPulseCount() <= Limits.MAX_PULSES;
		if (!count) {
			c.error(p, P.getPulsed_PulseCount(), Messages.pulseCount, p.getPulseCount(), Limits.MAX_PULSES);
		}
		boolean rate = p.getPulseCount() <= 1 || c.range(p, P.getPulsed_RepetitionRate(), p.getRepetitionRate(),
				Limits.MIN_REPETITION_RATE, Limits.MAX_REPETITION_RATE);
		if (rate && fwhm && p.getPulseCount() > 1 && p.getFwhm() * p.getRepetitionRate() > 0.25) {
			c.warning(p, P.getPulsed_RepetitionRate(), Messages.pulsesOverlap, p.getRepetitionRate());
		}
		if (root(p) instanceof Study study && study.getSolver() != null && count && fwhm && rate) {
			double lastPulse = 2 * p.getFwhm() + (p.getPulseCount() > 1 ? (p.getPulseCount() - 1) / p.getRepetitionRate() : 0);
			if (lastPulse > study.getSolver().getEndTime()) {
				c.warning(p, P.getPulsed_PulseCount(), Messages.pulsesAfterEnd, lastPulse);
			}
		}
	}

	private static void checkTarget(Checks c, org.laserdamage.model.Target t) {
		if (!(t.getRadius() > 0)) {
			c.error(t, P.getTarget_Radius(), Messages.positiveTargetRadius, t.getRadius());
		} else {
			c.range(t, P.getTarget_Radius(), t.getRadius(), Limits.MIN_LENGTH, Limits.MAX_LENGTH);
		}
		checkTemperature(c, t, P.getTarget_InitialTemperature(), t.getInitialTemperature());
		if (t.getLayers().isEmpty()) {
			c.error(t, P.getTarget_Layers(), Messages.noLayers, ""); //$NON-NLS-1$
		}
		double depth = t.getLayers().stream().mapToDouble(Layer::getThickness).sum();
		if (depth > Limits.MAX_LENGTH) {
			c.error(t, P.getTarget_Layers(), Messages.targetTooThick, metres(depth), metres(Limits.MAX_LENGTH));
		}
	}

	private static void checkTemperature(Checks c, EObject object, EStructuralFeature feature, double value) {
		if (!(value > 0)) {
			c.error(object, feature, Messages.positiveTemperature, value);
		} else if (!(value >= Limits.MIN_TEMPERATURE && value < Limits.MAX_TEMPERATURE)) {
			c.error(object, feature, Messages.temperatureRange, value, Limits.MIN_TEMPERATURE, Limits.MAX_TEMPERATURE);
		}
	}

	private static void checkLayer(Checks c, Layer l, IMaterialLibrary library) {
		if (!(l.getThickness() > 0)) {
			c.error(l, P.getLayer_Thickness(), Messages.positiveThickness, l.getThickness());
		} else if (c.range(l, P.getLayer_Thickness(), l.getThickness(), Limits.MIN_LENGTH, Limits.MAX_LENGTH)
				&& l.getAxialCells() >= 1 && root(l) instanceof Study study && study.getMesh() != null
				&& study.getMesh().getAxialGrading() >= 1 && study.getMesh().getAxialGrading() <= Limits.MAX_GRADING) {
			double first = MeshMath.firstCell(l.getThickness(), l.getAxialCells(), study.getMesh().getAxialGrading());
			if (!(first >= Limits.MIN_CELL)) {
				c.error(l, P.getLayer_AxialCells(), Messages.cellTooSmall, metres(first), metres(Limits.MIN_CELL));
			}
		}
		if (l.getAxialCells() < 1) {
			c.error(l, P.getLayer_AxialCells(), Messages.axialCells, l.getAxialCells());
		}
		if (l.isSetAbsorptionCoefficient() && l.getAbsorptionCoefficient() != null) {
			double mu = l.getAbsorptionCoefficient();
			if (!(mu > 0)) {
				c.error(l, P.getLayer_AbsorptionCoefficient(), Messages.positiveAbsorption, mu);
			} else if (c.range(l, P.getLayer_AbsorptionCoefficient(), mu, Limits.MIN_ABSORPTION, Limits.MAX_ABSORPTION)
					&& root(l) instanceof Study study) {
				HeatPenetration.checkAbsorption(c, study, l, mu);
			}
		}
		String id = l.getMaterialId();
		if (id == null || id.isBlank()) {
			c.error(l, P.getLayer_MaterialId(), Messages.materialMissing, ""); //$NON-NLS-1$
		} else if (library != null) {
			Material material = library.find(id).orElse(null);
			if (material == null) {
				String known = library.materials().stream().map(Material::id).collect(Collectors.joining(", ")); //$NON-NLS-1$
				c.error(l, P.getLayer_MaterialId(), Messages.materialUnknown, id, library.name(), known);
			} else if (l.isSetMaterialVersion() && l.getMaterialVersion() != null
					&& l.getMaterialVersion() != material.version()) {
				c.error(l, P.getLayer_MaterialVersion(), Messages.materialVersionUnknown, l.getMaterialVersion(), id,
						material.version());
			} else if (root(l) instanceof Study study && study.getTarget() != null
					&& study.getTarget().getLayers().indexOf(l) == 0) {
				HeatPenetration.check(c, study, l, material);
			}
		}
	}

	private static void checkEnvironment(Checks c, Environment e) {
		checkTemperature(c, e, P.getEnvironment_AmbientTemperature(), e.getAmbientTemperature());
		for (EStructuralFeature face : new EStructuralFeature[] { P.getEnvironment_FrontTemperature(),
				P.getEnvironment_BackAmbientTemperature(), P.getEnvironment_RimAmbientTemperature(),
				P.getEnvironment_SurroundingsTemperature() }) {
			if (e.eIsSet(face) && e.eGet(face) instanceof Double t) {
				checkTemperature(c, e, face, t);
			}
		}
		for (EStructuralFeature h : new EStructuralFeature[] { P.getEnvironment_FrontConvection(),
				P.getEnvironment_BackConvection(), P.getEnvironment_RimConvection() }) {
			double value = (Double) e.eGet(h);
			if (!(value >= 0)) {
				c.error(e, h, Messages.negativeConvection, value);
			} else {
				c.range(e, h, value, 0, Limits.MAX_CONVECTION);
			}
		}
		for (EStructuralFeature eps : new EStructuralFeature[] { P.getEnvironment_FrontEmissivity(),
				P.getEnvironment_BackEmissivity() }) {
			Object value = e.eGet(eps);
			if (e.eIsSet(eps) && value instanceof Double d && !(d >= 0 && d <= 1)) {
				c.error(e, eps, Messages.emissivityRange, d);
			}
		}
		if (!(Math.abs(e.getBackHeatFlux()) <= Limits.MAX_HEAT_FLUX)) {
			c.error(e, P.getEnvironment_BackHeatFlux(), Messages.outOfRange, e.getBackHeatFlux(), -Limits.MAX_HEAT_FLUX,
					Limits.MAX_HEAT_FLUX);
		}
		if (e.isSetFrontTemperature() && e.getFrontTemperature() != null) {
			c.warning(e, P.getEnvironment_FrontTemperature(), Messages.heldFrontIgnoresBeam, e.getFrontTemperature());
		}
	}

	private static void checkMesh(Checks c, Mesh m) {
		if (m.getRadialCells() < 1) {
			c.error(m, P.getMesh_RadialCells(), Messages.radialCells, m.getRadialCells());
		}
		boolean radialGrading = m.getRadialGrading() >= 1;
		if (!radialGrading) {
			c.error(m, P.getMesh_RadialGrading(), Messages.grading, m.getRadialGrading());
		} else {
			radialGrading = c.range(m, P.getMesh_RadialGrading(), m.getRadialGrading(), 1, Limits.MAX_GRADING);
		}
		if (!(m.getAxialGrading() >= 1)) {
			c.error(m, P.getMesh_AxialGrading(), Messages.grading, m.getAxialGrading());
		} else {
			c.range(m, P.getMesh_AxialGrading(), m.getAxialGrading(), 1, Limits.MAX_GRADING);
		}
		if (root(m) instanceof Study study && study.getTarget() != null) {
			long axial = study.getTarget().getLayers().stream().mapToLong(Layer::getAxialCells).sum();
			long cells = axial * Math.max(0, m.getRadialCells());
			if (cells > Limits.MAX_CELLS) {
				c.error(m, P.getMesh_RadialCells(), Messages.tooManyCells, cells, Limits.MAX_CELLS);
			} else if (cells > Limits.MANY_CELLS) {
				c.warning(m, P.getMesh_RadialCells(), Messages.manyCells, cells);
			}
			double radius = study.getTarget().getRadius();
			if (m.getRadialCells() >= 1 && radialGrading && radius >= Limits.MIN_LENGTH && radius <= Limits.MAX_LENGTH) {
				double first = MeshMath.firstCell(radius, m.getRadialCells(), m.getRadialGrading());
				if (!(first >= Limits.MIN_CELL)) {
					c.error(m, P.getMesh_RadialCells(), Messages.cellTooSmall, metres(first), metres(Limits.MIN_CELL));
				}
			}
		}
	}

	private static void checkSolver(Checks c, SolverSettings s) {
		if (s.getSolverId() == null || s.getSolverId().isBlank()) {
			c.error(s, P.getSolverSettings_SolverId(), Messages.solverMissing, ""); //$NON-NLS-1$
		}
		boolean end = s.getEndTime() > 0;
		if (!end) {
			c.error(s, P.getSolverSettings_EndTime(), Messages.positiveEndTime, s.getEndTime());
		} else {
			end = c.range(s, P.getSolverSettings_EndTime(), s.getEndTime(), Limits.MIN_TIME, Limits.MAX_END_TIME);
		}
		if (!(s.getOutputInterval() > 0)) {
			c.error(s, P.getSolverSettings_OutputInterval(), Messages.positiveOutputInterval, s.getOutputInterval());
		} else if (end && s.getEndTime() < s.getOutputInterval()) {
			c.error(s, P.getSolverSettings_EndTime(), Messages.endBeforeOutput, s.getEndTime());
		}
		if (!(s.getInitialTimeStep() > 0)) {
			c.error(s, P.getSolverSettings_InitialTimeStep(), Messages.positiveStep, s.getInitialTimeStep());
		} else if (!(s.getInitialTimeStep() >= Limits.MIN_TIME)) {
			c.error(s, P.getSolverSettings_InitialTimeStep(), Messages.stepTooSmall, s.getInitialTimeStep(),
					Limits.MIN_TIME);
		} else if (!(s.getMaxTimeStep() >= s.getInitialTimeStep())) {
			c.error(s, P.getSolverSettings_MaxTimeStep(), Messages.maxStepBelowInitial, s.getMaxTimeStep());
		} else {
			c.range(s, P.getSolverSettings_MaxTimeStep(), s.getMaxTimeStep(), Limits.MIN_TIME, Double.MAX_VALUE);
		}
		if (!(s.getMaxTemperatureChange() > 0)) {
			c.error(s, P.getSolverSettings_MaxTemperatureChange(), Messages.positiveTemperatureChange,
					s.getMaxTemperatureChange());
		} else {
			c.range(s, P.getSolverSettings_MaxTemperatureChange(), s.getMaxTemperatureChange(),
					Limits.MIN_TEMPERATURE_CHANGE, Limits.MAX_TEMPERATURE_CHANGE);
		}
	}

	private static void checkCriteria(Checks c, DamageCriteria d) {
		boolean threshold = d.isSetPeakTemperatureThreshold() && d.getPeakTemperatureThreshold() != null;
		if (threshold) {
			checkTemperature(c, d, P.getDamageCriteria_PeakTemperatureThreshold(), d.getPeakTemperatureThreshold());
		}
		if (!d.isMeltOnset() && !d.isMeltThrough() && !threshold) {
			c.info(d, P.getDamageCriteria_MeltOnset(), Messages.noCriteria, ""); //$NON-NLS-1$
		}
	}

	private static void checkProbe(Checks c, Probe p) {
		String name = p.getName();
		if (name == null || name.isBlank() || name.contains(",") || name.contains("\"") //$NON-NLS-1$ //$NON-NLS-2$
				|| name.chars().anyMatch(Character::isISOControl)) {
			c.error(p, P.getProbe_Name(), Messages.probeName, name == null ? "" : shorten(name)); //$NON-NLS-1$
		} else if (name.length() > Limits.MAX_NAME_LENGTH) {
			c.error(p, P.getProbe_Name(), Messages.probeNameLength, name.length(), Limits.MAX_NAME_LENGTH);
		}
		if (root(p) instanceof Study study && study.getTarget() != null) {
			double radius = study.getTarget().getRadius();
			double depth = study.getTarget().getLayers().stream().mapToDouble(Layer::getThickness).sum();
			if (!(p.getR() >= 0 && p.getR() <= radius)) {
				c.error(p, P.getProbe_R(), Messages.probeOutsideR, p.getR(), radius);
			}
			if (!(p.getZ() >= 0 && p.getZ() <= depth)) {
				c.error(p, P.getProbe_Z(), Messages.probeOutsideZ, p.getZ(), depth);
			}
		}
	}

	private static String metres(double value) {
		return Units.format(value, "m"); //$NON-NLS-1$
	}

	/** @return {@code text} as a message can show it: short, control characters as '?' */
	private static String shorten(String text) {
		String shown = text.length() <= 40 ? text : text.substring(0, 37) + "..."; //$NON-NLS-1$
		return shown.codePoints().map(ch -> Character.isISOControl(ch) ? '?' : ch)
				.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
	}

	private static EObject root(EObject object) {
		EObject current = object;
		while (current.eContainer() != null) {
			current = current.eContainer();
		}
		return current;
	}
}
