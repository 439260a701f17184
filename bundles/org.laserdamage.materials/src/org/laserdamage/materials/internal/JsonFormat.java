package org.laserdamage.materials.internal;

/**
 * Names and units of the material JSON format, shared by reader and writer.
 * data/README.md documents the format; keep the two in step.
 */
public final class JsonFormat {

	public static final String FORMAT_ID = "laserdamage-materials"; //$NON-NLS-1$
	public static final int FORMAT_VERSION = 1;

	public static final String FORMAT = "format"; //$NON-NLS-1$
	public static final String FORMAT_VERSION_FIELD = "formatVersion"; //$NON-NLS-1$
	public static final String MATERIALS = "materials"; //$NON-NLS-1$

	public static final String ID = "id"; //$NON-NLS-1$
	public static final String NAME = "name"; //$NON-NLS-1$
	public static final String CLASS = "class"; //$NON-NLS-1$
	public static final String DESCRIPTION = "description"; //$NON-NLS-1$
	public static final String VERSION = "version"; //$NON-NLS-1$
	public static final String DENSITY = "density"; //$NON-NLS-1$
	public static final String SPECIFIC_HEAT = "specificHeat"; //$NON-NLS-1$
	public static final String CONDUCTIVITY = "conductivity"; //$NON-NLS-1$
	public static final String CONDUCTIVITY_THROUGH_THICKNESS = "conductivityThroughThickness"; //$NON-NLS-1$
	public static final String MELTING_RANGE = "meltingRange"; //$NON-NLS-1$
	public static final String LATENT_HEAT_FUSION = "latentHeatFusion"; //$NON-NLS-1$
	public static final String BOILING_POINT = "boilingPoint"; //$NON-NLS-1$
	public static final String LATENT_HEAT_VAPORIZATION = "latentHeatVaporization"; //$NON-NLS-1$
	public static final String EMISSIVITY = "emissivity"; //$NON-NLS-1$
	public static final String ABSORPTIVITY = "absorptivity"; //$NON-NLS-1$

	public static final String UNIT = "unit"; //$NON-NLS-1$
	public static final String TABLE = "table"; //$NON-NLS-1$
	public static final String VALUE = "value"; //$NON-NLS-1$
	public static final String SOLIDUS = "solidus"; //$NON-NLS-1$
	public static final String LIQUIDUS = "liquidus"; //$NON-NLS-1$
	public static final String ROWS = "rows"; //$NON-NLS-1$
	public static final String WAVELENGTH = "wavelength"; //$NON-NLS-1$
	public static final String SOURCE = "source"; //$NON-NLS-1$
	public static final String CITATION = "citation"; //$NON-NLS-1$
	public static final String URL = "url"; //$NON-NLS-1$
	public static final String NOTES = "notes"; //$NON-NLS-1$

	public static final String UNIT_DENSITY = "kg/m3"; //$NON-NLS-1$
	public static final String UNIT_SPECIFIC_HEAT = "J/(kg K)"; //$NON-NLS-1$
	public static final String UNIT_CONDUCTIVITY = "W/(m K)"; //$NON-NLS-1$
	public static final String UNIT_TEMPERATURE = "K"; //$NON-NLS-1$
	public static final String UNIT_LATENT_HEAT = "J/kg"; //$NON-NLS-1$
	public static final String UNIT_FRACTION = "1"; //$NON-NLS-1$

	private JsonFormat() {
	}
}
