package org.laserdamage.solver.ansys;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.laserdamage.core.RunStatus;
import org.laserdamage.solver.GradedMesh;
import org.laserdamage.solver.IConfigurableSolver;
import org.laserdamage.solver.ISolutionListener;
import org.laserdamage.solver.ISolverGate;
import org.laserdamage.solver.SolverOptions;
import org.laserdamage.solver.SolverResult;
import org.laserdamage.solver.ThermalProblem;
import org.laserdamage.solver.ansys.LicenceCounts.LicenceServerException;
import org.laserdamage.solver.ansys.internal.AnsysLauncher;
import org.laserdamage.solver.ansys.internal.AnsysSettings;
import org.laserdamage.solver.ansys.internal.ApdlDeck;
import org.laserdamage.solver.ansys.internal.Lmstat;
import org.laserdamage.solver.ansys.internal.Messages;
import org.laserdamage.solver.ansys.internal.ResultTables;
import org.laserdamage.solver.nodal.IncrementSequence;
import org.laserdamage.solver.nodal.NodalCriteria;
import org.laserdamage.solver.nodal.QuadMesh;
import org.laserdamage.solver.nodal.ResultFeeder;
import org.laserdamage.solver.nodal.StepPlan;
import org.laserdamage.solver.nodal.TimeProgress;
import org.laserdamage.solver.nodal.WorkFolder;

/**
 * Solves a problem with ANSYS Mechanical APDL in batch: writes an
 * axisymmetric PLANE55 transient thermal deck on the common mesh
 * ({@link ApdlDeck}), runs
 * {@code ansysNNN -b -p feature -i job.inp -o job.out -np N -dir <dir> -j job}
 * in the subfolder {@value #FOLDER} of the run directory (a temporary
 * directory, deleted unless the run failed, when there is none), with the
 * licence server in {@code ANSYSLMD_LICENSE_FILE}; reads the nodal
 * temperatures of every result set back from the text table the deck writes
 * and reports them through the listener with the criteria of the built-in
 * solver ({@link NodalCriteria}), exactly as the CalculiX adapter does.
 * <p>
 * Options ({@link SolverOptions} keys):
 * <ul>
 * <li>{@value #OPTION_ROOT}: the release folder, e.g. {@code /opt/ansys_inc/v211};
 * default the environment variable {@code ANSYS_ROOT}.</li>
 * <li>{@value #OPTION_EXECUTABLE}: the MAPDL executable; default
 * {@code <root>/ansys/bin/ansysNNN}, NNN from the root's folder name
 * {@code vNNN}.</li>
 * <li>{@value #OPTION_LICENSE_SERVER}: port@host of the FlexNet licence server;
 * default the environment variable {@code ANSYSLMD_LICENSE_FILE}.</li>
 * <li>{@value #OPTION_FEATURE}: the licence feature to check out ({@code -p});
 * default {@code ansys}.</li>
 * <li>{@value #OPTION_PROCESSORS}: cores ({@code -np}); default 1.</li>
 * <li>{@value #OPTION_LMUTIL}: the FlexNet {@code lmutil}; default
 * {@code <root>/shared_files/licensing/linx64/lmutil}.</li>
 * </ul>
 * As a {@link ISolverGate} it asks {@code lmutil lmstat -a -c server} before
 * every attempt: no server set, a server that cannot be reached or no free
 * licence of the feature keeps the job waiting with that reason. A licence
 * lost during the run fails it as {@link RunStatus#ENVIRONMENT_FAILURE}
 * (retried); an error in the deck as a solver failure.
 * <p>
 * Not modelled, as in the CalculiX adapter: an absorptivity or emissivity that
 * changes with temperature (taken at the initial temperature). The run goes to
 * the end time; with stop-at-melt-through the results end there. Results are
 * read once MAPDL has finished, so a cancelled run keeps none. The energy
 * balance is not computed (NaN).
 */
public final class AnsysSolver implements IConfigurableSolver, ISolverGate {

	public static final String OPTION_ROOT = AnsysSettings.ROOT;
	public static final String OPTION_EXECUTABLE = AnsysSettings.EXECUTABLE;
	public static final String OPTION_LICENSE_SERVER = AnsysSettings.LICENSE_SERVER;
	public static final String OPTION_FEATURE = AnsysSettings.FEATURE;
	public static final String OPTION_PROCESSORS = AnsysSettings.PROCESSORS;
	public static final String OPTION_LMUTIL = AnsysSettings.LMUTIL;

	public static final String ID = "org.laserdamage.solver.ansys"; //$NON-NLS-1$
	public static final String VERSION = "0.1.0"; //$NON-NLS-1$
	public static final String LOG = "solver.log"; //$NON-NLS-1$
	public static final String FOLDER = "ansys"; //$NON-NLS-1$
	static final String JOB = "job"; //$NON-NLS-1$
	static final int TICKS = 1000;

	private final UnaryOperator<String> environment;
	private SolverOptions options = SolverOptions.NONE;

	/** Takes the defaults of unset options from the process environment. */
	public AnsysSolver() {
		this(System::getenv);
	}

	/** @param environment where unset options take their defaults ({@code ANSYS_ROOT}, {@code ANSYSLMD_LICENSE_FILE}) */
	public AnsysSolver(UnaryOperator<String> environment) {
		this.environment = environment;
	}

	@Override
	public void configure(SolverOptions value) throws CoreException {
		AnsysSettings.of(value, environment);
		options = value;
	}

