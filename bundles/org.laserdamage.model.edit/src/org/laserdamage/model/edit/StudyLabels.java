package org.laserdamage.model.edit;

import java.util.ArrayList;
import java.util.List;

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
import org.laserdamage.model.Target;
import org.laserdamage.model.TopHatProfile;

/** One-line labels of study elements that show their key values with units, e.g. "Plate: al-6061-t6, 0.002 m, 20 cells". */
public final class StudyLabels {

	private StudyLabels() {
	}

	/** Writes an SI value ({@code siUnit} K, W, m …) with a unit for a label. */
	@FunctionalInterface
	public interface Format {
		String format(double value, String siUnit);
	}

	/** @return the label of a study element in SI units, or null for anything else */
	public static String text(Object element) {
		return text(element, Quantities::format);
	}

	/** @return the label of a study element with its values written by {@code f}, or null for anything else */
	public static String text(Object element, Format f) {
		if (element instanceof Study s) {
			return NLS.bind(Messages.Study, blankIfNull(s.getName()));
		} else if (element instanceof LaserSource l) {
			return NLS.bind(Messages.Laser, f.format(l.getPower(), "W"), f.format(l.getWavelength(), "m")); //$NON-NLS-1$ //$NON-NLS-2$
		} else if (element instanceof GaussianProfile g) {
			return NLS.bind(Messages.Gaussian, f.format(g.getRadius(), "m")); //$NON-NLS-1$
		} else if (element instanceof TopHatProfile t) {
			return NLS.bind(Messages.TopHat, f.format(t.getRadius(), "m")); //$NON-NLS-1$
		} else if (element instanceof ContinuousWave cw) {
			return cw.isSetDuration() && cw.getDuration() != null ? NLS.bind(Messages.ContinuousWaveFor, f.format(cw.getDuration(), "s")) //$NON-NLS-1$
					: Messages.ContinuousWave;
		} else if (element instanceof Pulsed p) {
			return pulsed(p, f);
		} else if (element instanceof Target t) {
			return NLS.bind(Messages.Target, f.format(t.getRadius(), "m"), t.getLayers().size()); //$NON-NLS-1$
		} else if (element instanceof Layer l) {
			return NLS.bind(Messages.Layer, new Object[] { blankIfNull(l.getName()), blankIfNull(l.getMaterialId()),
					f.format(l.getThickness(), "m"), l.getAxialCells() }); //$NON-NLS-1$
		} else if (element instanceof Environment e) {
			return NLS.bind(Messages.Environment, f.format(e.getAmbientTemperature(), "K"), f.format(e.getFrontConvection(), "W/m^2/K")); //$NON-NLS-1$ //$NON-NLS-2$
		} else if (element instanceof Mesh m) {
			return NLS.bind(Messages.Mesh, m.getRadialCells(), Quantities.number(m.getRadialGrading()));
		} else if (element instanceof SolverSettings s) {
			return NLS.bind(Messages.Solver, blankIfNull(s.getSolverId()), f.format(s.getEndTime(), "s")); //$NON-NLS-1$
		} else if (element instanceof DamageCriteria d) {
			return criteria(d, f);
		} else if (element instanceof Probe p) {
			return NLS.bind(Messages.Probe, new Object[] { blankIfNull(p.getName()), f.format(p.getR(), "m"), f.format(p.getZ(), "m") }); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return null;
	}

	private static String pulsed(Pulsed p, Format f) {
		String energy = p.isSetPulseEnergy() && p.getPulseEnergy() != null ? f.format(p.getPulseEnergy(), "J") //$NON-NLS-1$
				: p.isSetFluence() && p.getFluence() != null ? f.format(p.getFluence(), "J/m^2") : "?"; //$NON-NLS-1$ //$NON-NLS-2$
		return NLS.bind(Messages.Pulsed, new Object[] { p.getPulseCount(), energy, f.format(p.getFwhm(), "s"), //$NON-NLS-1$
				f.format(p.getRepetitionRate(), "Hz") }); //$NON-NLS-1$
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
			on.add(NLS.bind(Messages.PeakThreshold, f.format(d.getPeakTemperatureThreshold(), "K"))); //$NON-NLS-1$
		}
		return NLS.bind(Messages.Criteria, on.isEmpty() ? Messages.None : String.join(", ", on)); //$NON-NLS-1$
	}

	private static String blankIfNull(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}
}
