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
