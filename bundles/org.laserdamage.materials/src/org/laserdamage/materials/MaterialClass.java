package org.laserdamage.materials;

/** Broad class of a material, used for filtering and for sensible defaults. */
public enum MaterialClass {
	METAL, CERAMIC, GLASS, POLYMER, COMPOSITE
}
