package org.laserdamage.materials.ui.internal.editor;

import java.util.Map;

import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * What every section of the editor needs.
 *
 * @param toolkit  creates the form widgets
 * @param editable false for a read-only (older) version
 * @param edits    records every edit of the draft (for undo; the editor validates after each)
 * @param targets  receives the control of each validation target (see {@link Problem})
 * @param reflow   lays the form out again after a part of it changed size
 */
record SectionContext(FormToolkit toolkit, boolean editable, DraftEdits edits, Map<String, Control> targets,
		Runnable reflow) {
}
