package org.laserdamage.core;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.osgi.util.NLS;
import org.laserdamage.materials.IMaterialLibrary;
import org.laserdamage.materials.Material;
import org.laserdamage.model.GaussianProfile;
import org.laserdamage.model.LaserSource;
import org.laserdamage.model.Pulsed;
import org.laserdamage.model.Study;
import org.laserdamage.model.TopHatProfile;
import org.laserdamage.solver.Beam;
import org.laserdamage.solver.BeamProfile;
import org.laserdamage.solver.ContinuousWave;
import org.laserdamage.solver.DamageCriteria;
import org.laserdamage.solver.Environment;
import org.laserdamage.solver.GaussianPulseTrain;
import org.laserdamage.solver.Layer;
import org.laserdamage.solver.Probe;
import org.laserdamage.solver.TemporalProfile;
import org.laserdamage.solver.ThermalProblem;
import org.laserdamage.solver.TimeControl;

/**
 * Turns a validated study into the solver's {@link ThermalProblem}: resolves
 * material references against the library, converts pulse fluence to energy
 * and collects warnings an analyst should see in the run summary.
 */
public final class StudyProblemMapper {

	/** The mapped problem, the exact materials used, and warnings for the summary. */
	public record Mapping(ThermalProblem problem, List<Material> materials, List<String> warnings) {
	}

	private StudyProblemMapper() {
	}

	/**
	 * @throws CoreException with {@link RunStatus#INVALID_INPUT} when a material cannot be resolved
	 */
	public static Mapping map(Study study, IMaterialLibrary library) throws CoreException {
		List<String> warnings = new ArrayList<>();
		List<Layer> layers = new ArrayList<>();
		List<Material> materials = new ArrayList<>();
		double grading = study.getMesh().getAxialGrading();
		for (int i = 0; i < study.getTarget().getLayers().size(); i++) {
			org.laserdamage.model.Layer layer = study.getTarget().getLayers().get(i);
			Material material = library.find(layer.getMaterialId()).orElseThrow(() -> RunStatus.invalid(NLS.bind(
					Messages.Mapper_unknownMaterial, new Object[] { layer.getMaterialId(), library.name() })));
			materials.add(material);
			String name = layer.getName() == null || layer.getName().isBlank() ? "layer " + (i + 1) : layer.getName(); //$NON-NLS-1$
			layers.add(new Layer(name, material, layer.getThickness(), layer.getAxialCells(), grading,
					layer.isSetAbsorptionCoefficient() && layer.getAbsorptionCoefficient() != null
							? layer.getAbsorptionCoefficient()
							: Double.NaN));
		}
		LaserSource laser = study.getLaser();
		Material front = materials.get(0);
		boolean override = laser.isSetAbsorptivityOverride() && laser.getAbsorptivityOverride() != null;
		if (!override && !front.absorptivity().covers(laser.getWavelength())) {
			warnings.add(NLS.bind(Messages.Mapper_wavelengthOutsideTable,
					new Object[] { laser.getWavelength() * 1e6, front.name(), front.absorptivity().wavelength(0) * 1e6,
							front.absorptivity().wavelength(front.absorptivity().size() - 1) * 1e6 }));
		}
		BeamProfile profile;
		double radius;
		if (laser.getSpatialProfile() instanceof GaussianProfile g) {
			profile = BeamProfile.GAUSSIAN;
			radius = g.getRadius();
		} else if (laser.getSpatialProfile() instanceof TopHatProfile t) {
			profile = BeamProfile.TOP_HAT;
			radius = t.getRadius();
		} else {
			throw RunStatus.invalid(NLS.bind(Messages.Mapper_unsupportedProfile, laser.getSpatialProfile().eClass().getName()));
		}
		Beam beam = new Beam(profile, radius, laser.getWavelength(), temporal(laser, profile, radius),
				override ? OptionalDouble.of(laser.getAbsorptivityOverride()) : OptionalDouble.empty());

		org.laserdamage.model.Environment env = study.getEnvironment();
		Environment environment = new Environment(env.getAmbientTemperature(), env.getFrontConvection(),
				env.getBackConvection(), emissivity(env.isSetFrontEmissivity(), env.getFrontEmissivity()),
				emissivity(env.isSetBackEmissivity(), env.getBackEmissivity()), env.getRimConvection(),
				optional(env.isSetBackAmbientTemperature(), env.getBackAmbientTemperature()),
				optional(env.isSetRimAmbientTemperature(), env.getRimAmbientTemperature()),
				optional(env.isSetSurroundingsTemperature(), env.getSurroundingsTemperature()), env.getBackHeatFlux());

		org.laserdamage.model.SolverSettings s = study.getSolver();
		TimeControl time = new TimeControl(s.getEndTime(), s.getInitialTimeStep(), s.getMaxTimeStep(),
				s.getMaxTemperatureChange(), s.getOutputInterval());
		List<Probe> probes = study.getProbes().stream().map(p -> new Probe(p.getName(), p.getR(), p.getZ())).toList();
		org.laserdamage.model.DamageCriteria c = study.getDamageCriteria();
		double threshold = c.isSetPeakTemperatureThreshold() && c.getPeakTemperatureThreshold() != null
				? c.getPeakTemperatureThreshold() : Double.NaN;
		DamageCriteria criteria = new DamageCriteria(c.isMeltOnset(), c.isMeltThrough(), threshold, c.isStopAtMeltThrough());
		if (criteria.meltOnset() || criteria.meltThrough()) {
			layers.stream().filter(l -> l.material().melting().isEmpty()).forEach(l -> warnings.add(NLS.bind(
					Messages.Mapper_neverMelts, l.name(), l.material().name())));
		}
		try {
			ThermalProblem problem = new ThermalProblem(study.getName(), layers, study.getTarget().getRadius(),
					study.getMesh().getRadialCells(), study.getMesh().getRadialGrading(), beam, environment,
					study.getTarget().getInitialTemperature(),
					env.isSetFrontTemperature() && env.getFrontTemperature() != null
							? OptionalDouble.of(env.getFrontTemperature())
							: OptionalDouble.empty(),
					time, probes, criteria);
			return new Mapping(problem, List.copyOf(materials), List.copyOf(warnings));
		} catch (IllegalArgumentException e) {
			throw RunStatus.invalid(e.getMessage());
		}
	}

