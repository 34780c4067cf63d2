package dev.chimera.workbench.ui.cost;

import dev.chimera.workbench.cost.Pricing;
import dev.chimera.workbench.cost.PricingTier;
import dev.chimera.workbench.ui.I18n;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import java.util.function.ToDoubleFunction;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.controlsfx.control.PropertySheet;

/**
 * The editable prices (ControlsFX PropertySheet): $/hour of every tier that is not energy-only, $/kWh and
 * gCO2e/kWh. An edit goes to the ViewModel, which recomputes; the item descriptions are the editors' tooltips.
 */
final class PricingSheet extends PropertySheet {
    static final String ID = "costPricing";

    PricingSheet(CostViewModel vm) {
        super(items(vm));
        setId(ID);
        setModeSwitcherVisible(false);
        setSearchBoxVisible(false);
        setMode(PropertySheet.Mode.NAME);
    }

    private static ObservableList<Item> items(CostViewModel vm) {
        ObservableList<Item> list = FXCollections.observableArrayList();
        String compute = I18n.tr("cost.pricing.compute");
        for (PricingTier t : vm.pricingProperty().get().tiers()) {
            if (t.energyOnly()) {
                continue;
            }
            String id = t.id();
            list.add(new PriceItem(compute, t.label(), I18n.format("cost.pricing.tier.tooltip", t.label(),
                    t.source()), vm, p -> p.tier(id).map(PricingTier::usdPerHour).orElse(Double.NaN),
                    v -> vm.setTierUsdPerHour(id, v)));
        }
        String energy = I18n.tr("cost.pricing.energy");
        list.add(new PriceItem(energy, "$/kWh", I18n.tr("cost.pricing.kwh.tooltip"), vm, Pricing::usdPerKwh,
                vm::setUsdPerKwh));
        list.add(new PriceItem(energy, "gCO2e/kWh", I18n.tr("cost.pricing.carbon.tooltip"), vm, Pricing::gco2ePerKwh,
                vm::setGco2ePerKwh));
        return list;
    }

    /** One number of the pricing, read from and written to the ViewModel. */
    static final class PriceItem implements Item {
        private final String category;
        private final String name;
        private final String description;
        private final CostViewModel vm;
        private final ToDoubleFunction<Pricing> read;
        private final DoubleConsumer write;

        PriceItem(String category, String name, String description, CostViewModel vm, ToDoubleFunction<Pricing> read,
                  DoubleConsumer write) {
            this.category = category;
            this.name = name;
            this.description = description;
            this.vm = vm;
            this.read = read;
            this.write = write;
        }

        @Override
        public Class<?> getType() {
            return Double.class;
        }

        @Override
        public String getCategory() {
            return category;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public String getDescription() {
            return description;
        }

        @Override
        public Object getValue() {
            return read.applyAsDouble(vm.pricingProperty().get());
        }

        @Override
        public void setValue(Object value) {
            if (value instanceof Number n && Double.isFinite(n.doubleValue()) && n.doubleValue() >= 0
                    && n.doubleValue() != read.applyAsDouble(vm.pricingProperty().get())) {
                write.accept(n.doubleValue());
            }
        }

        @Override
        public Optional<ObservableValue<? extends Object>> getObservableValue() {
            return Optional.empty();
        }
    }
}
