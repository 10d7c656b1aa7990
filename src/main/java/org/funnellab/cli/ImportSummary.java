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

import org.funnellab.importer.ImportMeanings;
import org.funnellab.importer.Notice;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an import did, as text for a person or JSON for a program: counts (read, inserted, updated, unchanged,
 * rejected), the first rejected rows with their lines, junk lines, date layouts chosen, unmapped values, warnings.
 */
final class ImportSummary {
    /** How many rejected rows and junk lines the summary lists; the counts are always complete. */
    static final int SHOWN = 10;
    /** The language of the text summary: the system's (Russian for ru, English otherwise). */
    private static final Locale LOCALE = Locale.getDefault();

    private final ObjectNode json = Json.object();
    private final StringBuilder text = new StringBuilder();

    static ImportSummary ofLeads(Path file, Path workspace, String mappingName, ImportService.LeadOutcome outcome,
                                 Path rejectedFile, String savedAs) {
        ImportReport r = outcome.report();
        ImportCounts c = outcome.counts();
        ImportSummary s = new ImportSummary();
        s.head("leads", file, workspace);
        s.json.put("mapping", mappingName);
        s.json.put("sourceSystem", r.sourceSystem().id());
        s.json.put("linked", r.linked());
        s.line("mapping", mappingName + " (" + r.sourceSystem().id() + (r.linked() ? ", linked" : "") + ")");
        if (savedAs != null && !r.everyRowRejected()) {
            s.json.put("savedMapping", savedAs);
            s.line("saved as", savedAs);
        }
        s.counts(r.rowsRead(), c);
        s.json.put("linkedUnknown", outcome.linkedUnknown());
        s.json.put("collapsedRows", r.collapsedRows());
        s.json.put("duplicateIds", r.duplicateIds());
        s.json.put("everyRowRejected", r.everyRowRejected());
        if (r.collapsedRows() > 0) {
            s.line("collapsed", r.collapsedRows() + " repeated rows of one deal folded");
        }
        if (r.duplicateIds() > 0) {
            s.line("duplicates", r.duplicateIds() + " ids seen again later (last wins)");
        }
        s.rejectedLeads(c.rejected(), r.rejected(), rejectedFile);
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
        ArrayNode hints = s.json.putArray("stageMapHints");
        for (Map.Entry<String, Map<String, Long>> col : r.unmappedValues().entrySet()) {
            ObjectNode n = unmapped.putObject(col.getKey());
            col.getValue().forEach(n::put);
            s.line("unmapped", col.getKey() + ": " + col.getValue().entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .map(e -> "\"" + e.getKey() + "\" × " + e.getValue()).collect(Collectors.joining(", ")));
        }
        ObjectNode assumed = s.json.putObject("stagesAssumed");
        for (Map.Entry<String, Map<String, Long>> col : r.stagesAssumed().entrySet()) {
            ObjectNode n = assumed.putObject(col.getKey());
            col.getValue().forEach(n::put);
            s.line("assumed", col.getKey() + " (open ones counted at " + r.meanings().lostStage() + "): "
                    + col.getValue().entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .map(e -> "\"" + e.getKey() + "\" × " + e.getValue()).collect(Collectors.joining(", ")));
        }
        String hint = stageMapHint(r);
        if (!hint.isEmpty()) {
            hints.add(hint);
            s.line("to map them", hint);
        }
        s.meanings(r.meanings());
        s.warningNotices(r.warningCount(), r.warningNotices());
        return s;
    }

    /** A ready {@code --stage-map} option per unmapped stage value, to edit (OPPORTUNITY is a placeholder to change). */
    private static String stageMapHint(ImportReport r) {
        List<String> parts = new ArrayList<>();
        List<Map.Entry<String, Map<String, Long>>> columns = new ArrayList<>(r.unmappedValues().entrySet());
        columns.addAll(r.stagesAssumed().entrySet());
        for (Map.Entry<String, Map<String, Long>> col : columns) {
            for (String value : col.getValue().keySet()) {
                if (!value.isEmpty() && !value.equals("(other values)")) {
                    parts.add("--stage-map \"" + value + "=" + guess(value) + "\"");
                }
            }
        }
        return String.join(" ", parts);
    }