	private static double emissivity(boolean set, Double value) {
		return optional(set, value);
	}

	/** @return an optional setting's value, NaN when it is unset */
	private static double optional(boolean set, Double value) {
		return set && value != null ? value : Double.NaN;
	}

	private static TemporalProfile temporal(LaserSource laser, BeamProfile profile, double radius) throws CoreException {
		if (laser.getTemporalProfile() instanceof org.laserdamage.model.ContinuousWave cw) {
			double duration = cw.isSetDuration() && cw.getDuration() != null ? cw.getDuration() : Double.POSITIVE_INFINITY;
			return new ContinuousWave(laser.getPower(), duration);
		}
		if (laser.getTemporalProfile() instanceof Pulsed p) {
			double energy;
			if (p.isSetPulseEnergy() && p.getPulseEnergy() != null) {
				energy = p.getPulseEnergy();
			} else {
				// Peak fluence of a Gaussian is 2E/(pi w^2); a top-hat's is E/(pi a^2).
				double area = Math.PI * radius * radius;
				energy = p.getFluence() * (profile == BeamProfile.GAUSSIAN ? area / 2 : area);
			}
			return new GaussianPulseTrain(energy, p.getFwhm(), p.getRepetitionRate(), p.getPulseCount());
		}
		throw RunStatus.invalid(NLS.bind(Messages.Mapper_unsupportedProfile, laser.getTemporalProfile().eClass().getName()));
	}
}
