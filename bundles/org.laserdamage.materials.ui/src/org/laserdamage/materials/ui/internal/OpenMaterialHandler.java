package org.laserdamage.materials.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.laserdamage.materials.Material;
import org.laserdamage.materials.ui.MaterialsUI;

/** Opens the material named by the command parameter, or else the selected materials. */
public final class OpenMaterialHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		for (Material material : targets(event, window)) {
			MaterialEditors.open(window.getActivePage(), material);
		}
		return null;
	}

	private static List<Material> targets(ExecutionEvent event, IWorkbenchWindow window) throws ExecutionException {
		String id = event.getParameter(MaterialsUI.OPEN_COMMAND_MATERIAL_ID);
		List<Material> targets = new ArrayList<>();
		if (id != null) {
			MaterialLibraryService service = window.getService(MaterialLibraryService.class);
			if (service == null) {
				throw new ExecutionException(Messages.OpenMaterialHandler_noService);
			}
			targets.add(service.materials().library().find(id)
					.orElseThrow(() -> new ExecutionException(NLS.bind(Messages.OpenMaterialHandler_unknown, id))));
		} else if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection) {
			for (Object element : selection) {
				if (element instanceof Material material) {
					targets.add(material);
				}
			}
		}
		return targets;
	}
}
