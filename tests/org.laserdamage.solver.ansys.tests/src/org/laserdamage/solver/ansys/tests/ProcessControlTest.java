package org.laserdamage.solver.ansys.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laserdamage.core.RunStatus;
import org.laserdamage.solver.CriterionKind;
import org.laserdamage.solver.FieldSnapshot;
import org.laserdamage.solver.ISolutionListener;
import org.laserdamage.solver.SolverCapabilities;
import org.laserdamage.solver.SolverOptions;
import org.laserdamage.solver.SolverRegistry;
import org.laserdamage.solver.SolverResult;
import org.laserdamage.solver.ThermalProblem;
import org.laserdamage.solver.ansys.AnsysSolver;
import org.laserdamage.solver.ansys.internal.AnsysSettings;
import org.laserdamage.solver.nodal.StepPlan;

/** Launching, failing and cancelling MAPDL, with the fake-ansys of fake/ standing in for it. */
class ProcessControlTest {

	@TempDir
	Path tmp;

	/** Records what the solver reports, in a run directory. */
	static final class Recorder implements ISolutionListener {
		final Path directory;
		final List<Double> times = new ArrayList<>();
		final List<double[]> probes = new ArrayList<>();
		final List<FieldSnapshot> snapshots = new ArrayList<>();
		final Map<CriterionKind, Double> criteria = new java.util.EnumMap<>(CriterionKind.class);

		Recorder(Path directory) {
			this.directory = directory;
		}

		@Override
		public Optional<Path> runDirectory() {
			return Optional.of(directory);
		}

		@Override
		public void probeSample(double time, double[] temperatures) {
			times.add(time);
			probes.add(temperatures.clone());
		}

		@Override
		public void snapshot(FieldSnapshot snapshot) {
			snapshots.add(snapshot);
		}

		@Override
		public void criterionReached(CriterionKind kind, double time) {
			criteria.put(kind, time);
		}
	}

	private AnsysSolver solver(Path executable) throws CoreException {
		AnsysSolver solver = new AnsysSolver(name -> null);
		solver.configure(new SolverOptions(Map.of(AnsysSolver.OPTION_EXECUTABLE, executable.toString(),
				AnsysSolver.OPTION_LICENSE_SERVER, "1055@licsrv", AnsysSolver.OPTION_PROCESSORS, "2"))); //$NON-NLS-1$ //$NON-NLS-2$
		return solver;
	}

	/**
	 * A result table as the deck's *VWRITE writes it, for a field the test makes up (fake-ansys cannot solve):
	 * every node at 300 K + 4000 K/s · t, two sets per load step (its middle and its end).
	 */
	private static Path tables(Path file, ThermalProblem problem, int nodes) throws Exception {
		StringBuilder text = new StringBuilder();
		int set = 0;
		List<StepPlan.Step> steps = StepPlan.of(problem.time(), problem.beam().temporal()).steps();
		for (int s = 0; s < steps.size(); s++) {
			StepPlan.Step step = steps.get(s);
			for (double t : new double[] { 0.5 * (step.start() + step.end()), step.end() }) {
				text.append(String.format(Locale.ROOT, "SET%9d.%9d.%24.15E%n", ++set, s + 1, t)); //$NON-NLS-1$
				for (int n = 1; n <= nodes; n++) {
					text.append(String.format(Locale.ROOT, "%9d.%24.15E%n", n, 300 + 4000 * t)); //$NON-NLS-1$
				}
			}
		}
		text.append(String.format(Locale.ROOT, "END%9d.%n", set)); //$NON-NLS-1$
		return Files.writeString(file, text.toString(), StandardCharsets.US_ASCII);
	}

