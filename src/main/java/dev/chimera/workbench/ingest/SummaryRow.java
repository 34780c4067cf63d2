package dev.chimera.workbench.ingest;

import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.SummaryColumns;

/**
 * Builds rows of the {@code summaries} table for one group: set what the statistics are about once, then
 * {@link #add(String, double)} each statistic. NaN values add no row. Obtain one with
 * {@link ReadContext#stats(long)}.
 *
 * <pre>{@code
 * ctx.stats(line).group("vllm", model, null, null).runLabel("qps=4").metric("ttft", "ms")
 *    .population("ok").pctlMethod("linear").stdKind("population")
 *    .nativeKey("mean_ttft_ms").add("mean", 41.2);
 * }</pre>
 */
public final class SummaryRow {
    private final ReadContext ctx;
    private long line;
    private String backend;
    private String model;
    private String scenario;
    private String mode;
    private String runLabel;
    private String metric;
    private String unit;
    private String population;
    private String pctlMethod;
    private String stdKind;
    private String nativeKey;

    SummaryRow(ReadContext ctx, long line) {
        this.ctx = ctx;
        this.line = line;
    }

    public SummaryRow line(long line) {
        this.line = line;
        return this;
    }

    public SummaryRow group(String backend, String model, String scenario, String mode) {
        this.backend = backend;
        this.model = model;
        this.scenario = scenario;
        this.mode = mode;
        return this;
    }

    public SummaryRow runLabel(String runLabel) {
        this.runLabel = runLabel;
        return this;
    }

    public SummaryRow metric(String metric, String unit) {
        this.metric = metric;
        this.unit = unit;
        return this;
    }

    public SummaryRow population(String population) {
        this.population = population;
        return this;
    }

    public SummaryRow pctlMethod(String pctlMethod) {
        this.pctlMethod = pctlMethod;
        return this;
    }

    public SummaryRow stdKind(String stdKind) {
        this.stdKind = stdKind;
        return this;
    }

    /** The tool's own key for the next value(s); cleared by nothing, so set it before each add if it varies. */
    public SummaryRow nativeKey(String nativeKey) {
        this.nativeKey = nativeKey;
        return this;
    }

    /** Adds one statistic row (nothing when the value is NaN). Returns this for chaining. */
    public SummaryRow add(String statistic, double value) {
        if (Double.isNaN(value)) {
            return this;
        }
        TableBuffer b = ctx.newRow(CanonicalTable.SUMMARIES, line);
        b.set(SummaryColumns.BACKEND, backend);
        b.set(SummaryColumns.MODEL, model);
        b.set(SummaryColumns.SCENARIO, scenario);
        b.set(SummaryColumns.MODE, mode);
        b.set(SummaryColumns.RUN_LABEL, runLabel);
        b.set(SummaryColumns.METRIC, metric);
        b.set(SummaryColumns.STATISTIC, statistic);
        b.set(SummaryColumns.VALUE, value);
        b.set(SummaryColumns.UNIT, unit);
        b.set(SummaryColumns.POPULATION, population);
        b.set(SummaryColumns.PCTL_METHOD, pctlMethod);
        b.set(SummaryColumns.STD_KIND, stdKind);
        b.set(SummaryColumns.NATIVE_KEY, nativeKey);
        return this;
    }
}
