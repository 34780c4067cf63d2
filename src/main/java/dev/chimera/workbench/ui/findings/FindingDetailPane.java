package dev.chimera.workbench.ui.findings;

import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.Styles;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The selected finding: badge, title and "Show in view", where it comes from, then one labelled row per part
 * (statement, quoted vs report value, note, conditions, kind, evidence, rule, detail, computation, files).
 */
final class FindingDetailPane extends ScrollPane {
    static final String ID = "findingDetail";
    static final String TITLE_ID = "findingTitle";
    static final String EVIDENCE_ID = "findingEvidence";
    static final String DETAIL_ID = "findingDetailText";
    static final String SHOW_IN_VIEW_ID = "findingShowInView";

    private final FindingsViewModel vm;
    private final GridPane grid = new GridPane();
    private int row;

    FindingDetailPane(FindingsViewModel vm) {
        this.vm = vm;
        setId(ID);
        setFitToWidth(true);
        getStyleClass().add(Styles.FINDING_DETAIL);

        VerdictBadge badge = new VerdictBadge();
        vm.detailProperty().addListener((obs, was, is) -> badge.show(is == null ? null : is.verdict()));
        badge.show(vm.detailProperty().get() == null ? null : vm.detailProperty().get().verdict());
        Label title = text(FindingDetail::title);
        title.setId(TITLE_ID);
        title.getStyleClass().add(Styles.FINDING_TITLE);
        Button show = new Button(I18n.tr("findings.showInView"));
        show.setId(SHOW_IN_VIEW_ID);
        show.setTooltip(new Tooltip(I18n.tr("findings.showInView.tooltip")));
        show.disableProperty().bind(vm.canShowInViewProperty().not());
        show.setOnAction(e -> vm.showInView());
        show.setMinWidth(Region.USE_PREF_SIZE);
        HBox head = new HBox(8, badge, title, show);
        head.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        Label where = text(FindingDetail::where);
        where.getStyleClass().add(Styles.GRID_LEGEND);

        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        grid.getColumnConstraints().setAll(names, values);
        add(I18n.tr("findings.detail.statement"), text(FindingDetail::statement));
        add(I18n.tr("findings.detail.valuesLabel"), text(FindingDetail::values));
        add(I18n.tr("findings.detail.note"), text(FindingDetail::note));
        add(I18n.tr("findings.detail.conditions"), text(FindingDetail::conditions));
        Label kind = text(FindingDetail::kind);
        Tooltip kindTip = new Tooltip();
        kindTip.setWrapText(true);
        kindTip.setMaxWidth(420);
        kindTip.textProperty().bind(Bindings.createStringBinding(() -> vm.detailProperty().get() == null ? ""
                : vm.detailProperty().get().kindHelp(), vm.detailProperty()));
        kind.setTooltip(kindTip);
        Label kindHelp = new Label("?");
        kindHelp.getStyleClass().add(Styles.HELP_MARK);
        kindHelp.setTooltip(kindTip);
        HBox kindBox = new HBox(6, kind, kindHelp);
        kindBox.setAlignment(Pos.CENTER_LEFT);
        add(I18n.tr("findings.detail.kind"), kindBox);
        Label evidence = text(FindingDetail::evidence);
        evidence.setId(EVIDENCE_ID);
        evidence.getStyleClass().add(Styles.FINDING_EVIDENCE);
        add(I18n.tr("findings.detail.evidence"), evidence);
        add(I18n.tr("findings.detail.rule"), text(FindingDetail::rule));
        Label detail = text(FindingDetail::detail);
        detail.setId(DETAIL_ID);
        add(I18n.tr("findings.detail.detail"), detail);
        add(I18n.tr("findings.detail.computation"), text(FindingDetail::computation));
        Label files = text(FindingDetail::files);
        files.getStyleClass().add(Styles.FINDING_FILES);
        add(I18n.tr("findings.detail.files"), files);

        Label none = new Label(I18n.tr("findings.detail.empty"));
        none.getStyleClass().add(Styles.CHART_EMPTY);
        VBox box = new VBox(6, head, where, grid);
        box.getStyleClass().add(Styles.FINDING_DETAIL_BOX);
        box.visibleProperty().bind(vm.detailProperty().isNotNull());
        none.visibleProperty().bind(vm.detailProperty().isNull());
        none.managedProperty().bind(none.visibleProperty());
        box.managedProperty().bind(box.visibleProperty());
        setContent(new VBox(none, box));
    }

    private Label text(Function<FindingDetail, String> part) {
        Label l = new Label();
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.textProperty().bind(Bindings.createStringBinding(() -> vm.detailProperty().get() == null ? ""
                : part.apply(vm.detailProperty().get()), vm.detailProperty()));
        return l;
    }

    private void add(String label, javafx.scene.Node value) {
        Label name = new Label(label);
        name.getStyleClass().add(Styles.CONTROL_LABEL);
        name.setMinWidth(Region.USE_PREF_SIZE);
        GridPane.setValignment(name, javafx.geometry.VPos.TOP);
        grid.addRow(row++, name, value);
    }
}
