package org.laserdamage.runs.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.laserdamage.runs.ui.RunsUI;
import org.laserdamage.runs.ui.StudyRuns;
import org.laserdamage.runs.ui.internal.monitor.RunSummaryPart;
import org.laserdamage.runs.ui.internal.monitor.JobsPart;
import org.laserdamage.runs.ui.internal.navigator.StudiesView;
import org.laserdamage.ui.DisplayUnits;
import org.laserdamage.ui.LaserDamageUI;
import org.laserdamage.ui.WorkbenchPreferences;
import org.laserdamage.ui.testsupport.NoLoggedProblems;
import org.laserdamage.ui.testsupport.ScreenshotOnFailure;
import org.laserdamage.ui.testsupport.TestWorkspace;
import org.laserdamage.ui.testsupport.Ui;

/** The application around the editors: perspectives, menus, e4 parts from the model fragment, preferences. */
@ExtendWith({ ScreenshotOnFailure.class, NoLoggedProblems.class })
class WorkbenchShellTest {

	@AfterEach
	void back() {
		Runs.joinAll();
		WorkbenchPreferences.node().remove(WorkbenchPreferences.TEMPERATURE_UNIT);
		show(LaserDamageUI.STUDY_PERSPECTIVE);
	}

	private static IWorkbenchWindow window() {
		return PlatformUI.getWorkbench().getWorkbenchWindows()[0];
	}

	private static IWorkbenchPage show(String perspective) {
		return Ui.call(() -> {
			try {
				return PlatformUI.getWorkbench().showPerspective(perspective, window());
			} catch (org.eclipse.ui.WorkbenchException e) {
				throw new AssertionError(e);
			}
		});
	}

	@Test
	void everyPerspectiveShowsItsViews() {
		IWorkbenchPage study = show(LaserDamageUI.STUDY_PERSPECTIVE);
		Ui.run(study::resetPerspective);
		for (String view : List.of(LaserDamageUI.STUDIES_VIEW, LaserDamageUI.MATERIALS_VIEW,
				org.eclipse.ui.IPageLayout.ID_PROBLEM_VIEW, org.eclipse.ui.IPageLayout.ID_PROP_SHEET,
				org.eclipse.ui.IPageLayout.ID_OUTLINE, LaserDamageUI.CONSOLE_VIEW)) {
			assertNotNull(Ui.call(() -> study.findView(view)), "Study perspective lacks " + view); //$NON-NLS-1$
		}
		// the materials grid paints its rows (a grid without text has a handful of colours)
		org.eclipse.nebula.widgets.nattable.NatTable materials = Ui.waitFor(Ui::workbenchShell, "materials.table", //$NON-NLS-1$
				org.eclipse.nebula.widgets.nattable.NatTable.class);
		Ui.waitUntil("the materials in the grid", () -> Ui.call(materials::getRowCount) > 2); //$NON-NLS-1$
		Ui.processEvents();
		int colours = org.laserdamage.ui.testsupport.Screenshots.colours(org.laserdamage.ui.testsupport.Screenshots.of(materials));
		assertTrue(colours > 12, "the materials grid shows text, colours: " + colours); //$NON-NLS-1$
		IWorkbenchPage results = show(LaserDamageUI.RESULTS_PERSPECTIVE);
		Ui.run(results::resetPerspective);
		for (String view : List.of(LaserDamageUI.STUDIES_VIEW, LaserDamageUI.RUN_SUMMARY_VIEW,
				LaserDamageUI.CONSOLE_VIEW)) {
			assertNotNull(Ui.call(() -> results.findView(view)), "Results perspective lacks " + view); //$NON-NLS-1$
		}
		IWorkbenchPage monitoring = show(LaserDamageUI.MONITORING_PERSPECTIVE);
		Ui.run(monitoring::resetPerspective);
		assertNotNull(Ui.call(() -> monitoring.findView(LaserDamageUI.RUNS_VIEW)), "Monitoring lacks the Jobs view"); //$NON-NLS-1$
	}

