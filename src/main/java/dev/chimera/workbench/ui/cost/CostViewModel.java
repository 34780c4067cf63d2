package dev.chimera.workbench.ui.cost;

import dev.chimera.workbench.chart.CostCharts;
import dev.chimera.workbench.cost.CostAggregation;
import dev.chimera.workbench.cost.CostRow;
import dev.chimera.workbench.cost.Pricing;
import dev.chimera.workbench.cost.PricingTier;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.ui.I18n;
import dev.chimera.workbench.ui.task.LatestJob;
import dev.chimera.workbench.ui.task.TaskExecutor;
import java.util.ArrayList;
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
 * The Cost tab: tier, aggregation, source, pricing, and the backend × mode the tier and sensitivity charts show
 * select what the engine computes in the background ({@link CostComputation}); every change recomputes.
 */
public final class CostViewModel {
    private final ReadOnlyObjectWrapper<Pricing> pricing =
            new ReadOnlyObjectWrapper<>(this, "pricing", Pricing.defaults());
    private final ReadOnlyListWrapper<String> tiers =
            new ReadOnlyListWrapper<>(this, "tiers", FXCollections.observableArrayList());
    private final ObjectProperty<String> tier = new SimpleObjectProperty<>(this, "tier", "on-demand");
    private final ObjectProperty<CostAggregation> aggregation =
            new SimpleObjectProperty<>(this, "aggregation", CostAggregation.MEAN_OF_SCENARIOS);
    private final ObjectProperty<CostSource> source = new SimpleObjectProperty<>(this, "source", CostSource.AUTO);
    private final ObjectProperty<CostCharts.Sensitivity> sensitivity =
            new SimpleObjectProperty<>(this, "sensitivity", CostCharts.Sensitivity.USD_PER_HOUR);
    private final ReadOnlyListWrapper<String> backends =
            new ReadOnlyListWrapper<>(this, "backends", FXCollections.observableArrayList());
    private final ObjectProperty<String> backend = new SimpleObjectProperty<>(this, "backend");
    private final ReadOnlyListWrapper<String> modes =
            new ReadOnlyListWrapper<>(this, "modes", FXCollections.observableArrayList());
    private final ObjectProperty<String> mode = new SimpleObjectProperty<>(this, "mode");
    private final ReadOnlyObjectWrapper<CostResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ObservableList<CostRow> rows = FXCollections.observableArrayList();
    private final ObservableList<CostRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(this, "empty", true);
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private Dataset dataset;
    private final LatestJob job;
    private boolean suspended;

    private PricingStore store;

    public CostViewModel(TaskExecutor executor) {
        this.job = new LatestJob(executor);
        tiers.setAll(tierIds(pricing.get()));
        for (javafx.beans.value.ObservableValue<?> o : List.of(tier, aggregation, source, sensitivity, backend,
                mode)) {
            o.addListener((obs, was, is) -> refresh());
        }
    }

    public void setDataset(Dataset newDataset) {
        dataset = newDataset;
        refresh();
    }

    /** Sets a tier's $/hour (marks it "edited") and recomputes. */
    public void setTierUsdPerHour(String tierId, double usdPerHour) {
        Pricing p = pricing.get();
        p.tier(tierId).ifPresent(t -> setPricing(p.withTier(t.withUsdPerHour(usdPerHour))));
    }

    public void setUsdPerKwh(double usd) {
        setPricing(pricing.get().withUsdPerKwh(usd));
    }

    public void setGco2ePerKwh(double grams) {
        Pricing p = pricing.get();
        setPricing(new Pricing(p.tiers(), p.usdPerKwh(), grams, p.cpuPowerModel()));
    }

    /**
     * Keeps the pricing in {@code store}: the stored pricing replaces the defaults now, and every edit is saved
     * there (the composition root passes the user's config file; tests pass a temp file or nothing).
     */
    public void usePricingStore(PricingStore store) {
        this.store = store;
        store.load().ifPresent(this::setPricing);
    }

    /** Replaces the whole pricing (e.g. loaded from a file), keeps it as the user's pricing, and recomputes. */
    public void setPricing(Pricing p) {
        applyPricing(p);
        if (store != null) {
            store.save(p);
        }
    }

    /**
     * Uses {@code p} for this window only: a session's prices apply to the session, they do not replace the
     * pricing the user keeps for every folder.
     */
    public void applyPricing(Pricing p) {
        pricing.set(p);
        tiers.setAll(tierIds(p));
        refresh();
    }

    /** Recomputes the report and the charts in the background. */
    public void refresh() {
        if (suspended) {
            return;
        }
        if (dataset == null) {
            job.cancel();
            computing.set(false);
            show(null);
            status.set("");
            return;
        }
        Dataset ds = dataset;
        CostSettings settings = new CostSettings(pricing.get(), tier.get(), aggregation.get(), source.get(),
                backend.get(), mode.get(), sensitivity.get());
        computing.set(true);
        status.set(I18n.tr("cost.computing"));
        job.submit(I18n.tr("task.cost"),
                (progress, cancel) -> CostComputation.compute(ds, settings),
                r -> {
                    computing.set(false);
                    show(r);
                    status.set(r == null ? I18n.tr("cost.noData") : statusText(r));
                }, e -> {
                    computing.set(false);
                    show(null);
                    status.set(I18n.format("cost.failed", String.valueOf(e.getMessage())));
                });
    }

    private void show(CostResult r) {
        suspended = true;
        try {
            backends.setAll(r == null ? List.of() : r.backends());
            modes.setAll(r == null ? List.of() : r.modes());
            backend.set(r == null ? null : r.backend());
            mode.set(r == null ? null : r.mode());
        } finally {
            suspended = false;
        }
        List<CostRow> all = new ArrayList<>();
        if (r != null) {
            all.addAll(r.report().aggregates());
            all.addAll(r.report().scenarios());
        }
        rows.setAll(all);
        empty.set(r == null);
        result.set(r);
    }

    private static String statusText(CostResult r) {
        String text = I18n.format("cost.status", r.report().scenarios().size(), r.sourceUsed(),
                r.report().tier().label());
        return r.report().notes().isEmpty() ? text : text + " \u2014 " + String.join("; ", r.report().notes());
    }

    private static List<String> tierIds(Pricing p) {
        return p.tiers().stream().map(PricingTier::id).toList();
    }

    public ReadOnlyObjectProperty<Pricing> pricingProperty() {
        return pricing.getReadOnlyProperty();
    }

    public ReadOnlyListProperty<String> tiersProperty() {
        return tiers.getReadOnlyProperty();
    }

    public ObjectProperty<String> tierProperty() {
        return tier;
    }

    public ObjectProperty<CostAggregation> aggregationProperty() {
        return aggregation;
    }

    public ObjectProperty<CostSource> sourceProperty() {
        return source;
    }

    public ObjectProperty<CostCharts.Sensitivity> sensitivityProperty() {
        return sensitivity;
    }

    public ReadOnlyListProperty<String> backendsProperty() {
        return backends.getReadOnlyProperty();
    }

    public ObjectProperty<String> backendProperty() {
        return backend;
    }

    public ReadOnlyListProperty<String> modesProperty() {
        return modes.getReadOnlyProperty();
    }

    public ObjectProperty<String> modeProperty() {
        return mode;
    }

    public ReadOnlyObjectProperty<CostResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Aggregate rows (scenario "all") first, then one row per backend × mode × scenario. */
    public ObservableList<CostRow> rows() {
        return rowsView;
    }

    /** True when nothing is open or the folder has no throughput rows for the chosen source. */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
