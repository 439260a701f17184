package org.laserdamage.monitor.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.laserdamage.core.RunState;
import org.laserdamage.materials.MaterialStoreException;
import org.laserdamage.materials.ui.WorkbenchMaterials;
import org.laserdamage.monitor.RemoteJob;
import org.laserdamage.monitor.ServerClient;
import org.laserdamage.monitor.ui.MonitorUI;
import org.laserdamage.monitor.ui.internal.MonitorSettings;
import org.laserdamage.results.ui.ResultsUI;
import org.laserdamage.server.ServerConfig;
import org.laserdamage.server.ServerRuntime;
import org.laserdamage.ui.LaserDamageUI;
import org.laserdamage.ui.testsupport.HealthViewPage;
import org.laserdamage.ui.testsupport.PreferencesDialogPage;
import org.laserdamage.ui.testsupport.ScreenshotOnFailure;
import org.laserdamage.ui.testsupport.Screenshots;
import org.laserdamage.ui.testsupport.ServerJobsViewPage;
import org.laserdamage.ui.testsupport.StudyEditorPage;
import org.laserdamage.ui.testsupport.TestWorkspace;
import org.laserdamage.ui.testsupport.Ui;

/**
 * The Monitoring perspective against a real server: a replica of the
 * server's own runtime (embedded job database, one worker slot, a token) is
 * started by the test on the loopback, in the workbench's JVM and data
 * folder. The health charts read this workbench, then the server set in the
 * preferences; a study is submitted from the editor, followed, downloaded and
 * opened; a running server job is cancelled from the Server Jobs view.
 */
