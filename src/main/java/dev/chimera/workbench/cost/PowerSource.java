package dev.chimera.workbench.cost;

import java.util.Locale;

/** Which power a cost row charges (TR119 analyze_results.py power_source). */
public enum PowerSource {
    /** GPU board power (GPU backends) */
    GPU,
    /** measured CPU package power (CPU backends) */
    CPU,
    /** CPU backends without a reading: idle + utilisation · (max − idle) */
    CPU_ESTIMATED,
    /** nothing usable: no energy cost is given */
    UNKNOWN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** TR119: a backend runs on the CPU when its name says so (transformers-cpu, onnxruntime-cpu ...). */
    public static boolean isCpuBackend(String backend) {
        return backend != null && backend.toLowerCase(Locale.ROOT).contains("cpu");
    }

    /**
     * {attributed W, source ordinal}: GPU backends are charged GPU power; CPU backends the CPU package power,
     * else the estimate when the model is enabled and the utilisation known, else unknown.
     */
    public static Attributed attribute(String backend, double gpuW, double cpuW, double cpuUtilPct,
                                       Pricing.CpuPowerModel model) {
        if (!isCpuBackend(backend)) {
            return Double.isFinite(gpuW) ? new Attributed(gpuW, GPU) : new Attributed(Double.NaN, UNKNOWN);
        }
        if (Double.isFinite(cpuW) && cpuW > 0) {
            return new Attributed(cpuW, CPU);
        }
        if (model != null && model.enabled() && Double.isFinite(cpuUtilPct)) {
            return new Attributed(model.watts(cpuUtilPct), CPU_ESTIMATED);
        }
        return new Attributed(Double.NaN, UNKNOWN);
    }

    /** Attributed power and where it comes from. */
    public record Attributed(double watts, PowerSource source) {
    }
}
