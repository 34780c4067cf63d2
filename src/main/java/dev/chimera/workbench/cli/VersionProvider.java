package dev.chimera.workbench.cli;

import picocli.CommandLine;

/** Version from the jar manifest (set by the build), else from the build's versions.properties (classes). */
final class VersionProvider implements CommandLine.IVersionProvider {
    static String version() {
        String v = Cli.class.getPackage().getImplementationVersion();
        return v == null ? dev.chimera.workbench.about.BuildInfo.load().appVersion() : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Chimera Workbench " + version(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
