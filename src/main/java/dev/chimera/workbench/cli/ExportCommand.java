package dev.chimera.workbench.cli;

import dev.chimera.workbench.analysis.SampleFilter;
import dev.chimera.workbench.analysis.scaling.ModelSizes;
import dev.chimera.workbench.export.AnnotationsFile;
import dev.chimera.workbench.export.AutoAnnotations;
import dev.chimera.workbench.export.ChartAnnotation;
import dev.chimera.workbench.export.ChartRequest;
import dev.chimera.workbench.export.ChartSetExporter;
import dev.chimera.workbench.export.ExportChart;
import dev.chimera.workbench.export.ExportCharts;
import dev.chimera.workbench.export.ExportFormat;
import dev.chimera.workbench.export.ExportOptions;
import dev.chimera.workbench.export.OutputFolder;
import dev.chimera.workbench.export.Provenance;
import dev.chimera.workbench.findings.Catalog;
import dev.chimera.workbench.findings.FindingResult;
import dev.chimera.workbench.findings.FindingsChecker;
import dev.chimera.workbench.model.Dataset;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code export <folder> --out <dir>}: the GUI's charts as PNG / SVG / PDF files, headless. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports the charts of a folder (as the GUI draws them, same JFreeChart builders) to PNG,",
            "SVG and PDF with a provenance footer and metadata (source, file count, content hash, filters,",
            "cold-start settings, pricing tier, version, date). Prints each file written. Existing files are",
            "kept unless --force."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<folder>", description = "result folder")
    Path folder;

    @Option(names = "--out", required = true, paramLabel = "<dir>", description = "output folder (created)")
    Path out;

    @Option(names = "--format", defaultValue = "png", description = "png,svg,pdf (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--charts", defaultValue = "all",
            description = "latency,crossover,power,cost,regime or all (default: ${DEFAULT-VALUE})")
    String charts;

    @Option(names = "--size", paramLabel = "<params>", description = "model-size slider position, e.g. 76M")
    String size;

    @Option(names = "--scale", defaultValue = "1", description = "PNG pixel scale, 1 or 2 (default: ${DEFAULT-VALUE})")
    double scale;

    @Option(names = "--dpi", defaultValue = "0", description = "PNG resolution in DPI (overrides --scale)")
    int dpi;

    @Option(names = "--width", defaultValue = "960", description = "width in px at 96 dpi (default: ${DEFAULT-VALUE})")
    int width;

    @Option(names = "--height", defaultValue = "600", description = "height in px at 96 dpi (default: ${DEFAULT-VALUE})")
    int height;

    @Option(names = "--tier", defaultValue = "on-demand", description = "pricing tier of the cost charts (default: ${DEFAULT-VALUE})")
    String tier;

    @Option(names = "--exclude-warmup", description = "leave warmup rows out of the latency charts")
    boolean excludeWarmup;

    @Option(names = "--drop-first-per-file", description = "drop the first sample of each run (cold start)")
    boolean dropFirst;

    @Option(names = "--no-auto-annotations", description = "no regime bands, crossover marker, slider line, badges, n")
    boolean noAuto;

    @Option(names = "--annotations", paramLabel = "<file.json>",
            description = "user callouts, arrows and ranges by chart id (see README, Export)")
    Path annotationsFile;

    @Option(names = "--force", description = "overwrite existing files")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<ExportFormat> formats;
        ChartRequest request;
        ExportOptions options;
        double params = Double.NaN;
        try {
            formats = ExportFormat.parseList(format);
            Set<String> families = ChartRequest.parseFamilies(charts);
            if (size != null) {
                params = ModelSizes.parse(size);
                if (!(params > 0)) {
                    throw new IllegalArgumentException("--size must be a model size like 76M or 1.5B");
                }
            }
            SampleFilter filter = SampleFilter.defaults().withExcludeWarmup(excludeWarmup)
                    .withDropFirstPerRun(dropFirst);
            request = new ChartRequest(families, filter, params, tier);
            options = new ExportOptions(width, height, scale, dpi, true);
        } catch (IllegalArgumentException e) {
            err.println("chimera-workbench: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Map<String, List<ChartAnnotation>> user = Map.of();
        if (annotationsFile != null) {
            try {
                user = AnnotationsFile.load(annotationsFile);
            } catch (IOException | IllegalArgumentException e) {
                err.println("chimera-workbench: bad annotations file " + annotationsFile + ": " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }
        Dataset ds = DatasetLoading.load(folder, err);
        if (ds == null) {
            return ExitCodes.FAILURE;
        }
        PrintWriter stdout = spec.commandLine().getOut();
        try {
            OutputFolder target = OutputFolder.open(out, force);
            boolean scaling = request.families().contains("crossover") || request.families().contains("regime");
            List<FindingResult> findings = scaling && !noAuto ? FindingsChecker.check(ds, Catalog.builtIn())
                    : List.of();
            List<ExportChart> list = ExportCharts.build(ds, request, findings);
            if (list.isEmpty()) {
                err.println("chimera-workbench: no chart of " + String.join(",", request.families())
                        + " has data in " + folder);
                return ExitCodes.FAILURE;
            }
            Provenance provenance = provenance(ds, request);
            AutoAnnotations auto = (noAuto ? AutoAnnotations.none() : AutoAnnotations.all()).withSlider(params);
            ChartSetExporter.export(list, formats, options, provenance, target, user, auto,
                    p -> stdout.println(p));
        } catch (FileAlreadyExistsException e) {
            err.println("chimera-workbench: " + e.getFile() + " exists (use --force to overwrite)");
            return ExitCodes.FAILURE;
        } catch (SecurityException | IOException e) {
            err.println("chimera-workbench: export failed: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        return ExitCodes.OK;
    }

    static Provenance provenance(Dataset ds, ChartRequest request) {
        return Provenance.of(ds).withColdStart(Provenance.coldStart(request.filter()))
                .withPricingTier(request.families().contains("cost") ? request.pricingTier() : "-");
    }
}
