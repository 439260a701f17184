package org.laserdamage.solver.calculix;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.laserdamage.solver.GradedMesh;
import org.laserdamage.solver.ISolutionListener;
import org.laserdamage.solver.IConfigurableSolver;
import org.laserdamage.solver.SolverOptions;
import org.laserdamage.solver.SolverResult;
import org.laserdamage.solver.ThermalProblem;
import org.laserdamage.solver.calculix.internal.CcxExecutable;
import org.laserdamage.solver.calculix.internal.CcxLauncher;
import org.laserdamage.solver.calculix.internal.DeckWriter;
import org.laserdamage.solver.calculix.internal.FrdReader;
import org.laserdamage.solver.calculix.internal.Messages;
import org.laserdamage.solver.nodal.IncrementSequence;
import org.laserdamage.solver.nodal.NodalCriteria;
import org.laserdamage.solver.nodal.QuadMesh;
import org.laserdamage.solver.nodal.ResultFeeder;
import org.laserdamage.solver.nodal.StepPlan;
import org.laserdamage.solver.nodal.TimeProgress;
import org.laserdamage.solver.nodal.WorkFolder;

/**
 * Solves a problem with the external finite-element code CalculiX (ccx):
 * writes an axisymmetric CAX4 heat-transfer deck on the common mesh
 * ({@link GradedMesh}), runs {@code ccx -i job} in the listener's run
 * directory (ccx's files in the subfolder {@value #FOLDER}, its console
 * output in {@value #LOG}) or, without one, in a temporary directory that is
 * deleted unless the run failed; reads the nodal
 * temperatures of every increment from the {@code .frd} file, and reports
 * them through the listener with the criteria evaluated as the built-in
 * solver defines them ({@link NodalCriteria}). Success is read from the log
 * (ccx returns 0 on some input errors).
 * <p>
 * Not modelled by the deck, as ccx needs user subroutines for them: an
 * absorptivity or emissivity that changes with temperature (both are taken
 * at the initial temperature unless the study fixes them). The run always
 * goes to the end time; with stop-at-melt-through the results end there.
 * The global energy balance is not computed (NaN).
 */
public final class CalculixSolver implements IConfigurableSolver {

	/** The {@link SolverOptions} key of the ccx executable's path. */
	public static final String OPTION_EXECUTABLE = "executable"; //$NON-NLS-1$

	public static final String ID = "org.laserdamage.solver.calculix"; //$NON-NLS-1$
	public static final String VERSION = "0.1.0"; //$NON-NLS-1$
	public static final String LOG = "solver.log"; //$NON-NLS-1$
	public static final String FOLDER = "calculix"; //$NON-NLS-1$
	static final String JOB = "job"; //$NON-NLS-1$
	static final int TICKS = 1000;

	private String executable;

	/** Takes ccx from the system property {@value CcxExecutable#PROPERTY}, else from the PATH. */
	public CalculixSolver() {
		this(null);
	}

	/** @param executable path of the ccx executable; null or blank to look it up as the no-argument constructor does */
	public CalculixSolver(String executable) {
		this.executable = executable;
	}

	/** Takes the option {@value #OPTION_EXECUTABLE} when it is set; otherwise keeps the executable it has. */
	@Override
	public void configure(SolverOptions options) {
		options.get(OPTION_EXECUTABLE).ifPresent(path -> executable = path);
	}

	@Override
	public SolverResult solve(ThermalProblem problem, ISolutionListener listener, IProgressMonitor monitor)
			throws CoreException {
		Objects.requireNonNull(problem, "problem"); //$NON-NLS-1$
		Objects.requireNonNull(listener, "listener"); //$NON-NLS-1$
		long started = System.nanoTime();
		Path exe = CcxExecutable.resolve(executable, System.getenv("PATH"), ID); //$NON-NLS-1$
		SubMonitor sub = SubMonitor.convert(monitor, problem.name(), TICKS);
		QuadMesh mesh = new QuadMesh(GradedMesh.of(problem));
		StepPlan plan = StepPlan.of(problem.time(), problem.beam().temporal());
		Path dir = null;
		try {
			WorkFolder work = WorkFolder.of(listener, FOLDER, "laserdamage-ccx", LOG); //$NON-NLS-1$
			dir = work.directory();
			Path log = work.log();
			Path deck = dir.resolve(JOB + ".inp"); //$NON-NLS-1$
			try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(deck, StandardCharsets.US_ASCII))) {
				new DeckWriter(problem, mesh, plan).write(out);
			}
			CcxLauncher.Outcome outcome;
			try {
				outcome = new CcxLauncher().run(exe, dir, JOB, log, new TimeProgress(sub, TICKS, problem.time().endTime()),
						sub::isCanceled);
			} catch (IOException e) {
				throw new CoreException(new Status(IStatus.ERROR, ID,
						Messages.bind(Messages.cannotStart, exe, e.getMessage(), CcxExecutable.PROPERTY), e));
			}
			ResultFeeder feeder = new ResultFeeder(problem, mesh, listener);
			feeder.start();
			IncrementSequence increments = new IncrementSequence(plan, feeder);
			FrdReader.read(dir.resolve(JOB + ".frd"), mesh.nodes(), increments); //$NON-NLS-1$
			increments.finish(outcome.succeeded());
			if (outcome.cancelled()) {
				work.discard();
				throw new OperationCanceledException(
						Messages.bind(Messages.cancelled, problem.name(), Messages.number(feeder.time())));
			}
			if (!outcome.succeeded()) {
				String reason = outcome.error() != null ? outcome.error()
						: outcome.finished() ? Messages.bind(Messages.exitCode, outcome.exitCode())
								: Messages.bind(Messages.notFinished, outcome.exitCode());
				throw new CoreException(new Status(IStatus.ERROR, ID,
						Messages.bind(Messages.failed, problem.name(), reason, log, deck)));
			}
			NodalCriteria criteria = feeder.criteria();
			double wall = (System.nanoTime() - started) * 1e-9;
			SolverResult result = new SolverResult(ID, VERSION, criteria.results(), criteria.peakTemperature(),
					criteria.peakTime(), criteria.peakR(), criteria.peakZ(), feeder.time(), feeder.increments(),
					outcome.iterations(),
					mesh.radialCells() * mesh.axialCells(), wall, Double.NaN);
			work.discard();
			sub.done();
			return result;
		} catch (IOException e) {
			throw new CoreException(new Status(IStatus.ERROR, ID,
					Messages.bind(Messages.files, problem.name(), dir, e.getMessage()), e));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OperationCanceledException(Messages.bind(Messages.cancelled, problem.name(), "?")); //$NON-NLS-1$
		}
	}
}
