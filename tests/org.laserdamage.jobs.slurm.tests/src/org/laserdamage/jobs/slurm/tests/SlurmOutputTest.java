package org.laserdamage.jobs.slurm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.OptionalInt;

import org.laserdamage.jobs.slurm.internal.BatchScript;
import org.laserdamage.jobs.slurm.internal.NodeProgress;
import org.laserdamage.jobs.slurm.internal.Sbatch;
import org.laserdamage.jobs.slurm.internal.ScontrolJob;
import org.laserdamage.jobs.slurm.internal.SlurmStates;
import org.laserdamage.jobs.slurm.internal.SlurmStates.Ending;
import org.laserdamage.jobs.slurm.internal.SqueueLine;

/**
 * Reading what sbatch, squeue and scontrol print, on outputs recorded from the
 * real Slurm 22.05.8 of releng/scripts/start-test-slurm.sh (see
 * recorded/README.md), and the sbatch command line and batch script of an
 * attempt.
 */
class SlurmOutputTest {

	@TempDir
	Path tmp;

	private static String recorded(String name) throws IOException {
		return Files.readString(Path.of("recorded", name), StandardCharsets.UTF_8); //$NON-NLS-1$
	}

	private static SqueueLine squeue(String name) throws IOException {
		return SqueueLine.parse(recorded(name)).orElseThrow();
	}

