package dev.chimera.workbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code generate-samples [<dir>]}: rewrites the bundled sample data with the deterministic generator. */
@Command(name = "generate-samples", mixinStandardHelpOptions = true,
        description = {"Write the bundled sample result folders (TR118 crossover, TR119 cost, TR120 compile,",
            "TR121 scaling, TR122 physics) with the deterministic generator. The output is byte-identical",
            "on every run."})
final class GenerateSamplesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "<dir>", defaultValue = "sample-data",
            description = "output folder (default: ${DEFAULT-VALUE})")
    Path dir;

    @Override
    public Integer call() throws Exception {
        dev.chimera.workbench.sampledata.SampleDataGenerator.generate(dir);
        spec.commandLine().getOut().println("wrote sample data to " + dir.toAbsolutePath().normalize());
        return ExitCodes.OK;
    }
}
