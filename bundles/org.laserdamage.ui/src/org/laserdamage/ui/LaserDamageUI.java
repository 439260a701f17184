package org.laserdamage.ui;

/** Ids the workbench contributes or arranges, for tests and for other UI bundles. */
public final class LaserDamageUI {

	public static final String PLUGIN_ID = "org.laserdamage.ui"; //$NON-NLS-1$
	public static final String STUDY_PERSPECTIVE = "org.laserdamage.ui.perspectives.study"; //$NON-NLS-1$
	public static final String RESULTS_PERSPECTIVE = "org.laserdamage.ui.perspectives.results"; //$NON-NLS-1$
	public static final String MONITORING_PERSPECTIVE = "org.laserdamage.ui.perspectives.monitoring"; //$NON-NLS-1$
	/** The Welcome view: first steps, "New study from template". */
	public static final String WELCOME_VIEW = "org.laserdamage.ui.views.welcome"; //$NON-NLS-1$
	/** The Materials view, contributed by org.laserdamage.materials.ui. */
	public static final String MATERIALS_VIEW = "org.laserdamage.ui.views.materials"; //$NON-NLS-1$
	/** The Studies navigator, contributed by org.laserdamage.runs.ui. */
	public static final String STUDIES_VIEW = "org.laserdamage.runs.ui.views.studies"; //$NON-NLS-1$
	/** The Jobs view (it replaced the Runs monitor under the same id), contributed by org.laserdamage.runs.ui. */
	public static final String RUNS_VIEW = "org.laserdamage.runs.ui.views.runs"; //$NON-NLS-1$
	/** The Run Summary, contributed by org.laserdamage.runs.ui. */
	public static final String RUN_SUMMARY_VIEW = "org.laserdamage.runs.ui.views.runSummary"; //$NON-NLS-1$
	/** The Console view of org.eclipse.ui.console. */
	public static final String CONSOLE_VIEW = "org.eclipse.ui.console.ConsoleView"; //$NON-NLS-1$
	/** The New Study wizard, contributed by org.laserdamage.study.ui. */
	public static final String NEW_STUDY_WIZARD = "org.laserdamage.study.ui.wizards.newStudy"; //$NON-NLS-1$
	/** The Document view (several at once, secondary id = the file): a document of the installation's documentation. */
	public static final String DOCUMENT_VIEW = "org.laserdamage.ui.views.document"; //$NON-NLS-1$
	/** Help &gt; a document: opens the file its parameter names, relative to the installation. */
	public static final String OPEN_DOCUMENT_COMMAND = "org.laserdamage.ui.commands.openDocument"; //$NON-NLS-1$
	/** The parameter of {@link #OPEN_DOCUMENT_COMMAND}, e.g. {@code docs/workbench.md}. */
	public static final String OPEN_DOCUMENT_FILE = "org.laserdamage.ui.commands.openDocument.file"; //$NON-NLS-1$
	/** The Laser Damage preference page, which Window &gt; Preferences opens on. */
	public static final String PREFERENCE_PAGE = "org.laserdamage.ui.preferences"; //$NON-NLS-1$
	/** Key of {@code Widget.getData(String)} naming a control for UI tests and accessibility. */
	public static final String WIDGET_KEY = "org.laserdamage.ui.widget"; //$NON-NLS-1$

	private LaserDamageUI() {
	}
}
