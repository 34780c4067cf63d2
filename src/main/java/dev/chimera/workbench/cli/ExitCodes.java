package dev.chimera.workbench.cli;

/** Process exit codes of the CLI. */
final class ExitCodes {
    static final int OK = 0;
    /** The command could not do its work (e.g. the folder does not exist or is not readable). */
    static final int FAILURE = 1;
    /** Bad command line (picocli's own code for usage errors). */
    static final int USAGE = 2;

    private ExitCodes() {
    }
}
