/**
 * Verified backup sets of the databases, results, configuration and user
 * data, and restores from them (no UI). A set is a folder named by its UTC
 * time ({@code yyyyMMdd_HHmmss}) holding one compressed tar archive per item
 * and a {@code manifest.json} with every archive's size and SHA-256; it only
 * gets its final name once every archive was read back and matched, so a
 * process killed while writing leaves a folder whose name says it is not a
 * backup. Every operation takes an {@code IProgressMonitor} and can be
 * cancelled at any point.
 */
package org.laserdamage.backup;
