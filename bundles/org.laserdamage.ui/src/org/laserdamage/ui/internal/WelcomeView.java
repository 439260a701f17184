package org.laserdamage.ui.internal;

import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.forms.widgets.TableWrapLayout;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.statushandlers.StatusManager;
import org.laserdamage.ui.LaserDamageUI;
import org.laserdamage.ui.WorkbenchPreferences;

/**
 * The Welcome view: the first steps of an analyst — a new study from a
 * template, the material library, the runs — and whether to show it at start.
 */
public final class WelcomeView extends ViewPart {

	private FormToolkit toolkit;
	private ScrolledForm form;

	@Override
	public void createPartControl(Composite parent) {
		toolkit = new FormToolkit(parent.getDisplay());
		form = toolkit.createScrolledForm(parent);
		form.setText(Messages.Welcome_title);
		toolkit.decorateFormHeading(form.getForm());
		Composite body = form.getBody();
		TableWrapLayout layout = new TableWrapLayout();
		layout.verticalSpacing = 10;
		body.setLayout(layout);
		toolkit.createLabel(body, Messages.Welcome_intro, SWT.WRAP).setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
		link(body, "welcome.newStudy", Messages.Welcome_newStudy, () -> execute(IWorkbenchCommandConstants.FILE_NEW, //$NON-NLS-1$
				Map.of(IWorkbenchCommandConstants.FILE_NEW_PARM_WIZARDID, LaserDamageUI.NEW_STUDY_WIZARD)));
		link(body, "welcome.materials", Messages.Welcome_materials, () -> showView(LaserDamageUI.MATERIALS_VIEW)); //$NON-NLS-1$
		link(body, "welcome.runs", Messages.Welcome_runs, () -> showView(LaserDamageUI.RUNS_VIEW)); //$NON-NLS-1$
		link(body, "welcome.preferences", Messages.Welcome_preferences, //$NON-NLS-1$
				() -> execute(IWorkbenchCommandConstants.WINDOW_PREFERENCES,
						Map.of(IWorkbenchCommandConstants.WINDOW_PREFERENCES_PARM_PAGEID, "org.laserdamage.ui.preferences"))); //$NON-NLS-1$
		Button show = toolkit.createButton(body, Messages.Welcome_showAtStart, SWT.CHECK);
		show.setSelection(WorkbenchPreferences.showWelcome());
		show.addListener(SWT.Selection, e -> WorkbenchPreferences.node().putBoolean(WorkbenchPreferences.SHOW_WELCOME,
				show.getSelection()));
	}

	private void link(Composite body, String key, String text, Runnable action) {
		Hyperlink link = toolkit.createHyperlink(body, text, SWT.WRAP);
		link.setData(LaserDamageUI.WIDGET_KEY, key);
		link.addHyperlinkListener(new HyperlinkAdapter() {
			@Override
			public void linkActivated(HyperlinkEvent e) {
				action.run();
			}
		});
	}

	private void execute(String commandId, Map<String, String> parameters) {
		ICommandService commands = getSite().getService(ICommandService.class);
		IHandlerService handlers = getSite().getService(IHandlerService.class);
		try {
			ParameterizedCommand command = ParameterizedCommand.generateCommand(commands.getCommand(commandId),
					parameters);
			handlers.executeCommand(command, null);
		} catch (CommandException e) {
			StatusManager.getManager().handle(org.eclipse.core.runtime.Status.error(e.getMessage(), e),
					StatusManager.LOG | StatusManager.SHOW);
		}
	}

	private void showView(String id) {
		try {
			getSite().getPage().showView(id);
		} catch (PartInitException e) {
			StatusManager.getManager().handle(e.getStatus(), StatusManager.LOG | StatusManager.SHOW);
		}
	}

	@Override
	public void setFocus() {
		form.setFocus();
	}

	@Override
	public void dispose() {
		if (toolkit != null) {
			toolkit.dispose();
		}
		super.dispose();
	}
}
