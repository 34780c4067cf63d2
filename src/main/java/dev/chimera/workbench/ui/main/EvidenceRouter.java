package dev.chimera.workbench.ui.main;

import dev.chimera.workbench.findings.Finding;
import dev.chimera.workbench.findings.FindingResult;
import dev.chimera.workbench.model.RunColumns;
import dev.chimera.workbench.power.PowerOptions;
import dev.chimera.workbench.ui.cost.CostViewModel;
import dev.chimera.workbench.ui.distribution.DistributionViewModel;
import dev.chimera.workbench.ui.distribution.FilterChoice;
import dev.chimera.workbench.ui.findings.EvidenceNavigator;
import dev.chimera.workbench.ui.power.PowerViewModel;
import dev.chimera.workbench.ui.regime.RegimeViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;

/**
 * "Show in view" of the Findings tab: sets the target view's own controls to what the check used (mode,
 * backends, metric, tier — from the finding's parameters, else its conditions; a value the view does not offer
 * is left alone) and switches to that tab.
 */
final class EvidenceRouter implements EvidenceNavigator {
    private final DistributionViewModel distributions;
    private final RegimeViewModel regimes;
    private final PowerViewModel power;
    private final CostViewModel cost;
    private final Consumer<WorkbenchTab> select;

    EvidenceRouter(DistributionViewModel distributions, RegimeViewModel regimes, PowerViewModel power,
                   CostViewModel cost, Consumer<WorkbenchTab> select) {
        this.distributions = distributions;
        this.regimes = regimes;
        this.power = power;
        this.cost = cost;
        this.select = select;
    }

    @Override
    public void showEvidence(FindingResult r) {
        Finding f = r.finding();
        switch (r.chart() == null ? "" : r.chart()) {
            case "crossover" -> {
                String metric = value(f, "metric");
                regimes.whenChoicesReady(() -> {
                    regimes.metricsProperty().stream().filter(m -> m.column().equals(metric)).findFirst()
                            .ifPresent(m -> regimes.metricProperty().set(m));
                    offer(regimes.modeProperty(), regimes.modesProperty(), value(f, "mode"));
                    // The backends list follows the previous mode's result; the computation takes an asked pair
                    // when the data has it, else picks one, so the pair is set as asked.
                    ask(regimes.backendAProperty(), value(f, "a"));
                    ask(regimes.backendBProperty(), value(f, "b"));
                });
                select.accept(WorkbenchTab.REGIMES);
            }
            case "coldstart" -> {
                distributions.whenChoicesReady(() -> {
                    offer(distributions.metricProperty(), distributions.metricsProperty(), RunColumns.LATENCY_MS);
                    offer(distributions.groupByProperty(), distributions.groupColumnsProperty(), RunColumns.BACKEND);
                    narrow(distributions.filter(RunColumns.MODE), List.of(value(f, "mode")));
                    narrow(distributions.filter(RunColumns.BACKEND), List.of(value(f, "a"), value(f, "b"),
                            value(f, "backend")));
                    // The verdict compares all samples with the samples without each run's first one.
                    distributions.dropFirstPerRunProperty().set(false);
                });
                select.accept(WorkbenchTab.COLD_START);
            }
            case "power" -> {
                if ("sampling_gaps".equals(f.check())) {
                    power.gapThresholdProperty().set(PowerOptions.TR122_GAP_S);
                }
                select.accept(WorkbenchTab.POWER);
            }
            case "cost" -> {
                offer(cost.tierProperty(), cost.tiersProperty(), value(f, "tier"));
                // Modes and backends are lists of the last result; the computation falls back when absent.
                ask(cost.modeProperty(), firstOf(value(f, "mode"), value(f, "modes")));
                ask(cost.backendProperty(), value(f, "backend"));
                select.accept(WorkbenchTab.COST);
            }
            default -> select.accept(WorkbenchTab.FINDINGS);
        }
    }

    private static String value(Finding f, String key) {
        String v = f.params().get(key);
        return v != null ? v : f.conditions().getOrDefault(key, "");
    }

    private static <T> void offer(ObjectProperty<T> target, List<T> offered, T value) {
        if (value != null && !"".equals(value) && offered.contains(value)) {
            target.set(value);
        }
    }

    private static void ask(ObjectProperty<String> target, String value) {
        if (value != null && !value.isEmpty()) {
            target.set(value);
        }
    }

    /** "prefill,generate" → prefill. */
    private static String firstOf(String value, String list) {
        return !value.isEmpty() ? value : list.split(",")[0].trim();
    }

    /** Keeps only the wanted values the column has; nothing when it has none of them. */
    private static void narrow(FilterChoice choice, List<String> wanted) {
        if (choice == null) {
            return;
        }
        List<String> keep = new ArrayList<>();
        for (String w : wanted) {
            if (!w.isEmpty() && choice.valuesProperty().contains(w) && !keep.contains(w)) {
                keep.add(w);
            }
        }
        if (!keep.isEmpty()) {
            choice.select(keep);
        }
    }
}
