package dev.chimera.workbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StatsTest {
    private static final double[] ONE_TO_TEN = {7, 3, 10, 1, 5, 2, 9, 4, 8, 6};

    @Test
    void linearInterpolationMatchesNumpyDefault() {
        // numpy.percentile(range(1, 11), [50, 90, 95, 99, 99.9]) = 5.5, 9.1, 9.55, 9.91, 9.991
        Stats s = Stats.of(ONE_TO_TEN, PercentileMethod.LINEAR);
        assertThat(s.p50()).isEqualTo(5.5, within(1e-12));
        assertThat(s.p90()).isEqualTo(9.1, within(1e-12));
        assertThat(s.p95()).isEqualTo(9.55, within(1e-12));
        assertThat(s.p99()).isEqualTo(9.91, within(1e-12));
        assertThat(s.p999()).isEqualTo(9.991, within(1e-12));
    }

    @Test
    void meanAndBothStandardDeviations() {
        // mean 5.5; sum of squared deviations 82.5 → sample std sqrt(82.5/9), population sqrt(82.5/10)
        Stats s = Stats.of(ONE_TO_TEN, PercentileMethod.LINEAR);
        assertThat(s.n()).isEqualTo(10);
        assertThat(s.mean()).isEqualTo(5.5);
        assertThat(s.std()).isEqualTo(Math.sqrt(82.5 / 9), within(1e-12));
        assertThat(s.stdPop()).isEqualTo(Math.sqrt(8.25), within(1e-12));
        assertThat(s.min()).isEqualTo(1);
        assertThat(s.max()).isEqualTo(10);
    }

    @Test
    void otherPercentileMethodsByHand() {
        double[] sorted = Stats.sortedFinite(ONE_TO_TEN);
        // nearest rank: ceil(10·0.9) = 9th value; ceil(10·0.95) = 10th
        assertThat(PercentileMethod.NEAREST_RANK.of(sorted, 10, 0.90)).isEqualTo(9);
        assertThat(PercentileMethod.NEAREST_RANK.of(sorted, 10, 0.95)).isEqualTo(10);
        assertThat(PercentileMethod.NEAREST_RANK.of(sorted, 10, 0.50)).isEqualTo(5);
        // MLPerf: sorted[floor(10·0.9)] = sorted[9] = 10; sorted[floor(10·0.5)] = 6
        assertThat(PercentileMethod.FLOOR_RANK.of(sorted, 10, 0.90)).isEqualTo(10);
        assertThat(PercentileMethod.FLOOR_RANK.of(sorted, 10, 0.50)).isEqualTo(6);
        // numpy lower/higher/midpoint at p90: h = 8.1 → 9, 10, 9.5
        assertThat(PercentileMethod.LOWER.of(sorted, 10, 0.90)).isEqualTo(9);
        assertThat(PercentileMethod.HIGHER.of(sorted, 10, 0.90)).isEqualTo(10);
        assertThat(PercentileMethod.MIDPOINT.of(sorted, 10, 0.90)).isEqualTo(9.5);
    }

    @Test
    void nanValuesAreIgnoredAndEmptyGivesNaN() {
        Stats s = Stats.of(new double[] {Double.NaN, 4, Double.POSITIVE_INFINITY, 2}, PercentileMethod.LINEAR);
        assertThat(s.n()).isEqualTo(2);
        assertThat(s.mean()).isEqualTo(3);
        Stats empty = Stats.of(new double[0], PercentileMethod.LINEAR);
        assertThat(empty.n()).isZero();
        assertThat(empty.p99()).isNaN();
        Stats one = Stats.of(new double[] {7}, PercentileMethod.LINEAR);
        assertThat(one.std()).isNaN();
        assertThat(one.p99()).isEqualTo(7);
    }

    @Test
    void percentileIsReallyTheMaximumBelowItsSampleSize() {
        assertThat(Stats.percentileIsReallyMax(99, 0.99)).isTrue();
        assertThat(Stats.percentileIsReallyMax(100, 0.99)).isFalse();
        assertThat(Stats.percentileIsReallyMax(19, 0.95)).isTrue();
        assertThat(Stats.percentileIsReallyMax(20, 0.95)).isFalse();
    }

    @Test
    void methodIdsRoundTrip() {
        for (PercentileMethod m : PercentileMethod.values()) {
            assertThat(PercentileMethod.fromId(m.id())).isEqualTo(m);
        }
        assertThat(PercentileMethod.fromId("nearest-rank")).isEqualTo(PercentileMethod.NEAREST_RANK);
    }
}
