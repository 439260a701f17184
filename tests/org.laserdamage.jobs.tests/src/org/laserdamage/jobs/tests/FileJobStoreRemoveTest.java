package org.laserdamage.jobs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laserdamage.core.RunState;
import org.laserdamage.core.RunStatus;
import org.laserdamage.jobs.FileJobStore;
import org.laserdamage.jobs.Job;
import org.laserdamage.jobs.JobSpec;
import org.laserdamage.materials.IMaterialLibrary;
import org.laserdamage.materials.BuiltInMaterials;
import org.laserdamage.model.Study;
import org.laserdamage.model.io.StudyIO;

/** Removing a job from the job list (the Jobs view's Remove Finished): only once it has ended, with its whole folder. */
class FileJobStoreRemoveTest {

	@TempDir
	Path tmp;

	@Test
	void aFinishedJobIsRemovedWithItsFolderAndAnUnfinishedOneIsKept() throws Exception {
		FileJobStore store = new FileJobStore(tmp.resolve("jobs")); //$NON-NLS-1$
		Study study = StudyIO.load(Paths.get("../../examples/al6061-cw-1kW.ldsim")); //$NON-NLS-1$
		IMaterialLibrary library = BuiltInMaterials.load();
		Job job = store.create(study, List.of(library.find(study.getTarget().getLayers().get(0).getMaterialId()).orElseThrow()),
				JobSpec.local("org.laserdamage.solver.builtin")); //$NON-NLS-1$
		Path folder = store.root().resolve(job.id());
		Files.createDirectories(store.attemptFolder(job.id(), 1).resolve("fields")); //$NON-NLS-1$

		CoreException refused = assertThrows(CoreException.class, () -> store.remove(job.id()));
		assertTrue(RunStatus.isInvalidInput(refused.getStatus()));
		assertTrue(refused.getStatus().getMessage().contains("cancel it first"), refused.getStatus().getMessage()); //$NON-NLS-1$
		assertTrue(Files.isDirectory(folder), "a queued job is kept"); //$NON-NLS-1$

		store.update(job.id(), j -> j.inState(RunState.CANCELLED, "cancelled")); //$NON-NLS-1$
		store.remove(job.id());
		assertFalse(Files.exists(folder));
		assertTrue(store.find(job.id()).isEmpty());
		assertEquals(List.of(), store.list());
		store.remove(job.id()); // a job that is gone already: nothing to do
	}
}
