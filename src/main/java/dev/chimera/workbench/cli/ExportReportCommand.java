package dev.chimera.workbench.cli;

import dev.chimera.workbench.export.AutoAnnotations;
import dev.chimera.workbench.export.ChartRequest;
import dev.chimera.workbench.export.ExportOptions;
import dev.chimera.workbench.export.OutputFolder;
import dev.chimera.workbench.export.ReportBundle;
import dev.chimera.workbench.model.Dataset;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code export-report <folder> --out <dir>}: a self-contained report folder. */
@Command(name = "export-report", mixinStandardHelpOptions = true,
        description = {"Writes a report folder: index.html (no scripts, no network), every chart as PNG and SVG,",
            "findings.json (as check --json) and the summary tables as CSV. Prints each file written."})
final class ExportReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<folder>", description = "result folder")
    Path folder;

    @Option(names = "--out", required = true, paramLabel = "<dir>", description = "report folder (created)")
    Path out;

    @Option(names = "--force", description = "overwrite existing files")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Dataset ds = DatasetLoading.load(folder, err);
        if (ds == null) {
            return ExitCodes.FAILURE;
        }
        PrintWriter stdout = spec.commandLine().getOut();
        try {
            ReportBundle.write(ds, OutputFolder.open(out, force), ChartRequest.all(), ExportOptions.defaults(),
                    AutoAnnotations.all(), p -> stdout.println(p));
        } catch (FileAlreadyExistsException e) {
            err.println("chimera-workbench: " + e.getFile() + " exists (use --force to overwrite)");
            return ExitCodes.FAILURE;
        } catch (SecurityException | IOException e) {
            err.println("chimera-workbench: report failed: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        return ExitCodes.OK;
    }
}
