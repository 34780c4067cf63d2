package dev.chimera.workbench.ui.findings;

import dev.chimera.workbench.findings.FindingResult;
import dev.chimera.workbench.findings.Verdict;
import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.Styles;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The findings list: verdict badge, report, title, measured value; selection follows the ViewModel both ways. */
final class FindingsTable extends TableView<FindingResult> {
    static final String ID = "findingsTable";

    FindingsTable(FindingsViewModel vm) {
        setId(ID);
        setItems(vm.shownResults());
        setPlaceholder(new Label(I18n.tr("findings.none")));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        TableColumn<FindingResult, String> title = text(I18n.tr("findings.col.title"), 300,
                r -> r.finding().title());
        getColumns().setAll(List.of(verdictColumn(), text(I18n.tr("findings.col.report"), 80,
                r -> ReportFamily.of(r.finding())), title, text(I18n.tr("findings.col.scope"), 110,
                FindingScope::of), measuredColumn()));
        getColumns().get(1).setMinWidth(84);
        getColumns().get(4).setMinWidth(80);
        getColumns().get(3).setVisible(false);
        // A new filter replaces the items (clearing the table's selection) while the ViewModel's stays.
        vm.shownResults().addListener((javafx.collections.ListChangeListener<FindingResult>) c -> {
            getColumns().get(3).setVisible(vm.shownResults().stream().anyMatch(r -> !FindingScope.of(r).isEmpty()));
            select(vm.selectedProperty().get());
        });
        getSelectionModel().selectedItemProperty().addListener((obs, was, is) -> {
            if (is != null && is != vm.selectedProperty().get()) {
                vm.selectedProperty().set(is);
            }
        });
        vm.selectedProperty().addListener((obs, was, is) -> select(is));
        select(vm.selectedProperty().get());
    }

    private void select(FindingResult r) {
        if (r == null) {
            getSelectionModel().clearSelection();
        } else if (getSelectionModel().getSelectedItem() != r) {
            getSelectionModel().select(r);
            scrollTo(r);
        }
    }

    private static TableColumn<FindingResult, String> text(String name, double width,
                                                          Function<FindingResult, String> value) {
        TableColumn<FindingResult, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        return c;
    }

    private static TableColumn<FindingResult, String> measuredColumn() {
        TableColumn<FindingResult, String> c = text(I18n.tr("findings.col.measured"), 100,
                r -> FindingDetail.value(r.measured(), r.finding().rule().unit()));
        c.getStyleClass().add(Styles.NUMERIC_CELL);
        return c;
    }

    private static TableColumn<FindingResult, Verdict> verdictColumn() {
        TableColumn<FindingResult, Verdict> c = new TableColumn<>(I18n.tr("findings.col.verdict"));
        c.setPrefWidth(130);
        c.setMinWidth(120);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue().verdict()));
        c.setCellFactory(col -> new TableCell<>() {
            private final VerdictBadge badge = new VerdictBadge();

            @Override
            protected void updateItem(Verdict v, boolean empty) {
                super.updateItem(v, empty);
                setText(null);
                if (empty || v == null) {
                    setGraphic(null);
                    return;
                }
                badge.show(v);
                setGraphic(badge);
            }
        });
        return c;
    }
}
