package org.laserdamage.backup.ui.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.laserdamage.backup.BackupSet;
import org.laserdamage.backup.Backups;
import org.laserdamage.backup.Manifest;
import org.laserdamage.ui.LaserDamageUI;

/**
 * File &gt; Restore from Backup...: the sets of a destination with their date,
 * state, size and contents; pick one (and which of its items); Next shows
 * what a restore would change (the dry run); confirm; Next restores (job
 * processing paused, the material database closed meanwhile); the result.
 */
public final class RestoreWizard extends Wizard {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
			.withZone(ZoneId.systemDefault());

	private final SetsPage sets = new SetsPage();
	private final PreviewPage preview = new PreviewPage();
	private final SummaryPage result = new SummaryPage(Messages.RestoreWizard_resultTitle, "restore.result"); //$NON-NLS-1$
	private Path destination;
	private BackupSet chosen;
	private List<String> items = List.of();
	private List<Backups.Change> restored;

	public RestoreWizard() {
		setWindowTitle(Messages.RestoreWizard_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		addPage(sets);
		addPage(preview);
		addPage(result);
	}

	@Override
	public boolean canFinish() {
		return getContainer().getCurrentPage() == result && restored != null;
	}

	@Override
	public boolean performFinish() {
		return true;
	}

	/** The sets of the destination; one picked, with the items to restore. */
	private final class SetsPage extends WizardPage implements StepWizardDialog.Step {

		private Text folder;
		private TableViewer table;
		private CheckboxTableViewer itemList;

		SetsPage() {
			super("sets"); //$NON-NLS-1$
			setTitle(Messages.RestoreWizard_setsTitle);
			setDescription(Messages.RestoreWizard_setsDescription);
		}

		@Override
		public void createControl(Composite parent) {
			Composite page = new Composite(parent, SWT.NONE);
			page.setLayout(new GridLayout(3, false));
			new Label(page, SWT.NONE).setText(Messages.BackupWizard_destination);
			folder = new Text(page, SWT.BORDER);
			folder.setData(LaserDamageUI.WIDGET_KEY, "restore.destination"); //$NON-NLS-1$
			folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			folder.setText(BackupSettings.destination().toString());
			Button refresh = new Button(page, SWT.PUSH);
			refresh.setText(Messages.RestoreWizard_list);
			refresh.setData(LaserDamageUI.WIDGET_KEY, "restore.list"); //$NON-NLS-1$
			refresh.addListener(SWT.Selection, e -> list());

			table = new TableViewer(page, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
			table.getTable().setData(LaserDamageUI.WIDGET_KEY, "restore.sets"); //$NON-NLS-1$
			table.getTable().setHeaderVisible(true);
			table.getTable().setLinesVisible(true);
			GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
			tableData.heightHint = 160;
			table.getTable().setLayoutData(tableData);
			table.setContentProvider(ArrayContentProvider.getInstance());
			SummaryPage.column(table, BackupSet.class, Messages.RestoreWizard_columnSet, 130, s -> s.id());
			SummaryPage.column(table, BackupSet.class, Messages.RestoreWizard_columnDate, 170, s -> WHEN.format(s.time()));
			SummaryPage.column(table, BackupSet.class, Messages.RestoreWizard_columnState, 90, s -> s.status().name().toLowerCase(Locale.ROOT));
			SummaryPage.column(table, BackupSet.class, Messages.RestoreWizard_columnSize, 80,
					s -> s.manifest() == null ? "" : WorkbenchData.size(s.manifest().size())); //$NON-NLS-1$
			SummaryPage.column(table, BackupSet.class, Messages.RestoreWizard_columnContents, 320, s -> s.manifest() == null ? "" //$NON-NLS-1$
					: String.join(", ", s.manifest().items().stream().map(i -> WorkbenchData.label(i.name())).toList())); //$NON-NLS-1$
			table.addSelectionChangedListener(e -> picked());

			Label itemsLabel = new Label(page, SWT.NONE);
			itemsLabel.setText(Messages.RestoreWizard_items);
			itemsLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
			itemList = CheckboxTableViewer.newCheckList(page, SWT.BORDER);
			itemList.getTable().setData(LaserDamageUI.WIDGET_KEY, "restore.items"); //$NON-NLS-1$
			GridData itemsData = new GridData(SWT.FILL, SWT.FILL, true, false, 3, 1);
			itemsData.heightHint = 112;
			itemList.getTable().setLayoutData(itemsData);
			itemList.setContentProvider(ArrayContentProvider.getInstance());
			itemList.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					Manifest.Item item = (Manifest.Item) element;
					return WorkbenchData.label(item.name()) + "  →  " + item.location(); //$NON-NLS-1$
				}
			});
			itemList.addCheckStateListener(e -> validate());
			setControl(page);
			list();
		}


		private void list() {
			destination = null;
			chosen = null;
			try {
				destination = Path.of(folder.getText().strip()).toAbsolutePath().normalize();
				List<BackupSet> found = new ArrayList<>(new Backups(destination).list());
				java.util.Collections.reverse(found); // newest first
				table.setInput(found);
				if (found.isEmpty()) {
					setErrorMessage(NLS.bind(Messages.RestoreWizard_noSets, destination));
				} else {
					setErrorMessage(null);
				}
			} catch (InvalidPathException e) {
				table.setInput(List.of());
				setErrorMessage(NLS.bind(Messages.RestoreWizard_badFolder, folder.getText()));
			} catch (CoreException e) {
				table.setInput(List.of());
				setErrorMessage(e.getStatus().getMessage());
			}
			itemList.setInput(List.of());
			setPageComplete(false);
		}

