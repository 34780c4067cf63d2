package dev.chimera.workbench.power;

import dev.chimera.workbench.model.PowerColumns;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;

/** Splits the canonical {@code power} table into one {@link PowerTrace} per source file × GPU. */
public final class PowerTraces {
    /** Extra columns that hold a sample's original clock, in order of preference. */
    private static final String[] CLOCK_COLUMNS = {"timestamp_local", "timestamp_epoch_ms", "timestamp"};

    private PowerTraces() {
    }

    /** Traces in first-seen order; samples sorted by t_s (stable, so equal times keep file order). */
    public static List<PowerTrace> from(Table power) {
        TableColumn file = TableColumn.of(power, PowerColumns.SOURCE_FILE);
        TableColumn gpu = TableColumn.of(power, PowerColumns.GPU);
        TableColumn format = TableColumn.of(power, PowerColumns.FORMAT);
        TableColumn line = TableColumn.of(power, PowerColumns.SOURCE_LINE);
        TableColumn t = TableColumn.of(power, PowerColumns.T_S);
        TableColumn p = TableColumn.of(power, PowerColumns.POWER_W);
        TableColumn util = TableColumn.of(power, PowerColumns.UTIL_PCT);
        TableColumn temp = TableColumn.of(power, PowerColumns.TEMP_C);
        TableColumn clock = TableColumn.of(power, PowerColumns.SM_CLOCK_MHZ);
        TableColumn readOk = TableColumn.of(power, "read_ok");
        TableColumn original = null;
        for (String c : CLOCK_COLUMNS) {
            TableColumn candidate = TableColumn.of(power, c);
            if (candidate.present()) {
                original = candidate;
                break;
            }
        }
        Map<String, Builder> traces = new LinkedHashMap<>();
        for (int row = 0; row < power.rowCount(); row++) {
            String key = file.text(row) + "\u0000" + gpu.text(row);
            int r = row;
            Builder b = traces.computeIfAbsent(key, k -> new Builder(file.text(r), gpu.text(r), format.text(r)));
            if (Boolean.FALSE.equals(readOk.bool(row))) {
                b.readErrors++;
                continue;
            }
            double ts = t.number(row);
            double pw = p.number(row);
            if (!Double.isFinite(ts)) {
                b.missingTime++;
                continue;
            }
            if (!Double.isFinite(pw)) {
                b.missingPower++;
                continue;
            }
            b.rows.add(new Sample(ts, pw, util.number(row), temp.number(row), clock.number(row),
                    (int) (Double.isNaN(line.number(row)) ? 0 : line.number(row)),
                    original == null ? null : original.text(row)));
        }
        List<PowerTrace> out = new ArrayList<>();
        for (Builder b : traces.values()) {
            out.add(b.build());
        }
        return out;
    }

    private record Sample(double t, double p, double util, double temp, double clock, int line, String text) {
    }

    private static final class Builder {
        final String file;
        final String gpu;
        final String format;
        final List<Sample> rows = new ArrayList<>();
        int readErrors;
        int missingPower;
        int missingTime;

        Builder(String file, String gpu, String format) {
            this.file = file;
            this.gpu = gpu;
            this.format = format;
        }

        PowerTrace build() {
            rows.sort(Comparator.comparingDouble(Sample::t));
            int n = rows.size();
            double[] t = new double[n];
            double[] p = new double[n];
            double[] u = new double[n];
            double[] c = new double[n];
            double[] k = new double[n];
            int[] l = new int[n];
            String[] s = new String[n];
            for (int i = 0; i < n; i++) {
                Sample x = rows.get(i);
                t[i] = x.t();
                p[i] = x.p();
                u[i] = x.util();
                c[i] = x.temp();
                k[i] = x.clock();
                l[i] = x.line();
                s[i] = x.text() == null || x.text().isEmpty() ? null : x.text();
            }
            return new PowerTrace(file, gpu, format, t, p, u, c, k, l, Arrays.copyOf(s, n), readErrors,
                    missingPower, missingTime);
        }
    }
}
