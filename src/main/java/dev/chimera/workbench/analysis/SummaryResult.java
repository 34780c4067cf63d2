package dev.chimera.workbench.analysis;

import java.util.List;

/** The result of {@link Summarizer#summarize}: one {@link GroupSummary} per group, in first-seen order. */
public record SummaryResult(String metric, String unit, List<String> groupBy, SampleFilter filter,
                            PercentileMethod method, List<GroupSummary> groups, String note, SummaryOptions options) {

    public SummaryResult {
        groupBy = List.copyOf(groupBy);
        groups = List.copyOf(groups);
        note = note == null ? "" : note;
        options = options == null ? SummaryOptions.none() : options;
    }

    /** Without options (the original shape). */
    public SummaryResult(String metric, String unit, List<String> groupBy, SampleFilter filter,
                         PercentileMethod method, List<GroupSummary> groups, String note) {
        this(metric, unit, groupBy, filter, method, groups, note, SummaryOptions.none());
    }
}
