package org.laserdamage.results;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.laserdamage.solver.Beam;
import org.laserdamage.solver.ContinuousWave;
import org.laserdamage.solver.GaussianPulseTrain;

/** Flattens a beam into the "laser" key/values of summary.json (keys and units in docs/result-format.md). */
final class LaserSummary {

	private LaserSummary() {
	}

	static Map<String, Object> describe(Beam beam, double finalTime) {
		Map<String, Object> laser = new LinkedHashMap<>();
		laser.put("profile", beam.profile().name().toLowerCase(Locale.ROOT).replace('_', '-')); //$NON-NLS-1$
		laser.put("radius", beam.radius()); //$NON-NLS-1$
		laser.put("wavelength", beam.wavelength()); //$NON-NLS-1$
		if (beam.temporal() instanceof ContinuousWave cw) {
			laser.put("temporal", "continuous-wave"); //$NON-NLS-1$ //$NON-NLS-2$
			laser.put("power", cw.power()); //$NON-NLS-1$
			// an infinite duration ("on until the end") becomes null in JSON
			laser.put("duration", cw.duration()); //$NON-NLS-1$
		} else if (beam.temporal() instanceof GaussianPulseTrain pulses) {
			laser.put("temporal", "gaussian-pulse-train"); //$NON-NLS-1$ //$NON-NLS-2$
			laser.put("pulseEnergy", pulses.pulseEnergy()); //$NON-NLS-1$
			laser.put("fwhm", pulses.fwhm()); //$NON-NLS-1$
			laser.put("repetitionRate", pulses.repetitionRate()); //$NON-NLS-1$
			laser.put("pulseCount", pulses.count()); //$NON-NLS-1$
			laser.put("peakPower", pulses.peakPower()); //$NON-NLS-1$
		} else {
			laser.put("temporal", beam.temporal().getClass().getName()); //$NON-NLS-1$
		}
		laser.put("energyDelivered", beam.temporal().energy(finalTime)); //$NON-NLS-1$
		if (beam.absorptivityOverride().isPresent()) {
			laser.put("absorptivityOverride", beam.absorptivityOverride().getAsDouble()); //$NON-NLS-1$
		}
		return laser;
	}
}
