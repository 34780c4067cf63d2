package dev.chimera.workbench.ui.power;

import dev.chimera.workbench.chart.DecimationPyramid;
import dev.chimera.workbench.chart.PowerTraceChart;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.power.PowerOptions;
import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.task.LatestJob;
import dev.chimera.workbench.ui.task.TaskExecutor;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Power tab: the trace and the gap threshold select what the power engine computes in the background (one
 * trace's analysis and its charts); the result feeds the charts, the event table and the summary line. Without
 * power rows the tab shows an empty-state message. When the trace chart is zoomed or panned, the View reports the
 * visible x-range ({@link #visibleRangeChanged}) and the ViewModel publishes that slice's points decimated to the
 * plot's width ({@link #visibleTraceProperty}), so a zoomed view shows every column's real min and max.
 */
public final class PowerViewModel {
    /** The gap thresholds offered (s): TR122's 250 ms and the summary's 200 ms. */
    public static final List<Double> THRESHOLDS = List.of(PowerOptions.TR122_GAP_S, PowerOptions.SUMMARY_GAP_S);
    /** Widest plot decimated for (a 4K screen's pixel columns; a wider request is decimated to this). */
    static final int MAX_COLUMNS = 4096;

    private final ReadOnlyListWrapper<String> traces =
            new ReadOnlyListWrapper<>(this, "traces", FXCollections.observableArrayList());
    private final ObjectProperty<String> trace = new SimpleObjectProperty<>(this, "trace");
    private final ObjectProperty<Double> gapThreshold =
            new SimpleObjectProperty<>(this, "gapThreshold", PowerOptions.TR122_GAP_S);
    private final ReadOnlyObjectWrapper<PowerResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ObservableList<PowerEventRow> rows = FXCollections.observableArrayList();
    private final ObservableList<PowerEventRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyBooleanWrapper hasPower = new ReadOnlyBooleanWrapper(this, "hasPower");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing");
    private final ReadOnlyObjectWrapper<VisibleTrace> visibleTrace = new ReadOnlyObjectWrapper<>(this, "visibleTrace");
    /** The slice and width of the trace chart's current points (as built: the whole trace at COLUMNS). */
    private int shownFrom;
    private int shownTo;
    private int shownColumns;
    private Dataset dataset;
    private final LatestJob job;
    private boolean suspended;

    public PowerViewModel(TaskExecutor executor) {
        this.job = new LatestJob(executor);
        trace.addListener((obs, was, is) -> refresh());
        gapThreshold.addListener((obs, was, is) -> refresh());
    }

    /** Shows a newly opened dataset (null: nothing open); starts with its first trace. */
    public void setDataset(Dataset newDataset) {
        dataset = newDataset;
        boolean power = newDataset != null && newDataset.table(CanonicalTable.POWER) != null
                && newDataset.table(CanonicalTable.POWER).rowCount() > 0;
        hasPower.set(power);
        suspended = true;
        try {
            traces.clear();
            trace.set(null);
        } finally {
            suspended = false;
        }
        refresh();
    }

    /** Recomputes the selected trace in the background; a computation still running is cancelled. */
    public void refresh() {
        if (suspended) {
            return;
        }
        if (!hasPower.get()) {
            job.cancel();
            computing.set(false);
            show(null);
            status.set(dataset == null ? "" : I18n.tr("power.noTraces"));
            return;
        }
        Dataset ds = dataset;
        int index = trace.get() == null ? 0 : Math.max(0, traces.indexOf(trace.get()));
        PowerSettings settings = new PowerSettings(index, gapThreshold.get() == null ? PowerOptions.TR122_GAP_S
                : gapThreshold.get());
        computing.set(true);
        status.set(I18n.tr("power.computing"));
        job.submit(I18n.tr("task.power"),
                (progress, cancel) -> PowerComputation.compute(ds, settings),
                r -> {
                    computing.set(false);
                    status.set("");
                    show(r);
                }, e -> {
                    computing.set(false);
                    show(null);
                    status.set(I18n.format("power.failed", String.valueOf(e.getMessage())));
                });
    }

    /**
     * The trace chart's visible x-range changed (zoom, pan, or auto-range restored: pass −∞ and +∞ for the whole
     * trace); publishes the samples in {@code [x0, x1]} (plus the nearest one beyond each end) decimated to
     * {@code pixelWidth} columns, unless the chart already shows exactly that.
     *
     * <p>Runs on the FX thread, not through the {@link TaskExecutor}: it parses, fits and renders nothing, it
     * queries the pyramid the background computation built with the analysis — O(columns · 64) index
     * comparisons, well under a millisecond for a 2,000-pixel plot (ZoomRedrawBenchmark) — the way a model-size
     * slider step only queries the Regimes tab's prebuilt result. A worker hop would cost more than the lookup and
     * leave the redrawn axis a frame or more ahead of its data.
     */
    public void visibleRangeChanged(double x0, double x1, int pixelWidth) {
        PowerResult r = result.get();
        DecimationPyramid pyramid = r == null ? null : r.tracePyramid();
        if (pyramid == null || Double.isNaN(x0) || Double.isNaN(x1)) {
            return;
        }
        int columns = pixelWidth < 1 ? PowerTraceChart.COLUMNS : Math.min(pixelWidth, MAX_COLUMNS);
        int[] slice = pyramid.visibleSlice(Math.min(x0, x1), Math.max(x0, x1));
        if (slice[0] == shownFrom && slice[1] == shownTo && columns == shownColumns) {
            return;
        }
        double[][] points = pyramid.select(pyramid.keep(slice[0], slice[1], columns));
        shownFrom = slice[0];
        shownTo = slice[1];
        shownColumns = columns;
        visibleTrace.set(new VisibleTrace(slice[0], slice[1], columns, points[0], points[1]));
    }

    private void show(PowerResult r) {
        visibleTrace.set(null);
        shownFrom = 0;
        shownTo = r == null || r.tracePyramid() == null ? 0 : r.tracePyramid().size();
        shownColumns = PowerTraceChart.COLUMNS;
        suspended = true;
        try {
            if (r == null) {
                traces.clear();
                trace.set(null);
            } else {
                if (!traces.equals(r.traceLabels())) {
                    traces.setAll(r.traceLabels());
                }
                trace.set(r.traceLabels().isEmpty() ? null : r.traceLabels().get(r.settings().traceIndex()));
            }
        } finally {
            suspended = false;
        }
        rows.setAll(r == null ? List.of() : r.rows());
        summary.set(r == null ? "" : r.summary());
        result.set(r);
    }

    public ReadOnlyListProperty<String> tracesProperty() {
        return traces.getReadOnlyProperty();
    }

    /** The selected trace's label (file × GPU). */
    public ObjectProperty<String> traceProperty() {
        return trace;
    }

    /** The gap threshold in seconds, one of {@link #THRESHOLDS}. */
    public ObjectProperty<Double> gapThresholdProperty() {
        return gapThreshold;
    }

    /**
     * The trace chart's points for the visible range after a zoom or pan, for the View to swap into the chart's
     * trace series; null while the chart shows the points it was built with (a new result resets it).
     */
    public ReadOnlyObjectProperty<VisibleTrace> visibleTraceProperty() {
        return visibleTrace.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PowerResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ObservableList<PowerEventRow> rows() {
        return rowsView;
    }

    /** True when the dataset has power rows (else the tab shows its empty state). */
    public ReadOnlyBooleanProperty hasPowerProperty() {
        return hasPower.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }
}
