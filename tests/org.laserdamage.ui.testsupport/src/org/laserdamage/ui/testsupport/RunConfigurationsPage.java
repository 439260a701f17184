package org.laserdamage.ui.testsupport;

import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * The Run Configurations dialog (Run &gt; Run Configurations...), driven through
 * its widgets: the tree of configuration types and configurations, its
 * New button, the fields of the tabs (by widget key) and Run. Call from the test thread.
 */
public final class RunConfigurationsPage {

	public static final String TITLE = "Run Configurations"; //$NON-NLS-1$
	private static final String OPEN_COMMAND = "org.eclipse.debug.ui.commands.OpenRunConfigurations"; //$NON-NLS-1$

	private final Shell shell;

	private RunConfigurationsPage(Shell shell) {
		this.shell = shell;
	}

	/** Opens the dialog with the workbench's command, as the Run menu does. */
	public static RunConfigurationsPage open() {
		Dialogs.openLater(() -> {
			try {
				org.eclipse.ui.PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(OPEN_COMMAND,
						null);
			} catch (CommandException e) {
				throw new AssertionError(e);
			}
		});
		return new RunConfigurationsPage(Dialogs.waitForShell(TITLE));
	}

	public Shell shell() {
		return shell;
	}

	/** Selects the configuration type {@code type} in the tree and presses New. */
	public RunConfigurationsPage newConfiguration(String type) {
		Ui.waitUntil("the tree of configurations", () -> Ui.find(shell, Tree.class, t -> true) != null); //$NON-NLS-1$
		Tree tree = Ui.call(() -> Ui.find(shell, Tree.class, t -> true));
		Ui.waitUntil("the type " + type + " in the tree", () -> item(tree, type) != null); //$NON-NLS-1$ //$NON-NLS-2$
		Ui.run(() -> {
			TreeItem item = item(tree, type);
			tree.setSelection(item);
			Event event = new Event();
			event.item = item;
			tree.notifyListeners(SWT.Selection, event);
		});
		Ui.waitUntil("an enabled New button", () -> newButton() != null && newButton().isEnabled()); //$NON-NLS-1$
		Ui.run(() -> newButton().notifyListeners(SWT.Selection, new Event()));
		return this;
	}

	/** @return the configuration's name as the dialog shows it */
	public String configurationName() {
		return Ui.call(() -> {
			org.eclipse.swt.widgets.Text name = Ui.find(shell, org.eclipse.swt.widgets.Text.class,
					t -> t.getParent().getChildren().length > 1 && isNameField(t));
			return name == null ? "" : name.getText(); //$NON-NLS-1$
		});
	}

	private static boolean isNameField(org.eclipse.swt.widgets.Text text) {
		for (org.eclipse.swt.widgets.Control sibling : text.getParent().getChildren()) {
			if (sibling instanceof org.eclipse.swt.widgets.Label label && label.getText().replace("&", "").startsWith("Name")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				return true;
			}
		}
		return false;
	}

	/** Shows the tab named {@code name}. */
	public RunConfigurationsPage tab(String name) {
		Ui.run(() -> {
			org.eclipse.swt.custom.CTabFolder folder = Ui.find(shell, org.eclipse.swt.custom.CTabFolder.class, f -> true);
			for (org.eclipse.swt.custom.CTabItem item : folder.getItems()) {
				if (item.getText().equals(name)) {
					folder.setSelection(item);
					Event event = new Event();
					event.item = item;
					folder.notifyListeners(SWT.Selection, event);
					return;
				}
			}
			throw new AssertionError("no tab " + name); //$NON-NLS-1$
		});
		return this;
	}

	public RunConfigurationsPage setText(String key, String value) {
		Dialogs.setText(shell, key, value);
		return this;
	}

	public RunConfigurationsPage select(String key, String part) {
		Dialogs.select(shell, key, part);
		return this;
	}

	/** Presses Run; the dialog closes and the configuration is launched. */
	public void run() {
		Dialogs.press(shell, "Run"); //$NON-NLS-1$
		Dialogs.waitUntilClosed(shell);
	}

	public void close() {
		Dialogs.press(shell, "Close"); //$NON-NLS-1$
		Dialogs.waitUntilClosed(shell);
	}

	private ToolItem newButton() {
		AtomicReference<ToolItem> found = new AtomicReference<>();
		Ui.find(shell, ToolBar.class, bar -> {
			for (ToolItem item : bar.getItems()) {
				String tip = item.getToolTipText();
				if (tip != null && tip.toLowerCase(java.util.Locale.ROOT).startsWith("new launch configuration")) { //$NON-NLS-1$
					found.set(item);
					return true;
				}
			}
			return false;
		});
		return found.get();
	}

	private static TreeItem item(Tree tree, String text) {
		for (TreeItem item : tree.getItems()) {
			if (item.getText().equals(text)) {
				return item;
			}
		}
		return null;
	}
}
