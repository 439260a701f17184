-- Schema version 3: melting data (solidus, liquidus, latent_heat_fusion) and
-- boiling data (boiling_point, latent_heat_vaporization) are optional, each
-- group as a whole; NULL means "not given" (a material without melting data
-- never melts). Versions stored before keep their values.
-- Derby and PostgreSQL spell "drop NOT NULL" differently, hence the sections.

-- @dialect derby
ALTER TABLE material_version ALTER COLUMN solidus NULL;
ALTER TABLE material_version ALTER COLUMN liquidus NULL;
ALTER TABLE material_version ALTER COLUMN latent_heat_fusion NULL;
ALTER TABLE material_version ALTER COLUMN boiling_point NULL;
ALTER TABLE material_version ALTER COLUMN latent_heat_vaporization NULL;

-- @dialect postgresql
ALTER TABLE material_version ALTER COLUMN solidus DROP NOT NULL;
ALTER TABLE material_version ALTER COLUMN liquidus DROP NOT NULL;
ALTER TABLE material_version ALTER COLUMN latent_heat_fusion DROP NOT NULL;
ALTER TABLE material_version ALTER COLUMN boiling_point DROP NOT NULL;
ALTER TABLE material_version ALTER COLUMN latent_heat_vaporization DROP NOT NULL;

-- @dialect all
-- A group is stored whole or not at all, as Material requires.
ALTER TABLE material_version ADD CONSTRAINT material_version_melting CHECK (
    (solidus IS NULL AND liquidus IS NULL AND latent_heat_fusion IS NULL)
    OR (solidus IS NOT NULL AND liquidus IS NOT NULL AND latent_heat_fusion IS NOT NULL));
ALTER TABLE material_version ADD CONSTRAINT material_version_boiling CHECK (
    (boiling_point IS NULL AND latent_heat_vaporization IS NULL)
    OR (boiling_point IS NOT NULL AND latent_heat_vaporization IS NOT NULL));
