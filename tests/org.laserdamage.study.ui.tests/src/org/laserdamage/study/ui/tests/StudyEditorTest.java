package org.laserdamage.study.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IMessage;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.laserdamage.model.ContinuousWave;
import org.laserdamage.model.GaussianProfile;
import org.laserdamage.model.Pulsed;
import org.laserdamage.model.StudyPackage;
import org.laserdamage.model.Study;
import org.laserdamage.model.TopHatProfile;
import org.laserdamage.model.io.StudyIO;
import org.laserdamage.model.units.Units;
import org.laserdamage.study.ui.StudyUI;
import org.laserdamage.study.ui.internal.editor.StudyEditor;
import org.laserdamage.study.ui.internal.editor.StudyOutlinePage;
import org.laserdamage.ui.DisplayUnits;
import org.laserdamage.ui.WorkbenchPreferences;
import org.laserdamage.ui.testsupport.Input;
import org.laserdamage.ui.testsupport.NoLoggedProblems;
import org.laserdamage.ui.testsupport.ScreenshotOnFailure;
import org.laserdamage.ui.testsupport.Screenshots;
import org.laserdamage.ui.testsupport.StudyEditorPage;
import org.laserdamage.ui.testsupport.TestWorkspace;
import org.laserdamage.ui.testsupport.Ui;

/** The study editor on a copy of the aluminium example, driven with real key and mouse input. */
@ExtendWith({ ScreenshotOnFailure.class, NoLoggedProblems.class })
class StudyEditorTest {

	private static final String THICKNESS_PATH = "target.layers[0].thickness"; //$NON-NLS-1$

	private IFile file;
	private StudyEditorPage editor;

	@BeforeEach
	void open() throws Exception {
		file = TestWorkspace.copyOfExample("al6061-cw-1kW.ldsim"); //$NON-NLS-1$
		editor = StudyEditorPage.open(file);
	}

	@AfterEach
	void close() {
		Ui.run(() -> StudyEditorPage.page().closeAllEditors(false));
	}

	@Test
	void powerTypedWithUnitsUndoRedoAndSave() throws Exception {
		editor.show(StudyEditor.LASER_PAGE).enter("laser.power", "1.5 kW"); //$NON-NLS-1$ //$NON-NLS-2$
		Ui.waitUntil("the power to be 1500 W", () -> editor.study().getLaser().getPower() == 1500.0); //$NON-NLS-1$
		assertEquals("1500 W", editor.shown("laser.power")); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(editor.dirty());

		editor.undo();
		assertEquals(1000.0, editor.study().getLaser().getPower());
		assertEquals("1000 W", editor.shown("laser.power")); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(editor.dirty());

		editor.redo();
		assertEquals(1500.0, editor.study().getLaser().getPower());
		assertEquals("1500 W", editor.shown("laser.power")); //$NON-NLS-1$ //$NON-NLS-2$

		editor.save();
		assertFalse(editor.dirty());
		assertEquals(1500.0, StudyIO.load(file.getLocation().toPath()).getLaser().getPower());
		assertTrue(file.isSynchronized(IResource.DEPTH_ZERO), "the workspace is refreshed after the save"); //$NON-NLS-1$
	}

