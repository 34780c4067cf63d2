package dev.chimera.workbench.export;

import dev.chimera.workbench.findings.Catalog;
import dev.chimera.workbench.findings.FindingResult;
import dev.chimera.workbench.findings.FindingsChecker;
import dev.chimera.workbench.findings.FindingsJson;
import dev.chimera.workbench.model.Dataset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A report folder: {@code index.html} (self-contained: inline CSS, no scripts, no network, images referenced
 * relatively), every chart as PNG and SVG under {@code charts/}, {@code findings.json} (the built-in catalog
 * checked against the dataset, in {@code check --json}'s shape) and the summary tables as CSV.
 */
public final class ReportBundle {
    public static final String CHARTS = "charts";
    public static final String INDEX = "index.html";
    public static final String FINDINGS = "findings.json";

    private ReportBundle() {
    }

    /** What was written, for the caller to list. */
    public record Written(List<Path> files, int charts, List<FindingResult> findings) {
    }

    public static Written write(Dataset ds, OutputFolder folder, ChartRequest request, ExportOptions options,
                                AutoAnnotations auto, Consumer<Path> onWritten) throws IOException {
        Provenance provenance = Provenance.of(ds).withColdStart(Provenance.coldStart(request.filter()))
                .withPricingTier(request.pricingTier());
        // Refuse an existing index before any work, so a second run without force fails fast.
        Path index = folder.resolve(INDEX);
        Path findingsFile = folder.resolve(FINDINGS);
        List<FindingResult> findings = FindingsChecker.check(ds, Catalog.builtIn());
        List<ExportChart> charts = ExportCharts.build(ds, request, findings);
        List<Path> files = new ArrayList<>();
        Consumer<Path> record = p -> {
            files.add(p);
            onWritten.accept(p);
        };
        OutputFolder images = folder.subFolder(CHARTS);
        ChartSetExporter.export(charts, List.of(ExportFormat.PNG, ExportFormat.SVG), options, provenance, images,
                Map.of(), auto, record);
        writeText(findingsFile, FindingsJson.JSON.writeValueAsString(FindingsJson.toJson(findings)) + "\n", record);
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("latency-percentiles.csv", ReportTables.latency(ds, request.filter()));
        tables.put("crossover.csv", ReportTables.crossover(ds));
        tables.put("cost.csv", ReportTables.cost(ds, request.pricingTier()));
        tables.put("power.csv", ReportTables.power(ds));
        Map<String, String> written = new LinkedHashMap<>();
        for (Map.Entry<String, String> t : tables.entrySet()) {
            if (t.getValue() != null) {
                writeText(folder.resolve(t.getKey()), t.getValue(), record);
                written.put(t.getKey(), t.getValue());
            }
        }
        List<String> bases = ChartSetExporter.uniqueBases(charts);
        writeText(index, ReportHtml.render(ds, provenance, charts, bases, findings, written.keySet()), record);
        return new Written(List.copyOf(files), charts.size(), findings);
    }

    private static void writeText(Path file, String text, Consumer<Path> onWritten) throws IOException {
        Path tmp = file.resolveSibling("." + file.getFileName() + ".part");
        try {
            Files.deleteIfExists(tmp);
            Files.writeString(tmp, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
        onWritten.accept(file);
    }
}
