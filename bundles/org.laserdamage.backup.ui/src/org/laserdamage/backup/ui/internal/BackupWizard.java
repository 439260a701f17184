package org.laserdamage.backup.ui.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.laserdamage.backup.BackupSet;
import org.laserdamage.backup.Manifest;
import org.laserdamage.ui.LaserDamageUI;

/**
 * File &gt; Back Up...: choose what to back up and where (Next writes the set
 * and verifies it, with progress and Cancel), then the manifest's summary.
 */
public final class BackupWizard extends Wizard {

	private final ContentsPage contents = new ContentsPage();
	private final SummaryPage result = new SummaryPage(Messages.BackupWizard_resultTitle, "backup.result"); //$NON-NLS-1$
	private WorkbenchData.Outcome outcome;

	public BackupWizard() {
		setWindowTitle(Messages.BackupWizard_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		addPage(contents);
		addPage(result);
	}

	@Override
	public boolean canFinish() {
		return getContainer().getCurrentPage() == result && outcome != null;
	}

	@Override
	public boolean performFinish() {
		return true;
	}

	/** Contents, destination, verify the others too. */
	private final class ContentsPage extends WizardPage implements StepWizardDialog.Step {

		private final Map<WorkbenchData.Part, Button> parts = new java.util.EnumMap<>(WorkbenchData.Part.class);
		private Text destination;
		private Button verifyOthers;

		ContentsPage() {
			super("contents"); //$NON-NLS-1$
			setTitle(Messages.BackupWizard_contentsTitle);
			setDescription(Messages.BackupWizard_contentsDescription);
		}

		@Override
		public void createControl(Composite parent) {
			Composite page = new Composite(parent, SWT.NONE);
			page.setLayout(new GridLayout(3, false));
			check(page, WorkbenchData.Part.DATABASES, Messages.BackupWizard_databases);
			check(page, WorkbenchData.Part.PROJECTS, Messages.BackupWizard_projects);
			check(page, WorkbenchData.Part.PREFERENCES, Messages.BackupWizard_preferences);
			new Label(page, SWT.NONE).setText(Messages.BackupWizard_destination);
			destination = new Text(page, SWT.BORDER);
			destination.setData(LaserDamageUI.WIDGET_KEY, "backup.destination"); //$NON-NLS-1$
			destination.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			destination.setText(BackupSettings.destination().toString());
			destination.addModifyListener(e -> validate());
			Button browse = new Button(page, SWT.PUSH);
			browse.setText(Messages.Browse);
			browse.addListener(SWT.Selection, e -> {
				DirectoryDialog dialog = new DirectoryDialog(getShell());
				dialog.setFilterPath(destination.getText());
				String chosen = dialog.open();
				if (chosen != null) {
					destination.setText(chosen);
				}
			});
			verifyOthers = new Button(page, SWT.CHECK);
			verifyOthers.setText(Messages.BackupWizard_verifyOthers);
			verifyOthers.setData(LaserDamageUI.WIDGET_KEY, "backup.verifyOthers"); //$NON-NLS-1$
			verifyOthers.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
			Label note = new Label(page, SWT.WRAP);
			note.setText(Messages.BackupWizard_verifiedNote);
			GridData noteData = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
			noteData.widthHint = 480;
			noteData.verticalIndent = 12;
			note.setLayoutData(noteData);
			setControl(page);
			validate();
		}

		private void check(Composite page, WorkbenchData.Part part, String label) {
			Button b = new Button(page, SWT.CHECK);
			b.setText(label);
			b.setSelection(true);
			b.setData(LaserDamageUI.WIDGET_KEY, "backup." + part.name().toLowerCase(Locale.ROOT)); //$NON-NLS-1$
			b.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
			b.addListener(SWT.Selection, e -> validate());
			parts.put(part, b);
		}

		private Set<WorkbenchData.Part> chosen() {
			Set<WorkbenchData.Part> chosen = EnumSet.noneOf(WorkbenchData.Part.class);
			parts.forEach((part, b) -> {
				if (b.getSelection()) {
					chosen.add(part);
				}
			});
			return chosen;
		}

		private Path folder() {
			try {
				String text = destination.getText().strip();
				return text.isEmpty() ? null : Path.of(text).toAbsolutePath().normalize();
			} catch (InvalidPathException e) {
				return null;
			}
		}

		private void validate() {
			String problem = chosen().isEmpty() ? Messages.Backup_nothingChosen
					: folder() == null ? Messages.BackupWizard_noDestination : null;
			setErrorMessage(problem);
			setPageComplete(problem == null);
		}

		@Override
		public IWizardPage getNextPage() {
			return result; // Next writes the set (leave), then shows it
		}

		@Override
		public boolean leave() {
			// what the editors hold is written first, so the set has what the user sees
			if (!PlatformUI.getWorkbench().saveAllEditors(true)) {
				setErrorMessage(Messages.BackupWizard_unsaved);
				return false;
			}
			Set<WorkbenchData.Part> chosen = chosen();
			Path folder = folder();
			boolean others = verifyOthers.getSelection();
			outcome = Operations.run(this, getContainer(), monitor -> WorkbenchData.backUp(chosen, folder, others, false, monitor));
			if (outcome == null) {
				return false;
			}
			result.show(NLS.bind(Messages.BackupWizard_resultDescription, outcome.set().id(), outcome.set().folder()),
					summary(outcome));
			return true;
		}
	}

	/** @return the manifest's summary, and how the earlier sets verified again */
	private static String summary(WorkbenchData.Outcome done) {
		BackupSet set = done.set();
		Manifest m = set.manifest();
		StringBuilder text = new StringBuilder();
		text.append(NLS.bind(Messages.Result_set, new Object[] { set.id(), m.state(), m.verified() })).append('\n');
		text.append(NLS.bind(Messages.Result_product, m.product())).append('\n');
		text.append(NLS.bind(Messages.Result_schemas, m.schemaVersions())).append('\n');
		text.append(NLS.bind(Messages.Result_size, WorkbenchData.size(m.size()), WorkbenchData.size(m.bytes()))).append("\n\n"); //$NON-NLS-1$
		for (Manifest.Item item : m.items()) {
			text.append(String.format(Locale.ROOT, "%-38s %-14s %10s %6d files  sha256 %s…%n", //$NON-NLS-1$
					WorkbenchData.label(item.name()), item.content(), WorkbenchData.size(item.size()), item.entries(),
					item.sha256().substring(0, 16)));
		}
		if (!done.reverified().isEmpty()) {
			text.append('\n');
			for (BackupSet other : done.reverified()) {
				text.append(NLS.bind(Messages.Result_reverified, other.id(),
						other.status().name().toLowerCase(Locale.ROOT)
								+ (other.manifest() != null && other.manifest().problem() != null ? ": " + other.manifest().problem() : ""))) //$NON-NLS-1$ //$NON-NLS-2$
						.append('\n');
			}
		}
		return text.toString();
	}
}
