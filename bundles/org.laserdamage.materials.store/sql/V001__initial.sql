-- Schema version 1 of the material database. The same script runs on Apache
-- Derby and on PostgreSQL, so it uses only SQL both accept.
-- Format: statements end with a semicolon at the end of a line; lines starting
-- with two dashes are comments. No semicolons inside statements.

-- One row per applied migration; the highest version is the schema version.
CREATE TABLE schema_version (
    version INTEGER NOT NULL,
    description VARCHAR(200) NOT NULL,
    applied_at TIMESTAMP NOT NULL,
    CONSTRAINT schema_version_pk PRIMARY KEY (version)
);

-- One row per stored version of a material; rows are only ever inserted, so a
-- run that recorded (material_id, version) can always read the same data.
-- Scalars in SI units (K, J/kg); DOUBLE PRECISION keeps every double exactly.
CREATE TABLE material_version (
    material_id VARCHAR(100) NOT NULL,
    version INTEGER NOT NULL,
    name VARCHAR(200) NOT NULL,
    material_class VARCHAR(20) NOT NULL,
    description VARCHAR(32000) NOT NULL,
    solidus DOUBLE PRECISION NOT NULL,
    liquidus DOUBLE PRECISION NOT NULL,
    latent_heat_fusion DOUBLE PRECISION NOT NULL,
    boiling_point DOUBLE PRECISION NOT NULL,
    latent_heat_vaporization DOUBLE PRECISION NOT NULL,
    created_at TIMESTAMP NOT NULL,
    CONSTRAINT material_version_pk PRIMARY KEY (material_id, version),
    CONSTRAINT material_version_number CHECK (version >= 1)
);

-- The source of each property of a material version (property is a
-- PropertyKind name). Every property has one, so every table row below refers
-- to its source row.
CREATE TABLE property_source (
    material_id VARCHAR(100) NOT NULL,
    version INTEGER NOT NULL,
    property VARCHAR(40) NOT NULL,
    citation VARCHAR(4000) NOT NULL,
    url VARCHAR(4000) NOT NULL,
    notes VARCHAR(32000) NOT NULL,
    CONSTRAINT property_source_pk PRIMARY KEY (material_id, version, property),
    CONSTRAINT property_source_material FOREIGN KEY (material_id, version)
        REFERENCES material_version (material_id, version)
);

-- Points of the tables against temperature (K): density, specific heat,
-- conductivity, through-thickness conductivity and emissivity, in SI units.
-- seq counts from 0 in order of increasing temperature.
CREATE TABLE temperature_point (
    material_id VARCHAR(100) NOT NULL,
    version INTEGER NOT NULL,
    property VARCHAR(40) NOT NULL,
    seq INTEGER NOT NULL,
    temperature DOUBLE PRECISION NOT NULL,
    value DOUBLE PRECISION NOT NULL,
    CONSTRAINT temperature_point_pk PRIMARY KEY (material_id, version, property, seq),
    CONSTRAINT temperature_point_source FOREIGN KEY (material_id, version, property)
        REFERENCES property_source (material_id, version, property)
);

-- Absorptivity (fraction) against wavelength (m) and temperature (K). Both
-- increase strictly within a material version, so they identify a point.
CREATE TABLE absorptivity_point (
    material_id VARCHAR(100) NOT NULL,
    version INTEGER NOT NULL,
    wavelength DOUBLE PRECISION NOT NULL,
    temperature DOUBLE PRECISION NOT NULL,
    value DOUBLE PRECISION NOT NULL,
    CONSTRAINT absorptivity_point_pk PRIMARY KEY (material_id, version, wavelength, temperature),
    CONSTRAINT absorptivity_point_material FOREIGN KEY (material_id, version)
        REFERENCES material_version (material_id, version)
);
