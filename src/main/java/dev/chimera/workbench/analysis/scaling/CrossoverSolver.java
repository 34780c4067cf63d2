package dev.chimera.workbench.analysis.scaling;

import dev.chimera.workbench.analysis.Bootstrap;
import dev.chimera.workbench.analysis.Interval;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Crossover of two backends against model size, by TR118's ratio method or by intersecting the two fitted
 * power laws. TR118 bootstraps the crossover over its points with 2,000 draws (seed 42 in numpy; ours is a
 * {@link java.util.SplittableRandom}, so bounds agree statistically, not digit for digit).
 */
public final class CrossoverSolver {

    private CrossoverSolver() {
    }

    /** From collected data: backend A vs B in one mode. */
    public static CrossoverResult solve(ScalingData data, String mode, String backendA, String backendB,
            CrossoverMethod method) {
        List<ModelPoint> a = data.points(backendA, mode);
        List<ModelPoint> b = data.points(backendB, mode);
        List<String> notes = new ArrayList<>();
        if (a.isEmpty()) {
            notes.add("no measured points for " + backendA + " in mode " + mode);
        }
        if (b.isEmpty()) {
            notes.add("no measured points for " + backendB + " in mode " + mode);
        }
        if (!data.unknownSizes().isEmpty()) {
            notes.add("left out, size unknown: " + String.join(", ", data.unknownSizes()));
        }
        Map<String, CrossoverPoint> byModel = new LinkedHashMap<>();
        for (ModelPoint p : a) {
            byModel.put(p.model(), new CrossoverPoint(p.model(), p.params(), p.value(), Double.NaN));
        }
        for (ModelPoint p : b) {
            CrossoverPoint q = byModel.get(p.model());
            byModel.put(p.model(), new CrossoverPoint(p.model(), p.params(), q == null ? Double.NaN : q.a(),
                    p.value()));
        }
        List<CrossoverPoint> points = new ArrayList<>(byModel.values());
        points.sort(java.util.Comparator.comparingDouble(CrossoverPoint::params));
        Bootstrap settings = data.options().bootstrap();
        CrossoverResult r = method == CrossoverMethod.RATIO
                ? ratio(points, settings, backendA, backendB, mode, data.options().metric().name())
                : intersection(points, settings, backendA, backendB, mode, data.options().metric().name());
        List<String> all = new ArrayList<>(notes);
        all.addAll(r.notes());
        return new CrossoverResult(r.method(), r.backendA(), r.backendB(), r.mode(), r.metric(), r.crossoverParams(),
                r.ci(), r.slope(), r.intercept(), r.r2(), r.minParams(), r.maxParams(), r.fitA(), r.fitB(),
                r.points(), List.copyOf(all));
    }

    /** TR118's method over the points where both values are present. */
    public static CrossoverResult ratio(List<CrossoverPoint> points, Bootstrap settings, String backendA,
            String backendB, String mode, String metric) {
        List<CrossoverPoint> both = points.stream()
                .filter(p -> Double.isFinite(p.a()) && Double.isFinite(p.b()) && p.a() > 0 && p.b() > 0).toList();
        List<String> notes = new ArrayList<>();
        if (both.size() < points.size()) {
            notes.add((points.size() - both.size()) + " model(s) measured on only one backend are not in the ratio");
        }
        double[] x = new double[both.size()];
        double[] y = new double[both.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.log(both.get(i).params());
            y[i] = Math.log(both.get(i).ratio());
        }
        PointBootstrap bootstrap = new PointBootstrap(settings);
        PowerLawFit fitA = ownFit(both, true, bootstrap);
        PowerLawFit fitB = ownFit(both, false, bootstrap);
        double[] range = range(both);
        LineFit line = LineFit.fit(x, y);
        if (line == null) {
            notes.add("fewer than two sizes measured on both backends: no crossover");
            return new CrossoverResult(CrossoverMethod.RATIO, backendA, backendB, mode, metric, Double.NaN,
                    Interval.empty(settings.confidence(), settings.resamples()), Double.NaN, Double.NaN, Double.NaN,
                    range[0], range[1], fitA, fitB, both, notes);
        }
        double crossover = Math.exp(line.xAt(0));
        Interval ci = bootstrap.ci(x.length, crossover, idx -> {
            LineFit f = PointBootstrap.fit(x, y, idx);
            return f == null ? Double.NaN : Math.exp(f.xAt(0));
        });
        return new CrossoverResult(CrossoverMethod.RATIO, backendA, backendB, mode, metric, crossover, ci,
                line.slope(), line.intercept(), line.r2(), range[0], range[1], fitA, fitB, both, notes);
    }

