package dev.chimera.workbench.ui.session;

import dev.chimera.workbench.chart.CostCharts;
import dev.chimera.workbench.cost.CostAggregation;
import dev.chimera.workbench.cost.Pricing;
import dev.chimera.workbench.cost.PricingTier;
import dev.chimera.workbench.session.CostState;
import dev.chimera.workbench.ui.cost.CostSource;
import dev.chimera.workbench.ui.cost.CostViewModel;
import java.util.List;

/** The Cost tab's tier, views and prices to and from a session. */
public final class CostSessionAdapter {
    private CostSessionAdapter() {
    }

    public static CostState collect(CostViewModel vm) {
        Pricing p = vm.pricingProperty().get();
        List<CostState.TierPrice> tiers = p.tiers().stream().map(t -> new CostState.TierPrice(t.id(), t.label(),
                t.usdPerHour(), t.energyOnly(), t.source())).toList();
        CostState.Prices prices = new CostState.Prices(tiers, p.usdPerKwh(), p.gco2ePerKwh(),
                p.cpuPowerModel().enabled(), p.cpuPowerModel().idleW(), p.cpuPowerModel().maxW());
        return new CostState(vm.tierProperty().get(), name(vm.aggregationProperty().get()),
                name(vm.sourceProperty().get()), name(vm.sensitivityProperty().get()), vm.backendProperty().get(),
                vm.modeProperty().get(), prices);
    }

    /** Prices first (they define the tiers), then the tier and the views. */
    public static void apply(CostViewModel vm, CostState s) {
        if (s.prices() != null && !s.prices().tiers().isEmpty()) {
            vm.applyPricing(pricing(s.prices()));
        }
        if (s.tier() != null && vm.tiersProperty().contains(s.tier())) {
            vm.tierProperty().set(s.tier());
        }
        Choices.setIfKnown(vm.aggregationProperty(), Choices.enumValue(CostAggregation.class, s.aggregation()));
        Choices.setIfKnown(vm.sourceProperty(), Choices.enumValue(CostSource.class, s.source()));
        Choices.setIfKnown(vm.sensitivityProperty(), Choices.enumValue(CostCharts.Sensitivity.class,
                s.sensitivity()));
        // An unknown backend or mode falls back to the data's first in the computation.
        Choices.setIfKnown(vm.backendProperty(), s.backend());
        Choices.setIfKnown(vm.modeProperty(), s.mode());
    }

    static Pricing pricing(CostState.Prices p) {
        List<PricingTier> tiers = p.tiers().stream().map(t -> new PricingTier(t.id(),
                t.label() == null ? t.id() : t.label(), t.usdPerHour(), t.energyOnly(),
                t.source() == null ? "session" : t.source())).toList();
        return new Pricing(tiers, p.usdPerKwh(), p.gco2ePerKwh(),
                new Pricing.CpuPowerModel(p.cpuModelEnabled(), p.cpuIdleW(), p.cpuMaxW()));
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