	/**
	 * @return the licence counts of the configured server (options as {@link #configure}; unset ones from the
	 *         environment), for monitoring
	 * @throws LicenceServerException when no server is set, lmutil is missing, or the server cannot be asked
	 */
	public LicenceCounts licences(SolverOptions value) throws CoreException, LicenceServerException, InterruptedException {
		AnsysSettings settings = AnsysSettings.of(value, environment);
		if (settings.licenseServer().isEmpty()) {
			throw new LicenceServerException("", Messages.noServer); //$NON-NLS-1$
		}
		String server = settings.licenseServer().get();
		if (settings.lmutil().isEmpty()) {
			throw new LicenceServerException(server, Messages.bind(Messages.lmutilMissing, "<root>")); //$NON-NLS-1$
		}
		return Lmstat.query(settings.lmutil().get(), server);
	}

	@Override
	public Optional<String> whyNotNow(SolverOptions value) {
		AnsysSettings settings;
		try {
			settings = AnsysSettings.of(value, environment);
		} catch (CoreException e) {
			return Optional.empty(); // the attempt fails naming the option
		}
		if (settings.licenseServer().isEmpty()) {
			return Optional.of(Messages.noServer);
		}
		String server = settings.licenseServer().get();
		try {
			if (settings.lmutil().isEmpty()) {
				throw new LicenceServerException(server, Messages.bind(Messages.lmutilMissing, "<root>/shared_files/licensing/linx64/lmutil")); //$NON-NLS-1$
			}
			LicenceCounts counts = Lmstat.query(settings.lmutil().get(), server);
			Optional<LicenceCounts.Feature> feature = counts.feature(settings.feature());
			if (feature.isEmpty()) {
				return Optional.of(Messages.bind(Messages.noSuchFeature, server, settings.feature(),
						counts.features().keySet().stream().collect(Collectors.joining(", ")))); //$NON-NLS-1$
			}
			LicenceCounts.Feature f = feature.get();
			return f.free() > 0 ? Optional.empty()
					: Optional.of(Messages.bind(Messages.waitingForLicence, f.inUse(), f.issued(), server));
		} catch (LicenceServerException e) {
			return Optional.of(Messages.bind(Messages.waitingForServer, server, e.getMessage()));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Optional.of(Messages.bind(Messages.waitingForServer, server, "interrupted")); //$NON-NLS-1$
		}
	}

	@Override
	public SolverResult solve(ThermalProblem problem, ISolutionListener listener, IProgressMonitor monitor)
			throws CoreException {
		Objects.requireNonNull(problem, "problem"); //$NON-NLS-1$
		Objects.requireNonNull(listener, "listener"); //$NON-NLS-1$
		long started = System.nanoTime();
		AnsysSettings settings = AnsysSettings.of(options, environment);
		Path exe = settings.checkedExecutable();
		SubMonitor sub = SubMonitor.convert(monitor, problem.name(), TICKS);
		QuadMesh mesh = new QuadMesh(GradedMesh.of(problem));
		StepPlan plan = StepPlan.of(problem.time(), problem.beam().temporal());
		Path dir = null;
		try {
			WorkFolder work = WorkFolder.of(listener, FOLDER, "laserdamage-ansys", LOG); //$NON-NLS-1$
			dir = work.directory();
			Path log = work.log();
			Path deck = dir.resolve(JOB + ".inp"); //$NON-NLS-1$
			Path output = dir.resolve(JOB + ".out"); //$NON-NLS-1$
			try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(deck, StandardCharsets.US_ASCII))) {
				new ApdlDeck(problem, mesh, plan).write(out);
			}
			AnsysLauncher.Outcome outcome;
			try {
				outcome = new AnsysLauncher().run(settings, exe, dir, JOB, log,
						new TimeProgress(sub, TICKS, problem.time().endTime()), sub::isCanceled);
			} catch (IOException e) {
				throw RunStatus.environment(Messages.bind(Messages.cannotStart, exe, e.getMessage()), e);
			}
			if (outcome.cancelled()) {
				work.discard();
				throw new OperationCanceledException(Messages.bind(Messages.cancelled, problem.name()));
			}
			if (!outcome.succeeded()) {
				String reason = outcome.error() != null ? outcome.error()
						: outcome.completed() ? Messages.bind(Messages.exitCode, outcome.exitCode())
								: Messages.bind(Messages.notCompleted, outcome.exitCode());
				if (outcome.licence()) {
					throw RunStatus.environment(Messages.bind(Messages.licenceLost, problem.name(), reason, output), null);
				}
				throw new CoreException(new Status(IStatus.ERROR, ID,
						Messages.bind(Messages.failed, problem.name(), reason, output, log, deck)));
			}
			ResultFeeder feeder = new ResultFeeder(problem, mesh, listener);
			feeder.start();
			IncrementSequence increments = new IncrementSequence(plan, feeder);
			boolean complete = ResultTables.read(dir.resolve(ApdlDeck.TABLES), mesh.nodes(), increments);
			increments.finish(complete);
			if (!complete) {
				throw new CoreException(new Status(IStatus.ERROR, ID, Messages.bind(Messages.failed, problem.name(),
						Messages.bind(Messages.noTables, dir.resolve(ApdlDeck.TABLES)), output, log, deck)));
			}
			NodalCriteria criteria = feeder.criteria();
			double wall = (System.nanoTime() - started) * 1e-9;
			SolverResult result = new SolverResult(ID, VERSION, criteria.results(), criteria.peakTemperature(),
					criteria.peakTime(), criteria.peakR(), criteria.peakZ(), feeder.time(), feeder.increments(),
					outcome.iterations(), mesh.radialCells() * mesh.axialCells(), wall, Double.NaN);
			work.discard();
			sub.done();
			return result;
		} catch (IOException e) {
			throw new CoreException(new Status(IStatus.ERROR, ID,
					Messages.bind(Messages.files, problem.name(), dir, e.getMessage()), e));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OperationCanceledException(Messages.bind(Messages.cancelled, problem.name()));
		}
	}
}
