package org.laserdamage.jobs.slurm;

import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.osgi.util.NLS;
import org.laserdamage.core.RunStatus;
import org.laserdamage.jobs.JobSettings;
import org.laserdamage.jobs.slurm.internal.Messages;

/**
 * The settings of the Slurm place, read from {@link JobSettings} (the
 * preferences, system properties {@code laserdamage.slurm.*}, environment
 * variables {@code LASERDAMAGE_SLURM_*}).
 *
 * @param partition    {@value #PARTITION}: the partition, empty for the cluster's default
 * @param account      {@value #ACCOUNT}: the account charged, empty for the user's default
 * @param sharedFolder {@value #SHARED_FOLDER} (required): a folder this computer and the nodes both see
 * @param launcher     {@value #LAUNCHER}: the {@code laserdamage} launcher the nodes run; default this
 *                     installation's
 * @param licenses     {@value #LICENSES}: Slurm licences ({@code ansys:1}) requested for jobs whose solver
 *                     declares a licence feature, empty for none
 * @param poll         {@value #POLL_SECONDS}: how often squeue is asked (default {@value #DEFAULT_POLL_SECONDS} s)
 * @param bin          {@value #BIN}: the folder of sbatch, squeue, scontrol and scancel, or null for the PATH
 */
public record SlurmSettings(String partition, String account, Path sharedFolder, Path launcher, String licenses,
		Duration poll, Path bin) {

	public static final String PARTITION = "slurm.partition"; //$NON-NLS-1$
	public static final String ACCOUNT = "slurm.account"; //$NON-NLS-1$
	public static final String SHARED_FOLDER = "slurm.sharedFolder"; //$NON-NLS-1$
	public static final String LAUNCHER = "slurm.launcher"; //$NON-NLS-1$
	public static final String LICENSES = "slurm.licenses"; //$NON-NLS-1$
	public static final String POLL_SECONDS = "slurm.pollSeconds"; //$NON-NLS-1$
	public static final String BIN = "slurm.bin"; //$NON-NLS-1$
	public static final int DEFAULT_POLL_SECONDS = 10;

	/** The commands the place runs. */
	static final String[] COMMANDS = { "sbatch", "squeue", "scontrol", "scancel" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	/** The launcher's file name in an installation of the headless product. */
	static final String LAUNCHER_NAME = "laserdamage"; //$NON-NLS-1$

	/** A Slurm name: partition, account, licence. */
	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.@+-]+"); //$NON-NLS-1$
	private static final Pattern LICENSE_LIST = Pattern.compile("[A-Za-z0-9_.@+-]+(:\\d+)?(,[A-Za-z0-9_.@+-]+(:\\d+)?)*"); //$NON-NLS-1$

	/**
	 * @throws CoreException an {@link RunStatus#INVALID_INPUT} naming the setting, its environment variable and
	 *                       the fix when a setting is missing or unusable
	 */
	public static SlurmSettings from(JobSettings settings) throws CoreException {
		String partition = name(settings, PARTITION);
		String account = name(settings, ACCOUNT);
		Path shared = sharedFolder(settings);
		Path launcher = launcher(settings);
		String licenses = settings.get(LICENSES).orElse(""); //$NON-NLS-1$
		if (!licenses.isEmpty() && !LICENSE_LIST.matcher(licenses).matches()) {
			throw RunStatus.invalid(NLS.bind(Messages.Settings_badLicenses, licenses, JobSettings.environmentName(LICENSES)));
		}
		Duration poll = Duration.ofSeconds(pollSeconds(settings));
		Path bin = settings.get(BIN).map(Path::of).orElse(null);
		for (String command : COMMANDS) {
			Optional<Path> found = bin == null ? onPath(command) : Optional.of(bin.resolve(command));
			if (found.isEmpty() || !Files.isExecutable(found.get())) {
				String where = bin == null ? NLS.bind(Messages.Settings_onPath, System.getenv("PATH")) //$NON-NLS-1$
						: NLS.bind(Messages.Settings_inBin, bin);
				throw RunStatus.invalid(NLS.bind(Messages.Settings_noCommand, new Object[] { command, where,
						JobSettings.environmentName(BIN) }));
			}
		}
		return new SlurmSettings(partition, account, shared, launcher, licenses, poll, bin);
	}

	private static String name(JobSettings settings, String key) throws CoreException {
		String value = settings.get(key).orElse(""); //$NON-NLS-1$
		if (!value.isEmpty() && !NAME.matcher(value).matches()) {
			throw RunStatus.invalid(NLS.bind(Messages.Settings_badName,
					new Object[] { key, value, JobSettings.environmentName(key) }));
		}
		return value;
	}

	private static Path sharedFolder(JobSettings settings) throws CoreException {
		String env = JobSettings.environmentName(SHARED_FOLDER);
		String value = settings.get(SHARED_FOLDER).orElseThrow(() -> RunStatus.invalid(NLS.bind(Messages.Settings_missing,
				new Object[] { SHARED_FOLDER, Messages.Settings_sharedFolderWhat, env, "/shared/laserdamage-jobs" }))); //$NON-NLS-1$
		Path folder;
		try {
			folder = Path.of(value).toAbsolutePath().normalize();
		} catch (InvalidPathException e) {
			throw RunStatus.invalid(NLS.bind(Messages.Settings_notAFolder, new Object[] { SHARED_FOLDER, value, e.getMessage(), env }));
		}
		if (!Files.isDirectory(folder)) {
			throw RunStatus.invalid(NLS.bind(Messages.Settings_notAFolder,
					new Object[] { SHARED_FOLDER, value, "no such folder", env })); //$NON-NLS-1$
		}
		if (!Files.isWritable(folder)) {
			throw RunStatus.invalid(NLS.bind(Messages.Settings_notAFolder,
					new Object[] { SHARED_FOLDER, value, "not writable", env })); //$NON-NLS-1$
		}
		return folder;
	}

	private static Path launcher(JobSettings settings) throws CoreException {
		String env = JobSettings.environmentName(LAUNCHER);
		Optional<String> value = settings.get(LAUNCHER);
		if (value.isPresent()) {
			Path launcher;
			try {
				launcher = Path.of(value.get()).toAbsolutePath().normalize();
			} catch (InvalidPathException e) {
				throw RunStatus.invalid(NLS.bind(Messages.Settings_launcherNotExecutable, value.get(), env));
			}
			if (!Files.isRegularFile(launcher) || !Files.isExecutable(launcher)) {
				throw RunStatus.invalid(NLS.bind(Messages.Settings_launcherNotExecutable, value.get(), env));
			}
			return launcher;
		}
		String home = System.getProperty("eclipse.home.location", System.getProperty("osgi.install.area")); //$NON-NLS-1$ //$NON-NLS-2$
		return installedLauncher(home).orElseThrow(() -> RunStatus.invalid(NLS.bind(Messages.Settings_noLauncher,
				installationFolder(home).map(p -> p.resolve(LAUNCHER_NAME).toString())
						.orElse("eclipse.home.location is not set"), //$NON-NLS-1$
				env)));
	}

	/** @return the {@value #LAUNCHER_NAME} launcher of the installation at {@code homeLocation}, when it is there */
	static Optional<Path> installedLauncher(String homeLocation) {
		return installationFolder(homeLocation).map(home -> home.resolve(LAUNCHER_NAME))
				.filter(p -> Files.isRegularFile(p) && Files.isExecutable(p));
	}

	/** @param homeLocation the value of eclipse.home.location, a file: URL */
	static Optional<Path> installationFolder(String homeLocation) {
		if (homeLocation == null || homeLocation.isBlank()) {
			return Optional.empty();
		}
		try {
			URI uri = new URI(homeLocation.replace(" ", "%20")); //$NON-NLS-1$ //$NON-NLS-2$
			return "file".equals(uri.getScheme()) ? Optional.of(Path.of(uri).toAbsolutePath().normalize()) //$NON-NLS-1$
					: Optional.empty();
		} catch (URISyntaxException | IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	private static int pollSeconds(JobSettings settings) throws CoreException {
		Optional<String> value = settings.get(POLL_SECONDS);
		if (value.isEmpty()) {
			return DEFAULT_POLL_SECONDS;
		}
		try {
			int seconds = Integer.parseInt(value.get());
			if (seconds >= 1 && seconds <= 3600) {
				return seconds;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw RunStatus.invalid(NLS.bind(Messages.Settings_badPoll, value.get(), JobSettings.environmentName(POLL_SECONDS)));
	}

	private static Optional<Path> onPath(String command) {
		String path = System.getenv("PATH"); //$NON-NLS-1$
		if (path == null) {
			return Optional.empty();
		}
		for (String dir : path.split(File.pathSeparator)) {
			if (!dir.isEmpty()) {
				Path candidate = Path.of(dir, command);
				if (Files.isExecutable(candidate)) {
					return Optional.of(candidate);
				}
			}
		}
		return Optional.empty();
	}
}
