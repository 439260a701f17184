package org.laserdamage.model.edit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
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
import org.laserdamage.model.StudyPackage.Literals;
import org.laserdamage.model.Target;
import org.laserdamage.model.TopHatProfile;
import org.laserdamage.model.units.Units;

/** One-line labels of study elements that show their key values with units, e.g. "Plate: al-6061-t6, 0.002 m, 20 cells". */
public final class StudyLabels {

	private StudyLabels() {
	}

	/** Writes the SI value of an attribute (its unit annotated in the model) with a unit for a label. */
	@FunctionalInterface
	public interface Format {
		String format(double value, EStructuralFeature feature);
	}

	/** @return the label of a study element in SI units, or null for anything else */
	public static String text(Object element) {
		return text(element, (value, feature) -> Quantities.format(value, Units.unitOf(feature)));
	}

	/** @return the label of a study element with its values written by {@code f}, or null for anything else */
	public static String text(Object element, Format f) {
		if (element instanceof Study s) {
			return NLS.bind(Messages.Study, blankIfNull(s.getName()));
		} else if (element instanceof LaserSource l) {
			return NLS.bind(Messages.Laser, f.format(l.getPower(), Literals.LASER_SOURCE__POWER),
					f.format(l.getWavelength(), Literals.LASER_SOURCE__WAVELENGTH));
		} else if (element instanceof GaussianProfile g) {
			return NLS.bind(Messages.Gaussian, f.format(g.getRadius(), Literals.GAUSSIAN_PROFILE__RADIUS));
		} else if (element instanceof TopHatProfile t) {
			return NLS.bind(Messages.TopHat, f.format(t.getRadius(), Literals.TOP_HAT_PROFILE__RADIUS));
		} else if (element instanceof ContinuousWave cw) {
			return cw.isSetDuration() && cw.getDuration() != null
					? NLS.bind(Messages.ContinuousWaveFor, f.format(cw.getDuration(), Literals.CONTINUOUS_WAVE__DURATION))
					: Messages.ContinuousWave;
		} else if (element instanceof Pulsed p) {
			return pulsed(p, f);
		} else if (element instanceof Target t) {
			return NLS.bind(Messages.Target, f.format(t.getRadius(), Literals.TARGET__RADIUS), t.getLayers().size());
		} else if (element instanceof Layer l) {
			return NLS.bind(Messages.Layer, new Object[] { blankIfNull(l.getName()), blankIfNull(l.getMaterialId()),
					f.format(l.getThickness(), Literals.LAYER__THICKNESS), l.getAxialCells() });
		} else if (element instanceof Environment e) {
			return NLS.bind(Messages.Environment, f.format(e.getAmbientTemperature(), Literals.ENVIRONMENT__AMBIENT_TEMPERATURE),
					f.format(e.getFrontConvection(), Literals.ENVIRONMENT__FRONT_CONVECTION));
		} else if (element instanceof Mesh m) {
			return NLS.bind(Messages.Mesh, m.getRadialCells(), Quantities.number(m.getRadialGrading()));
		} else if (element instanceof SolverSettings s) {
			return NLS.bind(Messages.Solver, blankIfNull(s.getSolverId()),
					f.format(s.getEndTime(), Literals.SOLVER_SETTINGS__END_TIME));
		} else if (element instanceof DamageCriteria d) {
			return criteria(d, f);
		} else if (element instanceof Probe p) {
			return NLS.bind(Messages.Probe, new Object[] { blankIfNull(p.getName()), f.format(p.getR(), Literals.PROBE__R),
					f.format(p.getZ(), Literals.PROBE__Z) });
		}
		return null;
	}

	private static String pulsed(Pulsed p, Format f) {
		String energy = p.isSetPulseEnergy() && p.getPulseEnergy() != null ? f.format(p.getPulseEnergy(), Literals.PULSED__PULSE_ENERGY)
				: p.isSetFluence() && p.getFluence() != null ? f.format(p.getFluence(), Literals.PULSED__FLUENCE) : "?"; //$NON-NLS-1$
		return NLS.bind(Messages.Pulsed, new Object[] { p.getPulseCount(), energy, f.format(p.getFwhm(), Literals.PULSED__FWHM),
				f.format(p.getRepetitionRate(), Literals.PULSED__REPETITION_RATE) });
	}

	private static String criteria(DamageCriteria d, Format f) {
		List<String> on = new ArrayList<>();
		if (d.isMeltOnset()) {
			on.add(Messages.MeltOnset);
		}
		if (d.isMeltThrough()) {
			on.add(Messages.MeltThrough);
		}
		if (d.isSetPeakTemperatureThreshold() && d.getPeakTemperatureThreshold() != null) {
			on.add(NLS.bind(Messages.PeakThreshold,
					f.format(d.getPeakTemperatureThreshold(), Literals.DAMAGE_CRITERIA__PEAK_TEMPERATURE_THRESHOLD)));
		}
		return NLS.bind(Messages.Criteria, on.isEmpty() ? Messages.None : String.join(", ", on)); //$NON-NLS-1$
	}

	private static String blankIfNull(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}
}