	/**
	 * A semi-transparent layer's absorption coefficient is typed with units on the Target page, the
	 * discretisation check is a check box on the Mesh &amp; Solver page; both are saved.
	 */
	@Test
	void absorptionCoefficientAndTheDiscretisationCheckAreEditedAndSaved() throws Exception {
		editor.show(StudyEditor.TARGET_PAGE).enter("layer.absorptionCoefficient", "1000 1/cm"); //$NON-NLS-1$ //$NON-NLS-2$
		Ui.waitUntil("the absorption coefficient to be 1e5 1/m", () -> Double.valueOf(1e5) //$NON-NLS-1$
				.equals(editor.study().getTarget().getLayers().get(0).getAbsorptionCoefficient()));
		Ui.waitUntil("the warning that the first cell is coarse against the absorption depth", //$NON-NLS-1$
				() -> editor.messages(StudyEditor.TARGET_PAGE).stream()
						.anyMatch(m -> m.getMessage().contains("absorption depth"))); //$NON-NLS-1$
		Screenshots.saveForDocs("study-editor-absorption.png"); //$NON-NLS-1$
		editor.show(StudyEditor.MESH_PAGE).click("solver.verify"); //$NON-NLS-1$
		Ui.waitUntil("the discretisation check to be on", () -> editor.study().getSolver().isVerify()); //$NON-NLS-1$
		assertTrue(Ui.call(() -> editor.control("solver.verify", Button.class).getSelection())); //$NON-NLS-1$
		editor.save();
		Study saved = StudyIO.load(file.getLocation().toPath());
		assertEquals(1e5, saved.getTarget().getLayers().get(0).getAbsorptionCoefficient());
		assertTrue(saved.getSolver().isVerify());
		editor.show(StudyEditor.TARGET_PAGE);
		Text mu = editor.control("layer.absorptionCoefficient", Text.class); //$NON-NLS-1$
		Input.focus(mu);
		Ui.run(mu::selectAll);
		Input.press(SWT.BS);
		Input.press(SWT.CR);
		Ui.waitUntil("a blank field to make the layer opaque again", //$NON-NLS-1$
				() -> editor.study().getTarget().getLayers().get(0).getAbsorptionCoefficient() == null);
	}

	@Test
	void negativeThicknessShowsProblemMarkerAndMessageOnTheField() throws Exception {
		editor.show(StudyEditor.TARGET_PAGE).enter("layer.thickness", "-1 mm"); //$NON-NLS-1$ //$NON-NLS-2$
		Ui.waitUntil("the thickness to be -1 mm", //$NON-NLS-1$
				() -> editor.study().getTarget().getLayers().get(0).getThickness() == -0.001);

		Ui.waitUntil("a problem marker on " + THICKNESS_PATH, () -> marker(THICKNESS_PATH) != null); //$NON-NLS-1$
		IMarker marker = marker(THICKNESS_PATH);
		assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
		assertTrue(marker.getAttribute(IMarker.MESSAGE, "").startsWith(THICKNESS_PATH + ": "), //$NON-NLS-1$ //$NON-NLS-2$
				marker.getAttribute(IMarker.MESSAGE, "")); //$NON-NLS-1$

		Text thickness = editor.control("layer.thickness", Text.class); //$NON-NLS-1$
		Ui.waitUntil("a message on the thickness field", () -> editor.messages(StudyEditor.TARGET_PAGE).stream() //$NON-NLS-1$
				.anyMatch(m -> m.getControl() == thickness && m.getMessage().startsWith(THICKNESS_PATH)));
		IMessage message = editor.messages(StudyEditor.TARGET_PAGE).stream().filter(m -> m.getControl() == thickness)
				.findFirst().orElseThrow();
		assertEquals(IMessage.ERROR, message.getMessageType());
		Screenshots.saveForDocs("study-editor-invalid-thickness.png"); //$NON-NLS-1$

		editor.show(StudyEditor.LASER_PAGE);
		Ui.run(() -> IDE.gotoMarker(editor.editor(), marker));
		assertEquals(StudyEditor.TARGET_PAGE, Ui.call(() -> editor.editor().getActivePageInstance().getId()));
		Ui.waitUntil("the focus on the thickness field", thickness::isFocusControl); //$NON-NLS-1$

		editor.undo();
		Ui.waitUntil("the marker to go with the undo", () -> marker(THICKNESS_PATH) == null); //$NON-NLS-1$
	}

