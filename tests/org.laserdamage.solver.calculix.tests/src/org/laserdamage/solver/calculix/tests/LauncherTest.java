package org.laserdamage.solver.calculix.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laserdamage.solver.SolverRegistry;
import org.laserdamage.solver.calculix.CalculixSolver;
import org.laserdamage.solver.calculix.internal.CcxExecutable;

/** Finding, failing and cancelling ccx. */
class LauncherTest {

	/** Cancels as soon as some work is reported. */
	static final class CancellingMonitor extends NullProgressMonitor {
		int total;
		int worked;

		@Override
		public void beginTask(String name, int totalWork) {
			total = totalWork;
		}

		@Override
		public void worked(int work) {
			worked += work;
			if (worked >= 1) {
				setCanceled(true);
			}
		}
	}

	static Path realCcx() throws CoreException {
		return CcxExecutable.resolve(null, System.getenv("PATH"), CalculixSolver.ID);
	}

	@Test
	void isContributedToTheSolverExtensionPoint() throws CoreException {
		var descriptor = SolverRegistry.find(CalculixSolver.ID).orElseThrow();
		assertEquals("CalculiX (ccx)", descriptor.name());
		assertTrue(descriptor.create() instanceof CalculixSolver);
	}

	@Test
	void aDeckCcxRejectsFailsWithTheLogsErrorLine(@TempDir Path dir) throws Exception {
		// ccx on a job whose input is missing: exit code 0, an *ERROR line, no "Job finished" (PHYSICS.md)
		Path wrapper = script(dir.resolve("ccx-missing-input"), "exec " + realCcx() + " -i no-such-job\n");
		Path run = Files.createDirectory(dir.resolve("run"));
		CoreException e = assertThrows(CoreException.class, () -> new CalculixSolver(wrapper.toString())
				.solve(FiniteSlabTest.slab("bad deck", 10, 0.1, 0.01), new Recorder(run), new NullProgressMonitor()));
		String message = e.getStatus().getMessage();
		System.out.println("failing deck: " + message);
		String log = Files.readString(run.resolve(CalculixSolver.LOG), StandardCharsets.UTF_8);
		String errorLine = log.lines().filter(l -> l.contains("*ERROR")).findFirst().orElseThrow().trim();
		assertTrue(message.contains(errorLine), "message names the log's error line: " + message);
		assertTrue(message.contains(run.resolve(CalculixSolver.LOG).toString()), "message names the log");
	}

	@Test
	void cancellingKillsCcx(@TempDir Path dir) throws Exception {
		CancellingMonitor monitor = new CancellingMonitor();
		Recorder recorder = new Recorder(dir);
		long started = System.nanoTime();
		assertThrows(OperationCanceledException.class, () -> new CalculixSolver()
				.solve(FiniteSlabTest.slab("cancelled", 100, 200, 1e-3), recorder, monitor));
		double seconds = (System.nanoTime() - started) * 1e-9;
		long left = ProcessHandle.current().descendants().filter(p -> p.isAlive()).count();
		double reached = recorder.snapshots.get(recorder.snapshots.size() - 1).time();
		System.out.printf("cancel: after %.2f s wall, results up to t = %.3f s of 200 s, %d child processes left%n",
				seconds, reached, left);
		assertEquals(0, left, "ccx and its children are gone");
		assertTrue(reached < 100, "cancelled early, at t = " + reached);
	}

	@Test
	void aMissingExecutableNamesTheSetting(@TempDir Path dir) {
		CoreException configured = assertThrows(CoreException.class,
				() -> new CalculixSolver(dir.resolve("ccx").toString()).solve(FiniteSlabTest.slab("no ccx", 10, 0.1, 0.01),
						new Recorder(), new NullProgressMonitor()));
		System.out.println("missing ccx (configured): " + configured.getStatus().getMessage());
		assertTrue(configured.getStatus().getMessage().contains(dir.resolve("ccx").toString()));
		String previous = System.clearProperty(CcxExecutable.PROPERTY);
		try {
			CoreException onPath = assertThrows(CoreException.class,
					() -> CcxExecutable.resolve(null, dir.toString(), CalculixSolver.ID));
			String message = onPath.getStatus().getMessage();
			System.out.println("missing ccx (PATH): " + message);
			assertTrue(message.contains(CcxExecutable.PROPERTY) && message.contains("calculix-ccx"), message);
		} finally {
			if (previous != null) {
				System.setProperty(CcxExecutable.PROPERTY, previous);
			}
		}
	}

	private static Path script(Path file, String body) throws IOException {
		Files.writeString(file, "#!/bin/sh\n" + body, StandardCharsets.UTF_8);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
		return file;
	}
}
