package dev.chimera.workbench.ui.regime;

import dev.chimera.workbench.analysis.scaling.Aggregation;
import dev.chimera.workbench.analysis.scaling.ModelSizes;
import dev.chimera.workbench.analysis.scaling.MultivariateFit;
import dev.chimera.workbench.analysis.scaling.ScalingMetric;
import dev.chimera.workbench.analysis.scaling.ScalingOptions;
import dev.chimera.workbench.chart.CrossoverChart;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.regime.RegimeAdvisor;
import dev.chimera.workbench.regime.RegimeMatrix;
import dev.chimera.workbench.regime.RegimeRow;
import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.task.LatestJob;
import dev.chimera.workbench.ui.task.ReadyGate;
import dev.chimera.workbench.ui.task.TaskExecutor;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import tech.tablesaw.api.Table;

/**
 * The Regimes tab: metric, mode, aggregation and the crossover pair select what is computed in the background
 * (fits, crossover, the data's regime, the chart); the model-size slider and the GPU / objective / workload
 * inputs only query that result and the matrices ({@link RegimeStep}), so a slider step never recomputes.
 */
public final class RegimeViewModel {
    public static final double MIN_PARAMS = CrossoverChart.X_MIN;
    public static final double MAX_PARAMS = CrossoverChart.X_MAX;
    public static final List<String> GPU = List.of("yes", "no");
    /** $/1M tokens from throughput at the on-demand rate (TR119 pricing, infrastructure cost). */
    public static final ScalingMetric COST = ScalingMetric.costOnDemand();
    public static final List<String> OBJECTIVES = List.of("cost", "latency", "balanced");
    public static final List<String> WORKLOADS = List.of("prefill", "decode", "mixed");

    private final TaskExecutor executor;
    private final RegimeAdvisor advisor;
    private final ScalingOptions baseOptions;
    private final RegimeMatrix sizeMatrix;
    private final ReadOnlyListWrapper<ScalingMetric> metrics =
            new ReadOnlyListWrapper<>(this, "metrics", FXCollections.observableArrayList());
    private final ObjectProperty<ScalingMetric> metric = new SimpleObjectProperty<>(this, "metric");
    private final ReadOnlyListWrapper<String> modes =
            new ReadOnlyListWrapper<>(this, "modes", FXCollections.observableArrayList());
    private final ObjectProperty<String> mode = new SimpleObjectProperty<>(this, "mode");
    private final ObjectProperty<Aggregation> aggregation =
            new SimpleObjectProperty<>(this, "aggregation", Aggregation.MEAN_OF_SCENARIO_MEANS);
    private final ReadOnlyListWrapper<String> backends =
            new ReadOnlyListWrapper<>(this, "backends", FXCollections.observableArrayList());
    private final ObjectProperty<String> backendA = new SimpleObjectProperty<>(this, "backendA");
    private final ObjectProperty<String> backendB = new SimpleObjectProperty<>(this, "backendB");
    private final DoubleProperty params = new SimpleDoubleProperty(this, "params", 76e6);
    private final ReadOnlyStringWrapper sizeError = new ReadOnlyStringWrapper(this, "sizeError", "");
    private final ReadOnlyObjectWrapper<RegimeResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ObservableList<MultivariateFit> depthRows = FXCollections.observableArrayList();
    private final ObservableList<MultivariateFit> depthRowsView = FXCollections.unmodifiableObservableList(depthRows);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing");
    private final RegimeStep step;
    private Dataset dataset;
    private final LatestJob job;
    private final LatestJob choicesJob;
    /** Closed while the choices of a new dataset are computed: settings that pick among them wait. */
    private final ReadyGate choicesReady = new ReadyGate();
    private boolean suspended;

    public RegimeViewModel(TaskExecutor executor) {
        this(executor, RegimeAdvisor.builtIn(), ScalingOptions.defaults(ScalingMetric.THROUGHPUT,
                Aggregation.MEAN_OF_SCENARIO_MEANS));
    }

    public RegimeViewModel(TaskExecutor executor, RegimeAdvisor advisor, ScalingOptions baseOptions) {
        this.executor = executor;
        this.job = new LatestJob(executor);
        this.choicesJob = new LatestJob(executor);
        this.advisor = advisor;
        this.baseOptions = baseOptions;
        this.sizeMatrix = advisor.matrices().stream().filter(m -> m.axis().equals(RegimeMatrix.SIZE)).findFirst()
                .orElse(null);
        this.step = new RegimeStep(advisor, sizeMatrix);
        // Change listeners: invalidation listeners would go quiet after a set made while suspended.
        for (javafx.beans.value.ObservableValue<?> o : List.of(metric, mode, aggregation, backendA, backendB)) {
            o.addListener((obs, was, is) -> refresh());
        }
        params.addListener(obs -> step.update(params.get(), result.get()));
        result.addListener(obs -> step.update(params.get(), result.get()));
        step.update(params.get(), null);
    }

