package dev.chimera.workbench.ui.distribution;

import dev.chimera.workbench.analysis.ColdStartEffect;
import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.Styles;
import java.util.List;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

/** TR120's overall cold-start effect per mode × backend: pooled statistics with and without first samples. */
final class ColdStartEffectTable extends TableView<ColdStartEffect> {
    static final String ID = "distColdEffects";

    ColdStartEffectTable(ColdStartViewModel vm) {
        setId(ID);
        getStyleClass().add(Styles.COLD_START_TABLE);
        SortedList<ColdStartEffect> sorted = new SortedList<>(vm.effects());
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        setPlaceholder(new Label(I18n.tr("dist.cold.files.none")));
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        setTooltip(DistributionControls.tip(I18n.tr("dist.cold.effect.tooltip")));
        getColumns().setAll(List.of(
                Columns.text(I18n.tr("dist.cold.col.group"), I18n.tr("dist.cold.col.group.tip"), 190,
                        ColdStartComputation::group),
                Columns.integer(I18n.tr("dist.cold.col.files"), I18n.tr("dist.cold.col.files.tip"),
                        ColdStartEffect::files),
                Columns.integer(I18n.tr("dist.cold.col.n"), I18n.tr("dist.cold.col.nAll.tip"),
                        ColdStartEffect::nTotalSamples),
                Columns.number(I18n.tr("dist.cold.col.meanAll"), I18n.tr("dist.cold.col.meanAll.tip"),
                        ColdStartEffect::meanMs),
                Columns.number(I18n.tr("dist.cold.col.meanExcl"), I18n.tr("dist.cold.col.meanExclAll.tip"),
                        ColdStartEffect::meanExclFirstMs),
                Columns.number(I18n.tr("dist.cold.col.shift"), I18n.tr("dist.cold.col.shift.tip"),
                        ColdStartEffect::meanShiftMs),
                Columns.number(I18n.tr("dist.cold.col.median"), I18n.tr("dist.cold.col.median.tip"),
                        ColdStartEffect::medianMs),
                Columns.number(I18n.tr("dist.cold.col.medianExcl"), I18n.tr("dist.cold.col.medianExcl.tip"),
                        ColdStartEffect::medianExclFirstMs),
                Columns.number(I18n.tr("dist.cold.col.p99"), I18n.tr("dist.cold.col.p99.tip"),
                        ColdStartEffect::p99Ms),
                Columns.number(I18n.tr("dist.cold.col.p99Excl"), I18n.tr("dist.cold.col.p99Excl.tip"),
                        ColdStartEffect::p99ExclFirstMs),
                Columns.formatted(I18n.tr("dist.cold.col.maxFirst"), I18n.tr("dist.cold.col.maxFirst.tip"),
                        ColdStartEffect::fracMaxAtFirstSamplePerFile, Numbers::percent),
                Columns.formatted(I18n.tr("dist.cold.col.over2"), I18n.tr("dist.cold.col.over2.tip"),
                        ColdStartEffect::fracFirstSampleOver2xRestMedianPerFile, Numbers::percent),
                Columns.formatted(I18n.tr("dist.cold.col.over3"), I18n.tr("dist.cold.col.over3.tip"),
                        ColdStartEffect::fracFirstSampleOver3xRestMedianPerFile, Numbers::percent)));
    }
}
