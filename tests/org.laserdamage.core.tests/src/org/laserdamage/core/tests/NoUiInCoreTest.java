package org.laserdamage.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Keeps the headless product free of UI: no bundle of the core and server
 * features may name SWT, JFace or the workbench in its manifest or sources,
 * and nothing they are wired to at run time may be a UI bundle.
 */
class NoUiInCoreTest {

	private static final Pattern UI = Pattern.compile("org\\.eclipse\\.(swt|jface|ui|e4\\.ui)\\b"); //$NON-NLS-1$
	private static final Pattern PLUGIN = Pattern.compile("<plugin\\s+id=\"([^\"]+)\""); //$NON-NLS-1$
	private static final Pattern INCLUDES = Pattern.compile("<includes\\s+id=\"([^\"]+)\""); //$NON-NLS-1$

	private static Path root() {
		return Paths.get("../..").toAbsolutePath().normalize(); //$NON-NLS-1$
	}

	/** @return the bundle ids of a feature and the features it includes */
	private static Set<String> pluginsOf(String feature) throws IOException {
		Set<String> plugins = new HashSet<>();
		String xml = Files.readString(root().resolve("features").resolve(feature).resolve("feature.xml")); //$NON-NLS-1$ //$NON-NLS-2$
		Matcher m = PLUGIN.matcher(xml);
		while (m.find()) {
			plugins.add(m.group(1));
		}
		Matcher inc = INCLUDES.matcher(xml);
		while (inc.find()) {
			plugins.addAll(pluginsOf(inc.group(1)));
		}
		return plugins;
	}

	private static List<String> ownBundles() throws IOException {
		Set<String> all = pluginsOf("org.laserdamage.server.feature"); //$NON-NLS-1$
		all.addAll(pluginsOf("org.laserdamage.core.feature")); //$NON-NLS-1$
		return all.stream().filter(id -> id.startsWith("org.laserdamage.")).sorted().toList(); //$NON-NLS-1$
	}

	@Test
	void serverFeatureContainsNoUiBundle() throws IOException {
		Set<String> plugins = pluginsOf("org.laserdamage.server.feature"); //$NON-NLS-1$
		assertTrue(plugins.contains("org.laserdamage.headless"), plugins.toString()); //$NON-NLS-1$
		for (String id : plugins) {
			assertFalse(UI.matcher(id).lookingAt() || id.endsWith(".ui"), "UI bundle in the server feature: " + id); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	@Test
	void coreAndServerSourcesAndManifestsNameNoUi() throws IOException {
		List<String> offenders = new ArrayList<>();
		List<String> bundles = ownBundles();
		assertTrue(bundles.size() >= 8, "expected the core bundles, found " + bundles); //$NON-NLS-1$
		for (String id : bundles) {
			Path dir = root().resolve("bundles").resolve(id); //$NON-NLS-1$
			assertTrue(Files.isDirectory(dir), "missing bundle folder " + dir); //$NON-NLS-1$
			try (Stream<Path> files = Files.walk(dir)) {
				for (Path file : files.filter(f -> f.toString().endsWith(".java") || f.endsWith("MANIFEST.MF")) //$NON-NLS-1$ //$NON-NLS-2$
						.toList()) {
					String text = Files.readString(file);
					for (String line : text.split("\n")) { //$NON-NLS-1$
						boolean relevant = !file.toString().endsWith(".java") || line.startsWith("import "); //$NON-NLS-1$ //$NON-NLS-2$
						if (relevant && UI.matcher(line).find()) {
							offenders.add(root().relativize(file) + ": " + line.trim()); //$NON-NLS-1$
						}
					}
				}
			}
		}
		assertEquals(List.of(), offenders);
	}

	@Test
	void headlessBundleIsWiredToNoUiBundle() {
		Bundle headless = FrameworkUtil.getBundle(org.laserdamage.headless.Cli.class);
		Deque<Bundle> todo = new ArrayDeque<>(List.of(headless));
		Set<Long> seen = new HashSet<>();
		List<String> reached = new ArrayList<>();
		while (!todo.isEmpty()) {
			Bundle bundle = todo.pop();
			if (!seen.add(bundle.getBundleId())) {
				continue;
			}
			reached.add(bundle.getSymbolicName());
			BundleWiring wiring = bundle.adapt(BundleWiring.class);
			if (wiring == null) {
				continue;
			}
			for (BundleWire wire : wiring.getRequiredWires(null)) {
				todo.push(wire.getProvider().getBundle());
			}
		}
		assertTrue(reached.contains("org.laserdamage.core"), reached.toString()); //$NON-NLS-1$
		for (String name : reached) {
			assertFalse(UI.matcher(name).lookingAt(), "the headless bundle reaches UI bundle " + name + ": " + reached); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
