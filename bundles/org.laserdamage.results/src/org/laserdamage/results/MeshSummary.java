package org.laserdamage.results;

/**
 * Size of the mesh a run used.
 *
 * @param radialCells cells along r
 * @param axialCells  cells along z, all layers
 * @param cells       total cells
 * @param radius      target radius, m
 * @param thickness   target thickness, m
 */
public record MeshSummary(int radialCells, int axialCells, int cells, double radius, double thickness) {
}
