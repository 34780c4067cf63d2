package dev.chimera.workbench.ui.main;

import dev.chimera.workbench.ui.compare.ComparisonView;
import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.ScreenCharts;
import dev.chimera.workbench.ui.Styles;
import dev.chimera.workbench.ui.Theme;
import dev.chimera.workbench.ui.data.DataView;
import dev.chimera.workbench.ui.diagnostics.DiagnosticsView;
import dev.chimera.workbench.ui.distribution.DistributionView;
import dev.chimera.workbench.ui.findings.FindingsView;
import dev.chimera.workbench.ui.power.PowerView;
import dev.chimera.workbench.ui.regime.RegimeView;
import dev.chimera.workbench.ui.sources.SourcesView;
import dev.chimera.workbench.ui.session.SelectedTabSync;
import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import dev.chimera.workbench.ui.cost.CostView;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The main window's content: menu and toolbar on top, Sources on the left, the tabs (Data first) in the middle,
 * Diagnostics below them, and the status bar. Until a folder is open, an empty-state message fills the middle.
 */
public final class MainView extends BorderPane {
    public static final String EMPTY_STATE_ID = "emptyState";
    public static final String TABS_ID = "mainTabs";
    public static final String DISTRIBUTIONS_TAB_ID = "distributionsTab";
    public static final String REGIMES_TAB_ID = "regimesTab";
    public static final String POWER_TAB_ID = "powerTab";
    public static final String COST_TAB_ID = "costTab";
    public static final String DATA_TAB_ID = "dataTab";
    public static final String COMPARE_TAB_ID = "compareTab";
    public static final String FINDINGS_TAB_ID = "findingsTab";

    private final MainViewModel viewModel;
    private final TabPane tabs = new TabPane();

    public MainView(MainViewModel viewModel, Runnable quit) {
        this.viewModel = viewModel;
        setTop(new VBox(new MainMenuBar(viewModel, quit, this::exportCurrentTab),
                new MainToolBar(viewModel, this::exportCurrentTab)));

        Tab dataTab = new Tab(I18n.tr("tab.data"), new DataView(viewModel.data()));
        dataTab.setClosable(false);
        dataTab.setTooltip(new javafx.scene.control.Tooltip(I18n.tr("tab.data.tooltip")));
        tabs.setId(TABS_ID);
        Tab compareTab = new Tab(I18n.tr("tab.compare"), new ComparisonView(viewModel.comparison()));
        compareTab.setClosable(false);
        compareTab.setTooltip(new javafx.scene.control.Tooltip(I18n.tr("tab.compare.tooltip")));
        DistributionView distributionView = new DistributionView(viewModel.distributions());
        Tab distributionTab = new Tab(I18n.tr("tab.distributions"), distributionView);
        distributionTab.setId(DISTRIBUTIONS_TAB_ID);
        distributionTab.setClosable(false);
        distributionTab.setTooltip(new javafx.scene.control.Tooltip(I18n.tr("tab.distributions.tooltip")));
        Tab regimeTab = new Tab(I18n.tr("tab.regimes"), new RegimeView(viewModel.regimes()));
        regimeTab.setId(REGIMES_TAB_ID);
        regimeTab.setClosable(false);
        regimeTab.setTooltip(new javafx.scene.control.Tooltip(I18n.tr("tab.regimes.tooltip")));
        Tab powerTab = new Tab(I18n.tr("tab.power"), new PowerView(viewModel.power()));
        powerTab.setId(POWER_TAB_ID);
        powerTab.setClosable(false);
        powerTab.setTooltip(new javafx.scene.control.Tooltip(I18n.tr("tab.power.tooltip")));
        Tab costTab = new Tab(I18n.tr("tab.cost"), new CostView(viewModel.cost()));
        costTab.setId(COST_TAB_ID);
        costTab.setClosable(false);
        costTab.setTooltip(new javafx.scene.control.Tooltip(I18n.tr("tab.cost.tooltip")));
        Tab findingsTab = new Tab(I18n.tr("tab.findings"), new FindingsView(viewModel.findings()));
        findingsTab.setId(FINDINGS_TAB_ID);
        findingsTab.setClosable(false);
        findingsTab.setTooltip(new javafx.scene.control.Tooltip(I18n.tr("tab.findings.tooltip")));
        tabs.getTabs().addAll(dataTab, distributionTab, regimeTab, powerTab, costTab, compareTab, findingsTab);
        Map<WorkbenchTab, Tab> byKind = new EnumMap<>(WorkbenchTab.class);
        byKind.put(WorkbenchTab.DATA, dataTab);
        byKind.put(WorkbenchTab.DISTRIBUTIONS, distributionTab);
        byKind.put(WorkbenchTab.COLD_START, distributionTab);
        byKind.put(WorkbenchTab.REGIMES, regimeTab);
        byKind.put(WorkbenchTab.POWER, powerTab);
        byKind.put(WorkbenchTab.COST, costTab);
        byKind.put(WorkbenchTab.COMPARE, compareTab);
        byKind.put(WorkbenchTab.FINDINGS, findingsTab);
        followSelectedTab(byKind, distributionView);
        dataTab.setId(DATA_TAB_ID);
        compareTab.setId(COMPARE_TAB_ID);
        SelectedTabSync.bind(tabs, viewModel.session().selectedTabProperty());

        SplitPane centre = new SplitPane(tabs, new DiagnosticsView(viewModel.diagnostics()));
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.78);
        // A folder without errors or warnings gives the room back to the views; one with problems shows them.
        viewModel.datasetProperty().addListener((obs, was, is) -> centre.setDividerPositions(
                is != null && viewModel.diagnostics().errorCountProperty().get()
                        + viewModel.diagnostics().warningCountProperty().get() == 0 ? 0.94 : 0.78));
        SplitPane main = new SplitPane(new SourcesView(viewModel.sources()), centre);
        main.setDividerPositions(0.3);

