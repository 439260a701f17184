package org.laserdamage.model.edit;

import org.eclipse.emf.common.notify.Adapter;
import org.laserdamage.model.provider.ContinuousWaveItemProvider;
import org.laserdamage.model.provider.DamageCriteriaItemProvider;
import org.laserdamage.model.provider.EnvironmentItemProvider;
import org.laserdamage.model.provider.GaussianProfileItemProvider;
import org.laserdamage.model.provider.LaserSourceItemProvider;
import org.laserdamage.model.provider.LayerItemProvider;
import org.laserdamage.model.provider.MeshItemProvider;
import org.laserdamage.model.provider.ProbeItemProvider;
import org.laserdamage.model.provider.PulsedItemProvider;
import org.laserdamage.model.provider.SolverSettingsItemProvider;
import org.laserdamage.model.provider.StudyItemProvider;
import org.laserdamage.model.provider.StudyItemProviderAdapterFactory;
import org.laserdamage.model.provider.TargetItemProvider;
import org.laserdamage.model.provider.TopHatProfileItemProvider;

/**
 * The generated item providers with labels that show values and units
 * ({@link StudyLabels}) instead of the generated "Type name" labels. Only
 * {@code getText} differs, so regenerating the providers keeps this working.
 */
public final class LabelsWithUnitsAdapterFactory extends StudyItemProviderAdapterFactory {

	@Override
	public Adapter createStudyAdapter() {
		if (studyItemProvider == null) {
			studyItemProvider = new StudyItemProvider(this) {
				@Override
				public String getText(Object object) {
					return StudyLabels.text(object);
				}
			};
		}
		return studyItemProvider;
	}

	@Override
	public Adapter createLaserSourceAdapter() {
		if (laserSourceItemProvider == null) {
			laserSourceItemProvider = new LaserSourceItemProvider(this) {
				@Override
				public String getText(Object object) {
					return StudyLabels.text(object);
				}
			};
		}
		return laserSourceItemProvider;
	}

	@Override
	public Adapter createGaussianProfileAdapter() {
		if (gaussianProfileItemProvider == null) {
			gaussianProfileItemProvider = new GaussianProfileItemProvider(this) {
				@Override
				public String getText(Object object) {
					return StudyLabels.text(object);
				}
			};
		}
		return gaussianProfileItemProvider;
	}

	@Override
	public Adapter createTopHatProfileAdapter() {
		if (topHatProfileItemProvider == null) {
			topHatProfileItemProvider = new TopHatProfileItemProvider(this) {
				@Override
				public String getText(Object object) {
					return StudyLabels.text(object);
				}
			};
		}
		return topHatProfileItemProvider;
	}

	@Override
	public Adapter createContinuousWaveAdapter() {
		if (continuousWaveItemProvider == null) {
			continuousWaveItemProvider = new ContinuousWaveItemProvider(this) {
				@Override
				public String getText(Object object) {
					return StudyLabels.text(object);
				}
			};
		}
		return continuousWaveItemProvider;
	}

	@Override
	public Adapter createPulsedAdapter() {
		if (pulsedItemProvider == null) {
			pulsedItemProvider = new PulsedItemProvider(this) {
				@Override
				public String getText(Object object) {
					return StudyLabels.text(object);
				}
			};
		}
		return pulsedItemProvider;
	}

	@Override
	public Adapter createTargetAdapter() {
		if (targetItemProvider == null) {
			targetItemProvider = new TargetItemProvider(this) {
				@Override
				public String getText(Object object) {
					return StudyLabels.text(object);
				}
			};
		}
		return targetItemProvider;
	}

	@Override
	public Adapter createLayerAdapter() {
		if (layerItemProvider == null) {
			layerItemProvider = new LayerItemProvider(this) {
				@Override
				public String getText(Object object) {
					return StudyLabels.text(object);
				}
			};
		}
		return layerItemProvider;
	}

	@Override
	public Adapter createEnvironmentAdapter() {
		if (environmentItemProvider == null) {
			environmentItemProvider = new EnvironmentItemProvider(this) {
				@Override
				public String getText(Object object) {
					return StudyLabels.text(object);
				}
			};
		}
		return environmentItemProvider;
	}

	@Override
	public Adapter createMeshAdapter() {
		if (meshItemProvider == null) {
			meshItemProvider = new MeshItemProvider(this) {
				@Override
				public String getText(Object object) {
					return StudyLabels.text(object);
				}
			};
		}
		return meshItemProvider;
	}

	@Override
	public Adapter createSolverSettingsAdapter() {
		if (solverSettingsItemProvider == null) {
			solverSettingsItemProvider = new SolverSettingsItemProvider(this) {
				@Override
				public String getText(Object object) {
					return StudyLabels.text(object);
				}
			};
		}
		return solverSettingsItemProvider;
	}

	@Override
	public Adapter createDamageCriteriaAdapter() {
		if (damageCriteriaItemProvider == null) {
			damageCriteriaItemProvider = new DamageCriteriaItemProvider(this) {
				@Override
				public String getText(Object object) {
					return StudyLabels.text(object);
				}
			};
		}
		return damageCriteriaItemProvider;
	}

	@Override
	public Adapter createProbeAdapter() {
		if (probeItemProvider == null) {
			probeItemProvider = new ProbeItemProvider(this) {
				@Override
				public String getText(Object object) {
					return StudyLabels.text(object);
				}
			};
		}
		return probeItemProvider;
	}
}
