package org.laserdamage.study.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.laserdamage.materials.BuiltInMaterials;
import org.laserdamage.materials.IMaterialLibrary;
import org.laserdamage.materials.MaterialLibraries;
import org.laserdamage.materials.MaterialSources;
import org.laserdamage.materials.MaterialStoreException;
import org.laserdamage.materials.ui.WorkbenchMaterials;

/**
 * The materials a study may refer to, read once when an editor opens. In the
 * workbench they come from the Materials view's connection to the database
 * ({@link WorkbenchMaterials}), so the editor sees what the view edits;
 * elsewhere the database and the contributed sources are copied into memory
 * and the database closed again at once (an embedded database admits one
 * opener per process). When the database cannot be opened, e.g. because
 * another program holds it, the built-in materials stand in and a warning
 * says so.
 *
 * @param library  the materials, never null
 * @param warning  why the database could not be read, or null
 */
public record StudyMaterials(IMaterialLibrary library, String warning) {

	/** Reads the materials in a job and hands them to {@code whenRead} (in the job's thread). */
	static Job load(Consumer<StudyMaterials> whenRead) {
		Job job = Job.create(Messages.Materials_job, monitor -> {
			whenRead.accept(read());
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
		return job;
	}

	/** @return the workbench's (or the database's) and the contributed materials, or the built-in ones with a warning */
	public static StudyMaterials read() {
		Consumer<IStatus> log = ILog.of(StudyMaterials.class)::log;
		List<String> warnings = new ArrayList<>();
		try {
			IMaterialLibrary library = WorkbenchMaterials.library(p -> {
				if (p.getSeverity() >= IStatus.WARNING) {
					warnings.add(p.getMessage());
				}
			});
			return new StudyMaterials(library, warnings.isEmpty() ? null : String.join("; ", warnings)); //$NON-NLS-1$
		} catch (MaterialStoreException | RuntimeException e) {
			String warning = NLS.bind(Messages.Materials_fallback, e.getMessage());
			ILog.of(StudyMaterials.class).warn(warning, e);
			IMaterialLibrary all = MaterialSources.all(BuiltInMaterials.load(), log);
			return new StudyMaterials(MaterialLibraries.of(all.name(), all.materials()), warning);
		}
	}
}
