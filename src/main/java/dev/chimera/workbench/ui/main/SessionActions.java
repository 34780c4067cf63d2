package dev.chimera.workbench.ui.main;

import dev.chimera.workbench.ui.I18n;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;

/** The File-menu items and toolbar buttons of Save session… and Open session…. */
final class SessionActions {
    static final String SAVE_ID = "saveSessionButton";
    static final String OPEN_ID = "openSessionButton";
    static final String SAVE_MENU_ID = "menuSaveSession";
    static final String OPEN_MENU_ID = "menuOpenSession";

    private SessionActions() {
    }

    static List<MenuItem> menuItems(MainViewModel viewModel) {
        MenuItem open = new MenuItem(I18n.tr("action.session.open"));
        open.setId(OPEN_MENU_ID);
        open.setAccelerator(Shortcuts.OPEN_SESSION);
        open.setOnAction(e -> viewModel.session().openSession());
        MenuItem save = new MenuItem(I18n.tr("action.session.save"));
        save.setId(SAVE_MENU_ID);
        save.setAccelerator(Shortcuts.SAVE_SESSION);
        save.setOnAction(e -> viewModel.session().saveSession());
        save.disableProperty().bind(viewModel.loadingProperty());
        return List.of(new SeparatorMenuItem(), open, save);
    }

    static List<Button> toolbarButtons(MainViewModel viewModel) {
        Button open = new Button(I18n.tr("action.session.open"));
        open.setId(OPEN_ID);
        open.setTooltip(new Tooltip(I18n.format("toolbar.tooltip", I18n.tr("action.session.open.tooltip"),
                Shortcuts.OPEN_SESSION.getDisplayText())));
        open.setOnAction(e -> viewModel.session().openSession());
        Button save = new Button(I18n.tr("action.session.save"));
        save.setId(SAVE_ID);
        save.setTooltip(new Tooltip(I18n.format("toolbar.tooltip", I18n.tr("action.session.save.tooltip"),
                Shortcuts.SAVE_SESSION.getDisplayText())));
        save.setOnAction(e -> viewModel.session().saveSession());
        save.disableProperty().bind(viewModel.loadingProperty());
        return List.of(open, save);
    }
}
