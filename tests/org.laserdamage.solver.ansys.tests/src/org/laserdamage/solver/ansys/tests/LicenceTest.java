package org.laserdamage.solver.ansys.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laserdamage.solver.SolverOptions;
import org.laserdamage.solver.ansys.AnsysSolver;
import org.laserdamage.solver.ansys.LicenceCounts;
import org.laserdamage.solver.ansys.LicenceCounts.LicenceServerException;
import org.laserdamage.solver.ansys.internal.Lmstat;

/** lmstat outputs (written in FlexNet's format, lmstat/*.txt) parsed, and the waiting reasons built from them. */
class LicenceTest {

	private static final String SERVER = "1055@licsrv"; //$NON-NLS-1$

	@TempDir
	Path tmp;

	private static String recorded(String name) throws Exception {
		return Files.readString(Path.of("lmstat", name), StandardCharsets.UTF_8); //$NON-NLS-1$
	}

	@Test
	void countsEveryCountedFeature() throws Exception {
		LicenceCounts counts = LicenceCounts.parse(SERVER, recorded("all-in-use.txt")); //$NON-NLS-1$
		assertEquals(List.of("ansys", "anshpc", "struct"), List.copyOf(counts.features().keySet()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"uncounted, node-locked features are left out");
		assertEquals(new LicenceCounts.Feature("ansys", 4, 4), counts.feature("ansys").orElseThrow()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(0, counts.feature("ansys").orElseThrow().free()); //$NON-NLS-1$
		assertEquals(new LicenceCounts.Feature("anshpc", 128, 36), counts.feature("anshpc").orElseThrow()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(new LicenceCounts.Feature("struct", 1, 0), counts.feature("struct").orElseThrow(), //$NON-NLS-1$ //$NON-NLS-2$
				"'1 license issued' in the singular");
		assertEquals(3, LicenceCounts.parse(SERVER, recorded("one-free.txt")).feature("ansys").orElseThrow().inUse()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(1, LicenceCounts.parse(SERVER, recorded("other-features.txt")).feature("meba").orElseThrow().inUse(), //$NON-NLS-1$ //$NON-NLS-2$
				"'1 license in use' in the singular");
	}

	@Test
	void aServerThatCannotBeReachedGivesLmstatsOwnError() throws Exception {
		LicenceServerException down = assertThrows(LicenceServerException.class,
				() -> LicenceCounts.parse(SERVER, recorded("server-down.txt"))); //$NON-NLS-1$
		assertEquals("Error getting status: Cannot connect to license server system. (-15,570:115 \"Operation now in progress\")", //$NON-NLS-1$
				down.detail().orElseThrow());
		LicenceServerException noDaemon = assertThrows(LicenceServerException.class,
				() -> LicenceCounts.parse(SERVER, recorded("lmgrd-not-running.txt"))); //$NON-NLS-1$
		assertTrue(noDaemon.detail().orElseThrow().startsWith("lmgrd is not running: Cannot connect"), noDaemon.getMessage()); //$NON-NLS-1$
		assertFalse(assertThrows(LicenceServerException.class, () -> LicenceCounts.parse(SERVER, "")).detail().isPresent()); //$NON-NLS-1$
	}

	private Optional<String> why(Path lmutil, Map<String, String> more) {
		SolverOptions options = new SolverOptions(Map.of(AnsysSolver.OPTION_LMUTIL, lmutil.toString(),
				AnsysSolver.OPTION_LICENSE_SERVER, SERVER));
		for (Map.Entry<String, String> e : more.entrySet()) {
			options = options.with(e.getKey(), e.getValue());
		}
		return new AnsysSolver(name -> null).whyNotNow(options);
	}

	@Test
	void noFreeLicenceIsAReasonToWait() throws Exception {
		Path lmutil = Fakes.lmutil(Files.createDirectory(tmp.resolve("a")), "all-in-use.txt"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(Optional.of("waiting for an ANSYS licence: 4 of 4 in use on 1055@licsrv"), why(lmutil, Map.of())); //$NON-NLS-1$
		assertEquals(Optional.empty(), why(lmutil, Map.of(AnsysSolver.OPTION_FEATURE, "anshpc")), "36 of 128 in use"); //$NON-NLS-1$
		Path free = Fakes.lmutil(Files.createDirectory(tmp.resolve("b")), "one-free.txt"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(Optional.empty(), why(free, Map.of()));
	}

	@Test
	void aServerThatIsDownOrLacksTheFeatureIsAReasonToWait() throws Exception {
		Path down = Fakes.lmutil(Files.createDirectory(tmp.resolve("down")), "server-down.txt"); //$NON-NLS-1$ //$NON-NLS-2$
		Fakes.answer(down, "server-down.txt", 1); //$NON-NLS-1$
		assertEquals(Optional.of("waiting for the ANSYS licence server 1055@licsrv: Error getting status: Cannot connect to " //$NON-NLS-1$
				+ "license server system. (-15,570:115 \"Operation now in progress\")"), why(down, Map.of())); //$NON-NLS-1$
		Path other = Fakes.lmutil(Files.createDirectory(tmp.resolve("other")), "other-features.txt"); //$NON-NLS-1$ //$NON-NLS-2$
		String reason = why(other, Map.of()).orElseThrow();
		assertTrue(reason.contains("has no feature 'ansys'") && reason.contains("meba, anshpc") //$NON-NLS-1$ //$NON-NLS-2$
				&& reason.contains("option feature"), reason); //$NON-NLS-1$
		String missing = why(tmp.resolve("no-lmutil"), Map.of()).orElseThrow(); //$NON-NLS-1$
		System.out.println("missing lmutil: " + missing);
		assertTrue(missing.startsWith("waiting for the ANSYS licence server 1055@licsrv: lmutil not found at ") //$NON-NLS-1$
				&& missing.contains("option lmutil"), missing); //$NON-NLS-1$
	}

	@Test
	void anLmstatThatHangsIsCutOffAndCountsAsAnUnreachableServer() throws Exception {
		Path hanging = Fakes.script(tmp.resolve("hanging-lmutil"), "sleep 60\n"); //$NON-NLS-1$ //$NON-NLS-2$
		long start = System.nanoTime();
		LicenceServerException e = assertThrows(LicenceServerException.class,
				() -> Lmstat.run(hanging, SERVER, Duration.ofSeconds(1)));
		double seconds = (System.nanoTime() - start) * 1e-9;
		assertEquals("lmstat did not answer within 1 s", e.getMessage()); //$NON-NLS-1$
		assertTrue(seconds < 10, "cut off after " + seconds + " s");
	}

	@Test
	void withoutALicenceServerTheReasonSaysWhereToSetIt() {
		SolverOptions none = new SolverOptions(Map.of(AnsysSolver.OPTION_ROOT, "/opt/ansys_inc/v211")); //$NON-NLS-1$
		String reason = new AnsysSolver(name -> null).whyNotNow(none).orElseThrow();
		assertTrue(reason.startsWith("waiting for an ANSYS licence server: none is set") //$NON-NLS-1$
				&& reason.contains("licenseServer") && reason.contains("ANSYSLMD_LICENSE_FILE"), reason); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void theEnvironmentGivesTheServerAndTheRootGivesLmutil(@TempDir Path root) throws Exception {
		Path release = Files.createDirectories(root.resolve("v211")); //$NON-NLS-1$
		Path bin = Files.createDirectories(release.resolve("shared_files/licensing/linx64")); //$NON-NLS-1$
		Path lmutil = Fakes.lmutil(bin, "all-in-use.txt"); //$NON-NLS-1$
		Files.move(lmutil, bin.resolve("lmutil")); //$NON-NLS-1$
		Map<String, String> env = Map.of("ANSYS_ROOT", release.toString(), "ANSYSLMD_LICENSE_FILE", "1055@licsrv"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		AnsysSolver solver = new AnsysSolver(env::get);
		assertEquals(Optional.of("waiting for an ANSYS licence: 4 of 4 in use on 1055@licsrv"), //$NON-NLS-1$
				solver.whyNotNow(SolverOptions.NONE));
		LicenceCounts counts = solver.licences(SolverOptions.NONE);
		assertEquals(128, counts.feature("anshpc").orElseThrow().issued(), "the counts a server publishes as metrics"); //$NON-NLS-1$
	}
}
