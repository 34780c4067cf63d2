package dev.chimera.workbench.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chimera.workbench.findings.Catalog;
import dev.chimera.workbench.findings.CatalogException;
import dev.chimera.workbench.findings.FindingResult;
import dev.chimera.workbench.findings.FindingsJson;
import dev.chimera.workbench.findings.FindingsChecker;
import dev.chimera.workbench.findings.Verdict;
import dev.chimera.workbench.model.Dataset;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code check <folder>}: a verdict for every TR finding of the catalog against the folder's data. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks the TR findings catalog against a folder: per finding CONFIRMED, CONTRADICTED,",
            "INCONCLUSIVE (data present but not decisive, or a hardware-specific number that differs: yours vs",
            "theirs) or NO_DATA (what is missing), with the measured value, CI, n and the expected value.",
            "Exit code 3 when --fail-on is given and a finding has that verdict (inconclusive also fails on",
            "contradicted)."})
final class CheckCommand implements Callable<Integer> {
    /** Exit code when a --fail-on verdict was found. */
    static final int FAILED_CHECK = 3;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<folder>", description = "result folder")
    Path folder;

    @Option(names = "--catalog", paramLabel = "<file.json>", description = "findings catalog (default: built-in)")
    Path catalogFile;

    @Option(names = "--fail-on", paramLabel = "<verdict>", description = "contradicted | inconclusive")
    String failOn;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (failOn != null && !List.of("contradicted", "inconclusive").contains(failOn)) {
            err.println("chimera-workbench: --fail-on must be contradicted or inconclusive");
            return ExitCodes.USAGE;
        }
        Catalog catalog;
        try {
            catalog = catalogFile == null ? Catalog.builtIn() : Catalog.load(catalogFile);
        } catch (IOException e) {
            err.println("chimera-workbench: cannot read catalog " + catalogFile + ": " + e.getMessage());
            return ExitCodes.FAILURE;
        } catch (CatalogException e) {
            err.println("chimera-workbench: invalid catalog: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        Dataset ds = DatasetLoading.load(folder, err);
        if (ds == null) {
            return ExitCodes.FAILURE;
        }
        List<FindingResult> results = FindingsChecker.check(ds, catalog);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(ScalingCliSupport.write(toJson(results)));
        } else {
            print(results, out);
        }
        return failed(results) ? FAILED_CHECK : ExitCodes.OK;
    }

    private boolean failed(List<FindingResult> results) {
        if (failOn == null) {
            return false;
        }
        return results.stream().anyMatch(r -> r.verdict() == Verdict.CONTRADICTED
                || (failOn.equals("inconclusive") && r.verdict() == Verdict.INCONCLUSIVE));
    }

    /** The shape lives in {@link FindingsJson} so a report bundle's findings.json is the same. */
    static ObjectNode toJson(List<FindingResult> results) {
        return FindingsJson.toJson(results);
    }

    /** "-" for a NO_DATA result that covers every scope. */
    private static String scope(FindingResult r) {
        return r.scope().isEmpty() ? "-" : r.scope();
    }

    private static void print(List<FindingResult> results, PrintWriter out) {
        int w = 5;
        for (FindingResult r : results) {
            w = Math.max(w, scope(r).length());
        }
        String row = "%-30s %-" + w + "s %-13s %12s %12s %6s%n";
        out.printf(row, "finding", "scope", "verdict", "measured", "expected", "n");
        for (FindingResult r : results) {
            out.printf(row, r.id(), scope(r), r.verdict().name(), ScalingCliSupport.g(r.measured()),
                    ScalingCliSupport.g(r.expected()), Integer.toString(r.n()));
        }
        out.println();
        for (FindingResult r : results) {
            out.println(r.id() + " [" + r.verdict().name() + "] " + r.detail());
        }
    }
}
