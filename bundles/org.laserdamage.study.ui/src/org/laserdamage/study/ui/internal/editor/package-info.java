/**
 * The multi-page study editor: form pages bound to the study through EMF
 * databinding and commands, the raw tree page, the preview canvas, and the
 * Undo/Redo wiring.
 */
package org.laserdamage.study.ui.internal.editor;
