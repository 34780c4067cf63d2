package dev.chimera.workbench.ui.cost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chimera.workbench.cost.Pricing;
import dev.chimera.workbench.ui.task.CurrentThreadTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PricingStoreTest {

    @TempDir
    Path dir;

    @Test
    void anEditedPriceIsSavedAndComesBackInTheNextSession() {
        PricingStore store = new PricingStore(dir.resolve("cfg/pricing.json"));
        CostViewModel first = new CostViewModel(new CurrentThreadTaskExecutor());
        first.usePricingStore(store);
        assertThat(first.pricingProperty().get()).isEqualTo(Pricing.defaults()); // nothing stored yet

        first.setTierUsdPerHour("on-demand", 2.012);
        first.setUsdPerKwh(0.31);
        assertThat(Files.isRegularFile(store.file())).isTrue();

        CostViewModel next = new CostViewModel(new CurrentThreadTaskExecutor());
        next.usePricingStore(store);
        Pricing p = next.pricingProperty().get();
        assertThat(p.tier("on-demand").orElseThrow().usdPerHour()).isEqualTo(2.012);
        assertThat(p.usdPerKwh()).isEqualTo(0.31);
        assertThat(p.tier("spot").orElseThrow().usdPerHour()).isEqualTo(0.302); // untouched default
    }

    @Test
    void aBrokenFileIsIgnoredAndTheDefaultsStay() throws Exception {
        Path file = Files.writeString(dir.resolve("pricing.json"), "{ not json");
        CostViewModel vm = new CostViewModel(new CurrentThreadTaskExecutor());
        vm.usePricingStore(new PricingStore(file));
        assertThat(vm.pricingProperty().get()).isEqualTo(Pricing.defaults());
    }

    @Test
    void pricesAppliedForOneWindowDoNotReplaceTheStoredOnes() throws Exception {
        PricingStore store = new PricingStore(dir.resolve("pricing.json"));
        CostViewModel vm = new CostViewModel(new CurrentThreadTaskExecutor());
        vm.usePricingStore(store);
        vm.setUsdPerKwh(0.31); // an edit: stored
        vm.applyPricing(Pricing.defaults().withUsdPerKwh(0.99)); // a session's prices: this window only
        assertThat(vm.pricingProperty().get().usdPerKwh()).isEqualTo(0.99);
        assertThat(store.load().orElseThrow().usdPerKwh()).isEqualTo(0.31);
    }
}
