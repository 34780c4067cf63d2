package dev.chimera.workbench.ui.main;

import dev.chimera.workbench.ui.I18n;
import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/** File menu: Open Folder…, Reload, Recent Folders, Export…, Export Report…, Quit. */
final class MainMenuBar extends MenuBar {
    private final MainViewModel viewModel;
    private final Menu recent = new Menu(I18n.tr("menu.file.recent"));

    MainMenuBar(MainViewModel viewModel, Runnable quit, Runnable exportCurrentTab) {
        this.viewModel = viewModel;
        MenuItem open = new MenuItem(I18n.tr("action.open"));
        open.setId("menuOpenFolder");
        open.setAccelerator(Shortcuts.OPEN_FOLDER);
        open.setOnAction(e -> viewModel.openFolder());

        MenuItem reload = new MenuItem(I18n.tr("action.reload"));
        reload.setAccelerator(Shortcuts.RELOAD);
        reload.setOnAction(e -> viewModel.reload());
        reload.disableProperty().bind(viewModel.datasetProperty().isNull());

        CheckMenuItem live = new CheckMenuItem(I18n.tr("action.live.menu"));
        live.setAccelerator(Shortcuts.LIVE);
        live.selectedProperty().bindBidirectional(viewModel.watch().liveProperty());
        live.disableProperty().bind(viewModel.datasetProperty().isNull());
        CheckMenuItem pause = new CheckMenuItem(I18n.tr("action.pauseLive"));
        pause.setAccelerator(Shortcuts.PAUSE_LIVE);
        pause.selectedProperty().bindBidirectional(viewModel.watch().pausedProperty());
        pause.disableProperty().bind(viewModel.watch().liveProperty().not());

        // Menu items cannot carry tooltips, so the label says why it is disabled.
        MenuItem export = new MenuItem(I18n.tr("action.export.menu"));
        export.setId("menuExport");
        export.setAccelerator(Shortcuts.EXPORT);
        export.setOnAction(e -> exportCurrentTab.run());
        export.disableProperty().bind(viewModel.datasetProperty().isNull()
                .or(viewModel.export().exportingProperty()));
        MenuItem report = new MenuItem(I18n.tr("action.exportReport"));
        report.setId("menuExportReport");
        report.setOnAction(e -> viewModel.export().exportReport());
        report.disableProperty().bind(viewModel.datasetProperty().isNull()
                .or(viewModel.export().exportingProperty()));

        MenuItem exit = new MenuItem(I18n.tr("action.quit"));
        exit.setAccelerator(Shortcuts.QUIT);
        exit.setOnAction(e -> quit.run());

        Menu file = new Menu(I18n.tr("menu.file"));
        file.getItems().addAll(open, reload, recent, new SeparatorMenuItem(), live, pause, new SeparatorMenuItem(),
                export, report, new SeparatorMenuItem(), exit);
        file.getItems().addAll(file.getItems().indexOf(recent) + 1, SessionActions.menuItems(viewModel));
        getMenus().add(file);
        getMenus().addAll(ViewAndHelpMenus.create(viewModel));

        viewModel.recentFoldersProperty().addListener((ListChangeListener<Path>) c -> rebuildRecent());
        rebuildRecent();
    }

    private void rebuildRecent() {
        recent.getItems().clear();
        if (viewModel.recentFoldersProperty().isEmpty()) {
            MenuItem none = new MenuItem(I18n.tr("menu.file.recent.none"));
            none.setDisable(true);
            recent.getItems().add(none);
            return;
        }
        int n = 1;
        for (Path p : viewModel.recentFoldersProperty()) {
            // A mnemonic number for the first nine; underscores in paths must not become mnemonics.
            MenuItem item = new MenuItem((n <= 9 ? "_" + n + "  " : "    ") + p.toString().replace("_", "__"));
            item.setMnemonicParsing(true);
            item.setOnAction(e -> viewModel.openFolder(p));
            recent.getItems().add(item);
            n++;
        }
        MenuItem clear = new MenuItem(I18n.tr("menu.file.recent.clear"));
        clear.setOnAction(e -> viewModel.clearRecentFolders());
        recent.getItems().addAll(new SeparatorMenuItem(), clear);
    }
}
