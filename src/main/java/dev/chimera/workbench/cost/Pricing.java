package dev.chimera.workbench.cost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Prices of compute and energy: editable, saved as JSON ({@value #SCHEMA} v{@value #VERSION}). Defaults are
 * TR119's (AWS-like on-demand / spot / reserved rates, $0.20/kWh, 500 gCO2e/kWh) plus TR123's consumer rate.
 *
 * @param cpuPowerModel TR119's estimate for CPU backends without a CPU power reading
 */
public record Pricing(List<PricingTier> tiers, double usdPerKwh, double gco2ePerKwh, CpuPowerModel cpuPowerModel) {
    public static final String SCHEMA = "chimera.pricing";
    public static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * TR119's optional CPU power estimate: idle W + utilisation · (max W − idle W), used only when enabled and
     * the CPU package power was not measured.
     */
    public record CpuPowerModel(boolean enabled, double idleW, double maxW) {
        public double watts(double utilPct) {
            return idleW + utilPct / 100.0 * (maxW - idleW);
        }
    }

    public Pricing {
        tiers = List.copyOf(tiers);
    }

    public static Pricing defaults() {
        String tr119 = "TR119 configs/matrix.yaml";
        return new Pricing(List.of(
                new PricingTier("on-demand", "On-demand", 1.006, false, tr119),
                new PricingTier("spot", "Spot", 0.302, false, tr119),
                new PricingTier("reserved-1yr", "Reserved 1 yr", 0.704, false, tr119),
                new PricingTier("reserved-3yr", "Reserved 3 yr", 0.503, false, tr119),
                new PricingTier("on-prem", "On-prem (energy only)", 0, true, tr119),
                new PricingTier("consumer", "Consumer GPU (TR123)", 0.046, false, "TR123")),
                0.20, 500, new CpuPowerModel(false, 10, 65));
    }

    /** The tier by id; "on_demand", "On-Demand" and "reserved" (= reserved-1yr, as TR119) are accepted. */
    public Optional<PricingTier> tier(String id) {
        String key = normalise(id);
        if (key.equals("reserved")) {
            key = "reserved-1yr";
        }
        for (PricingTier t : tiers) {
            if (normalise(t.id()).equals(key)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    public Pricing withTier(PricingTier tier) {
        List<PricingTier> copy = new ArrayList<>();
        boolean replaced = false;
        for (PricingTier t : tiers) {
            if (normalise(t.id()).equals(normalise(tier.id()))) {
                copy.add(tier);
                replaced = true;
            } else {
                copy.add(t);
            }
        }
        if (!replaced) {
            copy.add(tier);
        }
        return new Pricing(copy, usdPerKwh, gco2ePerKwh, cpuPowerModel);
    }

    public Pricing withUsdPerKwh(double usd) {
        return new Pricing(tiers, usd, gco2ePerKwh, cpuPowerModel);
    }

    public Pricing withCpuPowerModel(CpuPowerModel model) {
        return new Pricing(tiers, usdPerKwh, gco2ePerKwh, model);
    }

    static String normalise(String id) {
        return id == null ? "" : id.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    }

    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("version", VERSION);
        root.put("usd_per_kwh", usdPerKwh);
        root.put("gco2e_per_kwh", gco2ePerKwh);
        ArrayNode arr = root.putArray("tiers");
        for (PricingTier t : tiers) {
            ObjectNode n = arr.addObject();
            n.put("id", t.id());
            n.put("label", t.label());
            n.put("usd_per_hour", t.usdPerHour());
            n.put("energy_only", t.energyOnly());
            n.put("source", t.source());
        }
        ObjectNode cpu = root.putObject("cpu_power_model");
        cpu.put("enabled", cpuPowerModel.enabled());
        cpu.put("idle_w", cpuPowerModel.idleW());
        cpu.put("max_w", cpuPowerModel.maxW());
        try {
            return JSON.writeValueAsString(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public void save(Path file) throws IOException {
        Files.writeString(file, toJson() + "\n", StandardCharsets.UTF_8);
    }

    /** Reads a pricing file; missing fields take the defaults. Throws IOException for unreadable or bad JSON. */
    public static Pricing load(Path file) throws IOException {
        return fromJson(Files.readString(file, StandardCharsets.UTF_8));
    }

    public static Pricing fromJson(String text) throws IOException {
        JsonNode root = JSON.readTree(text);
        if (root == null || !root.isObject()) {
            throw new IOException("pricing: expected a JSON object");
        }
        Pricing d = defaults();
        List<PricingTier> tiers = new ArrayList<>();
        if (root.has("tiers")) {
            for (JsonNode n : root.get("tiers")) {
                if (!n.hasNonNull("id") || !n.path("usd_per_hour").isNumber()) {
                    throw new IOException("pricing: every tier needs an id and a numeric usd_per_hour");
                }
                tiers.add(new PricingTier(n.get("id").asText(), n.path("label").asText(n.get("id").asText()),
                        n.get("usd_per_hour").asDouble(), n.path("energy_only").asBoolean(false),
                        n.path("source").asText("file")));
            }
        } else {
            tiers.addAll(d.tiers());
        }
        JsonNode cpu = root.path("cpu_power_model");
        CpuPowerModel model = new CpuPowerModel(cpu.path("enabled").asBoolean(d.cpuPowerModel().enabled()),
                cpu.path("idle_w").asDouble(d.cpuPowerModel().idleW()),
                cpu.path("max_w").asDouble(d.cpuPowerModel().maxW()));
        return new Pricing(tiers, root.path("usd_per_kwh").asDouble(d.usdPerKwh()),
                root.path("gco2e_per_kwh").asDouble(d.gco2ePerKwh()), model);
    }
}