		private void picked() {
			IStructuredSelection selection = table.getStructuredSelection();
			chosen = (BackupSet) selection.getFirstElement();
			List<Manifest.Item> of = chosen == null || chosen.manifest() == null ? List.of() : chosen.manifest().items();
			itemList.setInput(of);
			itemList.setAllChecked(true);
			validate();
		}

		private void validate() {
			String problem = null;
			if (chosen == null) {
				problem = Messages.RestoreWizard_pick;
			} else if (!chosen.isGood()) {
				problem = NLS.bind(Messages.RestoreWizard_notGood, new Object[] { chosen.id(),
						chosen.status().name().toLowerCase(Locale.ROOT),
						chosen.manifest() == null || chosen.manifest().problem() == null ? "" : chosen.manifest().problem() }); //$NON-NLS-1$
			} else if (itemList.getCheckedElements().length == 0) {
				problem = Messages.RestoreWizard_noItems;
			}
			setErrorMessage(problem);
			setPageComplete(problem == null);
		}

		@Override
		public IWizardPage getNextPage() {
			return preview;
		}

		@Override
		public boolean leave() {
			Object[] checked = itemList.getCheckedElements();
			List<String> names = new ArrayList<>();
			for (Object o : checked) {
				names.add(((Manifest.Item) o).name());
			}
			items = names.size() == chosen.manifest().items().size() ? List.of() : List.copyOf(names);
			String id = chosen.id();
			Path from = destination;
			List<Backups.Change> changes = Operations.run(this, getContainer(),
					monitor -> WorkbenchData.restore(from, id, items, true, monitor));
			if (changes == null) {
				return false;
			}
			preview.show(changes);
			return true;
		}
	}

	/** What the restore would change (the dry run), and the confirmation. */
	private final class PreviewPage extends WizardPage implements StepWizardDialog.Step {

		private TableViewer changes;
		private Button confirm;

		PreviewPage() {
			super("preview"); //$NON-NLS-1$
			setTitle(Messages.RestoreWizard_previewTitle);
			setPageComplete(false);
		}

		@Override
		public void createControl(Composite parent) {
			Composite page = new Composite(parent, SWT.NONE);
			page.setLayout(new GridLayout(1, false));
			changes = new TableViewer(page, SWT.BORDER | SWT.FULL_SELECTION);
			changes.getTable().setData(LaserDamageUI.WIDGET_KEY, "restore.preview"); //$NON-NLS-1$
			changes.getTable().setHeaderVisible(true);
			changes.getTable().setLinesVisible(true);
			GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
			data.heightHint = 180;
			changes.getTable().setLayoutData(data);
			changes.setContentProvider(ArrayContentProvider.getInstance());
			SummaryPage.column(changes, Backups.Change.class, Messages.RestoreWizard_columnWhat, 220, c -> WorkbenchData.label(c.item()));
			SummaryPage.column(changes, Backups.Change.class, Messages.RestoreWizard_columnWhere, 480, c -> c.target().toString());
			SummaryPage.column(changes, Backups.Change.class, Messages.RestoreWizard_columnEntries, 70, c -> Integer.toString(c.files()));
			SummaryPage.column(changes, Backups.Change.class, Messages.RestoreWizard_columnEffect, 150,
					c -> c.replaces() ? Messages.RestoreWizard_replaces : Messages.RestoreWizard_creates);
			Label note = new Label(page, SWT.WRAP);
			note.setText(Messages.RestoreWizard_previewNote);
			GridData noteData = new GridData(SWT.FILL, SWT.TOP, true, false);
			noteData.widthHint = 480;
			note.setLayoutData(noteData);
			confirm = new Button(page, SWT.CHECK);
			confirm.setText(Messages.RestoreWizard_confirm);
			confirm.setData(LaserDamageUI.WIDGET_KEY, "restore.confirm"); //$NON-NLS-1$
			confirm.addListener(SWT.Selection, e -> setPageComplete(confirm.getSelection()));
			setControl(page);
		}


		void show(List<Backups.Change> wouldChange) {
			setDescription(NLS.bind(Messages.RestoreWizard_previewDescription, chosen.id(), wouldChange.size()));
			changes.setInput(wouldChange);
			confirm.setSelection(false);
			setPageComplete(false);
		}

		@Override
		public IWizardPage getNextPage() {
			return result;
		}

		@Override
		public boolean leave() {
			// editors would show files the restore replaces: they are closed first (the user saves or not)
			IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			IWorkbenchPage page = window == null ? null : window.getActivePage();
			if (page != null && !page.closeAllEditors(true)) {
				setErrorMessage(Messages.RestoreWizard_editorsOpen);
				return false;
			}
			String id = chosen.id();
			Path from = destination;
			List<String> which = items;
			restored = Operations.run(this, getContainer(), monitor -> WorkbenchData.restore(from, id, which, false, monitor));
			if (restored == null) {
				return false;
			}
			StringBuilder text = new StringBuilder();
			for (Backups.Change c : restored) {
				text.append(NLS.bind(Messages.RestoreWizard_restoredLine, new Object[] { WorkbenchData.label(c.item()),
						c.target(), c.files() })).append('\n');
			}
			text.append('\n').append(Messages.RestoreWizard_resumed);
			result.show(NLS.bind(Messages.RestoreWizard_resultDescription, id), text.toString());
			return true;
		}
	}
}
