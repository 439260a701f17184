package org.laserdamage.solver.ansys;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The licences of a FlexNet licence server as {@code lmutil lmstat -a -c port@host}
 * reports them: per feature, how many are issued and how many are in use,
 * from its lines
 * {@code Users of FEATURE:  (Total of N licenses issued;  Total of M licenses in use)}.
 * These counts are what a server publishes as {@code ansys_licenses_total} and
 * {@code ansys_licenses_used}; {@link AnsysSolver#licences} queries them with
 * the solver's options.
 *
 * @param server   the server asked, port@host
 * @param features the counted features by name, in the order lmstat lists them
 *                 (uncounted or node-locked features are left out)
 */
public record LicenceCounts(String server, Map<String, Feature> features) {

	/** One counted feature: {@code issued} licences of which {@code inUse} are checked out. */
	public record Feature(String name, int issued, int inUse) {

		/** @return licences free now, never negative (lmstat may count an overdraft or a queue) */
		public int free() {
			return Math.max(0, issued - inUse);
		}
	}

	private static final Pattern USERS = Pattern.compile(
			"^\\s*Users of ([^:\\s]+):\\s*\\(Total of (\\d+) licenses? issued;\\s*Total of (\\d+) licenses? in use\\)"); //$NON-NLS-1$
	private static final Pattern TROUBLE = Pattern.compile(
			"(?i)(error|cannot|can't|not running|down|refused|not responding|timed out|failed|no such)"); //$NON-NLS-1$

	public LicenceCounts {
		features = Collections.unmodifiableMap(new LinkedHashMap<>(features));
	}

	/** @return the counts of one feature, if the server serves it counted */
	public Optional<Feature> feature(String name) {
		return Optional.ofNullable(features.get(name));
	}

	/**
	 * Reads the output of {@code lmutil lmstat -a -c server}.
	 *
	 * @throws LicenceServerException when the output counts no feature: the server could not be reached or
	 *                                serves nothing; its message is lmstat's own error line when it printed one
	 */
	public static LicenceCounts parse(String server, String lmstatOutput) throws LicenceServerException {
		Map<String, Feature> features = new LinkedHashMap<>();
		List<String> trouble = new ArrayList<>();
		for (String line : lmstatOutput.split("\\R")) { //$NON-NLS-1$
			Matcher m = USERS.matcher(line);
			if (m.find()) {
				features.put(m.group(1), new Feature(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
			} else if (!line.isBlank() && TROUBLE.matcher(line).find() && !line.contains("Copyright")) { //$NON-NLS-1$
				trouble.add(line.strip());
			}
		}
		if (features.isEmpty()) {
			throw new LicenceServerException(server, trouble.isEmpty() ? null : trouble.get(0));
		}
		return new LicenceCounts(server, features);
	}

	/** A licence server that could not be asked or that counts no licence. */
	public static final class LicenceServerException extends Exception {

		private static final long serialVersionUID = 1L;
		private final String server;
		private final String detail;

		/** @param detail what lmstat (or starting it) said, or null when it said nothing useful */
		public LicenceServerException(String server, String detail) {
			super(detail == null ? "no licence counts from " + server : detail); //$NON-NLS-1$
			this.server = server;
			this.detail = detail;
		}

		public String server() {
			return server;
		}

		/** @return lmstat's error line, or empty when it printed none */
		public Optional<String> detail() {
			return Optional.ofNullable(detail);
		}
	}
}
