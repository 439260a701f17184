package org.laserdamage.results;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.laserdamage.materials.Melting;
import org.laserdamage.solver.CriterionKind;
import org.laserdamage.solver.CriterionResult;
import org.laserdamage.solver.Layer;
import org.laserdamage.solver.Probe;
import org.laserdamage.solver.SolverResult;
import org.laserdamage.solver.ThermalProblem;

/**
 * What summary.json holds: what was run, with which solver and data, and
 * what came out. Numbers are SI (K, s, m); a NaN stands for "unknown" and is
 * written as JSON null.
 *
 * @param studyName          study name
 * @param studyFile          path of the study file, or null when the study was never saved
 * @param created            when the run started
 * @param applicationVersion version of the workbench that ran it
 * @param solverId           solver id
 * @param solverVersion      solver version
 * @param mesh               mesh size
 * @param layers             front to back
 * @param laser              beam parameters: values are String, Double, Boolean or null;
 *                           keys and units are listed in docs/result-format.md
 * @param probes             probe positions, in the column order of probes.csv
 * @param finalTime          simulated time reached, s
 * @param wallTime           wall-clock time of the solve, s
 * @param steps              accepted time steps
 * @param linearIterations   total linear-solver iterations
 * @param energyBalanceError relative energy balance error at the end
 * @param peak               highest temperature
 * @param criteria           one entry per evaluated criterion
 * @param warnings           messages for the user, e.g. a wavelength outside a material's table
 * @param verification       the discretisation check (solver.verify), or null when it was not asked for
 */
public record RunSummary(String studyName, String studyFile, Instant created, String applicationVersion,
		String solverId, String solverVersion, MeshSummary mesh, List<LayerSummary> layers, Map<String, Object> laser,
		List<ProbeSummary> probes, double finalTime, double wallTime, int steps, long linearIterations,
		double energyBalanceError, PeakSummary peak, List<CriterionSummary> criteria, List<String> warnings,
		VerificationSummary verification) {

	/** A summary without a discretisation check. */
	public RunSummary(String studyName, String studyFile, Instant created, String applicationVersion,
			String solverId, String solverVersion, MeshSummary mesh, List<LayerSummary> layers, Map<String, Object> laser,
			List<ProbeSummary> probes, double finalTime, double wallTime, int steps, long linearIterations,
			double energyBalanceError, PeakSummary peak, List<CriterionSummary> criteria, List<String> warnings) {
		this(studyName, studyFile, created, applicationVersion, solverId, solverVersion, mesh, layers, laser, probes,
				finalTime, wallTime, steps, linearIterations, energyBalanceError, peak, criteria, warnings, null);
	}

	public RunSummary {
		Objects.requireNonNull(studyName, "studyName"); //$NON-NLS-1$
		Objects.requireNonNull(created, "created"); //$NON-NLS-1$
		Objects.requireNonNull(applicationVersion, "applicationVersion"); //$NON-NLS-1$
		Objects.requireNonNull(solverId, "solverId"); //$NON-NLS-1$
		Objects.requireNonNull(solverVersion, "solverVersion"); //$NON-NLS-1$
		Objects.requireNonNull(mesh, "mesh"); //$NON-NLS-1$
		Objects.requireNonNull(peak, "peak"); //$NON-NLS-1$
		layers = List.copyOf(layers);
		probes = List.copyOf(probes);
		criteria = List.copyOf(criteria);
		warnings = List.copyOf(warnings);
		laser = normalise(laser);
		// summary.json stores whole milliseconds; cutting here keeps a summary equal to its round trip
		created = created.truncatedTo(ChronoUnit.MILLIS);
	}

	/**
	 * Summarises a finished solve.
	 *
	 * @param studyFile          path of the study file, or null
	 * @param applicationVersion version of the workbench
	 * @param created            when the run started
	 * @param warnings           messages collected while preparing and running the solve
	 */
	public static RunSummary of(ThermalProblem problem, SolverResult result, String studyFile,
			String applicationVersion, Instant created, List<String> warnings) {
		List<LayerSummary> layers = new ArrayList<>();
		int axialCells = 0;
		for (Layer layer : problem.layers()) {
			layers.add(new LayerSummary(layer.name(), layer.material().id(), layer.material().version(),
					layer.material().name(), layer.thickness(), layer.cells(),
					layer.material().melting().map(Melting::solidus).orElse(Double.NaN),
					layer.material().melting().map(Melting::liquidus).orElse(Double.NaN),
					layer.absorptionCoefficient()));
			axialCells += layer.cells();
		}
		List<ProbeSummary> probes = new ArrayList<>();
		for (Probe probe : problem.probes()) {
			probes.add(new ProbeSummary(probe.name(), probe.r(), probe.z()));
		}
		List<CriterionSummary> criteria = new ArrayList<>();
		for (CriterionResult criterion : result.criteria()) {
			criteria.add(CriterionSummary.of(criterion));
		}
		MeshSummary mesh = new MeshSummary(problem.radialCells(), axialCells, result.cells(), problem.radius(),
				problem.thickness());
		PeakSummary peak = new PeakSummary(result.peakTemperature(), result.peakTime(), result.peakR(),
				result.peakZ());
		return new RunSummary(problem.name(), studyFile, created, applicationVersion, result.solverId(),
				result.solverVersion(), mesh, layers, LaserSummary.describe(problem.beam(), result.finalTime()),
				probes, result.finalTime(), result.wallSeconds(), result.steps(), result.iterations(),
				result.energyBalanceError(), peak, criteria, warnings);
	}

	/** @return this summary with the discretisation check (and its warnings added to the warnings) */
	public RunSummary withVerification(VerificationSummary check, List<String> moreWarnings) {
		List<String> all = new ArrayList<>(warnings);
		moreWarnings.stream().filter(w -> !all.contains(w)).forEach(all::add);
		return new RunSummary(studyName, studyFile, created, applicationVersion, solverId, solverVersion, mesh, layers,
				laser, probes, finalTime, wallTime, steps, linearIterations, energyBalanceError, peak, criteria, all,
				check);
	}

	/** @return the discretisation check, when the run made one */
	public Optional<VerificationSummary> verificationCheck() {
		return Optional.ofNullable(verification);
	}

	/** @return the entry of one criterion, if it was evaluated */
	public Optional<CriterionSummary> criterion(CriterionKind kind) {
		String id = CriterionSummary.id(kind);
		return criteria.stream().filter(c -> c.criterion().equals(id)).findFirst();
	}

	/** Keeps the laser map comparable after a JSON round trip: numbers become Double, non-finite null. */
	private static Map<String, Object> normalise(Map<String, Object> laser) {
		Map<String, Object> copy = new LinkedHashMap<>();
		laser.forEach((key, value) -> {
			Objects.requireNonNull(key, "laser key"); //$NON-NLS-1$
			if (value instanceof Number n) {
				double d = n.doubleValue();
				copy.put(key, Double.isFinite(d) ? Double.valueOf(d) : null);
			} else if (value == null || value instanceof String || value instanceof Boolean) {
				copy.put(key, value);
			} else {
				throw new IllegalArgumentException("Laser value '" + key + "' must be a number, string or boolean, was " //$NON-NLS-1$ //$NON-NLS-2$
						+ value.getClass().getName());
			}
		});
		return Collections.unmodifiableMap(copy);
	}
}
