package org.laserdamage.runs.ui.internal.navigator;

import java.net.MalformedURLException;
import java.nio.file.Path;
import java.util.function.BiPredicate;

import org.eclipse.swt.program.Program;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/**
 * Hands a report to a web browser and a folder to the file manager of the
 * desktop. The internal browser (org.eclipse.swt.browser) needs WebKitGTK,
 * which the workbench cannot count on, so both go outside the workbench.
 * Tests replace the way out with {@link #redirect} so that nothing is started.
 */
public final class External {

	/** What is opened. */
	public enum Kind {
		REPORT, FOLDER
	}

	private static volatile BiPredicate<Kind, Path> opener = External::launch;

	private External() {
	}

	/** @return whether something took {@code path} */
	static boolean open(Kind kind, Path path) {
		return opener.test(kind, path);
	}

	/** Makes {@code replacement} open reports and folders; returns what did until now. For tests. */
	public static BiPredicate<Kind, Path> redirect(BiPredicate<Kind, Path> replacement) {
		BiPredicate<Kind, Path> previous = opener;
		opener = replacement;
		return previous;
	}

	private static boolean launch(Kind kind, Path path) {
		if (kind == Kind.REPORT) {
			try {
				PlatformUI.getWorkbench().getBrowserSupport().getExternalBrowser().openURL(path.toUri().toURL());
				return true;
			} catch (PartInitException | MalformedURLException e) {
				return Program.launch(path.toString());
			}
		}
		return Program.launch(path.toString());
	}
}
