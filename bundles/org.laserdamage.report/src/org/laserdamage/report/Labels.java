package org.laserdamage.report;

/** Reader-facing names for the ids and keys of summary.json; unknown ones are shown as they are. */
final class Labels {

	private Labels() {
	}

	/** @return e.g. "Melt onset" for "melt-onset" */
	static String criterion(String id) {
		return switch (id) {
		case "melt-onset" -> "Melt onset"; //$NON-NLS-1$ //$NON-NLS-2$
		case "melt-through" -> "Melt-through"; //$NON-NLS-1$ //$NON-NLS-2$
		case "peak-temperature" -> "Peak temperature"; //$NON-NLS-1$ //$NON-NLS-2$
		default -> id;
		};
	}

	/** @return what the margin of a criterion measures */
	static String marginMeaning(String id) {
		return switch (id) {
		case "melt-onset" -> "solidus − peak temperature"; //$NON-NLS-1$ //$NON-NLS-2$
		case "melt-through" -> "solid thickness left on the axis"; //$NON-NLS-1$ //$NON-NLS-2$
		case "peak-temperature" -> "threshold − peak temperature"; //$NON-NLS-1$ //$NON-NLS-2$
		default -> ""; //$NON-NLS-1$
		};
	}

	/** @return the label of a "laser" key of summary.json */
	static String laserKey(String key) {
		return switch (key) {
		case "profile" -> "Spatial profile"; //$NON-NLS-1$ //$NON-NLS-2$
		case "radius" -> "Beam radius (1/e² for Gaussian)"; //$NON-NLS-1$ //$NON-NLS-2$
		case "wavelength" -> "Wavelength"; //$NON-NLS-1$ //$NON-NLS-2$
		case "temporal" -> "Temporal profile"; //$NON-NLS-1$ //$NON-NLS-2$
		case "power" -> "Power"; //$NON-NLS-1$ //$NON-NLS-2$
		case "duration" -> "Duration"; //$NON-NLS-1$ //$NON-NLS-2$
		case "pulseEnergy" -> "Pulse energy"; //$NON-NLS-1$ //$NON-NLS-2$
		case "fwhm" -> "Pulse width (FWHM)"; //$NON-NLS-1$ //$NON-NLS-2$
		case "repetitionRate" -> "Repetition rate"; //$NON-NLS-1$ //$NON-NLS-2$
		case "pulseCount" -> "Pulses"; //$NON-NLS-1$ //$NON-NLS-2$
		case "peakPower" -> "Peak power"; //$NON-NLS-1$ //$NON-NLS-2$
		case "energyDelivered" -> "Energy delivered"; //$NON-NLS-1$ //$NON-NLS-2$
		case "absorptivityOverride" -> "Absorptivity (fixed)"; //$NON-NLS-1$ //$NON-NLS-2$
		default -> key;
		};
	}

	/** @return the value of a "laser" key with its unit */
	static String laserValue(String key, Object value) {
		if (value == null) {
			return "duration".equals(key) ? "until the end of the run" : Quantities.UNKNOWN; //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (value instanceof Double d) {
			return switch (key) {
			case "radius" -> Quantities.mm(d); //$NON-NLS-1$
			case "wavelength", "duration", "fwhm" -> Quantities.si(d, "wavelength".equals(key) ? "m" : "s"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			case "power", "peakPower" -> Quantities.si(d, "W"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			case "pulseEnergy", "energyDelivered" -> Quantities.si(d, "J"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			case "repetitionRate" -> Quantities.si(d, "Hz"); //$NON-NLS-1$ //$NON-NLS-2$
			default -> Quantities.plain(d);
			};
		}
		String text = value.toString();
		return switch (text) {
		case "gaussian" -> "Gaussian"; //$NON-NLS-1$ //$NON-NLS-2$
		case "top-hat" -> "Top-hat"; //$NON-NLS-1$ //$NON-NLS-2$
		case "continuous-wave" -> "Continuous wave"; //$NON-NLS-1$ //$NON-NLS-2$
		case "gaussian-pulse-train" -> "Gaussian pulse train"; //$NON-NLS-1$ //$NON-NLS-2$
		default -> text;
		};
	}
}
