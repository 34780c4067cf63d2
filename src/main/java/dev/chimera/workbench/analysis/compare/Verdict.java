package dev.chimera.workbench.analysis.compare;

/** How a tool's own aggregate relates to ours computed from the raw rows. */
public enum Verdict {
    /** Equal to ours (default method) within the tool's printed precision. */
    MATCH,
    /** Different from ours by default, equal once we compute it the tool's way; the explanation says how. */
    EXPLAINED,
    /** No way of computing we know reproduces it: flagged for a human. */
    UNEXPLAINED,
    /** The raw rows are only a sample of the requests the tool summarised (GuideLLM), so it cannot be checked. */
    NOT_CHECKABLE
}
