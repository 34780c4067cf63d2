package dev.chimera.workbench.ui.cost;

/** Where the Cost tab takes throughput and power from (as the {@code cost --source} option). */
public enum CostSource {
    /** the raw runs (newest file per mode, as TR119's analysis), else the processed summary */
    AUTO,
    /** raw TR119 bench JSONL runs only */
    RAW,
    /** processed latency_summary_cost.csv only */
    SUMMARY
}
