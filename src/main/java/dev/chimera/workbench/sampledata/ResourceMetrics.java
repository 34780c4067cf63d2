package dev.chimera.workbench.sampledata;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The ResourceMonitor {@code get_metrics()} dictionary (tr-formats.md §2.8) for one generated run. */
final class ResourceMetrics {
    static final double GPU_TOTAL_MB = 12282.0;

    private ResourceMetrics() {
    }

    /**
     * @param cpuPowerW CPU package watts, or NaN when the run had no RAPL counter (TR118 omits the keys)
     */
    static ObjectNode of(SeededRandom r, double durationS, double intervalS, double gpuMemMb, double gpuPowerW,
            double tempC, double utilPct, double cpuMemMb, double cpuPowerW) {
        ObjectNode m = PyJson.obj();
        int samples = Math.max(1, (int) StrictMath.floor(durationS / intervalS) + 1);
        m.put("samples", samples);
        m.set("duration_s", PyJson.num(samples == 1 ? 0.0 : durationS));
        double memMean = mib(gpuMemMb);
        m.set("gpu_memory_mean_mb", PyJson.num(memMean));
        m.set("gpu_memory_peak_mb", PyJson.num(samples == 1 ? memMean : mib(gpuMemMb * r.uniform(1.02, 1.2))));
        m.set("gpu_memory_total_mb", PyJson.num(GPU_TOTAL_MB));
        m.set("gpu_utilization_mean_pct", PyJson.num(Num.round(utilPct, 2)));
        double power = Num.round(gpuPowerW, 4);
        m.set("gpu_power_mean_watts", PyJson.num(power));
        m.set("gpu_power_peak_watts", PyJson.num(samples == 1 ? power : Num.round(power * r.uniform(1.03, 1.25), 3)));
        double temp = samples == 1 ? StrictMath.rint(tempC) : Num.round(tempC, 3);
        m.set("gpu_temperature_mean_c", PyJson.num(temp));
        m.put("gpu_temperature_peak_c", (int) StrictMath.ceil(temp + (samples == 1 ? 0 : r.uniform(0, 1.5))));
        double cpuMem = mib(cpuMemMb);
        m.set("cpu_memory_mean_mb", PyJson.num(cpuMem));
        m.set("cpu_memory_peak_mb", PyJson.num(samples == 1 ? cpuMem : mib(cpuMemMb * r.uniform(1.01, 1.15))));
        m.set("cpu_utilization_mean_pct", PyJson.num(0.0));
        if (!Double.isNaN(cpuPowerW)) {
            m.set("cpu_power_mean_watts", PyJson.num(Num.round(cpuPowerW, 6)));
            m.set("cpu_power_peak_watts", PyJson.num(Num.round(cpuPowerW * r.uniform(1.15, 1.5), 6)));
        }
        return m;
    }

    /** NVML reports bytes; MiB values are multiples of 1/256 here. */
    private static double mib(double mb) {
        return Num.q(StrictMath.rint(mb * 256.0) / 256.0);
    }
}
