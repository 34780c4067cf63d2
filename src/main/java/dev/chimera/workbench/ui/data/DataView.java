package dev.chimera.workbench.ui.data;

import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.Styles;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The Data tab: a table selector and a virtualised {@code TableView<Integer>} whose items are row indices of the
 * Tablesaw table; cells read their text from the table. Every column header carries a filter field.
 */
public final class DataView extends VBox {
    public static final String TABLE_ID = "dataTable";
    public static final String SELECTOR_ID = "tableSelector";
    public static final String ROW_COUNT_ID = "rowCount";

    private final DataViewModel viewModel;
    private final ComboBox<TableChoice> selector = new ComboBox<>();
    private final TableView<Integer> table = new TableView<>();
    private boolean syncing;

    public DataView(DataViewModel viewModel) {
        this.viewModel = viewModel;
        selector.setId(SELECTOR_ID);
        selector.setItems(viewModel.tableChoicesProperty());
        selector.getSelectionModel().selectedItemProperty().addListener((obs, was, is) -> {
            if (!syncing && is != null) {
                viewModel.selectTable(is.table());
            }
        });
        viewModel.selectedTableProperty().addListener((obs, was, is) -> syncSelector());
        viewModel.tableChoicesProperty().addListener((javafx.collections.ListChangeListener<TableChoice>) c ->
                syncSelector());

        CheckBox onlyFile = new CheckBox(I18n.tr("data.onlySelectedFile"));
        onlyFile.selectedProperty().bindBidirectional(viewModel.onlySelectedFileProperty());
        onlyFile.setTooltip(new Tooltip(I18n.tr("data.onlySelectedFile.tooltip")));
        onlyFile.disableProperty().bind(viewModel.selectedFileProperty().isNull());

        Button clear = new Button(I18n.tr("data.clearFilters"));
        clear.setOnAction(e -> {
            viewModel.clearFilters();
            rebuildColumns();
        });
        Label rowCount = new Label();
        rowCount.setId(ROW_COUNT_ID);
        rowCount.getStyleClass().add(Styles.ROW_COUNT);
        rowCount.textProperty().bind(viewModel.rowCountTextProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, new Label(I18n.tr("data.table")), selector, onlyFile, clear, spacer, rowCount);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 6, 4, 6));

        table.setId(TABLE_ID);
        table.setPlaceholder(new Label(I18n.tr("data.noRows")));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(bar, table);

        viewModel.columnsProperty().addListener((javafx.collections.ListChangeListener<ColumnInfo>) c ->
                rebuildColumns());
        viewModel.visibleRowsProperty().addListener((obs, was, is) -> showRows(is));
        rebuildColumns();
        showRows(viewModel.visibleRowsProperty().get());
    }

    private void syncSelector() {
        syncing = true;
        try {
            selector.getSelectionModel().select(viewModel.tableChoicesProperty().stream()
                    .filter(c -> c.table() == viewModel.selectedTableProperty().get()).findFirst().orElse(null));
        } finally {
            syncing = false;
        }
    }

    private void showRows(int[] rows) {
        table.setItems(FXCollections.observableList(new IntArrayList(rows == null ? new int[0] : rows)));
    }

    private void rebuildColumns() {
        List<TableColumn<Integer, String>> cols = viewModel.columnsProperty().stream().map(this::column).toList();
        table.getColumns().setAll(cols);
    }

    private TableColumn<Integer, String> column(ColumnInfo info) {
        TableColumn<Integer, String> col = new TableColumn<>();
        col.setId("column-" + info.name());
        col.setSortable(false); // sorting a million-row index list belongs on a worker; not offered yet
        // Never exactly 80 px: JavaFX auto-fits columns left at the default width, and an all-empty column
        // would collapse to nothing.
        col.setPrefWidth(Math.max(84, Math.min(280, info.typicalChars() * 7.5 + 24)));
        col.setCellValueFactory(cd -> new ReadOnlyStringWrapper(viewModel.cellText(cd.getValue(), info.index())));
        if (info.numeric()) {
            col.getStyleClass().add(Styles.NUMERIC_CELL);
        }
        Label name = new Label(info.name());
        TextField filter = new TextField(viewModel.filterText(info.name()));
        filter.getStyleClass().add(Styles.COLUMN_FILTER);
        filter.setPromptText(I18n.tr("data.filter.prompt"));
        filter.setTooltip(new Tooltip(info.numeric() ? I18n.tr("data.filter.numericTooltip")
                : I18n.tr("data.filter.textTooltip")));
        // Wait for a pause in typing so every keystroke does not start a filter job.
        PauseTransition pause = new PauseTransition(Duration.millis(200));
        pause.setOnFinished(e -> viewModel.setFilter(info.name(), filter.getText()));
        filter.textProperty().addListener((obs, was, is) -> pause.playFromStart());
        filter.setOnAction(e -> {
            pause.stop();
            viewModel.setFilter(info.name(), filter.getText());
        });
        VBox header = new VBox(2, name, filter);
        header.getStyleClass().add(Styles.COLUMN_HEADER);
        col.setGraphic(header);
        return col;
    }

    public TableView<Integer> table() {
        return table;
    }
}
