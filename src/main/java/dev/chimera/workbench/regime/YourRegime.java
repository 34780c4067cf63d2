package dev.chimera.workbench.regime;

import dev.chimera.workbench.analysis.scaling.LineFit;
import dev.chimera.workbench.analysis.scaling.ModelPoint;
import dev.chimera.workbench.analysis.scaling.ScalingData;
import dev.chimera.workbench.analysis.scaling.ScalingMetric;
import dev.chimera.workbench.analysis.scaling.SeriesKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * "Your regime": which backend the user's own data says wins at any model size, for one metric and mode. The
 * per-backend fits and the winner boundaries are computed once here; {@link #at(double)} is then a binary
 * search and a multiply per backend, cheap enough for every step of a slider.
 */
public final class YourRegime {
    /** A model within this relative distance of the queried size counts as measured at it. */
    public static final double MEASURED_TOLERANCE = 0.15;
    static final double GRID_MIN = 1e5;
    static final double GRID_MAX = 1e12;
    static final int STEPS_PER_DECADE = 100;

    /** One backend's value at a size. */
    public record Estimate(String backend, double value, RegimeLabel label, String measuredModel) {
    }

    /** The winner at a size, with every backend's estimate (best first). */
    public record Answer(double params, String winner, double value, RegimeLabel label, List<Estimate> estimates) {
    }

    /** Where the data's winner changes, and how trustworthy that size is. */
    public record Boundary(double params, String from, String to, RegimeLabel label) {
    }

    private record Backend(String name, String[] models, double[] params, double[] values, LineFit fit) {
    }

    private final String mode;
    private final ScalingMetric metric;
    private final List<Backend> backends;
    private final List<Boundary> boundaries;

    private YourRegime(String mode, ScalingMetric metric, List<Backend> backends) {
        this.mode = mode;
        this.metric = metric;
        this.backends = backends;
        this.boundaries = scanBoundaries();
    }

    public static YourRegime of(ScalingData data, String mode) {
        List<Backend> list = new ArrayList<>();
        for (Map.Entry<SeriesKey, List<ModelPoint>> e : data.series().entrySet()) {
            if (!e.getKey().mode().equals(mode)) {
                continue;
            }
            List<ModelPoint> pts = e.getValue(); // sorted by params
            double[] p = pts.stream().mapToDouble(ModelPoint::params).toArray();
            double[] v = pts.stream().mapToDouble(ModelPoint::value).toArray();
            double[] lp = new double[p.length];
            double[] lv = new double[p.length];
            for (int i = 0; i < p.length; i++) {
                lp[i] = Math.log(p[i]);
                lv[i] = Math.log(v[i]);
            }
            list.add(new Backend(e.getKey().backend(), pts.stream().map(ModelPoint::model).toArray(String[]::new), p, v,
                    LineFit.fit(lp, lv)));
        }
        return new YourRegime(mode, data.options().metric(), List.copyOf(list));
    }

    public String mode() {
        return mode;
    }

    public ScalingMetric metric() {
        return metric;
    }

    public List<String> backendNames() {
        return backends.stream().map(Backend::name).toList();
    }

    /** Sizes in [0.1 M, 1 T] where the winner changes (precomputed). */
    public List<Boundary> boundaries() {
        return boundaries;
    }

    /** The winner at {@code params}; winner null when no backend has a value there. */
    public Answer at(double params) {
        List<Estimate> est = new ArrayList<>(backends.size());
        for (Backend b : backends) {
            Estimate e = estimate(b, params);
            if (e != null) {
                est.add(e);
            }
        }
        est.sort((x, y) -> metric.better(x.value(), y.value()) ? -1 : metric.better(y.value(), x.value()) ? 1 : 0);
        if (est.isEmpty()) {
            return new Answer(params, null, Double.NaN, RegimeLabel.EXTRAPOLATED, List.of());
        }
        RegimeLabel label = RegimeLabel.MEASURED;
        for (Estimate e : est) {
            if (e.label().ordinal() > label.ordinal()) {
                label = e.label();
            }
        }
        return new Answer(params, est.get(0).backend(), est.get(0).value(), label, List.copyOf(est));
    }

    private static Estimate estimate(Backend b, double params) {
        int i = java.util.Arrays.binarySearch(b.params, params);
        int ins = i >= 0 ? i : -i - 1;
        int nearest = -1;
        double best = Double.POSITIVE_INFINITY;
        for (int k = Math.max(0, ins - 1); k <= Math.min(b.params.length - 1, ins); k++) {
            double d = Math.abs(Math.log(b.params[k] / params));
            if (d < best) {
                best = d;
                nearest = k;
            }
        }
        if (nearest >= 0 && Math.abs(b.params[nearest] / params - 1) <= MEASURED_TOLERANCE) {
            return new Estimate(b.name, b.values[nearest], RegimeLabel.MEASURED, b.models[nearest]);
        }
        if (b.fit == null) {
            return null;
        }
        boolean inside = params >= b.params[0] && params <= b.params[b.params.length - 1];
        return new Estimate(b.name, Math.exp(b.fit.at(Math.log(params))),
                inside ? RegimeLabel.INTERPOLATED : RegimeLabel.EXTRAPOLATED, null);
    }

    private List<Boundary> scanBoundaries() {
        List<Boundary> out = new ArrayList<>();
        double lo = Math.log10(GRID_MIN);
        int steps = (int) Math.round((Math.log10(GRID_MAX) - lo) * STEPS_PER_DECADE);
        double prevX = GRID_MIN;
        String prev = at(prevX).winner();
        for (int s = 1; s <= steps; s++) {
            double x = Math.pow(10, lo + (double) s / STEPS_PER_DECADE);
            String w = at(x).winner();
            if (!java.util.Objects.equals(w, prev)) {
                double a = prevX;
                double b = x;
                for (int it = 0; it < 40; it++) { // bisect in log space
                    double mid = Math.sqrt(a * b);
                    if (java.util.Objects.equals(at(mid).winner(), prev)) {
                        a = mid;
                    } else {
                        b = mid;
                    }
                }
                out.add(new Boundary(b, prev, w, at(b).label()));
            }
            prev = w;
            prevX = x;
        }
        return List.copyOf(out);
    }
}
