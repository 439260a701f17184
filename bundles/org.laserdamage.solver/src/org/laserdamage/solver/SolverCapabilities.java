package org.laserdamage.solver;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IConfigurationElement;
import org.laserdamage.materials.Material;
import org.laserdamage.materials.TemperatureTable;

/**
 * What a contributed solver supports and needs, from the optional
 * {@code supports} and {@code requires} children of its {@code solver}
 * element, and the check of a problem against them before a launch. A solver
 * that declares no {@code supports} child is taken to support every feature,
 * so solvers contributed before these elements existed keep working.
 *
 * @param name        the solver's name, for messages
 * @param features    the features the solver supports
 * @param requirements what it needs to run
 */
public record SolverCapabilities(String name, Set<Feature> features, List<Requirement> requirements) {

	/** A study feature a solver may support; {@link #id()} is the value in plugin.xml. */
	public enum Feature {
		PHASE_CHANGE("phaseChange"), //$NON-NLS-1$
		PULSES("pulses"), //$NON-NLS-1$
		SEVERAL_LAYERS("severalLayers"), //$NON-NLS-1$
		RADIATION("radiation"), //$NON-NLS-1$
		ANISOTROPIC_CONDUCTIVITY("anisotropicConductivity"), //$NON-NLS-1$
		TEMPERATURE_DEPENDENT_ABSORPTIVITY("temperatureDependentAbsorptivity"), //$NON-NLS-1$
		TEMPERATURE_DEPENDENT_EMISSIVITY("temperatureDependentEmissivity"), //$NON-NLS-1$
		HELD_FRONT_TEMPERATURE("heldFrontTemperature"), //$NON-NLS-1$
		VOLUMETRIC_ABSORPTION("volumetricAbsorption"), //$NON-NLS-1$
		FACE_AMBIENT_TEMPERATURES("faceAmbientTemperatures"), //$NON-NLS-1$
		BACK_HEAT_FLUX("backHeatFlux"); //$NON-NLS-1$

		private final String id;

		Feature(String id) {
			this.id = id;
		}

		public String id() {
			return id;
		}

		/** @return the study setting that brings the feature in, for messages */
		public String setting() {
			return Messages.bind("feature." + id); //$NON-NLS-1$
		}

		static Feature of(String id) {
			for (Feature f : values()) {
				if (f.id.equals(id)) {
					return f;
				}
			}
			return null;
		}
	}

	/**
	 * Something a solver needs: an executable (found through the system
	 * property when set, else on the PATH) or a licence feature.
	 *
	 * @param executable     file name of the executable, or null
	 * @param property       system property that may hold its path, or null
	 * @param licenceFeature licence feature checked out when it runs, or null (declared only: not checked here;
	 *                       a solver that needs one checks it as an {@link ISolverGate})
	 * @param option         the solver option ({@link SolverOptions}) that holds or derives the executable's
	 *                       path, or null; such an executable is found by the solver from its options when it
	 *                       runs (and named in its error), so the check before a launch leaves it out
	 */
	public record Requirement(String executable, String property, String licenceFeature, String option) {

		/** A requirement without a solver option: an executable found through its property or the PATH, or a licence. */
		public Requirement(String executable, String property, String licenceFeature) {
			this(executable, property, licenceFeature, null);
		}
	}

	public SolverCapabilities {
		features = Collections.unmodifiableSet(features.isEmpty() ? EnumSet.noneOf(Feature.class) : EnumSet.copyOf(features));
		requirements = List.copyOf(requirements);
	}

