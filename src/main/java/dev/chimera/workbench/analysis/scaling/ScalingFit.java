package dev.chimera.workbench.analysis.scaling;

import java.util.List;

/**
 * The power-law fit of one backend × mode series (null {@code fit} when fewer than two sizes were measured).
 */
public record ScalingFit(SeriesKey series, String metric, Aggregation aggregation, List<ModelPoint> points,
                         PowerLawFit fit) {
}
