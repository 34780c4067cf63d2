package dev.chimera.workbench.ui.findings;

import dev.chimera.workbench.findings.FindingResult;

/**
 * What the Findings tab may ask of the main window, implemented by the main ViewModel: open the view that
 * shows a result's evidence (its {@code chart()} kind) with the filters that produced the verdict.
 */
@FunctionalInterface
public interface EvidenceNavigator {
    EvidenceNavigator NONE = result -> { };

    void showEvidence(FindingResult result);
}
