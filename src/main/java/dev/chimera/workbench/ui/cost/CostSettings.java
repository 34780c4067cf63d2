package dev.chimera.workbench.ui.cost;

import dev.chimera.workbench.chart.CostCharts;
import dev.chimera.workbench.cost.CostAggregation;
import dev.chimera.workbench.cost.Pricing;

/** Everything one background computation of the Cost tab needs (immutable, so the worker owns it). */
record CostSettings(Pricing pricing, String tierId, CostAggregation aggregation, CostSource source, String backend,
                    String mode, CostCharts.Sensitivity sensitivity) {
}