    /** Shows a newly opened dataset (null: nothing open); a metric or mode that still applies is kept. */
    public void setDataset(Dataset newDataset) {
        dataset = newDataset;
        Table runs = runs();
        if (runs == null) {
            choicesJob.cancel();
            apply(RegimeChoices.NONE);
            return;
        }
        // Which metrics have values and which modes exist scan every row: off the UI thread, then the fits.
        choicesReady.close();
        job.cancel();
        computing.set(true);
        status.set(I18n.tr("regime.computing"));
        choicesJob.submit(I18n.tr("task.regimes"), (progress, cancel) -> RegimeChoices.of(runs), this::apply, e -> {
            choicesReady.openDropping();
            computing.set(false);
            show(null);
            status.set(I18n.format("regime.failed", String.valueOf(e.getMessage())));
        });
    }

    /** Offers the choices of the current dataset, keeping a metric or mode that still applies, and recomputes. */
    private void apply(RegimeChoices choices) {
        suspended = true;
        try {
            metrics.setAll(choices.metrics());
            if (!metrics.contains(metric.get())) {
                metric.set(metrics.isEmpty() ? null : metrics.get(0));
            }
            modes.setAll(choices.modes());
            if (!modes.contains(mode.get())) {
                mode.set(modes.isEmpty() ? null : modes.contains("prefill") ? "prefill" : modes.get(0));
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
     * Runs {@code action} once the metrics and modes of the current dataset are offered: now when they are, else
     * right after they arrive (computed in the background after a new dataset). For callers that pick among them.
     */
    public void whenChoicesReady(Runnable action) {
        choicesReady.whenOpen(action);
    }

    /** Recomputes fits, crossover, the data's regime and the chart in the background. */
    public void refresh() {
        if (suspended) {
            return;
        }
        Table runs = runs();
        if (runs == null || metric.get() == null || mode.get() == null) {
            job.cancel();
            computing.set(false);
            show(null);
            status.set(dataset == null ? "" : I18n.tr("regime.noData"));
            return;
        }
        RegimeSettings settings = new RegimeSettings(metric.get(), mode.get(), aggregation.get(), backendA.get(),
                backendB.get());
        computing.set(true);
        status.set(I18n.tr("regime.computing"));
        job.submit(I18n.tr("task.regimes"),
                (progress, cancel) -> RegimeComputation.compute(runs, settings, baseOptions, sizeMatrix),
                r -> {
                    computing.set(false);
                    show(r);
                }, e -> {
                    computing.set(false);
                    show(null);
                    status.set(I18n.format("regime.failed", String.valueOf(e.getMessage())));
                });
    }

    private void show(RegimeResult r) {
        suspended = true;
        try {
            backends.setAll(r == null ? List.of() : r.backends());
            backendA.set(r == null ? null : r.backendA());
            backendB.set(r == null ? null : r.backendB());
        } finally {
            suspended = false;
        }
        depthRows.setAll(r == null ? List.of() : r.multivariate());
        result.set(r);
        if (r != null) {
            status.set(r.status());
        }
    }

    /** Sets the slider's size from text such as "76M" or "1.5B"; false (and an error message) if not a size. */
    public boolean setSizeText(String text) {
        try {
            double p = ModelSizes.parse(text);
            if (p < MIN_PARAMS || p > MAX_PARAMS) {
                sizeError.set(I18n.format("regime.size.range", ModelSizes.format(MIN_PARAMS),
                        ModelSizes.format(MAX_PARAMS)));
                return false;
            }
            sizeError.set("");
            params.set(p);
            return true;
        } catch (IllegalArgumentException e) {
            sizeError.set(e.getMessage());
            return false;
        }
    }

    private Table runs() {
        if (dataset == null || dataset.table(CanonicalTable.RUNS) == null) {
            return null;
        }
        Table t = dataset.table(CanonicalTable.RUNS);
        return t.rowCount() == 0 ? null : t;
    }

    /** The matrix the slider walks (seed size tiers) and its rows for the table; null when none is loaded. */
    public RegimeMatrix sizeMatrix() {
        return sizeMatrix;
    }

    public List<RegimeRow> matrixRows() {
        return sizeMatrix == null ? List.of() : sizeMatrix.rows();
    }

    /** Everything that follows the slider and the matrix inputs. */
    public RegimeStep step() {
        return step;
    }

    public ReadOnlyListProperty<ScalingMetric> metricsProperty() {
        return metrics.getReadOnlyProperty();
    }

    public ObjectProperty<ScalingMetric> metricProperty() {
        return metric;
    }

    public ReadOnlyListProperty<String> modesProperty() {
        return modes.getReadOnlyProperty();
    }

    public ObjectProperty<String> modeProperty() {
        return mode;
    }

    public ObjectProperty<Aggregation> aggregationProperty() {
        return aggregation;
    }

    public ReadOnlyListProperty<String> backendsProperty() {
        return backends.getReadOnlyProperty();
    }

    public ObjectProperty<String> backendAProperty() {
        return backendA;
    }

    public ObjectProperty<String> backendBProperty() {
        return backendB;
    }

    /** The slider's model size in parameters (0.1 M to 1 T). */
    public DoubleProperty paramsProperty() {
        return params;
    }

    public ReadOnlyStringProperty sizeErrorProperty() {
        return sizeError.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RegimeResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The depth-vs-params fits of the current mode (one per backend whose models have n_layer). */
    public ObservableList<MultivariateFit> depthRows() {
        return depthRowsView;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }
}
