package org.laserdamage.solver.ansys.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laserdamage.core.RunState;
import org.laserdamage.jobs.FileJobStore;
import org.laserdamage.jobs.Job;
import org.laserdamage.jobs.JobRunner;
import org.laserdamage.jobs.JobSpec;
import org.laserdamage.jobs.LocalPlace;
import org.laserdamage.materials.BuiltInMaterials;
import org.laserdamage.model.Study;
import org.laserdamage.model.io.StudyIO;
import org.laserdamage.model.units.FeaturePath;
import org.laserdamage.solver.ansys.AnsysSolver;

/**
 * An ANSYS job in the job model on the local place: WAITING with the licence reason while lmstat counts no
 * free licence, RUNNING once one is free, cancelled with its processes stopped; WAITING with a reason, not a
 * hang, when no licence server is set.
 */
class JobWaitingTest {

	@TempDir
	Path tmp;

	private JobRunner runner;
	private FileJobStore store;

	@AfterEach
	void close() {
		if (runner != null) {
			runner.close();
		}
	}

	/** The steel example as the CalculiX comparison fixes it (fixed absorptivity and emissivities). */
	private static Study steel() throws Exception {
		Study study = StudyIO.load(Paths.get("../../examples/aisi304-cw-1kW.ldsim")); //$NON-NLS-1$
		for (String setting : List.of("laser.absorptivityOverride=0.35", "environment.frontEmissivity=0.3", //$NON-NLS-1$ //$NON-NLS-2$
				"environment.backEmissivity=0.3", "solver.endTime=6ms", "solver.outputInterval=1ms", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"solver.maxTimeStep=1ms", "mesh.radialCells=10", "target.layers[0].axialCells=10")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			FeaturePath.apply(study, setting);
		}
		return study;
	}

	private Job submit(Map<String, String> options) throws Exception {
		store = new FileJobStore(tmp.resolve("jobs")); //$NON-NLS-1$
		runner = new JobRunner(store, List.of(new LocalPlace(1)));
		runner.start();
		return runner.submit(steel(), BuiltInMaterials.load(),
				new JobSpec(AnsysSolver.ID, options, LocalPlace.ID, Duration.ZERO, 1));
	}

	private Job await(String id, Predicate<Job> condition, long seconds) throws Exception {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		Job job = null;
		while (System.nanoTime() < end) {
			job = store.find(id).orElseThrow();
			if (condition.test(job)) {
				return job;
			}
			Thread.sleep(50);
		}
		fail("job " + id + " never got there; it is " + job); //$NON-NLS-1$ //$NON-NLS-2$
		return job;
	}

	@Test
	void waitsForALicenceThenRunsWhenOneIsFreedAndCancelStopsMapdl() throws Exception {
		Path lmutil = Fakes.lmutil(tmp, "all-in-use.txt"); //$NON-NLS-1$
		Path pids = tmp.resolve("pids"); //$NON-NLS-1$
		Path ansys = Fakes.ansys(tmp, "--sleep", pids.toString()); //$NON-NLS-1$
		Job job = submit(Map.of(AnsysSolver.OPTION_EXECUTABLE, ansys.toString(), AnsysSolver.OPTION_LMUTIL,
				lmutil.toString(), AnsysSolver.OPTION_LICENSE_SERVER, "1055@licsrv")); //$NON-NLS-1$
		Job waiting = await(job.id(), j -> j.state() == RunState.WAITING, 30);
		assertEquals("waiting for an ANSYS licence: 4 of 4 in use on 1055@licsrv", waiting.reason()); //$NON-NLS-1$
		Thread.sleep(1500);
		assertEquals(RunState.WAITING, store.find(job.id()).orElseThrow().state(), "still waiting while none is free");

		Fakes.answer(lmutil, "one-free.txt", 0); //$NON-NLS-1$
		await(job.id(), j -> j.state() == RunState.RUNNING, 30);
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (!(Files.exists(pids) && !Files.readString(pids).isBlank()) && System.nanoTime() < end) {
			Thread.sleep(50);
		}
		String[] both = Files.readString(pids, StandardCharsets.UTF_8).trim().split("\\s+"); //$NON-NLS-1$
		runner.cancel(job.id());
		Job cancelled = await(job.id(), j -> j.state().isFinal(), 30);
		assertEquals(RunState.CANCELLED, cancelled.state(), cancelled.reason());
		for (String pid : both) {
			Optional<ProcessHandle> p = ProcessHandle.of(Long.parseLong(pid));
			assertTrue(p.isEmpty() || !p.get().isAlive(), "process " + pid + " is gone");
		}
	}