    /** Intersection of A's and B's own power-law fits, each over every model it was measured on. */
    public static CrossoverResult intersection(List<CrossoverPoint> points, Bootstrap settings, String backendA,
            String backendB, String mode, String metric) {
        double[][] a = series(points, true);
        double[][] b = series(points, false);
        PointBootstrap bootstrap = new PointBootstrap(settings);
        PowerLawFit fitA = a[0].length < 2 ? null : PowerLawFit.fit(exp(a[0]), exp(a[1]), bootstrap);
        PowerLawFit fitB = b[0].length < 2 ? null : PowerLawFit.fit(exp(b[0]), exp(b[1]), bootstrap);
        List<String> notes = new ArrayList<>();
        double lo = Math.max(min(a[0]), min(b[0]));
        double hi = Math.min(max(a[0]), max(b[0]));
        if (fitA == null || fitB == null) {
            notes.add("each backend needs two measured sizes for its own fit: no crossover");
            return new CrossoverResult(CrossoverMethod.INTERSECTION, backendA, backendB, mode, metric, Double.NaN,
                    Interval.empty(settings.confidence(), settings.resamples()), Double.NaN, Double.NaN, Double.NaN,
                    Math.exp(lo), Math.exp(hi), fitA, fitB, points, notes);
        }
        if (lo > hi) {
            notes.add("the two backends' measured size ranges do not overlap");
        }
        double slope = fitA.line().slope() - fitB.line().slope();
        double intercept = fitA.line().intercept() - fitB.line().intercept();
        double crossover = slope == 0 ? Double.NaN : Math.exp(-intercept / slope);
        Interval ci = bootstrap.ci(a[0].length, b[0].length, crossover, (ia, ib) -> {
            LineFit fa = PointBootstrap.fit(a[0], a[1], ia);
            LineFit fb = PointBootstrap.fit(b[0], b[1], ib);
            if (fa == null || fb == null || fa.slope() == fb.slope()) {
                return Double.NaN;
            }
            return Math.exp(-(fa.intercept() - fb.intercept()) / (fa.slope() - fb.slope()));
        });
        return new CrossoverResult(CrossoverMethod.INTERSECTION, backendA, backendB, mode, metric, crossover, ci,
                slope, intercept, Math.min(fitA.r2(), fitB.r2()), Math.exp(lo), Math.exp(hi), fitA, fitB, points,
                notes);
    }

    private static PowerLawFit ownFit(List<CrossoverPoint> pts, boolean a, PointBootstrap bootstrap) {
        double[][] s = series(pts, a);
        return s[0].length < 2 ? null : PowerLawFit.fit(exp(s[0]), exp(s[1]), bootstrap);
    }

    /** {ln params, ln value} of one backend's measured points. */
    private static double[][] series(List<CrossoverPoint> pts, boolean a) {
        List<double[]> rows = new ArrayList<>();
        for (CrossoverPoint p : pts) {
            double v = a ? p.a() : p.b();
            if (Double.isFinite(v) && v > 0 && p.params() > 0) {
                rows.add(new double[] {Math.log(p.params()), Math.log(v)});
            }
        }
        double[][] out = new double[2][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            out[0][i] = rows.get(i)[0];
            out[1][i] = rows.get(i)[1];
        }
        return out;
    }

    private static double[] range(List<CrossoverPoint> pts) {
        double lo = Double.NaN;
        double hi = Double.NaN;
        for (CrossoverPoint p : pts) {
            lo = Double.isNaN(lo) ? p.params() : Math.min(lo, p.params());
            hi = Double.isNaN(hi) ? p.params() : Math.max(hi, p.params());
        }
        return new double[] {lo, hi};
    }

    private static double[] exp(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = Math.exp(v[i]);
        }
        return out;
    }

    private static double min(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double d : v) {
            m = Math.min(m, d);
        }
        return m;
    }

    private static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double d : v) {
            m = Math.max(m, d);
        }
        return m;
    }
}
