package dev.chimera.workbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BootstrapTest {

    private static double[] sample() {
        // 200 values of a skewed (exponential-like) sample from a fixed generator
        SplittableRandom r = new SplittableRandom(7);
        double[] v = new double[200];
        for (int i = 0; i < v.length; i++) {
            v[i] = 10 - 5 * Math.log(1 - r.nextDouble());
        }
        return v;
    }

    /**
     * A straightforward re-implementation in the test: resample the sorted values with SplittableRandom(seed)
     * and nextInt(n), take the statistic, read the 2.5 / 97.5 % points of the bootstrap distribution with
     * numpy's linear rule h = (R − 1)·q.
     */
    private static double[] naiveInterval(double[] values, int resamples, double conf, long seed, boolean median) {
        double[] x = values.clone();
        Arrays.sort(x);
        SplittableRandom rng = new SplittableRandom(seed);
        double[] dist = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            double[] s = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                s[i] = x[rng.nextInt(x.length)];
            }
            if (median) {
                Arrays.sort(s);
                int n = s.length;
                dist[r] = n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
            } else {
                dist[r] = Arrays.stream(s).average().orElseThrow();
            }
        }
        Arrays.sort(dist);
        double lo = (1 - conf) / 2;
        return new double[] {linear(dist, lo), linear(dist, 1 - lo)};
    }

    private static double linear(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int f = (int) Math.floor(h);
        int c = Math.min(sorted.length - 1, f + 1);
        return sorted[f] + (h - f) * (sorted[c] - sorted[f]);
    }

    @Test
    void meanAndMedianIntervalsMatchAStraightforwardImplementation() {
        double[] v = sample();
        Bootstrap b = new Bootstrap(1000, 0.95, 42);
        double[] mean = naiveInterval(v, 1000, 0.95, 42, false);
        double[] median = naiveInterval(v, 1000, 0.95, 42, true);
        Interval m = b.ciMean(v);
        Interval p50 = b.ciPercentile(v, 50, PercentileMethod.LINEAR);
        assertThat(m.lo()).isCloseTo(mean[0], within(1e-9));
        assertThat(m.hi()).isCloseTo(mean[1], within(1e-9));
        assertThat(p50.lo()).isCloseTo(median[0], within(1e-12));
        assertThat(p50.hi()).isCloseTo(median[1], within(1e-12));
        assertThat(m.estimate()).isCloseTo(Arrays.stream(v).average().orElseThrow(), within(1e-9));
        assertThat(m.resamples()).isEqualTo(1000);
    }

    @Test
    void sameSeedSameIntervalOtherSeedAnotherAndCiAllAgreesWithSingleCalls() {
        double[] v = sample();
        Bootstrap b = new Bootstrap(500, 0.9, 3);
        assertThat(b.ciMean(v)).isEqualTo(b.ciMean(v));
        assertThat(new Bootstrap(500, 0.9, 4).ciMean(v)).isNotEqualTo(b.ciMean(v));
        List<Interval> all = b.ciAll(v, List.of(Bootstrap::mean, Bootstrap.percentile(95, PercentileMethod.LINEAR)));
        assertThat(all.get(0)).isEqualTo(b.ciMean(v));
        assertThat(all.get(1)).isEqualTo(b.ciPercentile(v, 95, PercentileMethod.LINEAR));
    }

    @Test
    void meanIntervalHasTheNormalTheoryWidth() {
        // For n = 200 the bootstrap 95 % interval of the mean is close to mean ± 1.96·s/√n (within 15 %).
        double[] v = sample();
        Stats s = Stats.of(v, PercentileMethod.LINEAR);
        Interval ci = new Bootstrap(4000, 0.95, 1).ciMean(v);
        double expectedHalf = 1.96 * s.std() / Math.sqrt(v.length);
        assertThat((ci.hi() - ci.lo()) / 2).isCloseTo(expectedHalf, within(0.15 * expectedHalf));
        assertThat(ci.lo()).isLessThan(s.mean());
        assertThat(ci.hi()).isGreaterThan(s.mean());
    }

    @Test
    void constantSamplesGiveAPointAndEmptySamplesNothing() {
        Interval c = Bootstrap.defaults().ciPercentile(new double[] {5, 5, 5, 5}, 99, PercentileMethod.LINEAR);
        assertThat(c.lo()).isEqualTo(5.0);
        assertThat(c.hi()).isEqualTo(5.0);
        assertThat(Bootstrap.defaults().ciMean(new double[0]).isDefined()).isFalse();
        assertThatThrownBy(() -> new Bootstrap(0, 0.95, 1)).hasMessageContaining("resamples");
        assertThatThrownBy(() -> new Bootstrap(10, 1.0, 1)).hasMessageContaining("confidence");
    }

    @Test
    void differenceIntervalIsBMinusA() {
        double[] a = sample();
        double[] b = Arrays.stream(a).map(x -> x + 100).toArray();
        Interval d = new Bootstrap(300, 0.95, 9).ciDifference(a, b, Bootstrap.percentile(50, PercentileMethod.LINEAR));
        assertThat(d.estimate()).isCloseTo(100.0, within(1e-9)); // shifted copy: medians differ by exactly 100
        assertThat(d.lo()).isLessThan(100.0);
        assertThat(d.hi()).isGreaterThan(100.0);
        assertThat(d.excludesZero()).isTrue();
    }

    @Test
    void trimmedMeanFollowsScipyTrimMean() {
        // By hand (scipy cuts int(p·n) from each end): sorted 1, 2, 4, ..., 512 (n = 10)
        double[] v = {512, 1, 256, 2, 128, 4, 64, 8, 32, 16};
        assertThat(TrimmedMean.of(v, 0.0)).isEqualTo(102.3); // 1023 / 10
        assertThat(TrimmedMean.of(v, 0.1)).isEqualTo(63.75); // (2 + ... + 256) / 8 = 510 / 8
        assertThat(TrimmedMean.of(v, 0.25)).isEqualTo(42.0); // int(2.5) = 2 cut: (4 + ... + 128) / 6
        // scipy.stats.trim_mean([5, 1, 9, 2, 50, 3, 7], 0.2) = 5.2 (int(1.4) = 1 cut from each end)
        assertThat(TrimmedMean.of(new double[] {5, 1, 9, 2, 50, 3, 7}, 0.2)).isCloseTo(5.2, within(1e-12));
        assertThatThrownBy(() -> TrimmedMean.of(v, 0.5)).hasMessageContaining("0.5");
    }
}
