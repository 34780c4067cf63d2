package dev.chimera.workbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export and export-report on the bundled sample data, headless. */
class ExportCommandTest {
    private static final String COST = "sample-data/tr119-cost";

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
        List<String> lines() {
            return out.lines().filter(l -> !l.isBlank()).toList();
        }
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void exportWritesEveryCostChartInEveryFormatAndPrintsEachFile() throws Exception {
        Path out = dir.resolve("charts");
        Result r = run("export", COST, "--out", out.toString(), "--charts", "cost", "--format", "png,svg,pdf",
                "--scale", "2");
        assertThat(r.code()).as(r.err()).isZero();
        // Four cost charts (by backend x mode, vs throughput, tiers, sensitivity) x three formats.
        assertThat(r.lines()).hasSize(12);
        for (String line : r.lines()) {
            assertThat(Path.of(line)).exists().startsWith(out.toAbsolutePath().normalize());
        }
        Path png = out.resolve("cost-by-backend-mode.png");
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(1920); // 960 x scale 2
        String pngText = new String(Files.readAllBytes(png), StandardCharsets.ISO_8859_1);
        // sample-data/tr119-cost holds 3 files (find -type f | wc -l) and the cost charts use the on-demand tier.
        assertThat(provenance(pngText).get("file_count").asInt()).isEqualTo(3);
        assertThat(provenance(pngText).get("pricing_tier").asText()).isEqualTo("on-demand");
        try (PDDocument pdf = Loader.loadPDF(out.resolve("cost-vs-throughput.pdf").toFile())) {
            assertThat(pdf.getDocumentInformation().getCustomMetadataValue("chimera.file_count")).isEqualTo("3");
        }
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.filter(p -> p.getFileName().toString().endsWith(".part"))).isEmpty();
        }
    }

    @Test
    void aSecondExportKeepsTheFilesUnlessForced() throws Exception {
        Path out = dir.resolve("again");
        assertThat(run("export", COST, "--out", out.toString(), "--charts", "cost").code()).isZero();
        Result again = run("export", COST, "--out", out.toString(), "--charts", "cost");
        assertThat(again.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(again.err()).contains("exists (use --force to overwrite)");
        assertThat(again.lines()).isEmpty();
        Result forced = run("export", COST, "--out", out.toString(), "--charts", "cost", "--force");
        assertThat(forced.code()).isZero();
        assertThat(forced.lines()).hasSize(4);
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(run("export", COST, "--out", dir.toString(), "--format", "gif").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("export", COST, "--out", dir.toString(), "--charts", "pie").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("export", COST, "--out", dir.toString(), "--dpi", "5000").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("export", COST, "--out", dir.toString(), "--size", "huge").code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void userAnnotationsComeFromAJsonFileAndABadOneIsAUsageError() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.json"), "{\"annotations\": [{\"chart\": \"cost-vs-throughput\","
                + " \"type\": \"callout\", \"x\": 50, \"y\": 3, \"text\": \"ours\"}]}");
        Path out = dir.resolve("annotated");
        Result r = run("export", COST, "--out", out.toString(), "--charts", "cost", "--format", "svg",
                "--annotations", notes.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(out.resolve("cost-vs-throughput.svg"))).contains(">ours<");
        assertThat(Files.readString(out.resolve("cost-by-backend-mode.svg"))).doesNotContain(">ours<");
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"annotations\": [{\"type\": \"circle\"}]}");
        Result b = run("export", COST, "--out", dir.resolve("x").toString(), "--annotations", bad.toString());
        assertThat(b.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(b.err()).contains("annotations[0].type");
    }

    @Test
    void exportReportWritesASelfContainedFolder() throws Exception {
        Path out = dir.resolve("report");
        Result r = run("export-report", COST, "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String html = Files.readString(out.resolve("index.html"));
        assertThat(html.toLowerCase()).doesNotContain("<script").doesNotContain("http://").doesNotContain("https://")
                .doesNotContain("<link");
        // Every image and link of the page is a relative file that exists in the folder.
        Matcher m = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(html);
        int refs = 0;
        while (m.find()) {
            assertThat(m.group(1)).doesNotContain("..").doesNotStartWith("/");
            assertThat(out.resolve(m.group(1))).as(m.group(1)).exists();
            refs++;
        }
        // findings.json, the CSV tables with data and a PNG + SVG per chart.
        assertThat(refs).isGreaterThan(8);
        JsonNode findings = new ObjectMapper().readTree(out.resolve("findings.json").toFile());
        // One scope (tr119-cost), so one result per finding of the built-in catalog: 29
        // (python3: len(json.load(open("catalog.json"))["findings"])).
        assertThat(findings.get("findings")).hasSize(29);
        assertThat(findings.get("findings").get(0).has("verdict")).isTrue();
        assertThat(out.resolve("latency-percentiles.csv")).exists();
        assertThat(out.resolve("cost.csv")).exists();
        assertThat(Files.readAllLines(out.resolve("cost.csv")).get(0)).startsWith("tier,aggregation,backend,mode");
        try (Stream<Path> pngs = Files.list(out.resolve("charts"))) {
            List<Path> list = pngs.toList();
            long png = list.stream().filter(p -> p.toString().endsWith(".png")).count();
            long svg = list.stream().filter(p -> p.toString().endsWith(".svg")).count();
            assertThat(png).isEqualTo(svg).isGreaterThanOrEqualTo(7); // 3 latency + 4 cost at least
        }
        // Printed: every file written.
        assertThat(r.lines()).contains(out.resolve("index.html").toAbsolutePath().normalize().toString());
    }

    private static JsonNode provenance(String pngLatin1) throws Exception {
        int i = pngLatin1.indexOf("chimera.provenance");
        int start = pngLatin1.indexOf('{', i);
        int end = pngLatin1.indexOf('}', start);
        return new ObjectMapper().readTree(pngLatin1.substring(start, end + 1));
    }
}
