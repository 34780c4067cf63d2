package dev.chimera.workbench.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Ingest of the 1 M-row TR117 {@code metrics.csv} and the 1 M-line AIPerf JSONL through {@link DatasetLoader}
 * into the canonical Tablesaw tables, each next to its in-run baseline: a raw FastCSV parse of the same file into
 * primitive arrays, and a raw Jackson streaming parse of the same records into primitive arrays (issue 10 targets:
 * ours ≤ 1.25× the baseline). Single-shot: one operation is one whole file; four warm-up shots, because the
 * readers' loops reach their compiled form only after a few whole files.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx3g", "-Xms3g"})
public class IngestBenchmark {
    private Path runsDir;
    private Path requestsDir;

    @Setup
    public void setUp() {
        runsDir = BenchData.runsCsv();
        requestsDir = BenchData.requestsJsonl();
    }

    @Benchmark
    public Object loadRunsCsv() throws IOException {
        Dataset d = DatasetLoader.standard().load(runsDir);
        return check(d.table(CanonicalTable.RUNS).rowCount(), BenchData.RUN_ROWS);
    }

    /** Baseline: FastCSV records straight into typed arrays (strings as parsed, numbers parsed). */
    @Benchmark
    public Object rawFastCsvRuns() throws IOException {
        int n = BenchData.RUN_ROWS;
        String[][] strings = new String[7][n];
        int[] sampleIdx = new int[n];
        int[] tokens = new int[n];
        double[] latency = new double[n];
        int row = 0;
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(runsDir.resolve("metrics.csv"))) {
            boolean header = true;
            for (CsvRecord rec : csv) {
                if (header) {
                    header = false;
                    continue;
                }
                strings[0][row] = rec.getField(0);
                strings[1][row] = rec.getField(1);
                strings[2][row] = rec.getField(2);
                strings[3][row] = rec.getField(3);
                strings[4][row] = rec.getField(4);
                sampleIdx[row] = Integer.parseInt(rec.getField(5));
                latency[row] = Double.parseDouble(rec.getField(6));
                tokens[row] = Integer.parseInt(rec.getField(7));
                strings[5][row] = rec.getField(8);
                strings[6][row] = rec.getField(9);
                row++;
            }
        }
        return check(row, n) + latency[n - 1] + tokens[1] + sampleIdx[2] + strings[6][3].length();
    }

    @Benchmark
    public Object loadRequestsJsonl() throws IOException {
        Dataset d = DatasetLoader.standard().load(requestsDir);
        return check(d.table(CanonicalTable.RUNS).rowCount(), BenchData.REQUEST_LINES);
    }

    /** Baseline: one Jackson streaming parser over the file, every field into a typed array. */
    @Benchmark
    public Object rawJacksonRequests() throws IOException {
        RequestArrays a = new RequestArrays(BenchData.REQUEST_LINES);
        try (JsonParser p = new JsonFactory().createParser(Files.newBufferedReader(
                requestsDir.resolve("profile_export.jsonl"), StandardCharsets.UTF_8))) {
            while (p.nextToken() == JsonToken.START_OBJECT) {
                a.read(p);
            }
        }
        return check(a.rows, BenchData.REQUEST_LINES) + a.latency[5] + a.ids[7].length();
    }

    private static int check(int rows, int expected) {
        if (rows != expected) {
            throw new IllegalStateException("expected " + expected + " rows, got " + rows);
        }
        return rows;
    }

    /** Columns of the raw JSONL parse. */
    static final class RequestArrays {
        final String[] ids;
        final String[] phase;
        final int[] session;
        final long[] start;
        final long[] end;
        final boolean[] cancelled;
        final boolean[] failed;
        final double[] input;
        final double[] ttft;
        final double[] latency;
        final double[] itl;
        final double[] output;
        int rows;

        RequestArrays(int n) {
            ids = new String[n];
            phase = new String[n];
            session = new int[n];
            start = new long[n];
            end = new long[n];
            cancelled = new boolean[n];
            failed = new boolean[n];
            input = new double[n];
            ttft = new double[n];
            latency = new double[n];
            itl = new double[n];
            output = new double[n];
        }

        void read(JsonParser p) throws IOException {
            int r = rows++;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "metadata" -> readMetadata(p, r);
                    case "metrics" -> readMetrics(p, r);
                    case "error" -> {
                        failed[r] = value != JsonToken.VALUE_NULL;
                        p.skipChildren();
                    }
                    default -> p.skipChildren();
                }
            }
        }

        private void readMetadata(JsonParser p, int r) throws IOException {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "session_num" -> session[r] = p.getIntValue();
                    case "x_request_id" -> ids[r] = p.getText();
                    case "request_start_ns" -> start[r] = p.getLongValue();
                    case "request_end_ns" -> end[r] = p.getLongValue();
                    case "benchmark_phase" -> phase[r] = p.getText();
                    case "was_cancelled" -> cancelled[r] = p.getBooleanValue();
                    default -> p.skipChildren();
                }
            }
        }

        private void readMetrics(JsonParser p, int r) throws IOException {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String metric = p.currentName();
                p.nextToken();
                double v = Double.NaN;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String f = p.currentName();
                    p.nextToken();
                    if (f.equals("value")) {
                        v = p.getDoubleValue();
                    } else {
                        p.skipChildren();
                    }
                }
                switch (metric) {
                    case "input_sequence_length" -> input[r] = v;
                    case "time_to_first_token" -> ttft[r] = v;
                    case "request_latency" -> latency[r] = v;
                    case "inter_token_latency" -> itl[r] = v;
                    case "output_sequence_length" -> output[r] = v;
                    default -> {
                    }
                }
            }
        }
    }
}
