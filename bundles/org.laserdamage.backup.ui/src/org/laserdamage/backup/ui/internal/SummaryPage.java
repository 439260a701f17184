package org.laserdamage.backup.ui.internal;

import java.util.function.Function;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.laserdamage.ui.LaserDamageUI;

/**
 * The last page of the backup and the restore wizards: what was done, as
 * read-only text. There is no way back: the work is done.
 */
final class SummaryPage extends WizardPage {

	private final String key;
	private Text summary;

	/** @param key the widget key of the text (for tests) */
	SummaryPage(String title, String key) {
		super("result"); //$NON-NLS-1$
		this.key = key;
		setTitle(title);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		summary = new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		summary.setData(LaserDamageUI.WIDGET_KEY, key);
		summary.setFont(JFaceResources.getTextFont());
		setControl(summary);
	}

	void show(String description, String text) {
		setDescription(description);
		summary.setText(text);
		setPageComplete(true);
	}

	@Override
	public IWizardPage getPreviousPage() {
		return null;
	}

	/** Adds a column showing {@code text} of each row to {@code viewer}. */
	static <T> void column(TableViewer viewer, Class<T> type, String title, int width, Function<T, String> text) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(type.cast(element));
			}
		});
	}
}
