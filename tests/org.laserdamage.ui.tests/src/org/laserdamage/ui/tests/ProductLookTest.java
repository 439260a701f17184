package org.laserdamage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.jface.preference.IPreferenceNode;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.laserdamage.ui.LaserDamageUI;
import org.laserdamage.ui.internal.DocumentView;
import org.laserdamage.ui.internal.WorkbenchPreferencePage;
import org.laserdamage.ui.testsupport.MainMenu;
import org.laserdamage.ui.testsupport.MaterialsViewPage;
import org.laserdamage.ui.testsupport.NoLoggedProblems;
import org.laserdamage.ui.testsupport.ScreenshotOnFailure;
import org.laserdamage.ui.testsupport.Screenshots;
import org.laserdamage.ui.testsupport.Ui;

/** The product's look: title, window icons, perspective icons, Preferences on its page, Help with the documents. */
@ExtendWith({ ScreenshotOnFailure.class, NoLoggedProblems.class })
class ProductLookTest {

	private static final Map<String, String> DOCUMENTS = Map.of( //
			"Workbench Guide", "docs/workbench.md", //$NON-NLS-1$ //$NON-NLS-2$
			"Materials View and Editor", "docs/materials-ui.md", //$NON-NLS-1$ //$NON-NLS-2$
			"Study File Format", "docs/study-format.md", //$NON-NLS-1$ //$NON-NLS-2$
			"Result Folder Format", "docs/result-format.md", //$NON-NLS-1$ //$NON-NLS-2$
			"Material CSV Files", "docs/material-csv.md", //$NON-NLS-1$ //$NON-NLS-2$
			"Command Line and Installation (README)", "README.md"); //$NON-NLS-1$ //$NON-NLS-2$

	@AfterEach
	void closeDocuments() {
		Ui.run(() -> {
			IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			for (IViewReference view : page.getViewReferences()) {
				if (LaserDamageUI.DOCUMENT_VIEW.equals(view.getId())) {
					page.hideView(view);
				}
			}
		});
	}

	@Test
	void theWindowHasTheProductTitleAndIconsOfEverySize() {
		Ui.waitUntil("a workbench window", () -> PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null); //$NON-NLS-1$
		assertEquals("Laser Damage Workbench", Ui.call(() -> Ui.workbenchShell().getText())); //$NON-NLS-1$
		List<Integer> sizes = Ui.call(() -> Arrays.stream(Ui.workbenchShell().getImages())
				.map(image -> image.getBounds().width).sorted().toList());
		assertEquals(List.of(16, 32, 48, 64, 128), sizes);
		MaterialsViewPage.open();
		Screenshots.saveWindowForDocs("workbench.png"); //$NON-NLS-1$
	}

	@Test
	void theThreePerspectivesHaveIconsOfTheirOwn() {
		List<String> pixels = Ui.call(() -> {
			List<String> found = new ArrayList<>();
			for (String id : List.of(LaserDamageUI.STUDY_PERSPECTIVE, LaserDamageUI.RESULTS_PERSPECTIVE,
					LaserDamageUI.MONITORING_PERSPECTIVE)) {
				found.add(pixels(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(id)
						.getImageDescriptor(), id));
			}
			return found;
		});
		assertEquals(3, new HashSet<>(pixels).size(), "three different icons"); //$NON-NLS-1$
		String platformDefault = Ui.call(() -> pixels(PlatformUI.getWorkbench().getSharedImages()
				.getImageDescriptor(ISharedImages.IMG_ETOOL_DEF_PERSPECTIVE), "the default perspective icon")); //$NON-NLS-1$
		assertFalse(pixels.contains(platformDefault), "none is the platform's default icon"); //$NON-NLS-1$
	}

	private static String pixels(ImageDescriptor icon, String what) {
		assertNotNull(icon, what);
		ImageData data = icon.getImageData(100);
		assertNotNull(data, what + " loads"); //$NON-NLS-1$
		return data.width + "x" + data.height + Arrays.toString(data.data); //$NON-NLS-1$
	}

