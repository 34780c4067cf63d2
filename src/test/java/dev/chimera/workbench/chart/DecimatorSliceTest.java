package dev.chimera.workbench.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Decimating the visible slice of a zoomed / panned view. */
class DecimatorSliceTest {

    @Test
    void sliceKeepsWhatDecimatingACopyOfTheSliceKeepsShiftedByItsStart() {
        int n = 200_000;
        double[] x = new double[n];
        double[] y = new double[n];
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < n; i++) {
            x[i] = i * 0.1;
            y[i] = 50 + r.nextGaussian() * 5;
        }
        int from = 12_345;
        int to = 98_765;
        int[] slice = Decimator.keep(x, y, from, to, 300);
        int[] copy = Decimator.keep(Arrays.copyOfRange(x, from, to), Arrays.copyOfRange(y, from, to), 300);
        assertThat(slice).containsExactly(Arrays.stream(copy).map(i -> i + from).toArray());
        assertThat(slice[0]).isEqualTo(from);
        assertThat(slice[slice.length - 1]).isEqualTo(to - 1);
        // The slice's own extremes are kept (found here by a plain scan).
        int min = from;
        int max = from;
        for (int i = from; i < to; i++) {
            min = y[i] < y[min] ? i : min;
            max = y[i] > y[max] ? i : max;
        }
        assertThat(slice).contains(min, max);
    }

    @Test
    void smallSliceIsKeptWholeAndBadBoundsAreRejected() {
        double[] x = {0, 1, 2, 3, 4, 5};
        double[] y = {5, 4, 3, 2, 1, 0};
        assertThat(Decimator.keep(x, y, 2, 5, 10)).containsExactly(2, 3, 4);
        assertThat(Decimator.keep(x, y, 3, 3, 10)).isEmpty();
        assertThatThrownBy(() -> Decimator.keep(x, y, 4, 7, 10)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
