package dev.chimera.workbench.ui.distribution;

import dev.chimera.workbench.analysis.PercentileMethod;
import dev.chimera.workbench.analysis.SampleFilter;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.task.LatestJob;
import dev.chimera.workbench.ui.task.ReadyGate;
import dev.chimera.workbench.ui.task.TaskExecutor;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import tech.tablesaw.api.Table;

/**
 * The Distributions tab: which metric, grouping, filters and cold-start toggles apply, and the charts and
 * percentile table computed from them in the background. Any change recomputes everything at once, so every
 * view always shows the same samples; a newer computation cancels an older one.
 */
public final class DistributionViewModel {
    /** Pixel columns the curves are decimated to (wider than any chart on screen). */
    static final int COLUMNS = 1600;
    /** Percentile methods offered in the view. */
    public static final List<PercentileMethod> METHODS = List.of(PercentileMethod.LINEAR,
            PercentileMethod.NEAREST_RANK);

    private final TaskExecutor executor;
    private final ReadOnlyListWrapper<String> metrics =
            new ReadOnlyListWrapper<>(this, "metrics", FXCollections.observableArrayList());
    private final ObjectProperty<String> metric = new SimpleObjectProperty<>(this, "metric");
    private final ReadOnlyListWrapper<String> groupColumns =
            new ReadOnlyListWrapper<>(this, "groupColumns", FXCollections.observableArrayList());
    private final ObjectProperty<String> groupBy = new SimpleObjectProperty<>(this, "groupBy");
    private final Map<String, FilterChoice> filters = new LinkedHashMap<>();
    private final BooleanProperty excludeWarmup = new SimpleBooleanProperty(this, "excludeWarmup");
    private final BooleanProperty dropFirstPerRun = new SimpleBooleanProperty(this, "dropFirstPerRun");
    private final BooleanProperty includeFailed = new SimpleBooleanProperty(this, "includeFailed");
    private final BooleanProperty warmupsAsGroup = new SimpleBooleanProperty(this, "warmupsAsGroup");
    private final BooleanProperty logX = new SimpleBooleanProperty(this, "logX");
    private final ObjectProperty<PercentileMethod> method =
            new SimpleObjectProperty<>(this, "method", PercentileMethod.LINEAR);
    private final ObjectProperty<ChartKind> chartKind = new SimpleObjectProperty<>(this, "chartKind", ChartKind.ECDF);
    private final ReadOnlyObjectWrapper<DistributionResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ObservableList<PercentileRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing");
    private final BooleanProperty ci = new SimpleBooleanProperty(this, "ci", true);
    private final ReadOnlyStringWrapper paradox = new ReadOnlyStringWrapper(this, "paradox", "");
    private final ReadOnlyStringWrapper paradoxDetails = new ReadOnlyStringWrapper(this, "paradoxDetails", "");
    private final ColdStartViewModel coldStart;
    private Dataset dataset;
    private final LatestJob job;
    private final LatestJob choicesJob;
    /** Closed while the choices of a new dataset are computed: settings that pick among them wait. */
    private final ReadyGate choicesReady = new ReadyGate();
    private boolean suspended;

    /** Without a Sources view to show files in (double-clicks do nothing). */
    public DistributionViewModel(TaskExecutor executor) {
        this(executor, path -> { });
    }

    /** @param fileActivated told which file the user wants to see (double-click on a cold-start row) */
    public DistributionViewModel(TaskExecutor executor, Consumer<String> fileActivated) {
        this.executor = executor;
        this.job = new LatestJob(executor);
        this.choicesJob = new LatestJob(executor);
        this.coldStart = new ColdStartViewModel(fileActivated);
        for (String c : DistributionSettings.FILTER_COLUMNS) {
            FilterChoice f = new FilterChoice(c);
            f.selected().addListener((ListChangeListener<String>) ch -> refresh());
            filters.put(c, f);
        }
        for (javafx.beans.Observable o : List.of(metric, groupBy, excludeWarmup, dropFirstPerRun, includeFailed,
                warmupsAsGroup, logX, method, ci)) {
            o.addListener(obs -> refresh());
        }
    }

    /** Shows a newly opened dataset (null: nothing open); settings that still apply are kept. */
    public void setDataset(Dataset newDataset) {
        dataset = newDataset;
        Table runs = runs();
        if (runs == null) {
            choicesJob.cancel();
            apply(DistributionChoices.NONE);
            return;
        }
        // The choices scan every row (distinct filter values): off the UI thread, then the charts from them.
        choicesReady.close();
        job.cancel();
        computing.set(true);
        status.set(I18n.tr("dist.computing"));
        choicesJob.submit(I18n.tr("task.distributions"), (progress, cancel) -> DistributionChoices.of(runs),
                this::apply, e -> {
                    choicesReady.openDropping();
                    computing.set(false);
                    clear();
                    status.set(I18n.format("dist.failed", String.valueOf(e.getMessage())));
                });
    }

    /** Offers the choices of the current dataset, keeping the settings that still apply, and recomputes. */
    private void apply(DistributionChoices choices) {
        suspended = true;
        try {
            metrics.setAll(choices.metrics());
            if (!metrics.contains(metric.get())) {
                metric.set(metrics.isEmpty() ? null : metrics.get(0));
            }
            groupColumns.setAll(choices.groupColumns());
            if (!groupColumns.contains(groupBy.get())) { // (an immutable list's contains(null) throws)
                groupBy.set(groupColumns.isEmpty() ? null : groupColumns.get(0));
            }
            for (FilterChoice f : filters.values()) {
                f.reset(choices.valuesOf(f.column()));
            }
            // Settings asked for while the choices were computed (a session, a finding's "Show in view"),
            // with one recomputation for all of them below.
            choicesReady.open();
        } finally {
            suspended = false;
        }
        refresh();
    }