    /** A first guess for an unknown stage value: won and lost words are recognised, the rest is an open OPPORTUNITY. */
    private static String guess(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        if (v.contains("won") || v.contains("успеш") || v.contains("выигр")) {
            return "WON";
        }
        if (v.contains("lost") || v.contains("lose") || v.contains("отказ") || v.contains("проигр") || v.contains("не реализ")
                || v.contains("провал")) {
            return "SQL:LOST";
        }
        return "OPPORTUNITY";
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
        s.json.put("costsReplaced", outcome.costsReplaced());
        s.json.put("costsReplacedTotal", outcome.costsReplacedTotal());
        List<String> warnings = new ArrayList<>(r.warnings());
        Notice replaced = outcome.replacementNotice();
        if (replaced != null) {
            warnings.add(0, replaced.in(LOCALE));
        }
        s.warnings(warnings.size(), warnings);
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
        rows.forEach(r -> arr.addObject().put("line", r.line()).put("reason", r.reason()));
        rows.stream().limit(SHOWN).forEach(r -> text.append("    line ").append(r.line()).append(": ")
                .append(shown(r.reason())).append(System.lineSeparator()));
        if (count > SHOWN) {
            text.append("    … ").append(count - Math.min(SHOWN, rows.size())).append(" more (--rejected-csv to list all)")
                    .append(System.lineSeparator());
        }
    }

    private void rejectedLeads(long count, List<RejectedRow> rows, Path file) {
        ArrayNode arr = json.putArray("rejectedRows");
        for (RejectedRow r : rows) {
            ObjectNode n = arr.addObject().put("line", r.line()).put("code", r.notice().code());
            ArrayNode params = n.putArray("params");
            r.notice().args().forEach(params::add);
            n.put("reason", r.reason());
            if (r.externalId() != null) {
                n.put("id", r.externalId());
            }
        }
        json.put("rejectedRowsListed", rows.size());
        json.put("rejectedRowsFile", file == null ? null : file.toString());
        Map<String, Long> byCode = new java.util.TreeMap<>();
        rows.forEach(r -> byCode.merge(r.notice().code(), 1L, Long::sum));
        ObjectNode codes = json.putObject("rejectedByCode");
        byCode.forEach(codes::put);
        rows.stream().limit(SHOWN).forEach(r -> text.append("    line ").append(r.line()).append(": ")
                .append(shown(r.notice().in(LOCALE))).append(System.lineSeparator()));
        if (count > SHOWN) {
            text.append("    … and ").append(count - Math.min(SHOWN, rows.size())).append(" more")
                    .append(file == null ? " (--rejected-csv FILE lists them all)" : " (all in " + file + ")")
                    .append(System.lineSeparator());
        }
    }

    private void meanings(ImportMeanings m) {
        ObjectNode n = json.putObject("meanings");
        n.put("lostStage", m.lostStage().name());
        n.put("lostAtLostStage", m.lostAtLostStage());
        n.put("lostNonTargetAtLead", m.lostNonTarget());
        n.put("wonCountedTarget", m.wonCountedTarget());
        n.put("keepUndated", m.keepUndated());
        n.put("undatedKept", m.undatedKept());
        n.put("currency", m.currency());
        n.put("currencySet", m.currencySet());
        n.put("currencyConverted", m.currencyConverted());
        ArrayNode rules = n.putArray("rules");
        for (Notice rule : m.rules()) {
            rules.addObject().put("code", rule.code()).put("text", rule.english());
            line("rule", rule.in(LOCALE));
        }
    }

    private void warningNotices(long count, List<Notice> warnings) {
        json.put("warningCount", count);
        ArrayNode arr = json.putArray("warnings");
        warnings.forEach(w -> arr.add(w.english()));
        ArrayNode coded = json.putArray("warningNotices");
        for (Notice w : warnings) {
            ObjectNode n = coded.addObject().put("code", w.code());
            ArrayNode params = n.putArray("params");
            w.args().forEach(params::add);
        }
        warnings.stream().limit(SHOWN).forEach(w -> line("warning", w.in(LOCALE)));
        if (count > SHOWN) {
            line("", "… and " + (count - Math.min(SHOWN, warnings.size())) + " more warnings"
                    + (count > warnings.size() ? " (the JSON summary lists the first " + warnings.size() + ")" : " (--json lists them all)"));
        }
    }

    private void junk(long count, List<JunkLine> lines) {
        json.put("junkLines", count);
        ArrayNode arr = json.putArray("junk");
        lines.stream().limit(SHOWN).forEach(j -> arr.addObject().put("line", j.line()).put("reason", j.reason()));
        line("junk lines", String.format("%,d", count));
        lines.stream().limit(SHOWN).forEach(j -> text.append("    line ").append(j.line()).append(": ")
                .append(shown(j.reason())).append(System.lineSeparator()));
        if (count > SHOWN) {
            text.append("    … and ").append(count - SHOWN).append(" more junk lines").append(System.lineSeparator());
        }
    }

    private void warnings(long count, List<String> warnings) {
        json.put("warningCount", count);
        ArrayNode arr = json.putArray("warnings");
        warnings.forEach(arr::add);
        warnings.stream().limit(SHOWN).forEach(w -> line("warning", w));
        if (warnings.size() > SHOWN) {
            line("", "… and " + (warnings.size() - SHOWN) + " more warnings (--json lists them all)");
        }
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
