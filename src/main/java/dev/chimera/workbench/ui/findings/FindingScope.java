package dev.chimera.workbench.ui.findings;

import dev.chimera.workbench.findings.FindingResult;

/** The run sub-folder a result was computed on ("" when the finding had no data anywhere). */
final class FindingScope {

    private FindingScope() {
    }

    static String of(FindingResult r) {
        return r == null || r.scope() == null ? "" : r.scope();
    }
}
