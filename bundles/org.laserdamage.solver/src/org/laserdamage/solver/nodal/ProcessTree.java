package org.laserdamage.solver.nodal;

import java.util.List;

/** Stopping an external code that may have started processes of its own (MPI ranks, solver threads). */
public final class ProcessTree {

	private ProcessTree() {
	}

	/** Kills the process and every process it started, and waits until all are gone. */
	public static void kill(Process process) throws InterruptedException {
		List<ProcessHandle> children = process.descendants().toList();
		children.forEach(ProcessHandle::destroyForcibly);
		process.destroyForcibly();
		process.waitFor();
		for (ProcessHandle child : children) {
			child.onExit().join();
		}
	}
}
