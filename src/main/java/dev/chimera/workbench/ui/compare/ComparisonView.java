package dev.chimera.workbench.ui.compare;

import dev.chimera.workbench.analysis.compare.ComparisonRow;
import dev.chimera.workbench.analysis.compare.Verdict;
import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.Styles;
import dev.chimera.workbench.ui.data.CellText;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/** The "Ours vs theirs" tab: the comparison table with a verdict filter. It only binds to its ViewModel. */
public final class ComparisonView extends BorderPane {
    public static final String TABLE_ID = "comparisonTable";
    public static final String VERDICT_ID = "comparisonVerdict";

    public ComparisonView(ComparisonViewModel viewModel) {
        ComboBox<String> verdict = new ComboBox<>(FXCollections.observableArrayList(I18n.tr("compare.filter.all"),
                I18n.tr("verdict.match"), I18n.tr("verdict.explained"), I18n.tr("verdict.unexplained"),
                I18n.tr("verdict.not_checkable")));
        verdict.setId(VERDICT_ID);
        verdict.getSelectionModel().select(0);
        verdict.getSelectionModel().selectedIndexProperty().addListener((obs, was, is) ->
                viewModel.verdictFilterProperty().set(is.intValue() <= 0 ? null : Verdict.values()[is.intValue() - 1]));
        Label summary = new Label();
        summary.textProperty().bind(viewModel.summaryProperty());
        Label help = new Label("?");
        help.getStyleClass().add(Styles.HELP_MARK);
        help.setTooltip(new Tooltip(I18n.tr("compare.help")));
        HBox bar = new HBox(8, verdict, summary, help);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 6, 4, 6));
        setTop(bar);

        TableView<ComparisonRow> table = new TableView<>();
        table.setId(TABLE_ID);
        table.setPlaceholder(new Label(I18n.tr("compare.none")));
        SortedList<ComparisonRow> sorted = new SortedList<>(viewModel.shownRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        // What the aggregate is and the verdict first; where it came from last (long paths).
        table.getColumns().setAll(List.of(
                text(I18n.tr("compare.col.group"), 230, ComparisonRow::group),
                text(I18n.tr("compare.col.metric"), 110, ComparisonRow::metric),
                text(I18n.tr("compare.col.statistic"), 70, ComparisonRow::statistic),
                number(I18n.tr("compare.col.theirs"), ComparisonRow::theirs),
                number(I18n.tr("compare.col.ours"), ComparisonRow::ours),
                number(I18n.tr("compare.col.toolWay"), ComparisonRow::oursToolWay),
                verdictColumn(),
                text(I18n.tr("compare.col.explanation"), 480, ComparisonRow::explanation),
                number(I18n.tr("compare.col.n"), r -> (double) r.n()),
                text(I18n.tr("compare.col.file"), 300, ComparisonRow::sourceFile)));
        table.setRowFactory(t -> {
            TableRow<ComparisonRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.activate(row.getItem());
                }
            });
            return row;
        });
        setCenter(table);
    }

    private static TableColumn<ComparisonRow, String> text(String name, double width,
                                                           Function<ComparisonRow, String> value) {
        TableColumn<ComparisonRow, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        return c;
    }

    private static TableColumn<ComparisonRow, Double> number(String name, Function<ComparisonRow, Double> value) {
        TableColumn<ComparisonRow, Double> c = new TableColumn<>(name);
        c.setPrefWidth(96);
        c.getStyleClass().add(Styles.NUMERIC_CELL);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : CellText.number(v));
            }
        });
        return c;
    }

    private static TableColumn<ComparisonRow, Verdict> verdictColumn() {
        TableColumn<ComparisonRow, Verdict> c = new TableColumn<>(I18n.tr("compare.col.verdict"));
        c.setPrefWidth(96);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue().verdict()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Verdict v, boolean empty) {
                super.updateItem(v, empty);
                getStyleClass().removeAll(Styles.VERDICT_MATCH, Styles.VERDICT_EXPLAINED, Styles.VERDICT_UNEXPLAINED,
                        Styles.VERDICT_NOT_CHECKABLE);
                if (empty || v == null) {
                    setText(null);
                    return;
                }
                setText(switch (v) {
                    case MATCH -> I18n.tr("verdict.match");
                    case EXPLAINED -> I18n.tr("verdict.explained");
                    case UNEXPLAINED -> I18n.tr("verdict.unexplained");
                    case NOT_CHECKABLE -> I18n.tr("verdict.not_checkable");
                });
                getStyleClass().add(Styles.verdictClass(v));
            }
        });
        return c;
    }
}