	@Test
	void unreadableTextIsAnErrorEverywhereAndBlocksSaveUntilFixed() throws Exception {
		Path location = file.getLocation().toPath();
		byte[] saved = Files.readAllBytes(location);
		editor.show(StudyEditor.LASER_PAGE).enter("laser.power", "fast"); //$NON-NLS-1$ //$NON-NLS-2$
		Text power = editor.control("laser.power", Text.class); //$NON-NLS-1$
		Ui.waitUntil("an error on the power field", () -> powerError(power) != null); //$NON-NLS-1$
		assertTrue(powerError(power).getMessage().startsWith("laser.power: 'fast'"), powerError(power).getMessage()); //$NON-NLS-1$
		assertEquals(IMessage.ERROR, editor.headingMessageType(StudyEditor.LASER_PAGE), "the form heading shows the error"); //$NON-NLS-1$
		Ui.waitUntil("a problem marker on laser.power", () -> marker("laser.power") != null); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(IMarker.SEVERITY_ERROR, marker("laser.power").getAttribute(IMarker.SEVERITY, -1)); //$NON-NLS-1$
		assertEquals(1000.0, editor.study().getLaser().getPower(), "the model keeps the old value"); //$NON-NLS-1$
		assertEquals("fast", editor.shown("laser.power")); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(editor.dirty(), "the editor is marked dirty"); //$NON-NLS-1$
		Screenshots.saveForDocs("study-editor-unreadable-power.png"); //$NON-NLS-1$

		editor.save();
		assertTrue(editor.dirty(), "not saved"); //$NON-NLS-1$
		assertArrayEquals(saved, Files.readAllBytes(location), "the file is untouched"); //$NON-NLS-1$

		editor.enter("laser.power", "2 kw"); //$NON-NLS-1$ //$NON-NLS-2$
		Ui.waitUntil("the power to be 2000 W", () -> editor.study().getLaser().getPower() == 2000.0); //$NON-NLS-1$
		Ui.waitUntil("the error to go", () -> powerError(power) == null); //$NON-NLS-1$
		Ui.waitUntil("the marker to go", () -> marker("laser.power") == null); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("2000 W", editor.shown("laser.power")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(293.15, Units.parse("20 degc", "K"), 1e-9, "unambiguous units are read whatever their case"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertThrows(IllegalArgumentException.class, () -> Units.parse("2 mw", "W"), "mW or MW?"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		editor.enter("laser.wavelength", "1.064 UM"); //$NON-NLS-1$ //$NON-NLS-2$
		Ui.waitUntil("the wavelength to be 1.064 um", //$NON-NLS-1$
				() -> Math.abs(editor.study().getLaser().getWavelength() - 1.064e-6) < 1e-12);
		editor.save();
		assertFalse(editor.dirty());
		assertEquals(2000.0, StudyIO.load(location).getLaser().getPower());
	}

	private IMessage powerError(Text power) {
		return editor.messages(StudyEditor.LASER_PAGE).stream()
				.filter(m -> m.getControl() == power && m.getMessageType() == IMessage.ERROR).findFirst().orElse(null);
	}

	@Test
	void closingWithoutSavingPutsBackTheMarkersOfTheSavedFile() {
		editor.show(StudyEditor.TARGET_PAGE).enter("layer.thickness", "-1 mm"); //$NON-NLS-1$ //$NON-NLS-2$
		Ui.waitUntil("a problem marker on " + THICKNESS_PATH, () -> marker(THICKNESS_PATH) != null); //$NON-NLS-1$
		editor.close();
		Ui.waitUntil("the marker of the discarded change to go", () -> marker(THICKNESS_PATH) == null); //$NON-NLS-1$
	}

	@Test
	void outlineShowsTheModelAndLeadsToTheFormPageOfAnElement() {
		Ui.run(() -> {
			try {
				StudyEditorPage.page().showView(org.eclipse.ui.IPageLayout.ID_OUTLINE);
			} catch (org.eclipse.ui.PartInitException e) {
				throw new AssertionError(e);
			}
			StudyEditorPage.page().activate(editor.editor());
		});
		org.eclipse.swt.widgets.Tree tree = Ui.waitFor(Ui::workbenchShell, "study.outline", //$NON-NLS-1$
				org.eclipse.swt.widgets.Tree.class);
		Ui.waitUntil("the study in the outline", () -> Ui.call(() -> tree.getItemCount() == 1 //$NON-NLS-1$
				&& tree.getItem(0).getItemCount() >= 6));

		var study = editor.study();
		assertEquals(StudyEditor.TARGET_PAGE, StudyOutlinePage.pageOf(study.getTarget().getLayers().get(0)));
		assertEquals(StudyEditor.LASER_PAGE, StudyOutlinePage.pageOf(study.getLaser().getSpatialProfile()));
		assertEquals(StudyEditor.MESH_PAGE, StudyOutlinePage.pageOf(study.getSolver()));
		assertEquals(StudyEditor.CRITERIA_PAGE, StudyOutlinePage.pageOf(study.getProbes().get(0)));
		assertEquals(StudyEditor.ENVIRONMENT_PAGE, StudyOutlinePage.pageOf(study.getEnvironment()));
	}

	private IMarker marker(String settingPath) {
		try {
			TestWorkspace.joinMarkerJobs();
			return Arrays.stream(file.findMarkers(StudyUI.PROBLEM_MARKER, false, IResource.DEPTH_ZERO))
					.filter(m -> settingPath.equals(m.getAttribute(StudyUI.MARKER_SETTING_PATH, null))).findFirst()
					.orElse(null);
		} catch (CoreException e) {
			throw new AssertionError(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	@Test
	void previewPaintsTheTargetAndFollowsTheBeamProfile() {
		ImageData target = editor.show(StudyEditor.TARGET_PAGE).preview();
		assertTrue(Screenshots.colours(target) > 5, "the preview paints layers, labels and the beam"); //$NON-NLS-1$

		ImageData gaussian = editor.show(StudyEditor.LASER_PAGE).preview();
		editor.click("laser.spatialProfile.topHat"); //$NON-NLS-1$
		Ui.waitUntil("a top-hat beam", () -> editor.study().getLaser().getSpatialProfile() instanceof TopHatProfile); //$NON-NLS-1$
		assertEquals(0.001, ((TopHatProfile) editor.study().getLaser().getSpatialProfile()).getRadius());
		assertEquals("1 mm", editor.shown("laser.spatialProfile.radius"), "lengths in mm by default"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals("1.07 \u00b5m", editor.shown("laser.wavelength"), "wavelengths in \u00b5m"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertFalse(Arrays.equals(gaussian.data, editor.preview().data), "the preview is redrawn after a change"); //$NON-NLS-1$
		Screenshots.saveForDocs("study-editor-laser.png"); //$NON-NLS-1$

		editor.undo();
		assertTrue(editor.study().getLaser().getSpatialProfile() instanceof GaussianProfile);
	}

	@Test
	void switchingToPulsedShowsItsFieldsAndWhatIsMissing() {
		editor.show(StudyEditor.LASER_PAGE).click("laser.temporalProfile.pulsed"); //$NON-NLS-1$
		Ui.waitUntil("a pulsed beam", () -> editor.study().getLaser().getTemporalProfile() instanceof Pulsed); //$NON-NLS-1$
		Text energy = editor.control("laser.temporalProfile.pulseEnergy", Text.class); //$NON-NLS-1$
		Ui.waitUntil("the message that no pulse energy is set, on its field", //$NON-NLS-1$
				() -> editor.messages(StudyEditor.LASER_PAGE).stream().anyMatch(m -> m.getControl() == energy));

		editor.enter("laser.temporalProfile.pulseEnergy", "50 mJ"); //$NON-NLS-1$ //$NON-NLS-2$
		Ui.waitUntil("a pulse energy of 0.05 J", //$NON-NLS-1$
				() -> Double.valueOf(0.05).equals(((Pulsed) editor.study().getLaser().getTemporalProfile()).getPulseEnergy()));
		Ui.waitUntil("the message to go", //$NON-NLS-1$
				() -> editor.messages(StudyEditor.LASER_PAGE).stream().noneMatch(m -> m.getControl() == energy));
		assertEquals("0.05 J", editor.shown("laser.temporalProfile.pulseEnergy")); //$NON-NLS-1$ //$NON-NLS-2$

		editor.undo().undo();
		assertTrue(editor.study().getLaser().getTemporalProfile() instanceof ContinuousWave);
		assertFalse(editor.dirty());
	}

	@Test
	void materialPickerListsTheLibraryAndTreeShowsUnits() {
		assertNull(editor.editor().materials().warning(), "the material database was read"); //$NON-NLS-1$
		List<String> materials = editor.show(StudyEditor.TARGET_PAGE).items("layer.materialId"); //$NON-NLS-1$
		assertTrue(materials.size() >= 8, materials.toString());
		assertTrue(materials.stream().anyMatch(m -> m.endsWith("(al-6061-t6)")), materials.toString()); //$NON-NLS-1$

		List<String> labels = editor.show(StudyEditor.TREE_PAGE).treeLabels();
		assertTrue(labels.contains("Plate: al-6061-t6, 2 mm, 20 cells"), labels.toString()); //$NON-NLS-1$
		assertTrue(labels.contains("Laser 1000 W at 1.07 \u00b5m"), labels.toString()); //$NON-NLS-1$

		Ui.run(() -> {
			EditingDomain domain = editor.editor().getEditingDomain();
			domain.getCommandStack().execute(SetCommand.create(domain, editor.study().getLaser(),
					StudyPackage.Literals.LASER_SOURCE__POWER, 2500.0));
		});
		editor.waitForTreeLabel("Laser 2500 W at 1.07 \u00b5m"); //$NON-NLS-1$
		Screenshots.saveForDocs("study-editor-model.png"); //$NON-NLS-1$
	}

	@Test
	void editsAndSavesAStudyOutsideTheWorkspace(@TempDir Path dir) throws Exception {
		Path study = dir.resolve("outside.ldsim"); //$NON-NLS-1$
		Files.copy(TestWorkspace.examples().resolve("aisi304-cw-1kW.ldsim"), study); //$NON-NLS-1$
		StudyEditorPage outside = StudyEditorPage.openExternal(study);
		outside.show(StudyEditor.ENVIRONMENT_PAGE).enter("environment.ambientTemperature", "30 C"); //$NON-NLS-1$ //$NON-NLS-2$
		Ui.waitUntil("the ambient temperature to be 303.15 K", //$NON-NLS-1$
				() -> Math.abs(outside.study().getEnvironment().getAmbientTemperature() - 303.15) < 1e-9);
		outside.show(StudyEditor.LASER_PAGE).enter("laser.power", "2 kW").save(); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(outside.dirty());
		assertEquals(2000.0, StudyIO.load(study).getLaser().getPower());
	}

	@Test
	void fieldsShowTheDisplayUnitsOfThePreferences() {
		Ui.run(() -> StudyEditorPage.page().closeAllEditors(false));
		WorkbenchPreferences.node().put(WorkbenchPreferences.TEMPERATURE_UNIT, DisplayUnits.Unit.CELSIUS.name());
		WorkbenchPreferences.node().put(WorkbenchPreferences.POWER_UNIT, DisplayUnits.Unit.KILOWATT.name());
		WorkbenchPreferences.node().put(WorkbenchPreferences.LENGTH_UNIT, DisplayUnits.Unit.MICROMETRE.name());
		try {
			editor = StudyEditorPage.open(file);
			assertEquals("1 kW", editor.show(StudyEditor.LASER_PAGE).shown("laser.power")); //$NON-NLS-1$ //$NON-NLS-2$
			assertEquals("1.07 \u00b5m", editor.shown("laser.wavelength")); //$NON-NLS-1$ //$NON-NLS-2$
			editor.show(StudyEditor.ENVIRONMENT_PAGE);
			assertEquals("20 \u00b0C", editor.shown("environment.ambientTemperature")); //$NON-NLS-1$ //$NON-NLS-2$
			editor.enter("environment.ambientTemperature", "25 \u00b0C"); //$NON-NLS-1$ //$NON-NLS-2$
			Ui.waitUntil("the ambient temperature to be 298.15 K", //$NON-NLS-1$
					() -> Math.abs(editor.study().getEnvironment().getAmbientTemperature() - 298.15) < 1e-9);
			assertEquals("25 \u00b0C", editor.shown("environment.ambientTemperature")); //$NON-NLS-1$ //$NON-NLS-2$
			editor.show(StudyEditor.MESH_PAGE);
			assertEquals("10 K", editor.shown("solver.maxTemperatureChange"), "a difference stays in K"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		} finally {
			WorkbenchPreferences.node().remove(WorkbenchPreferences.TEMPERATURE_UNIT);
			WorkbenchPreferences.node().remove(WorkbenchPreferences.POWER_UNIT);
			WorkbenchPreferences.node().remove(WorkbenchPreferences.LENGTH_UNIT);
		}
	}

	@Test
	void openEditorFollowsAChangeOfTheDisplayUnits() {
		Ui.run(() -> {
			try {
				StudyEditorPage.page().showView(org.eclipse.ui.IPageLayout.ID_OUTLINE);
			} catch (org.eclipse.ui.PartInitException e) {
				throw new AssertionError(e);
			}
			StudyEditorPage.page().activate(editor.editor());
		});
		Ui.waitUntil("the laser in the outline", () -> StudyEditorPage.outlineLabels().contains("Laser 1000 W at 1.07 \u00b5m")); //$NON-NLS-1$ //$NON-NLS-2$
		editor.show(StudyEditor.TARGET_PAGE).enter("layer.thickness", "-1 mm"); //$NON-NLS-1$ //$NON-NLS-2$
		Ui.waitUntil("a message on the thickness in mm", () -> thicknessMessage().contains("-1 mm")); //$NON-NLS-1$ //$NON-NLS-2$

		WorkbenchPreferences.node().put(WorkbenchPreferences.TEMPERATURE_UNIT, DisplayUnits.Unit.CELSIUS.name());
		WorkbenchPreferences.node().put(WorkbenchPreferences.POWER_UNIT, DisplayUnits.Unit.KILOWATT.name());
		WorkbenchPreferences.node().put(WorkbenchPreferences.LENGTH_UNIT, DisplayUnits.Unit.MICROMETRE.name());
		try {
			Ui.waitUntil("the outline in the new units", () -> StudyEditorPage.outlineLabels() //$NON-NLS-1$
					.containsAll(List.of("Laser 1 kW at 1.07 \u00b5m", "Target, radius 25000 \u00b5m, 1 layer(s)", //$NON-NLS-1$ //$NON-NLS-2$
							"Environment 20 \u00b0C, front h = 10 W/m^2/K"))); //$NON-NLS-1$
			Ui.waitUntil("the message on the thickness in \u00b5m", () -> thicknessMessage().contains("-1000 \u00b5m")); //$NON-NLS-1$ //$NON-NLS-2$
			assertEquals(IMessage.ERROR, editor.headingMessageType(StudyEditor.TARGET_PAGE));
			assertEquals("-1000 \u00b5m", editor.shown("layer.thickness"), "the open field is rewritten"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			assertEquals("100 \u00b5s", editor.show(StudyEditor.MESH_PAGE).shown("solver.initialTimeStep"), //$NON-NLS-1$ //$NON-NLS-2$
					"a short time is not in exponent notation"); //$NON-NLS-1$
			editor.show(StudyEditor.TREE_PAGE);
			Ui.waitUntil("the Model tab in the new units", //$NON-NLS-1$
					() -> editor.treeLabels().contains("Plate: al-6061-t6, -1000 \u00b5m, 20 cells")); //$NON-NLS-1$
			List<String> read = new ArrayList<>(StudyEditorPage.outlineLabels());
			read.addAll(editor.treeLabels());
			editor.messages(StudyEditor.TARGET_PAGE).forEach(m -> read.add(m.getMessage()));
			assertTrue(read.stream().noneMatch(text -> text.contains("E-")), read.toString()); //$NON-NLS-1$
		} finally {
			WorkbenchPreferences.node().remove(WorkbenchPreferences.TEMPERATURE_UNIT);
			WorkbenchPreferences.node().remove(WorkbenchPreferences.POWER_UNIT);
			WorkbenchPreferences.node().remove(WorkbenchPreferences.LENGTH_UNIT);
		}
	}

	private String thicknessMessage() {
		return editor.messages(StudyEditor.TARGET_PAGE).stream().map(IMessage::getMessage)
				.filter(m -> m.startsWith(THICKNESS_PATH)).findFirst().orElse(""); //$NON-NLS-1$
	}
}
