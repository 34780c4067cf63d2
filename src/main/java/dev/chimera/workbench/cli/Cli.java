package dev.chimera.workbench.cli;

/** Placeholder until the CLI lands. */
public final class Cli {
    private Cli() {
    }

    public static boolean isCliInvocation(String[] args) {
        return args.length > 0 && (args[0].startsWith("-") || !args[0].contains("/"));
    }

    public static int run(String[] args) {
        return 0;
    }
}
