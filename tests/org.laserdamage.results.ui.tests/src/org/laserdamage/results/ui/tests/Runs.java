package org.laserdamage.results.ui.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.laserdamage.core.RunStudyOperation;
import org.laserdamage.core.StudyPreparation;
import org.laserdamage.materials.IMaterialLibrary;
import org.laserdamage.materials.IMaterialStore;
import org.laserdamage.materials.MaterialLibraries;
import org.laserdamage.materials.MaterialSources;
import org.laserdamage.materials.store.MaterialStores;

/**
 * A real run directory, solved once per test JVM the way the command line
 * does it: the AISI 304 example on a coarse mesh, which melts through within
 * a few seconds of computing.
 */
final class Runs {

	private static Path finished;

	private Runs() {
	}

	/** The repository's examples; Tycho runs tests in the test bundle's folder. */
	static Path examples() {
		return Path.of("../../examples").toAbsolutePath().normalize(); //$NON-NLS-1$
	}

	/** @return the finished run (solved on first use); do not change it */
	static synchronized Path finished() throws Exception {
		if (finished == null) {
			Path out = Files.createTempDirectory(Path.of("target"), "run-").resolve("aisi304"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			IMaterialLibrary library;
			// a database of its own: the workbench's Materials view holds the default one open
			try (IMaterialStore store = MaterialStores.openDerby(Path.of("target/run-materials").toAbsolutePath())) { //$NON-NLS-1$
				IMaterialLibrary all = MaterialSources.all(store, status -> {
					throw new AssertionError(status.getMessage());
				});
				library = MaterialLibraries.of(all.name(), all.materials());
			}
			StudyPreparation.Prepared prepared = StudyPreparation.prepare(examples().resolve("aisi304-cw-1kW.ldsim"), //$NON-NLS-1$
					List.of("mesh.radialCells=30", "target.layers[0].axialCells=10", "solver.outputInterval=0.05"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					library);
			new RunStudyOperation(prepared.study(), prepared.file(), out, library, prepared.warnings())
					.execute(new NullProgressMonitor());
			finished = out.toAbsolutePath().normalize();
		}
		return finished;
	}

	/** @return a copy of the finished run in {@code target} */
	static Path copy(Path target) throws Exception {
		Path source = finished();
		try (Stream<Path> files = Files.walk(source)) {
			files.forEach(file -> {
				try {
					Files.copy(file, target.resolve(source.relativize(file).toString()));
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
		return target;
	}
}