@ExtendWith(ScreenshotOnFailure.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MonitoringTest {

	private static final String TOKEN = "monitoring-ui-test-token"; //$NON-NLS-1$
	private static ServerRuntime server;
	private static String address;

	@BeforeAll
	static void startServer() throws Exception {
		Path data = Path.of(System.getProperty("laserdamage.data")); //$NON-NLS-1$
		Files.createDirectories(data);
		Path config = data.resolve("monitoring-test-server.properties"); //$NON-NLS-1$
		Files.write(config, List.of("bind=127.0.0.1", "api.port=0", "metrics.port=0", "worker.slots=1", "worker.grace=1", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				"data=" + data, "token.ui.sha256=" + sha256(TOKEN), "token.ui.role=submit")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		// the workbench holds the material database open: the replica checks submissions against its library
		server = ServerRuntime.start(ServerConfig.load(config, k -> null), () -> {
			try {
				return WorkbenchMaterials.library(problem -> {
				});
			} catch (MaterialStoreException e) {
				throw new CoreException(Status.error(e.getMessage(), e));
			}
		});
		address = "http://127.0.0.1:" + server.apiPort(); //$NON-NLS-1$
		MonitorSettings.node().put(MonitorSettings.SOURCE, MonitorSettings.LOCAL);
		MonitorSettings.node().putInt(MonitorSettings.REFRESH_SECONDS, 1);
		MonitorSettings.save();
	}

	@AfterAll
	static void stopServer() throws Exception {
		Ui.closeDialogsAndEditors("Submit to Server"); //$NON-NLS-1$
		if (server != null) {
			server.stop();
		}
	}

	private static String sha256(String text) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8))); //$NON-NLS-1$
	}

	@Test
	@Order(1)
	void theHealthChartsReadThisWorkbench() {
		showMonitoring();
		HealthViewPage health = HealthViewPage.show();
		assertTrue(health.source().contains("this workbench"), health.source()); //$NON-NLS-1$
		health.waitForPoints("system", 0, 2); //$NON-NLS-1$
		double cpu = health.latest("system", 0).doubleValue(); //$NON-NLS-1$
		double memory = health.latest("system", 1).doubleValue(); //$NON-NLS-1$
		assertTrue(cpu >= 0 && cpu <= 100, "cpu " + cpu); //$NON-NLS-1$
		assertTrue(memory > 0 && memory <= 100, "memory " + memory); //$NON-NLS-1$
		assertEquals(null, health.latest("licences", 0), "no licences locally: a gap, not a zero"); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(health.status().startsWith("Read at"), health.status()); //$NON-NLS-1$
	}

	@Test
	@Order(2)
	void thePreferencesPointTheViewsAtTheServer() throws Exception {
		PreferencesDialogPage prefs = PreferencesDialogPage.open(MonitorUI.PREFERENCE_PAGE);
		select(prefs, "monitoring.server"); //$NON-NLS-1$
		prefs.setText("monitoring.url", "ftp://" + address.substring("http://".length())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		press(prefs, "monitoring.test"); //$NON-NLS-1$
		assertTrue(testResult(prefs).contains("http://"), testResult(prefs)); //$NON-NLS-1$
		prefs.setText("monitoring.url", address); //$NON-NLS-1$
		prefs.setText("monitoring.token", "wrong"); //$NON-NLS-1$ //$NON-NLS-2$
		press(prefs, "monitoring.test"); //$NON-NLS-1$
		Ui.waitUntil("the wrong token refused", () -> testResult(prefs).contains("token")); //$NON-NLS-1$ //$NON-NLS-2$
		prefs.setText("monitoring.token", TOKEN); //$NON-NLS-1$
		press(prefs, "monitoring.test"); //$NON-NLS-1$
		Ui.waitUntil("the connection tested", () -> testResult(prefs).startsWith("Connected to " + address)); //$NON-NLS-1$ //$NON-NLS-2$
		prefs.ok();

		assertEquals(TOKEN, MonitorSettings.token());
		assertEquals(PosixFilePermissions.fromString("rw-------"), MonitorSettings.tokenPermissions()); //$NON-NLS-1$
		assertFalse(String.join(",", MonitorSettings.node().keys()).contains("token"), "the token is no preference"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		HealthViewPage health = HealthViewPage.show();
		Ui.waitUntil("the server as the source", () -> health.source().contains(address)); //$NON-NLS-1$
		health.waitForPoints("simulations", 0, 2); //$NON-NLS-1$
		assertTrue(health.status().startsWith("Read at"), health.status()); //$NON-NLS-1$
	}

	@Test
	@Order(3)
	void aStudySubmittedFromTheEditorIsFollowedDownloadedAndOpened() throws Exception {
		IFile study = TestWorkspace.copyOfExample("al6061-cw-1kW.ldsim"); //$NON-NLS-1$
		edit(study, "radialCells=\"60\"", "radialCells=\"30\""); //$NON-NLS-1$ //$NON-NLS-2$
		edit(study, "axialCells=\"20\"", "axialCells=\"10\""); //$NON-NLS-1$ //$NON-NLS-2$
		StudyEditorPage.open(study);
		Ui.run(() -> {
			try {
				StudyEditorPage.page().getActiveEditor().getSite().getService(IHandlerService.class)
						.executeCommand(MonitorUI.SUBMIT_COMMAND, null);
			} catch (Exception e) {
				throw new AssertionError("Submit to Server failed", e); //$NON-NLS-1$
			}
		});
		ServerJobsViewPage jobs = ServerJobsViewPage.show();
		ServerJobsViewPage.Row row = jobs.waitForRow("the submitted study", //$NON-NLS-1$
				r -> r.study().startsWith("Al 6061") && r.state().equals("succeeded")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("100 %", row.progress()); //$NON-NLS-1$
		assertFalse(row.replica().isBlank(), "the replica that ran it"); //$NON-NLS-1$
		Ui.closeDialogsAndEditors("Submit to Server"); //$NON-NLS-1$
		if (Screenshots.forDocs()) {
			showMonitoring();
			Ui.run(() -> StudyEditorPage.page().resetPerspective());
			ServerJobsViewPage.show().select(row.id());
			HealthViewPage.show().waitForPoints("simulations", 0, 8); //$NON-NLS-1$
			Screenshots.saveWindowForDocs("monitoring.png"); //$NON-NLS-1$
		}
		ServerJobsViewPage.show().select(row.id()).press("download"); //$NON-NLS-1$
		Ui.waitUntil("the Results editor", () -> Ui.call(() -> { //$NON-NLS-1$
			IEditorPart active = StudyEditorPage.page().getActiveEditor();
			return active != null && ResultsUI.EDITOR_ID.equals(active.getSite().getId());
		}));
		Path downloaded = MonitorSettings.downloads().resolve("127.0.0.1_" + server.apiPort()).resolve(row.id()); //$NON-NLS-1$
		assertTrue(Files.isRegularFile(downloaded.resolve("summary.json")), downloaded.toString()); //$NON-NLS-1$
	}

	@Test
	@Order(4)
	void aRunningServerJobIsCancelledFromTheView() throws Exception {
		ServerClient client = MonitorSettings.client();
		RemoteJob queued = client.submit(Files.readString(TestWorkspace.examples().resolve("al6061-cw-1kW.ldsim")), null, //$NON-NLS-1$
				// long enough (about 250,000 steps, a minute or more) that it cannot finish before the cancel,
				// which reaches the worker with its next heartbeat (a third of the 30 s lease): 500 s alone
				// ran in 9 s on a loaded CI machine and sometimes succeeded first
				List.of("solver.endTime=500s", "solver.maxTimeStep=2ms"), null); //$NON-NLS-1$ //$NON-NLS-2$
		ServerJobsViewPage jobs = ServerJobsViewPage.show();
		jobs.waitForState(queued.id(), "running"); //$NON-NLS-1$
		assertFalse(jobs.select(queued.id()).enabled("download"), "a running job has no results yet"); //$NON-NLS-1$ //$NON-NLS-2$
		jobs.press("follow").press("cancel"); //$NON-NLS-1$ //$NON-NLS-2$
		ServerJobsViewPage.Row row = jobs.waitForState(queued.id(), "cancelled"); //$NON-NLS-1$
		assertFalse(row.ended().isBlank());
		assertEquals(RunState.CANCELLED, client.job(queued.id(), null).state());
	}

	private static void edit(IFile study, String from, String to) throws Exception {
		String text = new String(study.getContents().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(text.contains(from), study + " holds " + from); //$NON-NLS-1$
		study.setContents(new ByteArrayInputStream(text.replace(from, to).getBytes(StandardCharsets.UTF_8)), true, false,
				null);
	}

	private static void showMonitoring() {
		Ui.run(() -> {
			try {
				PlatformUI.getWorkbench().showPerspective(LaserDamageUI.MONITORING_PERSPECTIVE,
						PlatformUI.getWorkbench().getActiveWorkbenchWindow());
			} catch (WorkbenchException e) {
				throw new AssertionError(e);
			}
		});
	}

	private static void select(PreferencesDialogPage prefs, String key) {
		Button radio = Ui.waitFor(prefs::shell, key, Button.class);
		Ui.run(() -> {
			for (org.eclipse.swt.widgets.Control c : radio.getParent().getChildren()) {
				if (c instanceof Button b && (b.getStyle() & SWT.RADIO) != 0) {
					b.setSelection(b == radio);
				}
			}
			radio.notifyListeners(SWT.Selection, new Event());
		});
	}

	private static void press(PreferencesDialogPage prefs, String key) {
		Button button = Ui.waitFor(prefs::shell, key, Button.class);
		Ui.run(() -> button.notifyListeners(SWT.Selection, new Event()));
	}

	private static String testResult(PreferencesDialogPage prefs) {
		Label label = Ui.waitFor(prefs::shell, "monitoring.testResult", Label.class); //$NON-NLS-1$
		return Ui.call(label::getText);
	}
}
