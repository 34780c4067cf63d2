package dev.chimera.workbench.analysis.scaling;

import dev.chimera.workbench.analysis.Bootstrap;
import dev.chimera.workbench.analysis.SampleFilter;

/**
 * Settings of scaling fits and crossovers.
 *
 * @param metric      what is fitted (latency, throughput, or a derived metric)
 * @param aggregation how a model's samples become one point
 * @param filter      which rows count (default: warmups and failed / degraded rows out, as TR118 and TR121)
 * @param bootstrap   resamples, confidence and seed of the CIs over points / models
 * @param registry    model sizes when the data does not state them
 */
public record ScalingOptions(ScalingMetric metric, Aggregation aggregation, SampleFilter filter, Bootstrap bootstrap,
                             ModelRegistry registry) {

    public static ScalingOptions defaults(ScalingMetric metric, Aggregation aggregation) {
        return new ScalingOptions(metric, aggregation, SampleFilter.defaults().withExcludeWarmup(true),
                Bootstrap.defaults(), ModelRegistry.builtIn());
    }

    public ScalingOptions withRegistry(ModelRegistry r) {
        return new ScalingOptions(metric, aggregation, filter, bootstrap, r);
    }

    public ScalingOptions withBootstrap(Bootstrap b) {
        return new ScalingOptions(metric, aggregation, filter, b, registry);
    }

    public ScalingOptions withMetric(ScalingMetric m) {
        return new ScalingOptions(m, aggregation, filter, bootstrap, registry);
    }
}
