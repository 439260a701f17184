package org.laserdamage.solver.ansys.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.CoreException;
import org.laserdamage.core.RunStatus;
import org.laserdamage.solver.SolverOptions;

/**
 * The ANSYS installation, licence and resources of one run, from the solver
 * options and, where an option is not set, the environment
 * ({@code ANSYS_ROOT}, {@code ANSYSLMD_LICENSE_FILE}). See
 * {@link org.laserdamage.solver.ansys.AnsysSolver} for the option keys.
 *
 * @param root          the release folder, e.g. /opt/ansys_inc/v211; empty when unset
 * @param executable    the MAPDL executable given, or derived from root; empty when neither is possible
 * @param licenseServer port@host (or several, as ANSYSLMD_LICENSE_FILE takes them); empty when unset
 * @param feature       the licence feature checked out, {@code -p}
 * @param processors    cores, {@code -np}
 * @param lmutil        the FlexNet lmutil, given or derived from root; empty when neither is possible
 */
public record AnsysSettings(Optional<Path> root, Optional<Path> executable, Optional<String> licenseServer,
		String feature, int processors, Optional<Path> lmutil) {

	public static final String ROOT = "root"; //$NON-NLS-1$
	public static final String EXECUTABLE = "executable"; //$NON-NLS-1$
	public static final String LICENSE_SERVER = "licenseServer"; //$NON-NLS-1$
	public static final String FEATURE = "feature"; //$NON-NLS-1$
	public static final String PROCESSORS = "processors"; //$NON-NLS-1$
	public static final String LMUTIL = "lmutil"; //$NON-NLS-1$
	public static final String ENV_ROOT = "ANSYS_ROOT"; //$NON-NLS-1$
	public static final String ENV_LICENSE = "ANSYSLMD_LICENSE_FILE"; //$NON-NLS-1$
	public static final String DEFAULT_FEATURE = "ansys"; //$NON-NLS-1$

	private static final Pattern RELEASE = Pattern.compile("v(\\d{3})"); //$NON-NLS-1$

	/**
	 * @param environment the environment variables (System::getenv in use)
	 * @throws CoreException an INVALID_INPUT naming the option when {@value #PROCESSORS} is not a count
	 */
	public static AnsysSettings of(SolverOptions options, UnaryOperator<String> environment) throws CoreException {
		Optional<Path> root = options.get(ROOT).or(() -> blankToEmpty(environment.apply(ENV_ROOT))).map(Path::of);
		Optional<Path> executable = options.get(EXECUTABLE).map(Path::of).or(() -> root.flatMap(AnsysSettings::derived));
		Optional<String> server = options.get(LICENSE_SERVER).or(() -> blankToEmpty(environment.apply(ENV_LICENSE)));
		String feature = options.get(FEATURE).orElse(DEFAULT_FEATURE);
		int processors = 1;
		Optional<String> np = options.get(PROCESSORS);
		if (np.isPresent()) {
			try {
				processors = Integer.parseInt(np.get());
			} catch (NumberFormatException e) {
				processors = 0;
			}
			if (processors < 1 || processors > 1024) {
				throw RunStatus.invalid(Messages.bind(Messages.badProcessors, np.get()));
			}
		}
		Optional<Path> lmutil = options.get(LMUTIL).map(Path::of)
				.or(() -> root.map(r -> r.resolve("shared_files/licensing/linx64/lmutil"))); //$NON-NLS-1$
		return new AnsysSettings(root, executable, server, feature, processors, lmutil);
	}

	/** @return {@code <root>/ansys/bin/ansysNNN} for a root whose folder name is {@code vNNN} */
	static Optional<Path> derived(Path root) {
		Path name = root.getFileName();
		Matcher m = name == null ? null : RELEASE.matcher(name.toString());
		return m != null && m.matches() ? Optional.of(root.resolve("ansys/bin/ansys" + m.group(1))) : Optional.empty(); //$NON-NLS-1$
	}

	/** @return the executable to run, checked */
	public Path checkedExecutable() throws CoreException {
		if (executable.isEmpty()) {
			throw RunStatus.invalid(Messages.noRoot);
		}
		Path exe = executable.get();
		if (Files.isRegularFile(exe) && Files.isExecutable(exe)) {
			return exe;
		}
		throw RunStatus.invalid(root.isPresent() && derived(root.get()).equals(executable)
				? Messages.bind(Messages.noExecutable, exe, root.get())
				: Messages.bind(Messages.notExecutable, exe));
	}

	private static Optional<String> blankToEmpty(String value) {
		return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
	}
}
