package org.laserdamage.solver;

import java.util.List;

/**
 * What a finished solve reports.
 *
 * @param solverId        id of the solver that ran
 * @param solverVersion   version of the solver implementation
 * @param criteria        one result per evaluated criterion
 * @param peakTemperature highest temperature seen on the cell centres and the
 *                        front, back and rim faces, K
 * @param peakTime        when it was seen, s
 * @param peakR           where it was seen (radius), m: the centre of the cell
 *                        column, or the plate radius on the rim face
 * @param peakZ           where it was seen (depth), m: the centre of the cell
 *                        row, 0 on the front face, the thickness on the back face
 * @param finalTime       simulated time reached, s
 * @param steps           accepted time steps
 * @param iterations      total linear-solver iterations
 * @param cells           number of cells
 * @param wallSeconds     wall-clock time of the solve, s
 * @param energyBalanceError relative error of the global energy balance
 *                        (absorbed − lost − stored) / absorbed at the end
 */
public record SolverResult(String solverId, String solverVersion, List<CriterionResult> criteria,
		double peakTemperature, double peakTime, double peakR, double peakZ, double finalTime, int steps,
		long iterations, int cells, double wallSeconds, double energyBalanceError) {

	public SolverResult {
		criteria = List.copyOf(criteria);
	}

	/** @return the result of one criterion, or null when it was not evaluated */
	public CriterionResult criterion(CriterionKind kind) {
		return criteria.stream().filter(c -> c.kind() == kind).findFirst().orElse(null);
	}
}