	/** @return the capabilities declared by a {@code solver} element */
	public static SolverCapabilities of(IConfigurationElement solver) {
		Set<Feature> features = EnumSet.noneOf(Feature.class);
		IConfigurationElement[] supports = solver.getChildren("supports"); //$NON-NLS-1$
		for (IConfigurationElement s : supports) {
			Feature f = Feature.of(s.getAttribute("feature")); //$NON-NLS-1$
			if (f != null) {
				features.add(f);
			}
		}
		if (supports.length == 0) {
			features = EnumSet.allOf(Feature.class);
		}
		List<Requirement> requirements = new ArrayList<>();
		for (IConfigurationElement r : solver.getChildren("requires")) { //$NON-NLS-1$
			requirements.add(new Requirement(r.getAttribute("executable"), r.getAttribute("property"), //$NON-NLS-1$ //$NON-NLS-2$
					r.getAttribute("licenceFeature"), r.getAttribute("option"))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return new SolverCapabilities(solver.getAttribute("name"), features, requirements); //$NON-NLS-1$
	}

	/** @return the features the problem uses */
	public static Set<Feature> used(ThermalProblem problem) {
		Set<Feature> used = EnumSet.noneOf(Feature.class);
		List<Layer> layers = problem.layers();
		if (layers.size() > 1) {
			used.add(Feature.SEVERAL_LAYERS);
		}
		for (Layer layer : layers) {
			Material m = layer.material();
			if (m.melting().isPresent()) {
				used.add(Feature.PHASE_CHANGE);
			}
			if (m.conductivityThroughThickness().isPresent()) {
				used.add(Feature.ANISOTROPIC_CONDUCTIVITY);
			}
			if (layer.semiTransparent()) {
				used.add(Feature.VOLUMETRIC_ABSORPTION);
			}
		}
		if (problem.beam().temporal() instanceof GaussianPulseTrain) {
			used.add(Feature.PULSES);
		}
		if (problem.fixedFrontTemperature().isPresent()) {
			used.add(Feature.HELD_FRONT_TEMPERATURE);
		}
		Environment env = problem.environment();
		if (env.facesHaveOwnAmbient()) {
			used.add(Feature.FACE_AMBIENT_TEMPERATURES);
		}
		if (env.backHeatFlux() != 0) {
			used.add(Feature.BACK_HEAT_FLUX);
		}
		Material front = layers.get(0).material();
		Material back = layers.get(layers.size() - 1).material();
		if (problem.beam().absorptivityOverride().isEmpty()
				&& varies(front.absorptivity().atWavelength(problem.beam().wavelength()))) {
			used.add(Feature.TEMPERATURE_DEPENDENT_ABSORPTIVITY);
		}
		if (emits(env.frontEmissivity(), front) || emits(env.backEmissivity(), back)) {
			used.add(Feature.RADIATION);
		}
		if ((Double.isNaN(env.frontEmissivity()) && varies(front.emissivity()))
				|| (Double.isNaN(env.backEmissivity()) && varies(back.emissivity()))) {
			used.add(Feature.TEMPERATURE_DEPENDENT_EMISSIVITY);
		}
		return used;
	}

	private static boolean emits(double set, Material material) {
		if (!Double.isNaN(set)) {
			return set > 0;
		}
		TemperatureTable e = material.emissivity();
		for (int i = 0; i < e.size(); i++) {
			if (e.value(i) > 0) {
				return true;
			}
		}
		return false;
	}

	private static boolean varies(TemperatureTable table) {
		for (int i = 1; i < table.size(); i++) {
			if (table.value(i) != table.value(0)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * @return one message per feature the problem uses and the solver does
	 *         not support, and per executable that cannot be found, each
	 *         naming the setting to change; empty when the solver can run it
	 */
	public List<String> check(ThermalProblem problem) {
		List<String> messages = new ArrayList<>();
		for (Feature f : used(problem)) {
			if (!features.contains(f)) {
				messages.add(Messages.bind("unsupported", name, f.id(), problem.name(), f.setting())); //$NON-NLS-1$
			}
		}
		for (Requirement r : requirements) {
			if (r.executable() != null && r.option() == null && find(r) == null) {
				messages.add(r.property() == null ? Messages.bind("missingExecutable", name, r.executable()) //$NON-NLS-1$
						: Messages.bind("missingExecutableProperty", name, r.executable(), r.property())); //$NON-NLS-1$
			}
		}
		return messages;
	}

	/** @return the executable of a requirement: the system property's path when set, else the first match on the PATH; null if none */
	static Path find(Requirement r) {
		String configured = r.property() == null ? null : System.getProperty(r.property());
		if (configured != null && !configured.isBlank()) {
			Path p = Path.of(configured.trim());
			return Files.isRegularFile(p) && Files.isExecutable(p) ? p : null;
		}
		String path = System.getenv("PATH"); //$NON-NLS-1$
		if (path == null) {
			return null;
		}
		for (String dir : path.split(File.pathSeparator)) {
			if (!dir.isBlank()) {
				Path p = Path.of(dir).resolve(r.executable());
				if (Files.isRegularFile(p) && Files.isExecutable(p)) {
					return p;
				}
			}
		}
		return null;
	}
}
