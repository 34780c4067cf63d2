package dev.chimera.workbench.ui.main;

/** The main window's tabs, so ViewModels can switch between them without touching a Node. */
public enum WorkbenchTab {
    DATA, DISTRIBUTIONS,
    /** Distributions with its cold-start sub-tab shown */
    COLD_START, REGIMES, POWER, COST, COMPARE, FINDINGS
}
