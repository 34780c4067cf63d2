package dev.chimera.workbench.analysis.scaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class LeastSquaresTest {

    @Test
    void handCheckedThreeRegressorExample() {
        // y = 1 + 2·a + 3·b at (a, b) = (0,0), (1,0), (0,1), (1,1), with the last y raised by 1 (y = 7 instead
        // of 6). By hand: the design is a 2×2 factorial, so a's coefficient = mean(y|a=1) − mean(y|a=0) =
        // (3 + 7)/2 − (1 + 4)/2 = 2.5, b's = (4 + 7)/2 − (1 + 3)/2 = 3.5, intercept = mean(y) − 2.5·0.5 − 3.5·0.5
        // = 3.75 − 3 = 0.75. Residuals ±0.25 → SS_res 0.25; SS_tot = Σ(y − 3.75)² = 18.75; R² = 1 − 0.25/18.75.
        double[][] x = {{1, 0, 0}, {1, 1, 0}, {1, 0, 1}, {1, 1, 1}};
        double[] y = {1, 3, 4, 7};
        LeastSquares.Solution s = LeastSquares.solve(x, y);
        assertThat(s.coefficient(0)).isCloseTo(0.75, within(1e-12));
        assertThat(s.coefficient(1)).isCloseTo(2.5, within(1e-12));
        assertThat(s.coefficient(2)).isCloseTo(3.5, within(1e-12));
        assertThat(s.r2()).isCloseTo(1 - 0.25 / 18.75, within(1e-12));
    }

    @Test
    void rankDeficientDesignHasNoSolution() {
        double[][] x = {{1, 2, 4}, {1, 3, 6}, {1, 4, 8}}; // third column = 2 × second
        assertThat(LeastSquares.solve(x, new double[] {1, 2, 3})).isNull();
    }

    @Test
    void multivariateFitRecoversAnExactLogLinearLaw() {
        // value = e^1 · P_M^-0.1 · n_layer^0.7 exactly → α 1, β -0.1, γ 0.7, R² 1.
        int[] layers = {2, 12, 3, 6, 8};
        double[] pm = {0.1, 5, 25, 45, 75};
        List<ModelPoint> pts = new java.util.ArrayList<>();
        for (int i = 0; i < pm.length; i++) {
            double v = Math.exp(1) * Math.pow(pm[i], -0.1) * Math.pow(layers[i], 0.7);
            pts.add(new ModelPoint("m" + i, pm[i] * 1e6, layers[i], v, 3, 1, ModelSize.Source.DATA));
        }
        pts.add(new ModelPoint("no-depth", 9e7, 0, 1, 3, 1, ModelSize.Source.DATA));
        MultivariateFit f = MultivariateFit.fit(new SeriesKey("b", "m"), pts);
        assertThat(f.alpha()).isCloseTo(1, within(1e-10));
        assertThat(f.beta()).isCloseTo(-0.1, within(1e-10));
        assertThat(f.gamma()).isCloseTo(0.7, within(1e-10));
        assertThat(f.r2()).isCloseTo(1, within(1e-12));
        assertThat(f.depthToParamsRatio()).isCloseTo(7, within(1e-8));
        assertThat(f.withoutDepth()).containsExactly("no-depth");
    }

    @Test
    void lineFitAndGate() {
        // y = 2x + 1 on x = 0..3 plus e = (+0.1, -0.1, -0.1, +0.1). By hand: dx = (-1.5, -0.5, 0.5, 1.5),
        // Σdx·e = -0.15 + 0.05 - 0.05 + 0.15 = 0 and Σe = 0, so slope stays 2 and intercept 1.
        LineFit f = LineFit.fit(new double[] {0, 1, 2, 3}, new double[] {1.1, 2.9, 4.9, 7.1});
        assertThat(f.slope()).isCloseTo(2.0, within(1e-12));
        assertThat(f.intercept()).isCloseTo(1.0, within(1e-12));
        assertThat(LineFit.fit(new double[] {1, 1}, new double[] {1, 2})).isNull();
        assertThat(FitGate.of(0.19, new dev.chimera.workbench.analysis.Interval(1, 0.5, 1.5, 0.95, 10)).actionable())
                .isFalse();
        assertThat(FitGate.of(0.5, new dev.chimera.workbench.analysis.Interval(1, -0.5, 1.5, 0.95, 10)).reason())
                .contains("crosses 0");
        assertThat(FitGate.of(0.5, new dev.chimera.workbench.analysis.Interval(1, 0.5, 1.5, 0.95, 10)).actionable())
                .isTrue();
    }
}