	@Test
	void preferencesOpenOnTheLaserDamagePageEveryTime() {
		// org.eclipse.ui.console files its ANSI page under the Console page of org.eclipse.debug.ui,
		// which the product does not have; the platform logs that when it first lists the pages
		NoLoggedProblems.expect("Invalid preference category path: org.eclipse.debug.ui.ConsolePreferencePage"); //$NON-NLS-1$
		PreferenceDialog first = openPreferences();
		assertInstanceOf(WorkbenchPreferencePage.class, Ui.call(first::getSelectedPage), "first opening"); //$NON-NLS-1$
		Ui.run(() -> {
			IPreferenceNode other = Arrays.stream(first.getPreferenceManager().getRootSubNodes())
					.filter(node -> !LaserDamageUI.PREFERENCE_PAGE.equals(node.getId())).findFirst().orElseThrow();
			first.getTreeViewer().setSelection(new StructuredSelection(other), true);
		});
		Ui.waitUntil("another page to be selected", () -> !(first.getSelectedPage() instanceof WorkbenchPreferencePage)); //$NON-NLS-1$
		Ui.run(first::close);

		PreferenceDialog second = openPreferences();
		assertInstanceOf(WorkbenchPreferencePage.class, Ui.call(second::getSelectedPage),
				"after another page was the last one shown"); //$NON-NLS-1$
		Ui.run(second::close);
	}

	/** Window &gt; Preferences; returns the dialog once it shows a page. */
	private static PreferenceDialog openPreferences() {
		MainMenu.chooseLater("Window", "Preferences"); //$NON-NLS-1$ //$NON-NLS-2$
		PreferenceDialog[] dialog = new PreferenceDialog[1];
		Ui.waitUntil("the Preferences dialog", () -> { //$NON-NLS-1$
			for (Shell shell : Ui.display().getShells()) {
				if (shell.isVisible() && shell.getData() instanceof PreferenceDialog d && d.getSelectedPage() != null) {
					dialog[0] = d;
					return true;
				}
			}
			return false;
		});
		return dialog[0];
	}

	@Test
	void helpListsTheDocumentsAndOpensEachOfThem() throws Exception {
		List<String> items = MainMenu.items("Help"); //$NON-NLS-1$
		assertTrue(items.containsAll(DOCUMENTS.keySet()), items.toString());

		MainMenu.chooseLater("Help", "Workbench Guide"); //$NON-NLS-1$ //$NON-NLS-2$
		String firstLine = Files.readAllLines(documentation("docs/workbench.md")).get(0); //$NON-NLS-1$
		Ui.waitUntil("the Workbench Guide in a Document view", () -> shownText().startsWith(firstLine)); //$NON-NLS-1$

		for (String file : DOCUMENTS.values()) {
			Ui.run(() -> execute(file));
			String heading = Files.readAllLines(documentation(file)).get(0);
			Ui.waitUntil(file + " in a Document view", () -> shownText().startsWith(heading)); //$NON-NLS-1$
		}
	}

	private static Path documentation(String file) {
		return Path.of(System.getProperty("laserdamage.docs")).getParent().resolve(file); //$NON-NLS-1$
	}

	private static void execute(String file) {
		try {
			ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
			ParameterizedCommand command = ParameterizedCommand.generateCommand(
					commands.getCommand(LaserDamageUI.OPEN_DOCUMENT_COMMAND), Map.of(LaserDamageUI.OPEN_DOCUMENT_FILE, file));
			PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(command, null);
		} catch (Exception e) {
			throw new AssertionError("Open Document " + file, e); //$NON-NLS-1$
		}
	}

	/** @return the text of the active Document view, or "" */
	private static String shownText() {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		if (!(page.getActivePart() instanceof DocumentView view) || view.file() == null) {
			return ""; //$NON-NLS-1$
		}
		StyledText text = Ui.findVisible(view.getSite().getShell(), DocumentView.TEXT_KEY, StyledText.class);
		return text == null ? "" : text.getText(); //$NON-NLS-1$
	}
}
