package dev.chimera.workbench.ui.distribution;

import dev.chimera.workbench.analysis.ColdStartFile;
import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.Styles;
import java.util.List;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/**
 * TR120's per-run-file cold-start table: first sample / median of the rest, rows above 2× and 3× tinted;
 * sortable; a double-click shows the file in Sources.
 */
final class ColdStartFileTable extends TableView<ColdStartFile> {
    static final String ID = "distColdFiles";
    static final PseudoClass OVER_2X = PseudoClass.getPseudoClass("over2x");
    static final PseudoClass OVER_3X = PseudoClass.getPseudoClass("over3x");

    ColdStartFileTable(ColdStartViewModel vm) {
        setId(ID);
        getStyleClass().add(Styles.COLD_START_TABLE);
        SortedList<ColdStartFile> sorted = new SortedList<>(vm.files());
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        setPlaceholder(new Label(I18n.tr("dist.cold.files.none")));
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        setTooltip(DistributionControls.tip(I18n.tr("dist.cold.files.tooltip")));
        TableColumn<ColdStartFile, Number> ratio = Columns.formatted(I18n.tr("dist.cold.col.ratio"),
                I18n.tr("dist.cold.col.ratio.tip"), ColdStartFile::ratioFirstOverMedianRest, Numbers::ratio);
        getColumns().setAll(List.of(
                Columns.text(I18n.tr("dist.cold.col.backend"), I18n.tr("dist.cold.col.backend.tip"), 150,
                        ColdStartFile::backend),
                Columns.text(I18n.tr("dist.cold.col.model"), I18n.tr("dist.cold.col.model.tip"), 110,
                        ColdStartFile::model),
                Columns.text(I18n.tr("dist.cold.col.scenario"), I18n.tr("dist.cold.col.scenario.tip"), 110,
                        ColdStartFile::scenario),
                Columns.text(I18n.tr("dist.cold.col.mode"), I18n.tr("dist.cold.col.mode.tip"), 70,
                        ColdStartFile::mode),
                Columns.integer(I18n.tr("dist.cold.col.n"), I18n.tr("dist.cold.col.n.tip"), ColdStartFile::nSamples),
                Columns.number(I18n.tr("dist.cold.col.first"), I18n.tr("dist.cold.col.first.tip"),
                        ColdStartFile::firstMs),
                Columns.number(I18n.tr("dist.cold.col.medianRest"), I18n.tr("dist.cold.col.medianRest.tip"),
                        ColdStartFile::medianRestMs),
                ratio,
                Columns.text(I18n.tr("dist.cold.col.flag"), I18n.tr("dist.cold.col.flag.tip"), 56,
                        ColdStartComputation::flag),
                Columns.integer(I18n.tr("dist.cold.col.maxIndex"), I18n.tr("dist.cold.col.maxIndex.tip"),
                        ColdStartFile::maxIndex),
                Columns.number(I18n.tr("dist.cold.col.mean"), I18n.tr("dist.cold.col.mean.tip"),
                        ColdStartFile::meanMs),
                Columns.number(I18n.tr("dist.cold.col.meanExcl"), I18n.tr("dist.cold.col.meanExcl.tip"),
                        ColdStartFile::meanExclFirstMs),
                Columns.text(I18n.tr("dist.cold.col.file"), I18n.tr("dist.cold.col.file.tip"), 460,
                        ColdStartFile::run)));
        // Largest cold starts first until the user sorts otherwise.
        ratio.setSortType(TableColumn.SortType.DESCENDING);
        getSortOrder().add(ratio);
        setRowFactory(t -> {
            TableRow<ColdStartFile> row = new TableRow<>() {
                @Override
                protected void updateItem(ColdStartFile f, boolean empty) {
                    super.updateItem(f, empty);
                    boolean over3 = !empty && f != null && f.firstOver3xRestMedian();
                    pseudoClassStateChanged(OVER_3X, over3);
                    pseudoClassStateChanged(OVER_2X, !over3 && !empty && f != null && f.firstOver2xRestMedian());
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.activate(row.getItem());
                }
            });
            return row;
        });
    }
}
