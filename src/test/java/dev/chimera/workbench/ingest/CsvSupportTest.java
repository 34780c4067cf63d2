package dev.chimera.workbench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chimera.workbench.model.Diagnostic;
import dev.chimera.workbench.model.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSupportTest {

    @TempDir
    Path dir;

    private ReadContext ctx(String name, String content) throws Exception {
        Path f = Files.writeString(dir.resolve(name), content);
        return new ReadContext(FileProbe.of(f, name), "test", CancellationToken.none());
    }

    @Test
    void aCellEqualToTheSameColumnsCellInThePreviousRowIsTheSameInstance() throws Exception {
        // Blank line 4 must not break the sharing; a quoted cell equal in value is shared too.
        Path f = Files.writeString(dir.resolve("s.csv"), "backend,lat\nonnx,1.5\nonnx,2.5\n\n\"onnx\",2.5\ngpu,3\n");
        ReadContext ctx = new ReadContext(FileProbe.of(f, "s.csv"), "test", CancellationToken.none());
        List<String> backends = new ArrayList<>();
        List<String> latencies = new ArrayList<>();
        CsvSupport.forEachRow(ctx, row -> {
            backends.add(row.get("backend"));
            latencies.add(row.get(row.index("lat")));
        });
        assertThat(backends).containsExactly("onnx", "onnx", "onnx", "gpu");
        assertThat(latencies).containsExactly("1.5", "2.5", "2.5", "3");
        assertThat(backends.get(1)).isSameAs(backends.get(0));
        assertThat(backends.get(2)).isSameAs(backends.get(0));
        assertThat(latencies.get(2)).isSameAs(latencies.get(1));
        assertThat(latencies.get(1)).isNotSameAs(latencies.get(0));
    }

    @Test
    void cellsByIndexAndNumbersCheckedByIndexNameTheColumn() throws Exception {
        Path f = Files.writeString(dir.resolve("n.csv"), "a,b\n1,x\n2,3.25\n");
        ReadContext ctx = new ReadContext(FileProbe.of(f, "n.csv"), "test", CancellationToken.none());
        List<Double> values = new ArrayList<>();
        CsvSupport.forEachRow(ctx, row -> {
            values.add(row.numberChecked(ctx, row.index("b")));
            assertThat(row.get(row.index("missing"))).isNull();
            assertThat(row.numberChecked(ctx, row.index("missing"))).isNaN();
        });
        assertThat(values.get(0)).isNaN();
        assertThat(values.get(1)).isEqualTo(3.25);
        List<Diagnostic> d = ctx.diagnostics().finish();
        assertThat(d).hasSize(1);
        assertThat(d.get(0).line()).isEqualTo(2);
        assertThat(d.get(0).column()).isEqualTo(2);
        assertThat(d.get(0).message()).isEqualTo("'x' in column b is not a number; left empty");
    }

    @Test
    void wrongCellCountIsAnErrorWithLineAndColumnAndTheRestLoads() throws Exception {
        ReadContext ctx = ctx("m.csv", "a,b,c\n1,2,3\n4,5\n7,8,9\n");
        List<String> seen = new ArrayList<>();
        long n = CsvSupport.forEachRow(ctx, row -> seen.add(row.get("a") + "@" + row.line()));

        assertThat(n).isEqualTo(2);
        assertThat(seen).containsExactly("1@2", "7@4");
        Diagnostic d = ctx.diagnostics().finish().get(0);
        assertThat(d.severity()).isEqualTo(Severity.ERROR);
        assertThat(d.line()).isEqualTo(3);
        assertThat(d.column()).isEqualTo(3);
        assertThat(d.message()).contains("expected 3 cells, found 2");
    }

    @Test
    void cutOffLastLineIsOnlyAWarning() throws Exception {
        ReadContext ctx = ctx("m.csv", "a,b,c\r\n1,2,3\r\n4,5");
        long n = CsvSupport.forEachRow(ctx, row -> { });
        assertThat(n).isEqualTo(1);
        Diagnostic d = ctx.diagnostics().finish().get(0);
        assertThat(d.severity()).isEqualTo(Severity.WARNING);
        assertThat(d.line()).isEqualTo(3);
        assertThat(d.message()).contains("incomplete");
    }

    @Test
    void bomAndQuotedDelimitersAreHandled() throws Exception {
        ReadContext ctx = ctx("m.csv", "\uFEFFname,value\n\"a,b\",2\n");
        List<String> names = new ArrayList<>();
        CsvSupport.forEachRow(ctx, row -> names.add(row.get("name") + "=" + row.number("value")));
        assertThat(names).containsExactly("a,b=2.0");
        assertThat(ctx.diagnostics().finish()).isEmpty();
    }

    @Test
    void repeatedProblemsAreCappedWithACount() throws Exception {
        StringBuilder sb = new StringBuilder("a,b\n");
        for (int i = 0; i < 50; i++) {
            sb.append("1\n");
        }
        sb.append("1,2\n");
        ReadContext ctx = ctx("m.csv", sb.toString());
        CsvSupport.forEachRow(ctx, row -> { });
        List<Diagnostic> all = ctx.diagnostics().finish();
        assertThat(all).hasSize(Diagnostics.MAX_PER_KIND + 1);
        assertThat(all.get(all.size() - 1).message()).startsWith("30 more like:");
    }
}
