package dev.chimera.workbench.ui.main;

import dev.chimera.workbench.ui.I18n;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;

/** The same actions as the File menu, with tooltips naming their shortcuts. */
final class MainToolBar extends ToolBar {
    static final String OPEN_ID = "openFolderButton";
    static final String RELOAD_ID = "reloadButton";
    static final String EXPORT_ID = "exportButton";
    static final String LIVE_ID = "liveButton";
    static final String PAUSE_ID = "pauseLiveButton";

    MainToolBar(MainViewModel viewModel, Runnable exportCurrentTab) {
        Button open = new Button(I18n.tr("action.open"));
        open.setId(OPEN_ID);
        open.setTooltip(new Tooltip(I18n.format("toolbar.tooltip", I18n.tr("action.open.tooltip"),
                Shortcuts.OPEN_FOLDER.getDisplayText())));
        open.setOnAction(e -> viewModel.openFolder());

        Button reload = new Button(I18n.tr("action.reload"));
        reload.setId(RELOAD_ID);
        reload.setTooltip(new Tooltip(I18n.format("toolbar.tooltip2", I18n.tr("action.reload.tooltip"),
                Shortcuts.RELOAD.getDisplayText(), Shortcuts.RELOAD_ALT.getDisplayText())));
        reload.setOnAction(e -> viewModel.reload());
        reload.disableProperty().bind(viewModel.datasetProperty().isNull().or(viewModel.loadingProperty()));

        Button export = new Button(I18n.tr("action.export"));
        export.setId(EXPORT_ID);
        export.setTooltip(new Tooltip(I18n.format("toolbar.tooltip", I18n.tr("action.export.tooltip"),
                Shortcuts.EXPORT.getDisplayText())));
        export.setOnAction(e -> exportCurrentTab.run());
        export.disableProperty().bind(viewModel.datasetProperty().isNull()
                .or(viewModel.export().exportingProperty()));

        ToggleButton live = new ToggleButton(I18n.tr("action.live"));
        live.setId(LIVE_ID);
        live.setTooltip(new Tooltip(I18n.format("toolbar.tooltip", I18n.tr("action.live.tooltip"),
                Shortcuts.LIVE.getDisplayText())));
        live.selectedProperty().bindBidirectional(viewModel.watch().liveProperty());
        live.disableProperty().bind(viewModel.datasetProperty().isNull());
        ToggleButton pause = new ToggleButton(I18n.tr("action.pauseLive"));
        pause.setId(PAUSE_ID);
        pause.setTooltip(new Tooltip(I18n.format("toolbar.tooltip", I18n.tr("action.pauseLive.tooltip"),
                Shortcuts.PAUSE_LIVE.getDisplayText())));
        pause.selectedProperty().bindBidirectional(viewModel.watch().pausedProperty());
        pause.visibleProperty().bind(viewModel.watch().liveProperty());
        pause.managedProperty().bind(viewModel.watch().liveProperty());

        getItems().addAll(open, reload, export, live, pause);
        getItems().addAll(SessionActions.toolbarButtons(viewModel));
    }
}
