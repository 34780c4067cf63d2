package dev.chimera.workbench.ui.main;

import dev.chimera.workbench.ui.I18n;
import javafx.scene.control.Button;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;

/** The same actions as the File menu, with tooltips naming their shortcuts. */
final class MainToolBar extends ToolBar {
    static final String OPEN_ID = "openFolderButton";
    static final String RELOAD_ID = "reloadButton";
    static final String EXPORT_ID = "exportButton";

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

        getItems().addAll(open, reload, export);
    }
}
