package dev.chimera.workbench.analysis.scaling;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;

/** Power-law fits (and the TR121 multivariate fit) of every backend × mode series of a runs table. */
public final class ScalingAnalysis {

    /** Fits and what they were computed from. */
    public record Result(ScalingData data, List<ScalingFit> fits, List<MultivariateFit> multivariate) {
    }

    private ScalingAnalysis() {
    }

    public static Result analyze(Table runs, ScalingOptions options, boolean multivariate) {
        return analyze(ScalingData.collect(runs, options), multivariate);
    }

    public static Result analyze(ScalingData data, boolean multivariate) {
        PointBootstrap bootstrap = new PointBootstrap(data.options().bootstrap());
        List<ScalingFit> fits = new ArrayList<>();
        List<MultivariateFit> multi = new ArrayList<>();
        for (Map.Entry<SeriesKey, List<ModelPoint>> s : data.series().entrySet()) {
            fits.add(fit(s.getKey(), s.getValue(), data.options(), bootstrap));
            if (multivariate) {
                MultivariateFit m = MultivariateFit.fit(s.getKey(), s.getValue());
                if (m != null) {
                    multi.add(m);
                }
            }
        }
        return new Result(data, List.copyOf(fits), List.copyOf(multi));
    }

    static ScalingFit fit(SeriesKey key, List<ModelPoint> points, ScalingOptions options, PointBootstrap bootstrap) {
        double[] p = points.stream().mapToDouble(ModelPoint::params).toArray();
        double[] v = points.stream().mapToDouble(ModelPoint::value).toArray();
        return new ScalingFit(key, options.metric().name(), options.aggregation(), points,
                PowerLawFit.fit(p, v, bootstrap));
    }
}
