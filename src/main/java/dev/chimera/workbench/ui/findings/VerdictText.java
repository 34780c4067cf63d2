package dev.chimera.workbench.ui.findings;

import dev.chimera.workbench.findings.FindingKind;
import dev.chimera.workbench.findings.Verdict;
import dev.chimera.workbench.ui.I18n;

/** The words (with a symbol, so a verdict never depends on colour alone) and help texts of verdicts and kinds. */
public final class VerdictText {
    private VerdictText() {
    }

    /** The badge text: a symbol and the verdict's name. */
    public static String badge(Verdict v) {
        return switch (v) {
            case CONFIRMED -> I18n.tr("findings.verdict.confirmed");
            case CONTRADICTED -> I18n.tr("findings.verdict.contradicted");
            case INCONCLUSIVE -> I18n.tr("findings.verdict.inconclusive");
            case NO_DATA -> I18n.tr("findings.verdict.no_data");
        };
    }

    public static String help(Verdict v) {
        return switch (v) {
            case CONFIRMED -> I18n.tr("findings.verdict.confirmed.help");
            case CONTRADICTED -> I18n.tr("findings.verdict.contradicted.help");
            case INCONCLUSIVE -> I18n.tr("findings.verdict.inconclusive.help");
            case NO_DATA -> I18n.tr("findings.verdict.no_data.help");
        };
    }

    public static String kind(FindingKind k) {
        return k == FindingKind.PORTABLE ? I18n.tr("findings.kind.portable") : I18n.tr("findings.kind.hardware");
    }

    public static String kindHelp(FindingKind k) {
        return k == FindingKind.PORTABLE ? I18n.tr("findings.kind.portable.help")
                : I18n.tr("findings.kind.hardware.help");
    }
}