    /**
     * Runs {@code action} once the metrics, group columns and filter values of the current dataset are offered:
     * now when they are, else right after they arrive (they are computed in the background after a new dataset).
     * For callers that pick among those choices.
     */
    public void whenChoicesReady(Runnable action) {
        choicesReady.whenOpen(action);
    }

    /** Recomputes the charts and the table from the current settings in the background. */
    public void refresh() {
        if (suspended) {
            return;
        }
        Table runs = runs();
        if (runs == null || metric.get() == null || groupBy.get() == null) {
            job.cancel();
            computing.set(false);
            clear();
            status.set(dataset == null ? "" : I18n.tr("dist.noMetric"));
            return;
        }
        DistributionSettings settings = settings();
        computing.set(true);
        status.set(I18n.tr("dist.computing"));
        job.submit(I18n.tr("task.distributions"),
                (progress, cancel) -> DistributionComputation.compute(runs, settings),
                r -> {
                    show(r);
                }, e -> {
                    computing.set(false);
                    clear();
                    status.set(I18n.format("dist.failed", String.valueOf(e.getMessage())));
                });
    }

    private void show(DistributionResult r) {
        computing.set(false);
        rows.setAll(r.rows());
        coldStart.show(r.coldStart());
        paradox.set(r.paradox().text());
        paradoxDetails.set(r.paradox().details());
        result.set(r);
        status.set(r.status());
    }

    private void clear() {
        result.set(null);
        rows.clear();
        coldStart.show(null);
        paradox.set("");
        paradoxDetails.set("");
    }

    /** The settings the next computation uses. */
    public DistributionSettings settings() {
        Map<String, Set<String>> valueFilters = new LinkedHashMap<>();
        for (FilterChoice f : filters.values()) {
            if (f.narrows()) {
                valueFilters.put(f.column(), new HashSet<>(f.selected()));
            }
        }
        SampleFilter sf = new SampleFilter(excludeWarmup.get(), dropFirstPerRun.get(), includeFailed.get());
        return new DistributionSettings(metric.get(), groupBy.get(), valueFilters, sf, warmupsAsGroup.get(),
                logX.get(), method.get() == null ? PercentileMethod.LINEAR : method.get(), COLUMNS, ci.get());
    }

    /** Text for the hover label at data coordinates (x, y) of a chart (box plot: x = group index); "" if none. */
    public String hoverText(ChartKind kind, double x, double y) {
        DistributionResult r = result.get();
        return r == null ? "" : HoverText.describe(r, kind, x, y);
    }

    private Table runs() {
        if (dataset == null || dataset.table(CanonicalTable.RUNS) == null) {
            return null;
        }
        Table t = dataset.table(CanonicalTable.RUNS);
        return t.rowCount() == 0 ? null : t;
    }

    public ReadOnlyListProperty<String> metricsProperty() {
        return metrics.getReadOnlyProperty();
    }

    public ObjectProperty<String> metricProperty() {
        return metric;
    }

    public ReadOnlyListProperty<String> groupColumnsProperty() {
        return groupColumns.getReadOnlyProperty();
    }

    public ObjectProperty<String> groupByProperty() {
        return groupBy;
    }

    /** The check-list filter of a column of {@link DistributionSettings#FILTER_COLUMNS}. */
    public FilterChoice filter(String column) {
        FilterChoice f = filters.get(column);
        if (f == null) {
            throw new IllegalArgumentException("no filter for " + column);
        }
        return f;
    }

    public BooleanProperty excludeWarmupProperty() {
        return excludeWarmup;
    }

    public BooleanProperty dropFirstPerRunProperty() {
        return dropFirstPerRun;
    }

    public BooleanProperty includeFailedProperty() {
        return includeFailed;
    }

    public BooleanProperty warmupsAsGroupProperty() {
        return warmupsAsGroup;
    }

    public BooleanProperty logXProperty() {
        return logX;
    }

    public ObjectProperty<PercentileMethod> methodProperty() {
        return method;
    }

    /** Which chart the view shows (no recomputation). */
    public ObjectProperty<ChartKind> chartKindProperty() {
        return chartKind;
    }

    public ReadOnlyObjectProperty<DistributionResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ObservableList<PercentileRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Bootstrap 95 % CIs in the percentile table (seeded, 1,000 resamples; groups up to 100,000 samples). */
    public BooleanProperty ciProperty() {
        return ci;
    }

    /** The paradox banner: which groups' mean and median orderings disagree and the samples behind it; "" if none. */
    public ReadOnlyStringProperty paradoxProperty() {
        return paradox.getReadOnlyProperty();
    }

    /** Every discordant pair with every driving sample (the banner's tooltip). */
    public ReadOnlyStringProperty paradoxDetailsProperty() {
        return paradoxDetails.getReadOnlyProperty();
    }

    /** The "Cold starts & warmups" sub-view. */
    public ColdStartViewModel coldStart() {
        return coldStart;
    }

    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }
}
