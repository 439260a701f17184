package org.laserdamage.ui.testsupport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.IMessage;
import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.eclipse.ui.ide.IDE;
import org.laserdamage.model.Study;
import org.laserdamage.study.ui.StudyUI;
import org.laserdamage.study.ui.internal.editor.StudyEditor;

/**
 * Page object of the study editor: pages by id, fields by widget key (the
 * setting path for fixed objects, e.g. "laser.power"; "layer.thickness" for
 * the selected layer), undo and redo through the workbench commands, save.
 */
public final class StudyEditorPage {

	private final StudyEditor editor;

	private StudyEditorPage(StudyEditor editor) {
		this.editor = editor;
	}

	/** Opens a workspace study file in the study editor and waits until its materials are read. */
	public static StudyEditorPage open(IFile file) {
		return ready(Ui.call(() -> {
			try {
				return IDE.openEditor(page(), file, StudyUI.EDITOR_ID);
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		}));
	}

	/** Opens a study file outside the workspace (as File > Open File does). */
	public static StudyEditorPage openExternal(Path file) {
		return ready(Ui.call(() -> {
			try {
				return page().openEditor(new FileStoreEditorInput(EFS.getLocalFileSystem().getStore(file.toUri())),
						StudyUI.EDITOR_ID);
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		}));
	}

	/** @return the active study editor (e.g. the one the New Study wizard opened) */
	public static StudyEditorPage active() {
		Ui.waitUntil("an active study editor", () -> page().getActiveEditor() instanceof StudyEditor); //$NON-NLS-1$
		return ready(Ui.call(() -> page().getActiveEditor()));
	}

	private static StudyEditorPage ready(IEditorPart part) {
		StudyEditor editor = (StudyEditor) part;
		Ui.waitUntil("the editor's material library", () -> editor.materials() != null); //$NON-NLS-1$
		return new StudyEditorPage(editor);
	}

	public static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	public StudyEditor editor() {
		return editor;
	}

	public Study study() {
		return editor.document().study();
	}

	/** Shows the page with this id (one of the {@code StudyEditor.*_PAGE} constants). */
	public StudyEditorPage show(String pageId) {
		Ui.run(() -> editor.setActivePage(pageId));
		Ui.waitUntil("page " + pageId, () -> form(pageId) != null && form(pageId).isVisible()); //$NON-NLS-1$
		return this;
	}

	private Composite form(String pageId) {
		IFormPage page = editor.findPage(pageId);
		return page == null || page.getManagedForm() == null ? null : page.getManagedForm().getForm();
	}

	private Composite activeForm() {
		IFormPage page = editor.getActivePageInstance();
		return page == null || page.getManagedForm() == null ? null : page.getManagedForm().getForm();
	}

	/** @return the control with widget key {@code key} on the active page */
	public <C extends Control> C control(String key, Class<C> type) {
		return Ui.waitFor(this::activeForm, key, type);
	}

	/** Types {@code value} into the field {@code key} of the active page (replacing its text) and presses Enter. */
	public StudyEditorPage enter(String key, String value) {
		Text text = control(key, Text.class);
		Input.focus(text);
		Ui.run(text::selectAll);
		Input.type(value);
		Input.press(SWT.CR);
		return this;
	}

	/** @return the text field {@code key} of the active page shows */
	public String shown(String key) {
		Text text = control(key, Text.class);
		return Ui.call(text::getText);
	}

	/** Clicks the radio button or check box {@code key} of the active page. */
	public StudyEditorPage click(String key) {
		Input.click(control(key, Button.class));
		return this;
	}

	/** @return the items of the combo {@code key} of the active page */
	public List<String> items(String key) {
		Combo combo = control(key, Combo.class);
		return Ui.call(() -> Arrays.asList(combo.getItems()));
	}

	/** Edit > Undo, as the workbench command (what Ctrl+Z runs). */
	public StudyEditorPage undo() {
		return command(IWorkbenchCommandConstants.EDIT_UNDO);
	}

	/** Edit > Redo, as the workbench command. */
	public StudyEditorPage redo() {
		return command(IWorkbenchCommandConstants.EDIT_REDO);
	}

	private StudyEditorPage command(String id) {
		Ui.run(() -> {
			try {
				editor.getSite().getService(IHandlerService.class).executeCommand(id, null);
			} catch (ExecutionException | NotDefinedException | NotEnabledException | NotHandledException e) {
				throw new AssertionError("command " + id + " failed", e); //$NON-NLS-1$ //$NON-NLS-2$
			}
		});
		return this;
	}

	public StudyEditorPage save() {
		Ui.run(() -> page().saveEditor(editor, false));
		return this;
	}

	public boolean dirty() {
		return Ui.call(editor::isDirty);
	}

	/** @return the messages the header of page {@code pageId} summarises (each knows its field, if any) */
	public List<IMessage> messages(String pageId) {
		return Ui.call(() -> {
			IMessage[] messages = editor.findPage(pageId).getManagedForm().getForm().getForm().getChildrenMessages();
			return messages == null ? List.<IMessage>of() : List.of(messages);
		});
	}

	/** @return the type ({@code IMessage.ERROR} …) of the message the header of page {@code pageId} shows */
	public int headingMessageType(String pageId) {
		return Ui.call(() -> editor.findPage(pageId).getManagedForm().getForm().getForm().getMessageType());
	}

	/** @return what the preview canvas of the active page shows */
	public ImageData preview() {
		Canvas canvas = control("preview", Canvas.class); //$NON-NLS-1$
		Ui.waitUntil("the preview to be laid out", () -> canvas.getSize().x > 50 && canvas.getSize().y > 50); //$NON-NLS-1$
		Ui.processEvents();
		return Screenshots.of(canvas);
	}

	/** @return the labels of the model tree's items, depth first, as far as it is expanded */
	public List<String> treeLabels() {
		Tree tree = control("tree", Tree.class); //$NON-NLS-1$
		return Ui.call(() -> labels(tree));
	}

	/** Waits until the model tree shows an item labelled {@code label}. */
	public void waitForTreeLabel(String label) {
		Tree tree = control("tree", Tree.class); //$NON-NLS-1$
		Ui.waitUntil("a tree item " + label, () -> labels(tree).contains(label)); //$NON-NLS-1$
	}

	/** @return the labels of the Outline view's items, depth first, as far as it is expanded (the view must be open) */
	public static List<String> outlineLabels() {
		Tree tree = Ui.waitFor(Ui::workbenchShell, "study.outline", Tree.class); //$NON-NLS-1$
		return Ui.call(() -> labels(tree));
	}

	private static List<String> labels(Tree tree) {
		List<String> labels = new ArrayList<>();
		collect(tree.getItems(), labels);
		return labels;
	}

	private static void collect(TreeItem[] items, List<String> labels) {
		for (TreeItem item : items) {
			labels.add(item.getText());
			collect(item.getItems(), labels);
		}
	}

	public void close() {
		Ui.run(() -> page().closeEditor(editor, false));
	}
}
