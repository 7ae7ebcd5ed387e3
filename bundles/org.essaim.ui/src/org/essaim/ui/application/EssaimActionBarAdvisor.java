/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.application;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IAction;
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
import org.eclipse.ui.PartInitException;
import org.essaim.ui.EssaimUiPlugin;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * Menus and tool bar of the Essaim window. The platform's actions are reused, with French labels of our
 * own: no French language pack of the Eclipse platform is available from Maven Central.
 */
final class EssaimActionBarAdvisor extends ActionBarAdvisor {

	private IWorkbenchAction save;
	private IWorkbenchAction saveAll;
	private IWorkbenchAction close;
	private IWorkbenchAction closeAll;
	private IWorkbenchAction refresh;
	private IWorkbenchAction quit;
	private IWorkbenchAction undo;
	private IWorkbenchAction redo;
	private IWorkbenchAction cut;
	private IWorkbenchAction copy;
	private IWorkbenchAction paste;
	private IWorkbenchAction delete;
	private IWorkbenchAction selectAll;
	private IWorkbenchAction find;
	private IWorkbenchAction resetPerspective;
	private IWorkbenchAction preferences;
	private IWorkbenchAction about;
	private IAction welcome;
	private IAction errorLog;

	EssaimActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		save = make(ActionFactory.SAVE, window, Messages.action_save);
		saveAll = make(ActionFactory.SAVE_ALL, window, Messages.action_saveAll);
		close = make(ActionFactory.CLOSE, window, Messages.action_close);
		closeAll = make(ActionFactory.CLOSE_ALL, window, Messages.action_closeAll);
		refresh = make(ActionFactory.REFRESH, window, Messages.action_refresh);
		quit = make(ActionFactory.QUIT, window, Messages.action_quit);
		undo = make(ActionFactory.UNDO, window, Messages.action_undo);
		redo = make(ActionFactory.REDO, window, Messages.action_redo);
		cut = make(ActionFactory.CUT, window, Messages.action_cut);
		copy = make(ActionFactory.COPY, window, Messages.action_copy);
		paste = make(ActionFactory.PASTE, window, Messages.action_paste);
		delete = make(ActionFactory.DELETE, window, Messages.action_delete);
		selectAll = make(ActionFactory.SELECT_ALL, window, Messages.action_selectAll);
		find = make(ActionFactory.FIND, window, Messages.action_find);
		resetPerspective = make(ActionFactory.RESET_PERSPECTIVE, window, Messages.action_resetPerspective);
		preferences = make(ActionFactory.PREFERENCES, window, Messages.action_preferences);
		about = make(ActionFactory.ABOUT, window, Messages.action_about);
		welcome = new ShowViewAction(window, WelcomeView.ID, Messages.action_welcome);
		errorLog = new ShowViewAction(window, Perspectives.ERROR_LOG_VIEW, Messages.action_errorLog);
	}

	private IWorkbenchAction make(ActionFactory factory, IWorkbenchWindow window, String label) {
		IWorkbenchAction action = factory.create(window);
		action.setText(label);
		register(action);
		return action;
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		menuBar.add(fileMenu());
		menuBar.add(editMenu());
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(windowMenu());
		menuBar.add(helpMenu());
	}

	private MenuManager fileMenu() {
		MenuManager menu = new MenuManager(Messages.menu_file, IWorkbenchActionConstants.M_FILE);
		menu.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
		MenuManager newMenu = new MenuManager(Messages.menu_new, ActionFactory.NEW.getId());
		newMenu.add(ContributionItemFactory.NEW_WIZARD_SHORTLIST.create(getActionBarConfigurer().getWindowConfigurer().getWindow()));
		menu.add(newMenu);
		menu.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
		menu.add(new Separator());
		menu.add(close);
		menu.add(closeAll);
		menu.add(new Separator());
		menu.add(save);
		menu.add(saveAll);
		menu.add(new Separator());
		menu.add(refresh);
		menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new Separator());
		menu.add(quit);
		menu.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));
		return menu;
	}

	private MenuManager editMenu() {
		MenuManager menu = new MenuManager(Messages.menu_edit, IWorkbenchActionConstants.M_EDIT);
		menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
		menu.add(undo);
		menu.add(redo);
		menu.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
		menu.add(new Separator());
		menu.add(cut);
		menu.add(copy);
		menu.add(paste);
		menu.add(new GroupMarker(IWorkbenchActionConstants.CUT_EXT));
		menu.add(new Separator());
		menu.add(delete);
		menu.add(selectAll);
		menu.add(new Separator());
		menu.add(find);
		menu.add(new GroupMarker(IWorkbenchActionConstants.FIND_EXT));
		menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));
		return menu;
	}

	private MenuManager windowMenu() {
		MenuManager menu = new MenuManager(Messages.menu_window, IWorkbenchActionConstants.M_WINDOW);
		MenuManager perspectives = new MenuManager(Messages.menu_openPerspective, "openPerspective");
		perspectives.add(ContributionItemFactory.PERSPECTIVES_SHORTLIST.create(getActionBarConfigurer().getWindowConfigurer().getWindow()));
		menu.add(perspectives);
		MenuManager showView = new MenuManager(Messages.menu_showView, "showView");
		showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(getActionBarConfigurer().getWindowConfigurer().getWindow()));
		menu.add(showView);
		menu.add(resetPerspective);
		menu.add(new Separator());
		menu.add(errorLog);
		menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new Separator());
		menu.add(preferences);
		return menu;
	}

	private MenuManager helpMenu() {
		MenuManager menu = new MenuManager(Messages.menu_help, IWorkbenchActionConstants.M_HELP);
		menu.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
		menu.add(welcome);
		menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new Separator());
		menu.add(about);
		menu.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));
		return menu;
	}

	@Override
	protected void fillCoolBar(ICoolBarManager coolBar) {
		IToolBarManager fileBar = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
		fileBar.add(save);
		fileBar.add(saveAll);
		coolBar.add(new ToolBarContributionItem(fileBar, IWorkbenchActionConstants.TOOLBAR_FILE));
		coolBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
	}

	/** Shows a view of the current perspective (it comes at its placeholder, or in the editor area's side). */
	private static final class ShowViewAction extends Action {
		private final IWorkbenchWindow window;
		private final String viewId;

		ShowViewAction(IWorkbenchWindow window, String viewId, String label) {
			super(label);
			this.window = window;
			this.viewId = viewId;
			setId("org.essaim.ui.show." + viewId);
		}

		@Override
		public void run() {
			try {
				window.getActivePage().showView(viewId);
			} catch (PartInitException e) {
				EssaimUiPlugin.logError("Cannot show the view " + viewId, e);
			}
		}
	}
}
