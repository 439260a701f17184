-- A material as schema version 1 stored it (no created_by column yet), for the
-- migration test. Its values are repeated in MigrationTest.V001_SAMPLE.
INSERT INTO material_version (material_id, version, name, material_class, description, solidus, liquidus,
    latent_heat_fusion, boiling_point, latent_heat_vaporization, created_at)
    VALUES ('v001-sample', 1, 'Material stored by schema 1', 'CERAMIC', 'written with the V001 schema',
    1000.5, 1100.25, 2.5e5, 2500, 5.5e6, CURRENT_TIMESTAMP);
INSERT INTO property_source (material_id, version, property, citation, url, notes)
    VALUES ('v001-sample', 1, 'DENSITY', 'schema 1 fixture', 'https://example.org/v1', 'measured at 20 C');
INSERT INTO property_source (material_id, version, property, citation, url, notes)
    VALUES ('v001-sample', 1, 'SPECIFIC_HEAT', 'schema 1 fixture', '', '');
INSERT INTO property_source (material_id, version, property, citation, url, notes)
    VALUES ('v001-sample', 1, 'CONDUCTIVITY', 'schema 1 fixture', '', '');
INSERT INTO property_source (material_id, version, property, citation, url, notes)
    VALUES ('v001-sample', 1, 'MELTING_RANGE', 'schema 1 fixture', '', '');
INSERT INTO property_source (material_id, version, property, citation, url, notes)
    VALUES ('v001-sample', 1, 'LATENT_HEAT_FUSION', 'schema 1 fixture', '', '');
INSERT INTO property_source (material_id, version, property, citation, url, notes)
    VALUES ('v001-sample', 1, 'BOILING_POINT', 'schema 1 fixture', '', '');
INSERT INTO property_source (material_id, version, property, citation, url, notes)
    VALUES ('v001-sample', 1, 'LATENT_HEAT_VAPORIZATION', 'schema 1 fixture', '', '');
INSERT INTO property_source (material_id, version, property, citation, url, notes)
    VALUES ('v001-sample', 1, 'EMISSIVITY', 'schema 1 fixture', '', '');
INSERT INTO property_source (material_id, version, property, citation, url, notes)
    VALUES ('v001-sample', 1, 'ABSORPTIVITY', 'schema 1 fixture', '', '');
INSERT INTO temperature_point (material_id, version, property, seq, temperature, value)
    VALUES ('v001-sample', 1, 'DENSITY', 0, 293.15, 3900);
INSERT INTO temperature_point (material_id, version, property, seq, temperature, value)
    VALUES ('v001-sample', 1, 'DENSITY', 1, 1000, 3850);
INSERT INTO temperature_point (material_id, version, property, seq, temperature, value)
    VALUES ('v001-sample', 1, 'SPECIFIC_HEAT', 0, 293.15, 880);
INSERT INTO temperature_point (material_id, version, property, seq, temperature, value)
    VALUES ('v001-sample', 1, 'CONDUCTIVITY', 0, 293.15, 30);
INSERT INTO temperature_point (material_id, version, property, seq, temperature, value)
    VALUES ('v001-sample', 1, 'CONDUCTIVITY', 1, 1000, 12.5);
INSERT INTO temperature_point (material_id, version, property, seq, temperature, value)
    VALUES ('v001-sample', 1, 'EMISSIVITY', 0, 293.15, 0.8);
INSERT INTO absorptivity_point (material_id, version, wavelength, temperature, value)
    VALUES ('v001-sample', 1, 1.064e-6, 293.15, 0.1);
INSERT INTO absorptivity_point (material_id, version, wavelength, temperature, value)
    VALUES ('v001-sample', 1, 1.064e-6, 1000, 0.2);
INSERT INTO absorptivity_point (material_id, version, wavelength, temperature, value)
    VALUES ('v001-sample', 1, 1.06e-5, 293.15, 0.9);
