package org.funnellab.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.funnellab.importer.ImportReport;
import org.funnellab.importer.ImportService;
import org.funnellab.importer.RejectedRow;
import org.funnellab.importer.cost.TableImportReport;
import org.funnellab.importer.parse.DateResolution;
import org.funnellab.importer.read.JunkLine;
import org.funnellab.store.ImportCounts;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What an import did, as text for a person or JSON for a program: counts (read, inserted, updated, unchanged,
 * rejected), the first rejected rows with their lines, junk lines, date layouts chosen, unmapped values, warnings.
 */
final class ImportSummary {
    /** How many rejected rows and junk lines the summary lists; the counts are always complete. */
    static final int SHOWN = 10;

    private final ObjectNode json = Json.object();
    private final StringBuilder text = new StringBuilder();

    static ImportSummary ofLeads(Path file, Path workspace, String mappingName, ImportService.LeadOutcome outcome) {
        ImportReport r = outcome.report();
        ImportCounts c = outcome.counts();
        ImportSummary s = new ImportSummary();
        s.head("leads", file, workspace);
        s.json.put("mapping", mappingName);
        s.json.put("sourceSystem", r.sourceSystem().id());
        s.json.put("linked", r.linked());
        s.line("mapping", mappingName + " (" + r.sourceSystem().id() + (r.linked() ? ", linked" : "") + ")");
        s.counts(r.rowsRead(), c);
        s.json.put("linkedUnknown", outcome.linkedUnknown());
        s.json.put("collapsedRows", r.collapsedRows());
        s.json.put("duplicateIds", r.duplicateIds());
        if (r.collapsedRows() > 0) {
            s.line("collapsed", r.collapsedRows() + " repeated rows of one deal folded");
        }
        if (r.duplicateIds() > 0) {
            s.line("duplicates", r.duplicateIds() + " ids seen again later (last wins)");
        }
        s.rejected(c.rejected(), r.rejected());
        s.junk(r.junkCount(), r.junkLines());
        ArrayNode dates = s.json.putArray("dateFormats");
        for (DateResolution d : r.dateResolutions()) {
            ObjectNode n = dates.addObject();
            n.put("column", d.column());
            n.put("pattern", d.pattern() == null ? null : d.pattern().name());
            n.put("display", d.pattern() == null ? null : d.pattern().display());
            n.put("ambiguous", d.ambiguous());
            n.put("unmatched", d.unmatched());
            s.line("date format", d.describe());
        }
        ObjectNode unmapped = s.json.putObject("unmappedValues");
        for (Map.Entry<String, Map<String, Long>> col : r.unmappedValues().entrySet()) {
            ObjectNode n = unmapped.putObject(col.getKey());
            col.getValue().forEach(n::put);
            s.line("unmapped", col.getKey() + ": " + col.getValue());
        }
        s.warnings(r.warningCount(), r.warnings());
        return s;
    }

    static ImportSummary ofTable(String kind, Path file, Path workspace, ImportService.TableOutcome outcome) {
        TableImportReport r = outcome.report();
        ImportSummary s = new ImportSummary();
        s.head(kind, file, workspace);
        s.counts(r.rowsRead(), outcome.counts());
        s.json.put("entries", r.entries());
        s.json.put("splitRows", r.splitRows());
        s.line("entries", r.entries() + (r.splitRows() > 0 ? " (" + r.splitRows() + " rows split by month)" : ""));
        s.rejected(outcome.counts().rejected(), r.rejected());
        s.junk(r.junkCount(), r.junkLines());
        ObjectNode unknown = s.json.putObject("unknownValues");
        r.unknownValues().forEach(unknown::put);
        if (!r.unknownValues().isEmpty()) {
            s.line("unknown values", r.unknownValues().toString());
        }
        s.warnings(r.warnings().size(), r.warnings());
        return s;
    }

    String json() {
        return Json.write(json) + System.lineSeparator();
    }

    String text() {
        return text.toString();
    }

    private void head(String kind, Path file, Path workspace) {
        json.put("kind", kind);
        json.put("file", file.toString());
        json.put("workspace", workspace.toString());
        text.append("Imported ").append(kind).append(" from ").append(shown(file.toString())).append(" into ")
                .append(shown(workspace.toString()))
                .append(System.lineSeparator());
    }

    private void counts(long read, ImportCounts c) {
        json.put("read", read);
        json.put("inserted", c.inserted());
        json.put("updated", c.updated());
        json.put("unchanged", c.unchanged());
        json.put("rejected", c.rejected());
        line("read", String.format("%,d", read));
        line("inserted", String.format("%,d", c.inserted()));
        line("updated", String.format("%,d", c.updated()));
        line("unchanged", String.format("%,d", c.unchanged()));
        line("rejected", String.format("%,d", c.rejected()));
    }

    private void rejected(long count, List<RejectedRow> rows) {
        ArrayNode arr = json.putArray("rejectedRows");
        rows.stream().limit(SHOWN).forEach(r -> arr.addObject().put("line", r.line()).put("reason", r.reason()));
        rows.stream().limit(SHOWN).forEach(r -> text.append("    line ").append(r.line()).append(": ")
                .append(shown(r.reason())).append(System.lineSeparator()));
        if (count > SHOWN) {
            text.append("    … ").append(count - Math.min(SHOWN, rows.size())).append(" more (--rejected-csv to list all)")
                    .append(System.lineSeparator());
        }
    }

    private void junk(long count, List<JunkLine> lines) {
        json.put("junkLines", count);
        ArrayNode arr = json.putArray("junk");
        lines.stream().limit(SHOWN).forEach(j -> arr.addObject().put("line", j.line()).put("reason", j.reason()));
        line("junk lines", String.format("%,d", count));
        lines.stream().limit(SHOWN).forEach(j -> text.append("    line ").append(j.line()).append(": ")
                .append(shown(j.reason())).append(System.lineSeparator()));
    }

    private void warnings(long count, List<String> warnings) {
        json.put("warningCount", count);
        ArrayNode arr = json.putArray("warnings");
        warnings.forEach(arr::add);
        warnings.stream().limit(SHOWN).forEach(w -> line("warning", w));
    }

    private void line(String label, String value) {
        text.append(String.format("  %-12s %s%n", label, shown(value)));
    }

    /**
     * A value from the file or the workspace as the terminal may show it: control characters (ESC sequences that
     * would recolour or rewrite the terminal, BEL, backspace) as backslash-u codes, a line break as a visible
     * {@code ⏎}.
     */
    static String shown(String value) {
        return value == null ? null : UserText.printable(value.replace("\n", "⏎"));
    }
}
