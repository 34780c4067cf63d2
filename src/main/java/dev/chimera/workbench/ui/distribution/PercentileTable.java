package dev.chimera.workbench.ui.distribution;

import dev.chimera.workbench.analysis.GroupIntervals;
import dev.chimera.workbench.analysis.Interval;
import dev.chimera.workbench.chart.ChartTheme;
import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.Styles;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/** The percentile table: one row per group, with the group's chart colour, from {@code Summarizer.summarize}. */
final class PercentileTable extends TableView<PercentileRow> {
    static final String ID = "distPercentiles";
    /** Width of a statistic column showing "estimate [lo, hi]". */
    private static final double CI_WIDTH = 178;

    PercentileTable(DistributionViewModel viewModel) {
        setId(ID);
        setItems(viewModel.rows());
        setPlaceholder(new Label(I18n.tr("dist.table.none")));
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        setTooltip(DistributionControls.tip(I18n.tr("dist.table.tooltip") + "\n\n" + I18n.tr("dist.ci.tooltip")));
        getColumns().setAll(List.of(groupColumn(),
                integer(I18n.tr("dist.col.n")),
                withCi(I18n.tr("dist.col.mean"), PercentileRow::mean, GroupIntervals::mean, viewModel),
                number(I18n.tr("dist.col.std"), PercentileRow::std),
                withCi(I18n.tr("dist.col.p50"), PercentileRow::p50, GroupIntervals::p50, viewModel),
                number(I18n.tr("dist.col.p90"), PercentileRow::p90),
                withCi(I18n.tr("dist.col.p95"), PercentileRow::p95, GroupIntervals::p95, viewModel),
                withCi(I18n.tr("dist.col.p99"), PercentileRow::p99, GroupIntervals::p99, viewModel),
                number(I18n.tr("dist.col.p999"), PercentileRow::p999),
                number(I18n.tr("dist.col.max"), PercentileRow::max),
                text(I18n.tr("dist.col.excluded"), 170, PercentileRow::excluded),
                text(I18n.tr("dist.col.warnings"), 520, PercentileRow::warnings)));
    }

    private static TableColumn<PercentileRow, PercentileRow> groupColumn() {
        TableColumn<PercentileRow, PercentileRow> c = new TableColumn<>(I18n.tr("dist.col.group"));
        c.setPrefWidth(210);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(PercentileRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                java.awt.Color awt = ChartTheme.STANDARD.colour(row.colourIndex());
                Rectangle swatch = new Rectangle(10, 10, Color.rgb(awt.getRed(), awt.getGreen(), awt.getBlue()));
                swatch.getStyleClass().add(Styles.COLOUR_SWATCH);
                setGraphic(row.n() > 0 ? swatch : null);
                setText(row.group());
            }
        });
        c.setComparator(java.util.Comparator.comparing(PercentileRow::group));
        return c;
    }

    /**
     * A statistic with its bootstrap CI when the row has one ("94.050 [93.01, 95.20]"); sorts by the estimate.
     * Wider while the CI toggle is on.
     */
    private static TableColumn<PercentileRow, PercentileRow> withCi(String name, Function<PercentileRow, Double> value,
                                                                    Function<GroupIntervals, Interval> interval,
                                                                    DistributionViewModel viewModel) {
        TableColumn<PercentileRow, PercentileRow> c = new TableColumn<>(name);
        c.prefWidthProperty().bind(Bindings.when(viewModel.ciProperty()).then(CI_WIDTH).otherwise(82.0));
        c.getStyleClass().add(Styles.NUMERIC_CELL);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
        c.setComparator(Comparator.comparing(value));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(PercentileRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setText(null);
                    return;
                }
                Interval ci = row.ci() == null ? null : interval.apply(row.ci());
                setText(ci == null ? Numbers.compact(value.apply(row)) : Numbers.withCi(value.apply(row), ci));
            }
        });
        return c;
    }

    private static TableColumn<PercentileRow, Number> integer(String name) {
        TableColumn<PercentileRow, Number> c = new TableColumn<>(name);
        c.setPrefWidth(60);
        c.getStyleClass().add(Styles.NUMERIC_CELL);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue().n()));
        return c;
    }

    private static TableColumn<PercentileRow, Double> number(String name, Function<PercentileRow, Double> value) {
        TableColumn<PercentileRow, Double> c = new TableColumn<>(name);
        c.setPrefWidth(82);
        c.getStyleClass().add(Styles.NUMERIC_CELL);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : Numbers.compact(v));
            }
        });
        return c;
    }

    private static TableColumn<PercentileRow, String> text(String name, double width,
                                                           Function<PercentileRow, String> value) {
        TableColumn<PercentileRow, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        return c;
    }
}
