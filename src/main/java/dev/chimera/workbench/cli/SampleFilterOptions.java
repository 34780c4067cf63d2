package dev.chimera.workbench.cli;

import dev.chimera.workbench.analysis.SampleFilter;
import picocli.CommandLine.Option;

/** The sample-selection options shared by the commands that compute statistics from raw rows. */
final class SampleFilterOptions {

    @Option(names = "--exclude-warmup", description = "leave out rows flagged is_warmup")
    boolean excludeWarmup;

    @Option(names = "--drop-first-per-file", description = "leave out the first sample of every run file / run")
    boolean dropFirst;

    @Option(names = "--include-failed", description = "keep degraded, error and cancelled rows")
    boolean includeFailed;

    SampleFilter filter() {
        return new SampleFilter(excludeWarmup, dropFirst, includeFailed);
    }
}
