package org.laserdamage.ui.internal;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;
import org.laserdamage.ui.LaserDamageUI;
import org.laserdamage.ui.WorkbenchPreferences;

/**
 * Opens windows on the Study perspective over the workspace, remembers the
 * layout, and saves the workspace (markers, resource state) on exit.
 */
final class LaserDamageWorkbenchAdvisor extends WorkbenchAdvisor {

	private final StartupProbe probe;

	LaserDamageWorkbenchAdvisor(StartupProbe probe) {
		this.probe = probe;
	}

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		configurer.setSaveAndRestore(true);
		// adapters the IDE views need: workspace resources in Properties, markers, the Problems view
		IDE.registerAdapters();
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return LaserDamageUI.STUDY_PERSPECTIVE;
	}

	@Override
	public IAdaptable getDefaultPageInput() {
		return ResourcesPlugin.getWorkspace().getRoot();
	}

	@Override
	public void postShutdown() {
		try {
			ResourcesPlugin.getWorkspace().save(true, null);
		} catch (CoreException e) {
			ILog.of(LaserDamageWorkbenchAdvisor.class).log(e.getStatus());
		}
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new WorkbenchWindowAdvisor(configurer) {
			@Override
			public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer actionBars) {
				return new LaserDamageActionBarAdvisor(actionBars);
			}

			@Override
			public void preWindowOpen() {
				IWorkbenchWindowConfigurer window = getWindowConfigurer();
				window.setInitialSize(new Point(1280, 800));
				window.setShowCoolBar(true);
				window.setShowMenuBar(true);
				window.setShowProgressIndicator(true);
				window.setShowStatusLine(true);
				window.setShowPerspectiveBar(true);
				window.setTitle(Messages.Workbench_title);
			}

			@Override
			public void postWindowOpen() {
				IWorkbenchPage page = getWindowConfigurer().getWindow().getActivePage();
				if (page != null && WorkbenchPreferences.showWelcome() && probe.welcomeAllowed()) {
					try {
						page.showView(LaserDamageUI.WELCOME_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
					} catch (PartInitException e) {
						ILog.of(LaserDamageWorkbenchAdvisor.class).log(e.getStatus());
					}
				}
				probe.windowOpened(getWindowConfigurer().getWindow());
			}
		};
	}
}
