package org.laserdamage.runs.ui.internal.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.laserdamage.core.CompareSolversOperation;
import org.laserdamage.solver.SolverRegistry.SolverDescriptor;
import org.laserdamage.ui.LaserDamageUI;

/**
 * Study &gt; Compare Solvers…: which installed solvers run the study, the
 * first checked one being the reference. OK needs two or more.
 */
public final class CompareSolversDialog extends TitleAreaDialog {

	/** {@link LaserDamageUI#WIDGET_KEY} of the solver table. */
	public static final String SOLVERS_KEY = "compare.solvers"; //$NON-NLS-1$

	private final String studyName;
	private final List<SolverDescriptor> solvers;
	private final Set<String> checked;
	private Table table;
	private List<String> chosen = List.of();

	/**
	 * @param solvers the installed solvers
	 * @param checked the ids checked at first
	 */
	public CompareSolversDialog(Shell shell, String studyName, List<SolverDescriptor> solvers, Set<String> checked) {
		super(shell);
		this.studyName = studyName;
		this.solvers = List.copyOf(solvers);
		this.checked = Set.copyOf(checked);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Dialog_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(NLS.bind(Messages.Dialog_heading, studyName));
		setMessage(Messages.Dialog_message);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		new Label(body, SWT.WRAP).setText(Messages.Dialog_solvers);
		table = new Table(body, SWT.CHECK | SWT.BORDER | SWT.FULL_SELECTION);
		table.setData(LaserDamageUI.WIDGET_KEY, SOLVERS_KEY);
		GridDataFactory.fillDefaults().grab(true, true).hint(520, 140).applyTo(table);
		for (SolverDescriptor solver : solvers) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(solver.name() + " (" + CompareSolversOperation.shortName(solver.id()) + ')'); //$NON-NLS-1$
			item.setData(solver.id());
			item.setChecked(checked.contains(solver.id()));
		}
		table.addListener(SWT.Selection, e -> {
			if (e.detail == SWT.CHECK) {
				update();
			}
		});
		Label note = new Label(body, SWT.WRAP);
		note.setText(Messages.Dialog_note);
		GridDataFactory.fillDefaults().grab(true, false).hint(520, SWT.DEFAULT).applyTo(note);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setText(Messages.Dialog_compare);
		update();
	}

	private void update() {
		List<String> ids = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			if (item.getChecked()) {
				ids.add((String) item.getData());
			}
		}
		chosen = List.copyOf(ids);
		boolean enough = ids.size() >= 2;
		setErrorMessage(enough ? null : Messages.Dialog_tooFew);
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(enough);
		}
	}

	/** Checks exactly the solvers with these ids (for tests and for keyboard users' scripts). */
	public void check(Set<String> ids) {
		for (TableItem item : table.getItems()) {
			item.setChecked(ids.contains(item.getData()));
		}
		update();
	}

	/** @return the checked solver ids in table order, the reference first */
	public List<String> chosen() {
		return chosen;
	}
}
