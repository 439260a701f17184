/**
 * The materials user interface: the Materials view (searchable grid of the
 * material library) and the material editor (forms, property tables, plots,
 * versions). Other UI bundles use the ids in {@link org.laserdamage.materials.ui.MaterialsUI}
 * and open materials through {@link org.laserdamage.materials.ui.MaterialEditorInput}.
 */
package org.laserdamage.materials.ui;