	@Test
	void aCompletedRunIsReadBackIntoTheCommonResults() throws Exception {
		ThermalProblem problem = Studies.gaussianMelting();
		Path table = tables(tmp.resolve("made-up-table.txt"), problem, 4 * 3); //$NON-NLS-1$
		Path run = Files.createDirectory(tmp.resolve("run")); //$NON-NLS-1$
		Recorder recorder = new Recorder(run);
		SolverResult result = solver(Fakes.ansys(tmp, "--copy", table.toString())) //$NON-NLS-1$
				.solve(problem, recorder, new NullProgressMonitor());
		String log = Files.readString(run.resolve(AnsysSolver.LOG), StandardCharsets.UTF_8);
		assertTrue(log.contains("licence server 1055@licsrv"), "ANSYSLMD_LICENSE_FILE reaches MAPDL: " + log); //$NON-NLS-1$
		assertTrue(Files.readString(run.resolve("ansys/job.inp")).contains("ET,1,PLANE55"), "the deck is kept"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(List.of(0.0, 0.05, 0.1, 0.125, 0.15, 0.175, 0.2), recorder.times, "time 0 and every set");
		assertEquals(300 + 4000 * 0.15, recorder.probes.get(4)[1], 1e-9, "probe 'back' at t = 0.15 s");
		// linear in time, so the criteria's interpolated crossings are exact
		assertEquals((800 - 300) / 4000.0, recorder.criteria.get(CriterionKind.PEAK_TEMPERATURE), 1e-9);
		assertEquals((850 - 300) / 4000.0, recorder.criteria.get(CriterionKind.MELT_ONSET), 1e-9);
		// melt-through interpolates the back cell's liquid fraction between sets: 0 at 0.125 s (800 K), 1 at 0.15 s (900 K)
		assertEquals(0.1375, recorder.criteria.get(CriterionKind.MELT_THROUGH), 1e-9, "liquid fraction 0.5");
		assertEquals(1100, result.peakTemperature(), 1e-9);
		assertEquals(0.2, result.finalTime(), 1e-12);
		assertEquals(6, result.steps());
		assertEquals(3, result.iterations(), "CUM ITER of the output");
		assertEquals(AnsysSolver.ID, result.solverId());
		assertTrue(recorder.snapshots.stream().anyMatch(s -> s.time() == 0.1), "a snapshot at the output time");
	}

	@Test
	void aDeckErrorFailsWithMapdlsMessageAndIsNotRetried() throws Exception {
		Path run = Files.createDirectory(tmp.resolve("run")); //$NON-NLS-1$
		CoreException e = assertThrows(CoreException.class, () -> solver(Fakes.ansys(tmp, "--error", "")) //$NON-NLS-1$ //$NON-NLS-2$
				.solve(Studies.heldFront(), new Recorder(run), new NullProgressMonitor()));
		String message = e.getStatus().getMessage();
		System.out.println("deck error: " + message);
		assertTrue(message.contains("Element 7 (type = 1, PLANE55) is turning inside out. The deck cannot be solved."), message); //$NON-NLS-1$
		assertTrue(message.contains(run.resolve("ansys/job.out").toString()), "names the output file"); //$NON-NLS-1$
		assertFalse(environmentFailure(e.getStatus()));
	}

	@Test
	void aLostLicenceIsAnEnvironmentFailure() throws Exception {
		Path run = Files.createDirectory(tmp.resolve("run")); //$NON-NLS-1$
		CoreException e = assertThrows(CoreException.class, () -> solver(Fakes.ansys(tmp, "--licence-lost", "")) //$NON-NLS-1$ //$NON-NLS-2$
				.solve(Studies.heldFront(), new Recorder(run), new NullProgressMonitor()));
		System.out.println("licence lost: " + e.getStatus().getMessage());
		assertTrue(environmentFailure(e.getStatus()), "retried as ENVIRONMENT_FAILURE");
		assertTrue(e.getStatus().getMessage().contains("Lost connection to the license server 1055@licsrv"), //$NON-NLS-1$
				e.getStatus().getMessage());
	}

	@Test
	void aLicenceCheckoutThatFailsBeforeMapdlWritesAnythingIsAnEnvironmentFailure() throws Exception {
		Path run = Files.createDirectory(tmp.resolve("run")); //$NON-NLS-1$
		CoreException e = assertThrows(CoreException.class, () -> solver(Fakes.ansys(tmp, "--checkout-failed", "")) //$NON-NLS-1$ //$NON-NLS-2$
				.solve(Studies.heldFront(), new Recorder(run), new NullProgressMonitor()));
		assertTrue(environmentFailure(e.getStatus()), e.getStatus().getMessage());
		assertTrue(e.getStatus().getMessage().contains("exit code 1"), e.getStatus().getMessage()); //$NON-NLS-1$
	}

	@Test
	void aRunThatStopsBeforeTheEndOfTheDeckFailsWhateverItsExitCode() throws Exception {
		for (int code : new int[] { 0, 3 }) {
			Path run = Files.createDirectory(tmp.resolve("run" + code)); //$NON-NLS-1$
			CoreException e = assertThrows(CoreException.class, () -> solver(Fakes.ansys(tmp, "--no-end", "" + code)) //$NON-NLS-1$ //$NON-NLS-2$
					.solve(Studies.heldFront(), new Recorder(run), new NullProgressMonitor()));
			String message = e.getStatus().getMessage();
			assertTrue(message.contains("exit code " + code + ") without reaching the end of the deck"), message); //$NON-NLS-1$ //$NON-NLS-2$
			assertFalse(environmentFailure(e.getStatus()));
		}
	}

	@Test
	void cancellingKillsMapdlAndItsChildren() throws Exception {
		Path pids = tmp.resolve("pids"); //$NON-NLS-1$
		Path run = Files.createDirectory(tmp.resolve("run")); //$NON-NLS-1$
		NullProgressMonitor monitor = new NullProgressMonitor() {
			@Override
			public boolean isCanceled() {
				return Files.exists(pids) && !read(pids).isBlank();
			}
		};
		assertThrows(OperationCanceledException.class, () -> solver(Fakes.ansys(tmp, "--sleep", pids.toString())) //$NON-NLS-1$
				.solve(Studies.heldFront(), new Recorder(run), monitor));
		String[] both = read(pids).trim().split("\\s+"); //$NON-NLS-1$
		for (String pid : both) {
			Optional<ProcessHandle> p = ProcessHandle.of(Long.parseLong(pid));
			assertTrue(p.isEmpty() || !p.get().isAlive(), "process " + pid + " is gone");
		}
		assertEquals(2, both.length, "fake-ansys and its child");
	}

	@Test
	void theExecutableComesFromTheRootAndAMissingOneNamesTheOptions() throws Exception {
		AnsysSettings settings = AnsysSettings.of(new SolverOptions(Map.of()),
				Map.of("ANSYS_ROOT", "/opt/ansys_inc/v211")::get); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(Optional.of(Path.of("/opt/ansys_inc/v211/ansys/bin/ansys211")), settings.executable()); //$NON-NLS-1$
		assertEquals(Optional.of(Path.of("/opt/ansys_inc/v211/shared_files/licensing/linx64/lmutil")), settings.lmutil()); //$NON-NLS-1$
		assertEquals("ansys", settings.feature()); //$NON-NLS-1$
		assertEquals(1, settings.processors());
		CoreException derived = assertThrows(CoreException.class, settings::checkedExecutable);
		assertTrue(derived.getStatus().getMessage().contains("/opt/ansys_inc/v211/ansys/bin/ansys211") //$NON-NLS-1$
				&& derived.getStatus().getMessage().contains("option executable"), derived.getStatus().getMessage()); //$NON-NLS-1$
		CoreException none = assertThrows(CoreException.class, () -> new AnsysSolver(name -> null)
				.solve(Studies.heldFront(), new Recorder(tmp), new NullProgressMonitor()));
		System.out.println("no ANSYS: " + none.getStatus().getMessage());
		assertTrue(RunStatus.isInvalidInput(none.getStatus()));
		assertTrue(none.getStatus().getMessage().contains("option root") //$NON-NLS-1$
				&& none.getStatus().getMessage().contains("ANSYS_ROOT"), none.getStatus().getMessage()); //$NON-NLS-1$
		CoreException np = assertThrows(CoreException.class, () -> new AnsysSolver(name -> null)
				.configure(new SolverOptions(Map.of(AnsysSolver.OPTION_PROCESSORS, "many")))); //$NON-NLS-1$
		assertTrue(RunStatus.isInvalidInput(np.getStatus()) && np.getStatus().getMessage().contains("processors")); //$NON-NLS-1$
	}

	@Test
	void isContributedWithItsLicenceAndAnExecutableTheOptionsName() throws Exception {
		var descriptor = SolverRegistry.find(AnsysSolver.ID).orElseThrow();
		assertEquals("ANSYS Mechanical APDL", descriptor.name()); //$NON-NLS-1$
		assertTrue(SolverRegistry.create(AnsysSolver.ID, SolverOptions.NONE) instanceof AnsysSolver);
		SolverCapabilities capabilities = descriptor.capabilities();
		assertTrue(capabilities.requirements().stream().anyMatch(r -> "ansys".equals(r.licenceFeature()))); //$NON-NLS-1$
		assertTrue(capabilities.requirements().stream().anyMatch(r -> "executable".equals(r.option()))); //$NON-NLS-1$
		assertEquals(List.of(), capabilities.check(Studies.gaussianMelting()),
				"the executable is the solver's to find from its options, not the PATH's");
	}

	private static boolean environmentFailure(IStatus status) {
		return RunStatus.PLUGIN_ID.equals(status.getPlugin()) && status.getCode() == RunStatus.ENVIRONMENT_FAILURE;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (java.io.IOException e) {
			return ""; //$NON-NLS-1$
		}
	}
}
