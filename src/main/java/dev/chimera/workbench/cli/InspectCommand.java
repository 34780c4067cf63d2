package dev.chimera.workbench.cli;

import dev.chimera.workbench.ingest.CancellationToken;
import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.ingest.ProgressListener;
import dev.chimera.workbench.model.Dataset;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code inspect <folder>}: what the workbench detects and loads in a folder, as a table or JSON. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"Detect and load every file of a result folder; print each file's format, kind, record",
            "count and diagnostics, and the row count of each canonical table (runs, power, events,",
            "summaries). Exit code 0 when the folder was read (even with diagnostics), 1 when it does not",
            "exist or cannot be read."})
final class InspectCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<folder>", description = "result folder (or single file) to inspect")
    Path folder;

    @Option(names = "--json", description = "print JSON instead of a table")
    boolean json;

    @Option(names = "--all-diagnostics", description = "list every diagnostic (the table view shows the first 50)")
    boolean allDiagnostics;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Dataset dataset;
        try {
            dataset = DatasetLoader.standard().load(folder, ProgressListener.NONE, CancellationToken.none());
        } catch (NoSuchFileException e) {
            err.println("chimera-workbench: no such file or folder: " + folder);
            return ExitCodes.FAILURE;
        } catch (AccessDeniedException e) {
            err.println("chimera-workbench: not readable: " + folder);
            return ExitCodes.FAILURE;
        } catch (IOException e) {
            err.println("chimera-workbench: could not read " + folder + ": " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        if (json) {
            out.println(InspectReport.toJson(dataset));
        } else {
            InspectReport.printTable(dataset, out, allDiagnostics ? Integer.MAX_VALUE : 50);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