	@Test
	void theMenusOfTheApplication() {
		List<String> menus = Ui.call(() -> {
			List<String> texts = new ArrayList<>();
			for (MenuItem item : window().getShell().getMenuBar().getItems()) {
				texts.add(item.getText().replace("&", "")); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return texts;
		});
		assertEquals(List.of("File", "Edit", "Study", "Run", "Window", "Help"), menus); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	}

	@Test
	void theRunPartsComeFromTheModelFragmentAndAreInjected() throws Exception {
		MApplication application = PlatformUI.getWorkbench().getService(MApplication.class);
		List<String> descriptors = application.getDescriptors().stream().map(MPartDescriptor::getElementId).toList();
		assertTrue(descriptors.contains(RunsUI.RUNS_VIEW), descriptors.toString());
		assertTrue(descriptors.contains(RunsUI.RUN_SUMMARY_VIEW), descriptors.toString());

		IFile study = TestWorkspace.copyOfExample("al6061-cw-1kW.ldsim"); //$NON-NLS-1$
		RunsUI.run(study, false).join();
		IFolder run = StudyRuns.runs(study).get(0);

		IWorkbenchPage page = show(LaserDamageUI.RESULTS_PERSPECTIVE);
		StudiesView studies = (StudiesView) showView(page, RunsUI.STUDIES_VIEW);
		showView(page, RunsUI.RUN_SUMMARY_VIEW);
		RunSummaryPart summary = part(RunsUI.RUN_SUMMARY_VIEW, RunSummaryPart.class);
		assertNotNull(summary);
		Ui.run(() -> {
			page.activate(studies);
			studies.viewer().setSelection(new StructuredSelection(run), true);
		});
		Text text = Ui.waitFor(() -> window().getShell(), "runSummary.text", Text.class); //$NON-NLS-1$
		Ui.waitUntil("the summary of the selected run", () -> Ui.call(text::getText).contains("melt-through")); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(Ui.call(text::getText).contains(" K "), Ui.call(text::getText)); //$NON-NLS-1$

		WorkbenchPreferences.node().put(WorkbenchPreferences.TEMPERATURE_UNIT, DisplayUnits.Unit.CELSIUS.name());
		Ui.waitUntil("the open Run Summary in \u00b0C", () -> Ui.call(text::getText).contains(" \u00b0C ")); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(Ui.call(text::getText).contains("E-"), Ui.call(text::getText)); //$NON-NLS-1$
		String inCelsius = RunSummaryPart.describe(run.getLocation().toPath());
		assertTrue(inCelsius.contains(" \u00b0C "), inCelsius); //$NON-NLS-1$

		showView(page, RunsUI.RUNS_VIEW);
		JobsPart runs = part(RunsUI.RUNS_VIEW, JobsPart.class);
		Ui.waitUntil("the run in the Jobs view", () -> Ui.call(() -> { //$NON-NLS-1$
			org.eclipse.swt.widgets.Table table = runs.viewer().getTable();
			for (org.eclipse.swt.widgets.TableItem item : table.getItems()) {
				if (item.getText(0).equals(study.getFullPath().toString()) && item.getText(3).equals("succeeded")) { //$NON-NLS-1$
					return true;
				}
			}
			return false;
		}));
	}

	@Test
	void everyLabelIsTranslated() {
		List<String> raw = Ui.call(() -> {
			List<String> found = new ArrayList<>();
			org.eclipse.ui.IWorkbench workbench = PlatformUI.getWorkbench();
			for (org.eclipse.ui.views.IViewDescriptor view : workbench.getViewRegistry().getViews()) {
				untranslated(found, "view " + view.getId(), view.getLabel(), view.getDescription()); //$NON-NLS-1$
			}
			for (org.eclipse.ui.views.IViewCategory category : workbench.getViewRegistry().getCategories()) {
				untranslated(found, "view category " + category.getId(), category.getLabel()); //$NON-NLS-1$
			}
			MApplication application = workbench.getService(MApplication.class);
			for (MPartDescriptor descriptor : application.getDescriptors()) {
				untranslated(found, "part descriptor " + descriptor.getElementId(), descriptor.getLocalizedLabel(), //$NON-NLS-1$
						descriptor.getLocalizedTooltip(), descriptor.getCategory());
			}
			for (org.eclipse.ui.IPerspectiveDescriptor perspective : workbench.getPerspectiveRegistry().getPerspectives()) {
				untranslated(found, "perspective " + perspective.getId(), perspective.getLabel()); //$NON-NLS-1$
			}
			// everything the Laser Damage bundles declare in plugin.xml: names, labels, descriptions, tooltips
			org.eclipse.core.runtime.IExtensionRegistry registry = org.eclipse.core.runtime.Platform.getExtensionRegistry();
			for (org.eclipse.core.runtime.IExtensionPoint point : registry.getExtensionPoints()) {
				for (org.eclipse.core.runtime.IExtension extension : point.getExtensions()) {
					if (extension.getContributor().getName().startsWith("org.laserdamage")) { //$NON-NLS-1$
						untranslated(found, "extension " + extension.getUniqueIdentifier(), extension.getLabel()); //$NON-NLS-1$
						for (org.eclipse.core.runtime.IConfigurationElement element : extension.getConfigurationElements()) {
							attributes(found, extension.getContributor().getName(), element);
						}
					}
				}
			}
			for (org.osgi.framework.Bundle bundle : org.osgi.framework.FrameworkUtil.getBundle(RunsUI.class).getBundleContext()
					.getBundles()) {
				if (bundle.getSymbolicName().startsWith("org.laserdamage")) { //$NON-NLS-1$
					untranslated(found, "bundle " + bundle.getSymbolicName(), bundle.getHeaders().get("Bundle-Name"), //$NON-NLS-1$ //$NON-NLS-2$
							bundle.getHeaders().get("Bundle-Vendor")); //$NON-NLS-1$
				}
			}
			return found;
		});
		assertEquals(List.of(), raw);
	}

	@Test
	void theShowViewDialogListsTranslatedNames() {
		Ui.display().asyncExec(() -> {
			try {
				window().getService(org.eclipse.ui.handlers.IHandlerService.class)
						.executeCommand(org.eclipse.ui.IWorkbenchCommandConstants.VIEWS_SHOW_VIEW, null);
			} catch (Exception e) {
				throw new AssertionError("Window > Show View > Other... failed", e); //$NON-NLS-1$
			}
		});
		org.eclipse.swt.widgets.Shell[] dialog = new org.eclipse.swt.widgets.Shell[1];
		Ui.waitUntil("the Show View dialog", () -> { //$NON-NLS-1$
			for (org.eclipse.swt.widgets.Shell shell : Ui.display().getShells()) {
				if (shell != window().getShell() && shell.isVisible()
						&& Ui.find(shell, org.eclipse.swt.widgets.Tree.class, t -> true) != null) {
					dialog[0] = shell;
					return true;
				}
			}
			return false;
		});
		List<String> names = Ui.call(() -> {
			org.eclipse.swt.widgets.Tree tree = Ui.find(dialog[0], org.eclipse.swt.widgets.Tree.class, t -> true);
			List<String> texts = new ArrayList<>();
			for (org.eclipse.swt.widgets.TreeItem category : tree.getItems()) {
				// the viewer creates the children of a category when it is expanded
				org.eclipse.swt.widgets.Event expand = new org.eclipse.swt.widgets.Event();
				expand.item = category;
				tree.notifyListeners(org.eclipse.swt.SWT.Expand, expand);
				category.setExpanded(true);
				texts.add(category.getText());
				for (org.eclipse.swt.widgets.TreeItem view : category.getItems()) {
					texts.add(view.getText());
				}
			}
			return texts;
		});
		Ui.run(dialog[0]::close);
		Ui.waitUntil("the dialog to close", dialog[0]::isDisposed); //$NON-NLS-1$
		assertTrue(names.containsAll(List.of("Laser Damage", "Studies", "Jobs", "Run Summary", "Materials")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				names.toString());
		assertEquals(List.of(), names.stream().filter(name -> name.startsWith("%")).toList()); //$NON-NLS-1$
		assertTrue(!names.contains("Variables") && !names.contains("Breakpoints"), //$NON-NLS-1$ //$NON-NLS-2$
				"debuggers' views are hidden: " + names); //$NON-NLS-1$
	}

	private static void attributes(List<String> found, String bundle, org.eclipse.core.runtime.IConfigurationElement element) {
		for (String name : element.getAttributeNames()) {
			untranslated(found, bundle + " " + element.getName() + "@" + name, element.getAttribute(name)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		for (org.eclipse.core.runtime.IConfigurationElement child : element.getChildren()) {
			attributes(found, bundle, child);
		}
	}

	private static void untranslated(List<String> found, String what, String... labels) {
		for (String label : labels) {
			if (label != null && label.startsWith("%")) { //$NON-NLS-1$
				found.add(what + ": " + label); //$NON-NLS-1$
			}
		}
	}

	@Test
	void theWelcomeViewOpensTheNewStudyWizard() {
		IWorkbenchPage page = show(LaserDamageUI.STUDY_PERSPECTIVE);
		showView(page, LaserDamageUI.WELCOME_VIEW);
		org.eclipse.ui.forms.widgets.Hyperlink link = Ui.waitFor(Ui::workbenchShell, "welcome.newStudy", //$NON-NLS-1$
				org.eclipse.ui.forms.widgets.Hyperlink.class);
		org.laserdamage.ui.testsupport.Input.focus(link);
		org.laserdamage.ui.testsupport.Input.press(org.eclipse.swt.SWT.CR);
		org.eclipse.swt.widgets.Shell[] wizard = new org.eclipse.swt.widgets.Shell[1];
		Ui.waitUntil("the New Study wizard with its templates", () -> Ui.call(() -> { //$NON-NLS-1$
			for (org.eclipse.swt.widgets.Shell shell : Ui.display().getShells()) {
				if (shell != window().getShell() && shell.isVisible()
						&& Ui.find(shell, "wizard.templates", org.eclipse.swt.widgets.Table.class) != null) { //$NON-NLS-1$
					wizard[0] = shell;
					return true;
				}
			}
			return false;
		}));
		Ui.run(wizard[0]::close);
		Ui.waitUntil("the wizard to close", () -> Ui.call(wizard[0]::isDisposed)); //$NON-NLS-1$
		Ui.run(() -> page.hideView(page.findView(LaserDamageUI.WELCOME_VIEW)));
	}

	private static IViewPart showView(IWorkbenchPage page, String id) {
		return Ui.call(() -> {
			try {
				return page.showView(id);
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		});
	}

	private static <T> T part(String id, Class<T> type) {
		return Ui.call(() -> {
			EPartService parts = window().getService(EPartService.class);
			MPart part = parts.findPart(id);
			return part == null ? null : type.cast(part.getObject());
		});
	}
}
