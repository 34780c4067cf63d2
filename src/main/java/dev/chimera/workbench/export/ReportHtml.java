package dev.chimera.workbench.export;

import dev.chimera.workbench.findings.FindingResult;
import dev.chimera.workbench.model.Dataset;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The report's index.html: one static page, inline CSS, no script, no external reference. */
final class ReportHtml {
    private static final String CSS = "body{font:14px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;"
            + "color:#1f2937;margin:2rem auto;max-width:1000px;padding:0 1rem}h1{font-size:1.5rem}"
            + "h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #e5e7eb}"
            + "table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #e5e7eb;padding:3px 8px;"
            + "text-align:left;vertical-align:top}th{background:#f9fafb}figure{margin:1.5rem 0}"
            + "figure img{max-width:100%;border:1px solid #e5e7eb}figcaption{color:#4b5563;font-size:13px}"
            + ".CONFIRMED{color:#166534}.CONTRADICTED{color:#b91c1c}.INCONCLUSIVE{color:#92400e}"
            + ".NO_DATA{color:#6b7280}code{font-size:12px}";

    private ReportHtml() {
    }

    static String render(Dataset ds, Provenance p, List<ExportChart> charts, List<String> bases,
                         List<FindingResult> findings, Collection<String> tables) {
        StringBuilder b = new StringBuilder(8192);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"generator\" content=\"Chimera Workbench ").append(esc(p.appVersion()))
                .append("\">\n<title>Chimera Workbench report \u2014 ").append(esc(ds.root().getFileName() == null
                        ? ds.root().toString() : ds.root().getFileName().toString())).append("</title>\n<style>")
                .append(CSS).append("</style>\n</head>\n<body>\n<h1>Chimera Workbench report</h1>\n");
        b.append("<h2>Provenance</h2>\n<table>\n");
        for (Map.Entry<String, String> e : p.fields().entrySet()) {
            b.append("<tr><th>").append(esc(e.getKey().replace('_', ' '))).append("</th><td><code>")
                    .append(esc(e.getValue())).append("</code></td></tr>\n");
        }
        b.append("</table>\n<h2>Findings</h2>\n<p><a href=\"").append(ReportBundle.FINDINGS)
                .append("\">findings.json</a></p>\n<table>\n<tr><th>finding</th><th>verdict</th><th>measured</th>"
                        + "<th>expected</th><th>n</th><th>evidence</th></tr>\n");
        for (FindingResult r : findings) {
            b.append("<tr><td>").append(esc(r.id())).append("</td><td class=\"").append(r.verdict().name())
                    .append("\">").append(r.verdict().name()).append("</td><td>").append(num(r.measured()))
                    .append("</td><td>").append(num(r.expected())).append("</td><td>").append(r.n())
                    .append("</td><td>").append(esc(r.detail())).append("</td></tr>\n");
        }
        b.append("</table>\n<h2>Tables</h2>\n<ul>\n");
        for (String t : tables) {
            b.append("<li><a href=\"").append(esc(t)).append("\">").append(esc(t)).append("</a></li>\n");
        }
        b.append("</ul>\n<h2>Charts</h2>\n");
        for (int i = 0; i < charts.size(); i++) {
            String base = ReportBundle.CHARTS + "/" + bases.get(i);
            b.append("<figure><img src=\"").append(esc(base)).append(".png\" alt=\"")
                    .append(esc(charts.get(i).title())).append("\"><figcaption>").append(esc(charts.get(i).title()))
                    .append(" \u00b7 <a href=\"").append(esc(base)).append(".svg\">SVG</a></figcaption></figure>\n");
        }
        b.append("</body>\n</html>\n");
        return b.toString();
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String num(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4g", v) : "\u2014";
    }
}
