package org.laserdamage.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.laserdamage.ui.LaserDamageUI;
import org.osgi.framework.FrameworkUtil;

/**
 * A document of the documentation, read-only: the Markdown text as written,
 * headings in bold and code blocks in the text font so that tables and
 * examples line up. "Open as HTML" shows it as a web page in the system's
 * browser ({@link DocumentHtml}).
 */
public final class DocumentView extends ViewPart {

	/** Widget key of the text, for UI tests. */
	public static final String TEXT_KEY = "document.text"; //$NON-NLS-1$

	private StyledText text;
	private Path file;

	/** @return the secondary view id of {@code file} (a view id must not contain ':') */
	static String secondaryId(Path file) {
		return file.getFileName().toString().replace(':', '_');
	}

	@Override
	public void createPartControl(Composite parent) {
		text = new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		text.setMargins(12, 8, 12, 8);
		text.setData(LaserDamageUI.WIDGET_KEY, TEXT_KEY);
		Action html = new Action(Messages.Document_openHtml) {
			@Override
			public void run() {
				openInBrowser();
			}
		};
		html.setToolTipText(Messages.Document_openHtmlTooltip);
		getViewSite().getActionBars().getToolBarManager().add(html);
	}

	/** Shows the document as HTML in the system's web browser (converted into the workbench's cache). */
	private void openInBrowser() {
		if (file == null) {
			return;
		}
		try {
			Path cache = Path.of(Platform.getStateLocation(FrameworkUtil.getBundle(DocumentView.class)).toOSString(), "help"); //$NON-NLS-1$
			Path page = DocumentHtml.write(file, cache);
			PlatformUI.getWorkbench().getBrowserSupport().getExternalBrowser().openURL(page.toUri().toURL());
		} catch (IOException | PartInitException e) {
			ErrorDialog.openError(getSite().getShell(), Messages.Document_title,
					NLS.bind(Messages.Document_unreadable, file, e.getMessage()), Status.error(e.getMessage(), e));
		}
	}

	/** Shows {@code document}; UI thread. */
	void show(Path document) {
		if (document.equals(file)) {
			return;
		}
		file = document;
		setPartName(document.getFileName().toString());
		setTitleToolTip(document.toString());
		String content;
		try {
			content = Files.readString(document, StandardCharsets.UTF_8);
		} catch (IOException e) {
			content = NLS.bind(Messages.Document_unreadable, document, e.getMessage());
		}
		text.setText(content);
		text.setStyleRanges(styles(content).toArray(StyleRange[]::new));
	}

	/** @return the file shown, or null */
	public Path file() {
		return file;
	}

	private List<StyleRange> styles(String content) {
		List<StyleRange> styles = new ArrayList<>();
		boolean code = false;
		int offset = 0;
		for (String line : content.split("\n", -1)) { //$NON-NLS-1$
			boolean fence = line.startsWith("```"); //$NON-NLS-1$
			if (fence || code || line.startsWith("|")) { //$NON-NLS-1$
				StyleRange range = new StyleRange(offset, line.length(), null, null);
				range.font = JFaceResources.getTextFont();
				styles.add(range);
			} else if (line.startsWith("#")) { //$NON-NLS-1$
				styles.add(new StyleRange(offset, line.length(), null, null, SWT.BOLD));
			}
			if (fence) {
				code = !code;
			}
			offset += line.length() + 1;
		}
		return styles;
	}

	@Override
	public void setFocus() {
		text.setFocus();
	}
}
