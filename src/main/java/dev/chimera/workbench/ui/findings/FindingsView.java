package dev.chimera.workbench.ui.findings;

import dev.chimera.workbench.findings.Verdict;
import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Findings tab: the verdict counts and the filters (report, verdict, search) with the catalog on top; the
 * list above the selected finding's evidence chart on the left; its detail on the right. It only binds.
 */
public final class FindingsView extends BorderPane {
    public static final String COUNTS_ID = "findingsCounts";
    public static final String REPORT_ID = "findingsReport";
    public static final String VERDICT_ID = "findingsVerdict";
    public static final String SEARCH_ID = "findingsSearch";
    public static final String TABLE_ID = FindingsTable.ID;
    public static final String TITLE_ID = FindingDetailPane.TITLE_ID;
    public static final String EVIDENCE_ID = FindingDetailPane.EVIDENCE_ID;
    public static final String DETAIL_ID = FindingDetailPane.DETAIL_ID;
    public static final String SHOW_IN_VIEW_ID = FindingDetailPane.SHOW_IN_VIEW_ID;
    public static final String CHART_ID = EvidenceChartPane.ID;

    public FindingsView(FindingsViewModel vm) {
        getStyleClass().add(Styles.DIST_VIEW);
        setTop(controls(vm));
        FindingsTable table = new FindingsTable(vm);
        // The list is short: the evidence chart takes the room below it; the detail text scrolls on the right.
        SplitPane left = new SplitPane(table, new EvidenceChartPane(vm));
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.56);
        SplitPane content = new SplitPane(left, new FindingDetailPane(vm));
        content.setDividerPositions(0.56);
        setCenter(content);
    }

    private static VBox controls(FindingsViewModel vm) {
        Label counts = new Label();
        counts.setId(COUNTS_ID);
        counts.getStyleClass().add(Styles.FINDING_COUNTS);
        counts.textProperty().bind(vm.countsTextProperty());
        counts.setTooltip(new Tooltip(I18n.tr("findings.counts.tooltip")));

        ComboBox<String> report = new ComboBox<>();
        report.setId(REPORT_ID);
        report.setTooltip(new Tooltip(I18n.tr("findings.filter.report.tooltip")));
        Runnable fillReports = () -> {
            List<String> items = new ArrayList<>();
            items.add(I18n.tr("findings.filter.allReports"));
            items.addAll(vm.reportsProperty());
            report.setItems(FXCollections.observableArrayList(items));
            String f = vm.reportFilterProperty().get();
            report.getSelectionModel().select(f == null ? 0 : Math.max(0, items.indexOf(f)));
        };
        fillReports.run();
        vm.reportsProperty().addListener((ListChangeListener<String>) c -> fillReports.run());
        report.getSelectionModel().selectedIndexProperty().addListener((obs, was, is) -> {
            if (is.intValue() >= 0) {
                vm.reportFilterProperty().set(is.intValue() == 0 ? null : report.getItems().get(is.intValue()));
            }
        });
        vm.reportFilterProperty().addListener((obs, was, is) -> report.getSelectionModel()
                .select(is == null ? 0 : Math.max(0, report.getItems().indexOf(is))));

        ComboBox<String> verdict = new ComboBox<>(FXCollections.observableArrayList(
                I18n.tr("findings.filter.allVerdicts"), VerdictText.badge(Verdict.CONFIRMED),
                VerdictText.badge(Verdict.CONTRADICTED), VerdictText.badge(Verdict.INCONCLUSIVE),
                VerdictText.badge(Verdict.NO_DATA)));
        verdict.setId(VERDICT_ID);
        verdict.setTooltip(new Tooltip(I18n.tr("findings.filter.verdict.tooltip")));
        verdict.getSelectionModel().select(0);
        verdict.getSelectionModel().selectedIndexProperty().addListener((obs, was, is) ->
                vm.verdictFilterProperty().set(is.intValue() <= 0 ? null : Verdict.values()[is.intValue() - 1]));
        vm.verdictFilterProperty().addListener((obs, was, is) -> verdict.getSelectionModel()
                .select(is == null ? 0 : is.ordinal() + 1));

        TextField search = new TextField();
        search.setId(SEARCH_ID);
        search.setPromptText(I18n.tr("findings.search.prompt"));
        search.textProperty().bindBidirectional(vm.searchProperty());
        search.setPrefColumnCount(18);

        Label catalog = new Label();
        catalog.getStyleClass().add(Styles.GRID_LEGEND);
        catalog.textProperty().bind(vm.catalogTextProperty());
        Button load = new Button(I18n.tr("findings.loadCatalog"));
        load.setTooltip(new Tooltip(I18n.tr("findings.loadCatalog.tooltip")));
        load.setOnAction(e -> vm.loadCatalog());
        Button builtIn = new Button(I18n.tr("findings.builtInCatalog"));
        builtIn.setOnAction(e -> vm.useBuiltInCatalog());
        builtIn.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.catalogProperty().get() == null || vm.catalogProperty().get().source().startsWith("built-in"),
                vm.catalogProperty()));
        report.setMinWidth(Region.USE_PREF_SIZE);
        verdict.setMinWidth(Region.USE_PREF_SIZE);
        load.setMinWidth(Region.USE_PREF_SIZE);
        builtIn.setMinWidth(Region.USE_PREF_SIZE);
        catalog.setMinWidth(Region.USE_PREF_SIZE);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox top = new HBox(8, counts, spring, catalog, load, builtIn);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(6, 8, 2, 8));
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMaxWidth(420);
        HBox bar = new HBox(8, label(I18n.tr("findings.filter.report")), report,
                label(I18n.tr("findings.filter.verdict")), verdict, search);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(2, 8, 4, 8));

        Label status = new Label();
        status.getStyleClass().add(Styles.GRID_LEGEND);
        status.textProperty().bind(vm.statusProperty());
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        return new VBox(top, bar, status);
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.CONTROL_LABEL);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }
}