	@Test
	void squeueSaysWhyAJobIsPending() throws IOException {
		SqueueLine licences = squeue("squeue-pending-licenses.txt"); //$NON-NLS-1$
		assertEquals("3", licences.jobId()); //$NON-NLS-1$
		assertTrue(licences.isPending());
		assertEquals("Licenses", licences.reason()); //$NON-NLS-1$
		assertEquals("", licences.nodes()); //$NON-NLS-1$
		assertEquals("BeginTime", squeue("squeue-pending-begintime.txt").reason()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("Resources", squeue("squeue-pending-resources.txt").reason()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("JobHeldUser", squeue("squeue-pending-held.txt").reason()); //$NON-NLS-1$ //$NON-NLS-2$
		for (String name : List.of("squeue-pending-licenses.txt", "squeue-pending-held.txt")) { //$NON-NLS-1$ //$NON-NLS-2$
			assertTrue(SlurmStates.isActive(squeue(name).state()), name);
		}
	}

	@Test
	void squeueNamesTheNodeOfARunningJobAndNothingOnceItEnded() throws IOException {
		SqueueLine running = squeue("squeue-running.txt"); //$NON-NLS-1$
		assertEquals(SlurmStates.RUNNING, running.state());
		assertFalse(running.isPending());
		assertEquals("localhost", running.nodes()); //$NON-NLS-1$
		assertTrue(SlurmStates.isActive(running.state()));
		assertEquals(Optional.empty(), SqueueLine.parse(recorded("squeue-finished.txt"))); //$NON-NLS-1$
	}

	@Test
	void aReasonWithBlanksIsKeptWhole() {
		SqueueLine line = SqueueLine.parse("42|PENDING||ReqNodeNotAvail, UnavailableNodes:n[1-2]\n").orElseThrow(); //$NON-NLS-1$
		assertEquals("ReqNodeNotAvail, UnavailableNodes:n[1-2]", line.reason()); //$NON-NLS-1$
	}

	@Test
	void otherOutputIsNotTakenForAJob() {
		assertThrows(IllegalArgumentException.class, () -> SqueueLine.parse("             JOBID PARTITION     NAME")); //$NON-NLS-1$
		assertThrows(IllegalArgumentException.class, () -> ScontrolJob.parse("slurm_load_jobs error: Invalid job id specified")); //$NON-NLS-1$
	}

	@Test
	void scontrolTellsHowAJobEnded() throws IOException {
		ScontrolJob completed = ScontrolJob.parse(recorded("scontrol-completed.txt")); //$NON-NLS-1$
		assertEquals("1", completed.jobId()); //$NON-NLS-1$
		assertEquals(SlurmStates.COMPLETED, completed.state());
		assertEquals(0, completed.exitCode());
		assertEquals("localhost", completed.nodes()); //$NON-NLS-1$
		assertEquals("localhost:4663", completed.get("AllocNode:Sid"), "keys with colons"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(Ending.SUCCEEDED, SlurmStates.ending(completed.state(), completed.exitCode()));

		ScontrolJob failed = ScontrolJob.parse(recorded("scontrol-failed.txt")); //$NON-NLS-1$
		assertEquals("FAILED", failed.state()); //$NON-NLS-1$
		assertEquals("NonZeroExitCode", failed.reason()); //$NON-NLS-1$
		assertEquals(3, failed.exitCode());
		assertEquals("/tmp/ldslurm-try/shared/fail.err", failed.get("StdErr")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(Ending.FAILED, SlurmStates.ending(failed.state(), failed.exitCode()));

		ScontrolJob cancelled = ScontrolJob.parse(recorded("scontrol-cancelled-running.txt")); //$NON-NLS-1$
		assertEquals("CANCELLED", cancelled.state()); //$NON-NLS-1$
		assertEquals(15, cancelled.signal(), "scancel's SIGTERM"); //$NON-NLS-1$
		assertEquals(Ending.CANCELLED, SlurmStates.ending(cancelled.state(), cancelled.exitCode()));
		ScontrolJob cancelledPending = ScontrolJob.parse(recorded("scontrol-cancelled-pending.txt")); //$NON-NLS-1$
		assertEquals("Licenses", cancelledPending.reason()); //$NON-NLS-1$
		assertFalse(SlurmStates.isActive(cancelledPending.state()));

		ScontrolJob timeout = ScontrolJob.parse(recorded("scontrol-timeout.txt")); //$NON-NLS-1$
		assertEquals("TimeLimit", timeout.reason()); //$NON-NLS-1$
		assertEquals(Ending.TIME_LIMIT, SlurmStates.ending(timeout.state(), timeout.exitCode()));

		ScontrolJob nodeFail = ScontrolJob.parse(recorded("scontrol-nodefail.txt")); //$NON-NLS-1$
		assertEquals("NODE_FAIL", nodeFail.state()); //$NON-NLS-1$
		assertEquals("NodeDown", nodeFail.reason()); //$NON-NLS-1$
		assertEquals("0", nodeFail.get("Restarts"), "--no-requeue: Slurm did not run it again"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(Ending.LOST, SlurmStates.ending(nodeFail.state(), nodeFail.exitCode()));
	}

	@Test
	void aCompletedJobWithANonZeroExitFailed() {
		assertEquals(Ending.FAILED, SlurmStates.ending("COMPLETED", 2)); //$NON-NLS-1$
		assertEquals(Ending.FAILED, SlurmStates.ending("OUT_OF_MEMORY", 0)); //$NON-NLS-1$
		assertEquals(Ending.LOST, SlurmStates.ending("BOOT_FAIL", 0)); //$NON-NLS-1$
	}

	@Test
	void sbatchPrintsTheJobIdOrSaysWhyItRefused() throws IOException {
		assertEquals("7", Sbatch.jobId(recorded("sbatch-parsable.txt"))); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("12", Sbatch.jobId("12;cluster-b\n")); //$NON-NLS-1$ //$NON-NLS-2$
		assertThrows(IllegalArgumentException.class, () -> Sbatch.jobId("Submitted batch job 12")); //$NON-NLS-1$
		assertTrue(Sbatch.isRefusal(recorded("sbatch-bad-partition.stderr.txt"))); //$NON-NLS-1$
		assertTrue(Sbatch.isRefusal(recorded("sbatch-bad-license.stderr.txt"))); //$NON-NLS-1$
		assertFalse(Sbatch.isRefusal("sbatch: error: Batch job submission failed: Unable to contact slurm controller (connect failure)"), //$NON-NLS-1$
				"an unreachable controller is worth another attempt"); //$NON-NLS-1$
	}

	@Test
	void theCommandLineAsksForWhatTheSettingsAndTheJobSay() {
		Sbatch.Request request = new Sbatch.Request(Path.of("/s/j/attempt-1.sbatch"), "laserdamage-j", Path.of("/s/j"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				Path.of("/s/j/o.log"), Path.of("/s/j/e.log"), "debug", "", "ansys:1", Duration.ofSeconds(61)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		assertEquals(List.of("--parsable", "--no-requeue", "--job-name=laserdamage-j", "--chdir=/s/j", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"--output=/s/j/o.log", "--error=/s/j/e.log", "--partition=debug", "--licenses=ansys:1", "--time=2", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				"/s/j/attempt-1.sbatch"), Sbatch.arguments(request)); //$NON-NLS-1$
		Sbatch.Request plain = new Sbatch.Request(Path.of("/s/x"), "n", Path.of("/s"), Path.of("/o"), Path.of("/e"), "", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				"acct", "", Duration.ZERO); //$NON-NLS-1$ //$NON-NLS-2$
		List<String> args = Sbatch.arguments(plain);
		assertTrue(args.contains("--account=acct"), args.toString()); //$NON-NLS-1$
		assertFalse(args.stream().anyMatch(a -> a.startsWith("--partition") || a.startsWith("--time") //$NON-NLS-1$ //$NON-NLS-2$
				|| a.startsWith("--licenses")), args.toString()); //$NON-NLS-1$
	}

	/** The lines job-attempt's console monitor prints at every tenth when its output is a file. */
	@Test
	void theNodesProgressIsItsLastPercentage() {
		String output = "Attempt 1 of job 20261202-1 (org.laserdamage.solver.builtin) into /s/j/attempt-1\n" //$NON-NLS-1$
				+ "Running Al 6061-T6 plate, 1 kW CW: 0%\nRunning Al 6061-T6 plate, 1 kW CW: 10%\n" //$NON-NLS-1$
				+ "Running Al 6061-T6 plate, 1 kW CW: 40%\n"; //$NON-NLS-1$
		assertEquals(OptionalInt.of(40), NodeProgress.percent(output));
		assertEquals(OptionalInt.of(100), NodeProgress.percent(output + "Running x: 100%\npeak temperature 460 K\n")); //$NON-NLS-1$
		assertEquals(OptionalInt.empty(), NodeProgress.percent("no progress yet\n")); //$NON-NLS-1$
		assertEquals(OptionalInt.empty(), NodeProgress.percent("")); //$NON-NLS-1$
	}

	@Test
	void theBatchScriptRunsJobAttemptWithOddPathsAndKeepsItsExitCode() throws Exception {
		Path folder = Files.createDirectories(tmp.resolve("it's a job")); //$NON-NLS-1$
		Path launcher = tmp.resolve("launch $(x) \"q\""); //$NON-NLS-1$
		Files.writeString(launcher, "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$(dirname \"$0\")/args.txt\"\nexit 5\n"); //$NON-NLS-1$
		launcher.toFile().setExecutable(true);
		Path exit = folder.resolve("attempt-2.exit"); //$NON-NLS-1$
		Path script = tmp.resolve("attempt-2.sbatch"); //$NON-NLS-1$
		Files.writeString(script, BatchScript.text(launcher, folder, 2, exit, "a test\nsecond line")); //$NON-NLS-1$
		Process p = new ProcessBuilder("/bin/sh", script.toString()).inheritIO().start(); //$NON-NLS-1$
		assertEquals(5, p.waitFor(), "the script ends as job-attempt did"); //$NON-NLS-1$
		assertEquals(List.of("job-attempt", "--job-folder", folder.toString(), "--attempt", "2"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				Files.readAllLines(tmp.resolve("args.txt"))); //$NON-NLS-1$
		assertEquals("5", Files.readString(exit).strip()); //$NON-NLS-1$
	}
}
