package org.laserdamage.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both products from an installation the user cannot write (a shared
 * installation): they start, keep their configuration area in the user's data
 * folder, and leave the installation as it was. As root, which ignores file
 * permissions, the products run as the unprivileged user nobody.
 */
class ReadOnlyInstallationTest {

	private static final Path WORKBENCH = Path.of(System.getProperty("laserdamage.workbench", "")); //$NON-NLS-1$ //$NON-NLS-2$
	private static final String NOBODY = "65534"; //$NON-NLS-1$

	@TempDir
	Path tmp;

	private Path home;
	private Path data;

	@BeforeEach
	void userFolders() throws IOException {
		// nobody must reach the temporary folder, which JUnit creates for the owner only
		Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x")); //$NON-NLS-1$
		home = Files.createDirectories(tmp.resolve("home")); //$NON-NLS-1$
		Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxrwxrwx")); //$NON-NLS-1$
		data = home.resolve("data"); //$NON-NLS-1$
	}

	@Test
	void headlessValidatesFromAReadOnlyInstallation() throws Exception {
		Path installation = readOnlyCopy(Product.HOME, "laserdamage"); //$NON-NLS-1$
		Path study = Files.copy(Path.of(Product.example("al6061-cw-1kW.ldsim")), home.resolve("al6061-cw-1kW.ldsim")); //$NON-NLS-1$ //$NON-NLS-2$
		Map<String, String> before = listing(installation);

		Output r = runAsUser(120, Map.of(), installation.resolve("laserdamage").toString(), "validate", study.toString()); //$NON-NLS-1$ //$NON-NLS-2$

		assertEquals(0, r.exitCode(), r.text());
		assertTrue(r.text().contains("is valid"), r.text()); //$NON-NLS-1$
		assertEquals(before, listing(installation), "nothing in the installation changed"); //$NON-NLS-1$
		assertTrue(configurationAreaIn("headless-"), "the configuration area is in the data folder: " + listing(data)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void workbenchOpensItsWindowFromAReadOnlyInstallation() throws Exception {
		assumeTrue(Files.isExecutable(WORKBENCH.resolve("laserdamage-workbench")), "no workbench product at " + WORKBENCH); //$NON-NLS-1$ //$NON-NLS-2$
		assumeTrue(onPath("Xvfb"), "Xvfb is not installed"); //$NON-NLS-1$ //$NON-NLS-2$
		Path installation = readOnlyCopy(WORKBENCH, "laserdamage-workbench"); //$NON-NLS-1$
		Map<String, String> before = listing(installation);
		Path report = home.resolve("startup.txt"); //$NON-NLS-1$
		try (VirtualDisplay display = VirtualDisplay.start()) {
			Output r = runAsUser(180, Map.of("DISPLAY", display.name(), //$NON-NLS-1$
					"LASERDAMAGE_JAVA_OPTS", "-Xmx1g -Dlaserdamage.welcome=false -Dlaserdamage.startupReport=" + report //$NON-NLS-1$ //$NON-NLS-2$
							+ " -Dlaserdamage.exitAfterStartup=true"), //$NON-NLS-1$
					installation.resolve("laserdamage-workbench").toString()); //$NON-NLS-1$
			assertEquals(0, r.exitCode(), r.text());
		}
		assertTrue(Files.isRegularFile(report), "the window opened (start-up report written)"); //$NON-NLS-1$
		assertEquals(before, listing(installation), "nothing in the installation changed"); //$NON-NLS-1$
		assertTrue(configurationAreaIn("workbench-"), "the configuration area is in the data folder: " + listing(data)); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(Files.isDirectory(home.resolve("laserdamage-workspace/.metadata")), "the workspace is in the home folder"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private boolean configurationAreaIn(String prefix) throws IOException {
		Path areas = data.resolve("configuration"); //$NON-NLS-1$
		try (Stream<Path> s = Files.list(areas)) {
			return s.anyMatch(p -> p.getFileName().toString().startsWith(prefix)
					&& Files.isDirectory(p.resolve("org.eclipse.osgi"))); //$NON-NLS-1$
		}
	}

	/** A copy of the installation that nobody (root excepted) can write, as a system-wide installation is. */
	private Path readOnlyCopy(Path installation, String name) throws IOException {
		Path copy = tmp.resolve("install").resolve(name); //$NON-NLS-1$
		List<Path> paths;
		try (Stream<Path> s = Files.walk(installation)) {
			paths = s.toList();
		}
		for (Path p : paths) {
			Path target = copy.resolve(installation.relativize(p).toString());
			if (Files.isDirectory(p)) {
				Files.createDirectories(target);
			} else {
				Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
			}
		}
		List<Path> copied;
		try (Stream<Path> s = Files.walk(copy.getParent())) {
			copied = s.toList();
		}
		for (Path p : copied) {
			boolean executable = Files.isDirectory(p) || Files.isExecutable(p);
			Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(executable ? "r-xr-xr-x" : "r--r--r--")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return copy;
	}

	/** Every file and folder below {@code dir} with its size, modification time and permissions. */
	private static Map<String, String> listing(Path dir) throws IOException {
		Map<String, String> entries = new TreeMap<>();
		if (!Files.exists(dir)) {
			return entries;
		}
		try (Stream<Path> s = Files.walk(dir)) {
			for (Path p : s.toList()) {
				entries.put(dir.relativize(p).toString(), Files.size(p) + " " + Files.getLastModifiedTime(p) //$NON-NLS-1$
						+ " " + PosixFilePermissions.toString(Files.getPosixFilePermissions(p))); //$NON-NLS-1$
			}
		}
		return entries;
	}

	private record Output(int exitCode, String text) {
	}

	/** Runs a start script as this user, or as nobody when this is root, with HOME and the data folder in the temporary folder. */
	private Output runAsUser(long seconds, Map<String, String> environment, String... command) throws Exception {
		List<String> line = new ArrayList<>();
		if (isRoot()) {
			line.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "--")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		}
		line.addAll(List.of(command));
		ProcessBuilder builder = new ProcessBuilder(line).directory(home.toFile());
		Map<String, String> env = builder.environment();
		env.remove("DISPLAY"); //$NON-NLS-1$
		env.remove("XAUTHORITY"); //$NON-NLS-1$
		env.remove("XDG_DATA_HOME"); //$NON-NLS-1$
		env.remove("LASERDAMAGE_MATERIALS_URL"); //$NON-NLS-1$
		env.put("HOME", home.toString()); //$NON-NLS-1$
		env.put("LASERDAMAGE_DATA", data.toString()); //$NON-NLS-1$
		env.putAll(environment);
		Path out = tmp.resolve("output.txt"); //$NON-NLS-1$
		Process p = builder.redirectErrorStream(true).redirectOutput(out.toFile())
				.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start(); //$NON-NLS-1$
		if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
			p.descendants().forEach(ProcessHandle::destroyForcibly);
			p.destroyForcibly();
			p.waitFor();
		}
		return new Output(p.isAlive() ? -1 : p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
	}

	private static boolean isRoot() throws IOException, InterruptedException {
		Process id = new ProcessBuilder("id", "-u").redirectErrorStream(true).start(); //$NON-NLS-1$ //$NON-NLS-2$
		String uid = new String(id.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
		id.waitFor();
		return "0".equals(uid); //$NON-NLS-1$
	}

	private static boolean onPath(String program) {
		return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) //$NON-NLS-1$ //$NON-NLS-2$
				.anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
	}

	/** An Xvfb server of its own that any user may connect to (-ac), as the product runs as another user. */
	private record VirtualDisplay(Process server, String name) implements AutoCloseable {

		static VirtualDisplay start() throws Exception {
			for (int n = 90; n < 140; n++) {
				if (Files.exists(Path.of("/tmp/.X11-unix/X" + n)) || Files.exists(Path.of("/tmp/.X" + n + "-lock"))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					continue;
				}
				Process server = new ProcessBuilder("Xvfb", ":" + n, "-ac", "-nolisten", "tcp", "-screen", "0", "1280x1024x24") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
						.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
				for (int i = 0; i < 50 && server.isAlive(); i++) {
					if (Files.exists(Path.of("/tmp/.X11-unix/X" + n))) { //$NON-NLS-1$
						return new VirtualDisplay(server, ":" + n); //$NON-NLS-1$
					}
					Thread.sleep(100);
				}
				server.destroy();
				server.waitFor();
			}
			throw new IllegalStateException("no free display for Xvfb between :90 and :139"); //$NON-NLS-1$
		}

		@Override
		public void close() throws InterruptedException {
			server.destroy();
			server.waitFor(10, TimeUnit.SECONDS);
		}
	}
}