	@Test
	void aLostLicenceIsRetriedAndADeckErrorIsNot() throws Exception {
		Path lmutil = Fakes.lmutil(tmp, "one-free.txt"); //$NON-NLS-1$
		Path lost = Files.createDirectory(tmp.resolve("lost")); //$NON-NLS-1$
		Map<String, String> options = Map.of(AnsysSolver.OPTION_EXECUTABLE,
				Fakes.ansys(lost, "--licence-lost", "").toString(), AnsysSolver.OPTION_LMUTIL, lmutil.toString(), //$NON-NLS-1$ //$NON-NLS-2$
				AnsysSolver.OPTION_LICENSE_SERVER, "1055@licsrv"); //$NON-NLS-1$
		store = new FileJobStore(tmp.resolve("jobs")); //$NON-NLS-1$
		runner = new JobRunner(store, List.of(new LocalPlace(1)));
		runner.start();
		Job job = runner.submit(steel(), BuiltInMaterials.load(),
				new JobSpec(AnsysSolver.ID, options, LocalPlace.ID, Duration.ZERO, 2));
		Job failed = await(job.id(), j -> j.state().isFinal(), 60);
		System.out.println("licence lost twice: " + failed.reason());
		assertEquals(RunState.FAILED, failed.state());
		assertEquals(2, failed.attempt(), "retried once");
		assertTrue(failed.reason().contains("lost its licence") && failed.reason().contains("after 2 attempts"), //$NON-NLS-1$ //$NON-NLS-2$
				failed.reason());

		Path broken = Files.createDirectory(tmp.resolve("broken")); //$NON-NLS-1$
		Job deck = runner.submit(steel(), BuiltInMaterials.load(), new JobSpec(AnsysSolver.ID,
				Map.of(AnsysSolver.OPTION_EXECUTABLE, Fakes.ansys(broken, "--error", "").toString(), //$NON-NLS-1$ //$NON-NLS-2$
						AnsysSolver.OPTION_LMUTIL, lmutil.toString(), AnsysSolver.OPTION_LICENSE_SERVER, "1055@licsrv"), //$NON-NLS-1$
				LocalPlace.ID, Duration.ZERO, 2));
		Job error = await(deck.id(), j -> j.state().isFinal(), 60);
		assertEquals(RunState.FAILED, error.state());
		assertEquals(1, error.attempt(), "a deck error is not retried: " + error.reason());
	}

	@Test
	void withoutALicenceServerTheJobWaitsSayingWhatToSet() throws Exception {
		// the solver takes an unset licenseServer option from ANSYSLMD_LICENSE_FILE: this machine must not set it
		assertEquals(null, System.getenv("ANSYSLMD_LICENSE_FILE"), "run the tests without ANSYSLMD_LICENSE_FILE"); //$NON-NLS-1$
		Path ansys = Fakes.ansys(tmp, "--error", ""); //$NON-NLS-1$ //$NON-NLS-2$
		Job job = submit(Map.of(AnsysSolver.OPTION_EXECUTABLE, ansys.toString()));
		Job waiting = await(job.id(), j -> j.state() == RunState.WAITING, 30);
		System.out.println("no licence server: " + waiting.reason());
		assertTrue(waiting.reason().startsWith("waiting for an ANSYS licence server: none is set") //$NON-NLS-1$
				&& waiting.reason().contains("ANSYSLMD_LICENSE_FILE"), waiting.reason()); //$NON-NLS-1$
		runner.cancel(job.id());
		assertEquals(RunState.CANCELLED, await(job.id(), j -> j.state().isFinal(), 10).state());
	}
}
