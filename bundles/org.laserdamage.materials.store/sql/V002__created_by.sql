-- Schema version 2: who stored each material version (the operating-system
-- user of the program that saved it), so that on a database shared by several
-- analysts a version can be traced to the person who entered it. Versions
-- stored before this migration keep an empty created_by.
ALTER TABLE material_version ADD COLUMN created_by VARCHAR(200) DEFAULT '' NOT NULL;
