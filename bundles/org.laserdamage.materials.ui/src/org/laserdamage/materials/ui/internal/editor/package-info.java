/**
 * The material editor: a working copy of a material ({@code MaterialDraft})
 * edited in form sections, validated as the user types, plotted through
 * {@code org.laserdamage.ui.charts} and saved as a new version.
 */
package org.laserdamage.materials.ui.internal.editor;
