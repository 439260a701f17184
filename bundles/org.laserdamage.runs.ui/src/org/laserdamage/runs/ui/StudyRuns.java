package org.laserdamage.runs.ui;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.laserdamage.results.RunDirectory;

/**
 * Where the runs of a study live: a folder {@code <study>.runs} beside the
 * study file, holding one folder per run named by its UTC start time
 * ({@code 20261126-093015}); failed and cancelled runs keep their partial
 * results in a sibling named {@code <run>.failed-…} or {@code <run>.cancelled-…}
 * (see {@link org.laserdamage.core.RunStudyOperation}).
 */
public final class StudyRuns {

	public static final String STUDY_EXTENSION = "ldsim"; //$NON-NLS-1$
	public static final String RUNS_SUFFIX = ".runs"; //$NON-NLS-1$

	/** What is in a run folder. */
	public enum Kind {
		/** Has {@code summary.json}: the run finished. */
		COMPLETE,
		/** Kept from a failed run. */
		FAILED,
		/** Kept from a cancelled run. */
		CANCELLED,
		/** Results an earlier run wrote to the same folder, moved aside. */
		PREVIOUS,
		/** Still being written, or left by a process that died. */
		INCOMPLETE,
		/** A comparison of solvers ({@value #COMPARISON_SUFFIX}): one run per solver and comparison.html. */
		COMPARISON
	}

	/** The end of the name of a comparison's folder among a study's runs. */
	public static final String COMPARISON_SUFFIX = "-compare"; //$NON-NLS-1$

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss") //$NON-NLS-1$
			.withZone(ZoneOffset.UTC);

	private StudyRuns() {
	}

	public static boolean isStudy(IResource resource) {
		return resource instanceof IFile && STUDY_EXTENSION.equals(resource.getFileExtension());
	}

	/** @return the folder that holds the runs of {@code study} (it may not exist yet) */
	public static IFolder runsFolder(IFile study) {
		String name = study.getFullPath().removeFileExtension().lastSegment() + RUNS_SUFFIX;
		return study.getParent().getFolder(IPath.fromPortableString(name));
	}

	public static boolean isRunsFolder(IResource resource) {
		return resource instanceof IFolder && resource.getName().endsWith(RUNS_SUFFIX)
				&& studyOf((IFolder) resource).exists();
	}

	/** @return whether {@code resource} is the folder of one run of a study */
	public static boolean isRun(IResource resource) {
		return resource instanceof IFolder && resource.getParent() instanceof IFolder runs && isRunsFolder(runs);
	}

	/** @return the study file whose runs {@code runsFolder} holds */
	public static IFile studyOf(IFolder runsFolder) {
		String name = runsFolder.getName();
		String base = name.substring(0, name.length() - RUNS_SUFFIX.length());
		return runsFolder.getParent().getFile(IPath.fromPortableString(base + '.' + STUDY_EXTENSION));
	}

	/**
	 * Claims a folder for a new run started at {@code started}: it is created
	 * on disk at once (empty), so two runs of the study that start in the same
	 * second get different folders. A run that publishes no results gives the
	 * empty folder back with {@link #releaseIfEmpty(IFolder)}.
	 *
	 * @throws IOException when the folder cannot be created
	 */
	public static IFolder newRun(IFile study, Instant started) throws IOException {
		IFolder runs = runsFolder(study);
		IPath location = runs.getLocation();
		if (location == null) {
			throw new IOException(study.getFullPath() + " is not on the local disk"); //$NON-NLS-1$
		}
		Files.createDirectories(location.toPath());
		String stamp = STAMP.format(started);
		for (int i = 1;; i++) {
			String name = i == 1 ? stamp : stamp + '-' + i;
			try {
				Files.createDirectory(location.toPath().resolve(name));
				return runs.getFolder(name);
			} catch (FileAlreadyExistsException e) {
				// taken by another run of this study: try the next name
			}
		}
	}

	/** Deletes a run folder that is still empty (the run failed or was cancelled before publishing). */
	public static void releaseIfEmpty(IFolder run) {
		IPath location = run.getLocation();
		if (location == null) {
			return;
		}
		try {
			Files.delete(location.toPath());
		} catch (DirectoryNotEmptyException | NoSuchFileException e) {
			// published results, or already gone: keep as it is
		} catch (IOException e) {
			ILog.of(StudyRuns.class).warn("Cannot remove the empty run folder " + location, e); //$NON-NLS-1$
		}
	}

	/** @return the run folders of {@code study}, newest first; empty when it has none */
	public static List<IFolder> runs(IFile study) throws CoreException {
		IFolder runs = runsFolder(study);
		List<IFolder> folders = new ArrayList<>();
		if (!runs.exists()) {
			return folders;
		}
		for (IResource member : runs.members()) {
			if (member instanceof IFolder folder) {
				folders.add(folder);
			}
		}
		folders.sort(Comparator.comparing(IResource::getName).reversed());
		return folders;
	}

	public static Kind kind(IContainer run) {
		String name = run.getName();
		if (name.contains(".failed-")) { //$NON-NLS-1$
			return Kind.FAILED;
		}
		if (name.contains(".cancelled-")) { //$NON-NLS-1$
			return Kind.CANCELLED;
		}
		if (name.contains(".previous-")) { //$NON-NLS-1$
			return Kind.PREVIOUS;
		}
		if (name.endsWith(COMPARISON_SUFFIX)) {
			return Kind.COMPARISON;
		}
		return run.getFile(IPath.fromPortableString(RunDirectory.SUMMARY)).exists() ? Kind.COMPLETE : Kind.INCOMPLETE;
	}
}
