package org.laserdamage.ui.internal;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;

/**
 * Where the documentation is: the {@code docs/} folder and README.md that the
 * workbench product ships in its installation folder (root files of the UI
 * feature). {@code -Dlaserdamage.docs=DIR} names another {@code docs/} folder
 * (the UI tests use the sources'); README.md is then looked up beside it.
 */
final class Documents {

	static final String DOCS_PROPERTY = "laserdamage.docs"; //$NON-NLS-1$

	private Documents() {
	}

	/** @return the file {@code relative} (e.g. {@code docs/workbench.md}) of the documentation, if it can be located */
	static Optional<Path> resolve(String relative) {
		Optional<Path> root = root();
		return root.map(folder -> folder.resolve(relative).normalize()).filter(file -> file.startsWith(root.get()));
	}

	/** @return the folder that holds {@code docs/} and README.md */
	private static Optional<Path> root() {
		String docs = System.getProperty(DOCS_PROPERTY);
		if (docs != null && !docs.isBlank()) {
			return Optional.ofNullable(Path.of(docs).toAbsolutePath().getParent());
		}
		Location install = Platform.getInstallLocation();
		URL url = install == null ? null : install.getURL();
		if (url == null || !"file".equals(url.getProtocol())) { //$NON-NLS-1$
			return Optional.empty();
		}
		try {
			return Optional.of(Path.of(url.toURI()));
		} catch (URISyntaxException | IllegalArgumentException e) {
			return Optional.of(Path.of(url.getPath()));
		}
	}
}
