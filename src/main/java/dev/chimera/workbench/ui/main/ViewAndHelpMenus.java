package dev.chimera.workbench.ui.main;

import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.Theme;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

/** View › Theme (Light / Dark) and Help › About; kept apart from the File menu so each stays small. */
final class ViewAndHelpMenus {
    static final String THEME_LIGHT_ID = "menuThemeLight";
    static final String THEME_DARK_ID = "menuThemeDark";
    static final String ABOUT_ID = "menuAbout";

    private ViewAndHelpMenus() {
    }

    static List<Menu> create(MainViewModel viewModel) {
        ThemeSetting setting = viewModel.theme();
        ToggleGroup group = new ToggleGroup();
        RadioMenuItem light = themeItem(I18n.tr("menu.view.theme.light"), THEME_LIGHT_ID, Theme.LIGHT, setting, group);
        RadioMenuItem dark = themeItem(I18n.tr("menu.view.theme.dark"), THEME_DARK_ID, Theme.DARK, setting, group);
        setting.themeProperty().addListener((obs, was, is) -> (is == Theme.DARK ? dark : light).setSelected(true));
        Menu theme = new Menu(I18n.tr("menu.view.theme"));
        theme.getItems().addAll(light, dark);
        Menu view = new Menu(I18n.tr("menu.view"));
        view.getItems().add(theme);

        MenuItem about = new MenuItem(I18n.tr("action.about"));
        about.setId(ABOUT_ID);
        about.setOnAction(e -> viewModel.showAbout());
        Menu help = new Menu(I18n.tr("menu.help"));
        help.getItems().add(about);
        return List.of(view, help);
    }

    private static RadioMenuItem themeItem(String text, String id, Theme theme, ThemeSetting setting,
                                           ToggleGroup group) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setId(id);
        item.setToggleGroup(group);
        item.setSelected(setting.get() == theme);
        item.setOnAction(e -> setting.set(theme));
        return item;
    }
}
