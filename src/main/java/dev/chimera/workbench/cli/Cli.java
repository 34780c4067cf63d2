package dev.chimera.workbench.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The headless command line. Everything here runs on the engine alone: no JavaFX class is loaded, so it works
 * on a machine without a display.
 */
@Command(name = "chimera-workbench",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Chimera Workbench: analysis of LLM-inference benchmark results.",
            "Without a command the desktop app starts (optionally on a folder: chimera-workbench <folder>).",
            "With a command it runs headless."},
        subcommands = {InspectCommand.class, SummarizeCommand.class, CompareCommand.class, ColdStartCommand.class,
            CompareGroupsCommand.class, CrossoverCommand.class, ScalingCommand.class, RegimeCommand.class,
            PowerCommand.class, CostCommand.class, CheckCommand.class, ExportCommand.class, ExportReportCommand.class,
            GenerateSamplesCommand.class,
            CommandLine.HelpCommand.class})
public final class Cli implements Runnable {
    /** Subcommand names; kept in step with the annotation above by CliTest. */
    static final Set<String> COMMANDS = Set.of("inspect", "summarize", "compare", "coldstart", "compare-groups",
            "crossover", "scaling", "regime", "power", "cost", "check", "export", "export-report", "generate-samples",
            "help");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** True when the arguments ask for the CLI (a command or an option) rather than the GUI. */
    public static boolean isCliInvocation(String[] args) {
        return args.length > 0 && (args[0].startsWith("-") || COMMANDS.contains(args[0]));
    }

    public static int run(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        return run(args, out, err);
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Cli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            err.println("chimera-workbench: " + ex.getMessage());
            return ExitCodes.FAILURE;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
