package dev.chimera.workbench.ui.diagnostics;

import dev.chimera.workbench.model.Severity;
import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.Styles;
import javafx.beans.property.ReadOnlyObjectWrapper;
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
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Diagnostics panel: a sortable table of every diagnostic, a severity filter and the counts. */
public final class DiagnosticsView extends VBox {
    public static final String TABLE_ID = "diagnosticsTable";

    private final TableView<DiagnosticRow> table = new TableView<>();

    public DiagnosticsView(DiagnosticsViewModel viewModel) {
        Label header = new Label(I18n.tr("diagnostics.header"));
        header.getStyleClass().add(Styles.PANEL_HEADER);
        ComboBox<String> severity = new ComboBox<>(FXCollections.observableArrayList(
                I18n.tr("diagnostics.filter.all"), I18n.tr("severity.error"), I18n.tr("severity.warning"),
                I18n.tr("severity.info")));
        severity.getSelectionModel().select(0);
        severity.getSelectionModel().selectedIndexProperty().addListener((obs, was, is) ->
                viewModel.severityFilterProperty().set(switch (is.intValue()) {
                    case 1 -> Severity.ERROR;
                    case 2 -> Severity.WARNING;
                    case 3 -> Severity.INFO;
                    default -> null;
                }));
        Label summary = new Label();
        summary.textProperty().bind(viewModel.summaryProperty());
        HBox bar = new HBox(8, header, severity, summary);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(2, 6, 2, 6));

        table.setId(TABLE_ID);
        table.setPlaceholder(new Label(I18n.tr("diagnostics.none")));
        SortedList<DiagnosticRow> sorted = new SortedList<>(viewModel.shownRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getColumns().setAll(java.util.List.of(severityColumn(), column(I18n.tr("diagnostics.col.file"), 260,
                DiagnosticRow::file), numberColumn(I18n.tr("diagnostics.col.line"), DiagnosticRow::line),
                numberColumn(I18n.tr("diagnostics.col.column"), r -> (long) r.column()),
                column(I18n.tr("diagnostics.col.message"), 600, DiagnosticRow::message)));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setRowFactory(t -> {
            TableRow<DiagnosticRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.activate(row.getItem());
                }
            });
            return row;
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(bar, table);
    }

    private static TableColumn<DiagnosticRow, Severity> severityColumn() {
        TableColumn<DiagnosticRow, Severity> col = new TableColumn<>(I18n.tr("diagnostics.col.severity"));
        col.setPrefWidth(100);
        col.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue().severity()));
        col.setCellFactory(c -> new TableCell<>() {
            private final Label icon = new Label();

            @Override
            protected void updateItem(Severity s, boolean empty) {
                super.updateItem(s, empty);
                getStyleClass().removeAll(Styles.SEVERITY_ERROR, Styles.SEVERITY_WARNING, Styles.SEVERITY_INFO);
                if (empty || s == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                icon.getStyleClass().setAll(Styles.SEVERITY_ICON);
                icon.setText(switch (s) {
                    case ERROR -> "✖";
                    case WARNING -> "▲";
                    case INFO -> "ℹ";
                });
                getStyleClass().add(Styles.severityClass(s));
                setGraphic(icon);
                setText(severityText(s));
            }
        });
        return col;
    }

    static String severityText(Severity s) {
        return switch (s) {
            case ERROR -> I18n.tr("severity.error");
            case WARNING -> I18n.tr("severity.warning");
            case INFO -> I18n.tr("severity.info");
        };
    }

    private static TableColumn<DiagnosticRow, String> column(String header, double width,
                                                             java.util.function.Function<DiagnosticRow, String> f) {
        TableColumn<DiagnosticRow, String> col = new TableColumn<>(header);
        col.setPrefWidth(width);
        col.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(f.apply(cd.getValue())));
        return col;
    }

    private static TableColumn<DiagnosticRow, Long> numberColumn(String header,
                                                                 java.util.function.Function<DiagnosticRow, Long> f) {
        TableColumn<DiagnosticRow, Long> col = new TableColumn<>(header);
        col.setPrefWidth(60);
        col.getStyleClass().add(Styles.NUMERIC_CELL);
        col.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(f.apply(cd.getValue())));
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Long v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null || v <= 0 ? null : Long.toString(v));
            }
        });
        return col;
    }

    public TableView<DiagnosticRow> table() {
        return table;
    }
}
