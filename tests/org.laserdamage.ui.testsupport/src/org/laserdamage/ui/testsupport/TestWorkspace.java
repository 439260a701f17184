package org.laserdamage.ui.testsupport;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.laserdamage.study.ui.internal.validation.ProblemMarkers;

/** Projects and study files in the test workspace. */
public final class TestWorkspace {

	private static final AtomicInteger COUNT = new AtomicInteger();

	private TestWorkspace() {
	}

	/** The repository's examples; Tycho runs tests in the test bundle's folder. */
	public static Path examples() {
		return Path.of("../../examples").toAbsolutePath().normalize(); //$NON-NLS-1$
	}

	/** @return a new, open project named {@code prefix-N} */
	public static IProject newProject(String prefix) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(prefix + '-' + COUNT.incrementAndGet());
		project.create(null);
		project.open(null);
		return project;
	}

	/** @return a new project holding a copy of the example study {@code example} */
	public static IFile copyOfExample(String example) throws Exception {
		IFile file = newProject("study").getFile(example); //$NON-NLS-1$
		try (InputStream in = Files.newInputStream(examples().resolve(example))) {
			file.create(in, true, null);
		}
		return file;
	}

	/** Waits until the problem markers reflect the latest validation. */
	public static void joinMarkerJobs() throws InterruptedException {
		Job.getJobManager().join(ProblemMarkers.FAMILY, null);
	}
}
