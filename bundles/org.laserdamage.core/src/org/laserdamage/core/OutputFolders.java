package org.laserdamage.core;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.osgi.util.NLS;

/**
 * Refuses output folders that a run must never move aside or write into,
 * before any work is done. A run moves the previous contents of its output
 * folder aside; for the current directory, the study's own folder or the
 * material database that would move the user's work away.
 */
public final class OutputFolders {

	private OutputFolders() {
	}

	/**
	 * @param out       the output folder as given (may be relative to the working directory)
	 * @param studyFile the study that is run, or null
	 * @param guarded   folders whose contents a run must not move or write into (e.g. the data
	 *                  directory with the material database, the installation); each is refused
	 *                  with everything inside it and every folder that contains it
	 * @return the absolute, normalized output folder
	 * @throws CoreException an {@link RunStatus#INVALID_INPUT} naming the folder and the fix
	 */
	public static Path check(String out, Path studyFile, List<Path> guarded) throws CoreException {
		if (out == null || out.isBlank()) {
			throw refused(out == null ? "" : out, Messages.Out_empty); //$NON-NLS-1$
		}
		Path folder;
		try {
			folder = real(Path.of(out));
		} catch (InvalidPathException e) {
			throw refused(out, Messages.Out_badName);
		}
		if (folder.getParent() == null) {
			throw refused(out, Messages.Out_root);
		}
		Path home = Path.of(System.getProperty("user.home", "/")); //$NON-NLS-1$ //$NON-NLS-2$
		if (folder.equals(real(home))) {
			throw refused(out, Messages.Out_home);
		}
		if (real(Path.of("")).startsWith(folder)) { //$NON-NLS-1$
			throw refused(out, Messages.Out_workingDirectory);
		}
		if (studyFile != null) {
			Path study = real(studyFile);
			if (study.equals(folder)) {
				throw refused(out, Messages.Out_studyFile);
			}
			if (study.startsWith(folder)) {
				throw refused(out, NLS.bind(Messages.Out_holdsStudy, studyFile));
			}
		}
		for (Path g : guarded.stream().filter(Objects::nonNull).toList()) {
			Path protectedFolder = real(g);
			if (folder.startsWith(protectedFolder) || protectedFolder.startsWith(folder)) {
				throw refused(out, NLS.bind(Messages.Out_guarded, g));
			}
		}
		if (isMountPoint(folder)) {
			throw refused(out, NLS.bind(Messages.Out_mountPoint, out));
		}
		if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(folder)) {
			throw refused(out, Messages.Out_notAFolder);
		}
		return folder;
	}

	/**
	 * Finds the first existing ancestor of {@code folder}'s parent and checks that a
	 * run can create folders there. Missing folders in between are created.
	 *
	 * @throws CoreException an {@link RunStatus#INVALID_INPUT} naming the folder that cannot be written
	 */
	public static void prepareParent(Path folder) throws CoreException {
		Path parent = folder.getParent();
		Path existing = parent;
		while (existing != null && !Files.exists(existing)) {
			existing = existing.getParent();
		}
		if (existing == null || !Files.isDirectory(existing)) {
			throw RunStatus.invalid(NLS.bind(Messages.Out_parentNotFolder, folder, existing));
		}
		if (!Files.isWritable(existing)) {
			throw RunStatus.invalid(NLS.bind(Messages.Out_readOnly, folder, existing));
		}
		try {
			Files.createDirectories(parent);
		} catch (IOException e) {
			throw RunStatus.invalid(NLS.bind(Messages.Out_cannotCreate, new Object[] { folder, parent, e.getMessage() }));
		}
		if (!Files.isWritable(parent)) {
			throw RunStatus.invalid(NLS.bind(Messages.Out_readOnly, folder, parent));
		}
	}

	private static CoreException refused(String out, String why) {
		return RunStatus.invalid(NLS.bind(Messages.Out_refused, out, why));
	}

	/** Absolute and normalized, with symbolic links of the existing part resolved. */
	private static Path real(Path path) {
		Path absolute = path.toAbsolutePath().normalize();
		Path existing = absolute;
		List<Path> missing = new ArrayList<>();
		while (existing != null && !Files.exists(existing)) {
			missing.add(0, existing.getFileName());
			existing = existing.getParent();
		}
		if (existing == null) {
			return absolute;
		}
		try {
			Path resolved = existing.toRealPath();
			for (Path name : missing) {
				resolved = resolved.resolve(name);
			}
			return resolved;
		} catch (IOException e) {
			return absolute;
		}
	}

	private static boolean isMountPoint(Path folder) {
		if (!Files.isDirectory(folder) || folder.getParent() == null) {
			return false;
		}
		try {
			FileStore own = Files.getFileStore(folder);
			FileStore parent = Files.getFileStore(folder.getParent());
			return !own.equals(parent);
		} catch (IOException e) {
			return false;
		}
	}
}
