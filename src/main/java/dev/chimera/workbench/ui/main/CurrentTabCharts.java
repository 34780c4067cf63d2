package dev.chimera.workbench.ui.main;

import dev.chimera.workbench.ui.cost.CostResult;
import dev.chimera.workbench.ui.distribution.DistributionResult;
import dev.chimera.workbench.ui.export.TabChart;
import dev.chimera.workbench.ui.power.PowerResult;
import dev.chimera.workbench.ui.regime.RegimeResult;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;

/** The charts a tab shows right now (its ViewModel's latest result), by tab id; empty for tabs without charts. */
final class CurrentTabCharts {

    private CurrentTabCharts() {
    }

    static List<TabChart> of(String tabId, MainViewModel vm) {
        List<TabChart> out = new ArrayList<>();
        if (MainView.DISTRIBUTIONS_TAB_ID.equals(tabId)) {
            DistributionResult r = vm.distributions().resultProperty().get();
            if (r != null) {
                String m = r.settings().metric();
                String by = " by " + r.settings().groupBy();
                add(out, "latency-ecdf-" + m, "ECDF of " + m + by, r.ecdf());
                add(out, "latency-ccdf-" + m, "CCDF (tail) of " + m + by, r.ccdf());
                add(out, "latency-histogram-" + m, "Histogram of " + m + by, r.histogram());
                add(out, "latency-box-" + m, "Box plot of " + m + by, r.box());
            }
        } else if (MainView.REGIMES_TAB_ID.equals(tabId)) {
            RegimeResult r = vm.regimes().resultProperty().get();
            if (r != null) {
                add(out, "regime-" + r.settings().mode(), "Regimes \u00b7 " + r.settings().mode() + " \u00b7 "
                        + r.settings().metric().name() + (r.backendA() == null ? "" : " \u00b7 " + r.backendA()
                        + " vs " + r.backendB()), r.chart());
            }
        } else if (MainView.POWER_TAB_ID.equals(tabId)) {
            PowerResult r = vm.power().resultProperty().get();
            if (r != null && r.analysis() != null) {
                String label = r.analysis().trace().label();
                add(out, "power-" + label, "Power \u00b7 " + label, r.traceChart());
                add(out, "power-" + label + "-dt", "Sampling intervals \u00b7 " + label, r.dtChart());
                add(out, "power-" + label + "-temperature", "Temperature \u00b7 " + label, r.temperatureChart());
            }
        } else if (MainView.COST_TAB_ID.equals(tabId)) {
            CostResult r = vm.cost().resultProperty().get();
            if (r != null) {
                add(out, "cost-by-backend-mode", "Cost per 1M tokens by backend and mode", r.byBackend());
                add(out, "cost-vs-throughput", "Cost vs throughput per scenario", r.scatter());
                add(out, "cost-tiers-" + r.backend() + "-" + r.mode(), "Pricing tiers \u00b7 " + r.backend()
                        + " \u00b7 " + r.mode(), r.tiers());
                add(out, "cost-sensitivity-" + r.mode(), "Cost sensitivity \u00b7 " + r.mode(), r.sensitivity());
            }
        }
        return out;
    }

    private static void add(List<TabChart> out, String id, String title, JFreeChart chart) {
        if (chart != null) {
            out.add(new TabChart(id, title, chart));
        }
    }
}