        VBox empty = emptyState();
        empty.visibleProperty().bind(viewModel.datasetProperty().isNull());
        main.visibleProperty().bind(viewModel.datasetProperty().isNotNull());
        setCenter(new StackPane(main, empty));
        setBottom(new StatusBar(viewModel));

        setOnDragOver(this::dragOver);
        setOnDragDropped(this::dragDropped);
    }

    /** Keeps the tab pane and the ViewModel's selected tab in step, both ways. */
    private void followSelectedTab(Map<WorkbenchTab, Tab> byKind, DistributionView distributionView) {
        viewModel.selectedTabProperty().addListener((obs, was, is) -> {
            Tab tab = is == null ? null : byKind.get(is);
            if (tab != null) {
                tabs.getSelectionModel().select(tab);
            }
            if (is == WorkbenchTab.COLD_START) {
                distributionView.showColdStart();
            }
        });
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, was, is) -> {
            WorkbenchTab current = viewModel.selectedTabProperty().get();
            if (is != null && byKind.get(current) != is) {
                byKind.entrySet().stream().filter(e -> e.getValue() == is).findFirst()
                        .ifPresent(e -> viewModel.selectedTabProperty().set(e.getKey()));
            }
        });
    }

    private VBox emptyState() {
        Label title = new Label(I18n.tr("empty.title"));
        title.getStyleClass().add(Styles.EMPTY_STATE_TITLE);
        Label text = new Label(I18n.tr("empty.text"));
        text.setWrapText(true);
        Label loading = new Label();
        loading.textProperty().bind(viewModel.statusMessageProperty());
        loading.visibleProperty().bind(viewModel.loadingProperty());
        Button open = new Button(I18n.tr("action.open"));
        open.setOnAction(e -> viewModel.openFolder());
        VBox box = new VBox(12, title, text, open, loading);
        box.setId(EMPTY_STATE_ID);
        box.getStyleClass().add(Styles.EMPTY_STATE);
        return box;
    }

    /** Adds the shortcuts menus cannot carry (the second Reload key), the stylesheet and the theme. */
    public void install(Scene scene) {
        scene.getStylesheets().add(getClass().getResource(Styles.STYLESHEET).toExternalForm());
        scene.getAccelerators().put(Shortcuts.RELOAD_ALT, viewModel::reload);
        applyTheme(scene, viewModel.theme().get());
        viewModel.theme().themeProperty().addListener((obs, was, is) -> applyTheme(scene, is));
    }

    private static void applyTheme(Scene scene, Theme theme) {
        for (Theme t : Theme.values()) {
            if (t.extraStylesheet() != null) {
                scene.getStylesheets().remove(MainView.class.getResource(t.extraStylesheet()).toExternalForm());
            }
        }
        if (theme.extraStylesheet() != null) {
            scene.getStylesheets().add(MainView.class.getResource(theme.extraStylesheet()).toExternalForm());
        }
        ScreenCharts.use(theme.chartTheme());
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
        }
        e.consume();
    }

    private void dragDropped(DragEvent e) {
        boolean done = false;
        if (e.getDragboard().hasFiles()) {
            List<Path> paths = e.getDragboard().getFiles().stream().map(File::toPath).toList();
            done = viewModel.openDropped(paths);
        }
        e.setDropCompleted(done);
        e.consume();
    }

    /** Export… asks the export ViewModel to export the charts the selected tab shows. */
    private void exportCurrentTab() {
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        String id = selected == null ? null : selected.getId();
        viewModel.export().exportCharts(CurrentTabCharts.of(id, viewModel), REGIMES_TAB_ID.equals(id));
    }

    /** Later features add their tabs here. */
    public TabPane tabs() {
        return tabs;
    }
}
