package org.laserdamage.ui.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarContributionItem;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * File, Edit, Window and Help menus and the main toolbar with the workbench's
 * standard actions (their ids, key bindings and handlers are the platform's).
 * Other bundles add menus at {@code menu:org.eclipse.ui.main.menu?after=additions}
 * (e.g. Study &gt; Run Study) and toolbars at {@code toolbar:org.eclipse.ui.main.toolbar?after=additions}.
 */
final class LaserDamageActionBarAdvisor extends ActionBarAdvisor {

	private IWorkbenchAction newWizard;
	private IWorkbenchAction save;
	private IWorkbenchAction saveAll;
	private IWorkbenchAction close;
	private IWorkbenchAction closeAll;
	private IWorkbenchAction importWizard;
	private IWorkbenchAction exportWizard;
	private IWorkbenchAction refresh;
	private IWorkbenchAction quit;
	private IWorkbenchAction undo;
	private IWorkbenchAction redo;
	private IWorkbenchAction cut;
	private IWorkbenchAction copy;
	private IWorkbenchAction paste;
	private IWorkbenchAction delete;
	private IWorkbenchAction selectAll;
	private IWorkbenchAction resetPerspective;
	private IWorkbenchAction preferences;
	private IWorkbenchAction about;
	private IContributionItem newWizards;
	private IContributionItem perspectives;
	private IContributionItem views;

	LaserDamageActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		newWizard = register(ActionFactory.NEW_WIZARD_DROP_DOWN.create(window));
		save = register(ActionFactory.SAVE.create(window));
		saveAll = register(ActionFactory.SAVE_ALL.create(window));
		close = register(ActionFactory.CLOSE.create(window));
		closeAll = register(ActionFactory.CLOSE_ALL.create(window));
		importWizard = register(ActionFactory.IMPORT.create(window));
		exportWizard = register(ActionFactory.EXPORT.create(window));
		refresh = register(ActionFactory.REFRESH.create(window));
		quit = register(ActionFactory.QUIT.create(window));
		undo = register(ActionFactory.UNDO.create(window));
		redo = register(ActionFactory.REDO.create(window));
		cut = register(ActionFactory.CUT.create(window));
		copy = register(ActionFactory.COPY.create(window));
		paste = register(ActionFactory.PASTE.create(window));
		delete = register(ActionFactory.DELETE.create(window));
		selectAll = register(ActionFactory.SELECT_ALL.create(window));
		resetPerspective = register(ActionFactory.RESET_PERSPECTIVE.create(window));
		preferences = register(new ProductPreferencesAction(window));
		about = register(new AboutAction(window));
		newWizards = ContributionItemFactory.NEW_WIZARD_SHORTLIST.create(window);
		perspectives = ContributionItemFactory.PERSPECTIVES_SHORTLIST.create(window);
		views = ContributionItemFactory.VIEWS_SHORTLIST.create(window);
	}

	private IWorkbenchAction register(IWorkbenchAction action) {
		super.register(action);
		return action;
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		MenuManager file = new MenuManager(Messages.Menu_file, IWorkbenchActionConstants.M_FILE);
		MenuManager newMenu = new MenuManager(Messages.Menu_new, ActionFactory.NEW.getId());
		newMenu.add(newWizards);
		file.add(newMenu);
		file.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
		file.add(new Separator());
		file.add(close);
		file.add(closeAll);
		file.add(new Separator());
		file.add(save);
		file.add(saveAll);
		file.add(new Separator());
		file.add(refresh);
		file.add(new Separator());
		file.add(importWizard);
		file.add(exportWizard);
		file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(new Separator());
		file.add(quit);

		MenuManager edit = new MenuManager(Messages.Menu_edit, IWorkbenchActionConstants.M_EDIT);
		edit.add(undo);
		edit.add(redo);
		edit.add(new Separator());
		edit.add(cut);
		edit.add(copy);
		edit.add(paste);
		edit.add(new Separator());
		edit.add(delete);
		edit.add(selectAll);
		edit.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));

		MenuManager window = new MenuManager(Messages.Menu_window, IWorkbenchActionConstants.M_WINDOW);
		MenuManager openPerspective = new MenuManager(Messages.Menu_openPerspective);
		openPerspective.add(perspectives);
		window.add(openPerspective);
		MenuManager showView = new MenuManager(Messages.Menu_showView);
		showView.add(views);
		window.add(showView);
		window.add(resetPerspective);
		window.add(new Separator());
		window.add(preferences);

		MenuManager help = new MenuManager(Messages.Menu_help, IWorkbenchActionConstants.M_HELP);
		help.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		help.add(about);

		menuBar.add(file);
		menuBar.add(edit);
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(window);
		menuBar.add(help);
	}

	@Override
	protected void fillCoolBar(ICoolBarManager coolBar) {
		IToolBarManager fileBar = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
		fileBar.add(newWizard);
		fileBar.add(save);
		fileBar.add(saveAll);
		coolBar.add(new ToolBarContributionItem(fileBar, IWorkbenchActionConstants.TOOLBAR_FILE));
		coolBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
	}
}
