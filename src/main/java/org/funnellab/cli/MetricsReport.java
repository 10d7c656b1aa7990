package org.funnellab.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.funnellab.calc.FunnelMetrics;
import org.funnellab.domain.FunnelFacts;
import org.funnellab.service.ClvAssumptions;
import org.funnellab.service.Economics;
import org.funnellab.service.MetricSettings;
import org.funnellab.service.Metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code metrics} contract: one row of baseline metrics for the selection and one per channel, under stable JSON
 * keys, every value from the application service (the window shows the same numbers). {@code costsTotal} is the cost
 * counted in CAC (the categories named in {@code cacCostCategories}); for a channel, its own costs plus its
 * attributed share of the shared ones, so {@code cacBlended = costsTotal ÷ won} on every row.
 */
final class MetricsReport {
    /** The JSON keys of one row, in output order (a channel row has all but the settings and {@code byChannel}). */
    static final List<String> KEYS = List.of("leads", "target", "nonTarget", "unknown", "nonTargetShare", "won", "lost",
            "open", "wonRevenue", "avgDealValue", "medianDealValue", "winRate", "salesCycleDaysMean",
            "salesCycleDaysMedian", "costsTotal", "cacBlended", "costPerLead", "costPerTargetLead", "clv", "ltvToCac",
            "cacPaybackMonths", "pipelineVelocityPerDay");

    private MetricsReport() {
    }

    /** The whole selection with its settings and a {@code byChannel} object. */
    static ObjectNode json(Metrics m, String currency) {
        ObjectNode root = row(m.selection().total(), m.total());
        MetricSettings s = m.selection().settings();
        root.put("currency", currency);
        root.put("negativeCycles", m.selection().negativeCycles());
        ObjectNode cac = root.putObject("cacCostCategories");
        cac.put("choice", s.cacCosts().choice().name().toLowerCase(java.util.Locale.ROOT));
        ArrayNode cats = cac.putArray("categories");
        s.cacCosts().categoryNames().forEach(cats::add);
        root.put("sharedCosts", s.sharedCosts().name());
        ObjectNode clv = root.putObject("clvAssumptions");
        ClvAssumptions a = s.clv();
        clv.put("model", a.model().name());
        if (a.model() == ClvAssumptions.Model.PURCHASES) {
            clv.put("purchasesPerYear", a.purchasesPerYear());
            clv.put("lifetimeYears", a.lifetimeYears());
        } else {
            clv.put("monthlyRevenuePerAccount", Json.money(a.monthlyRevenuePerAccount()));
            clv.put("monthlyChurn", a.monthlyChurn());
        }
        clv.put("grossMargin", a.grossMargin());
        // channels in the window's order: largest spend first, then by name
        ObjectNode by = root.putObject("byChannel");
        for (String channel : org.funnellab.service.ChannelOrder.of(m)) {
            by.set(channel, row(m.selection().byChannel().get(channel), m.byChannel().get(channel)));
        }
        return root;
    }

    static ObjectNode row(FunnelFacts f, Economics e) {
        ObjectNode n = Json.object();
        n.put("leads", f.leads());
        n.put("target", f.target());
        n.put("nonTarget", f.nonTarget());
        n.put("unknown", f.unknown());
        Json.putNumber(n, "nonTargetShare", FunnelMetrics.nonTargetShare(f));
        n.put("won", f.won());
        n.put("lost", f.lost());
        n.put("open", f.open());
        n.put("wonRevenue", Json.money(f.wonRevenue()));
        Json.putMoney(n, "avgDealValue", FunnelMetrics.averageDealValue(f));
        Json.putMoney(n, "medianDealValue", FunnelMetrics.medianDealValue(f));
        Json.putNumber(n, "winRate", FunnelMetrics.winRate(f));
        Json.putNumber(n, "salesCycleDaysMean", FunnelMetrics.salesCycleMeanDays(f));
        Json.putNumber(n, "salesCycleDaysMedian", FunnelMetrics.salesCycleMedianDays(f));
        Json.putMoney(n, "costsTotal", e.costs());
        Json.putMoney(n, "cacBlended", e.cac());
        Json.putMoney(n, "costPerLead", e.costPerLead());
        Json.putMoney(n, "costPerTargetLead", e.costPerTargetLead());
        Json.putMoney(n, "clv", e.clv());
        Json.putNumber(n, "ltvToCac", e.ltvToCac());
        Json.putNumber(n, "cacPaybackMonths", e.paybackMonths());
        Json.putMoney(n, "pipelineVelocityPerDay", FunnelMetrics.pipelineVelocityPerDay(f));
        return n;
    }

    /** The aligned table: one column per slice (all, then each channel), one line per metric. */
    static String table(ObjectNode root) {
        Map<String, ObjectNode> columns = new LinkedHashMap<>();
        columns.put("all", root);
        // channel names come from CRM data: control characters are shown, never sent to the terminal; a newline in
        // a name would break the table's lines, so it is shown as a space
        root.get("byChannel").fields().forEachRemaining(e -> columns.put(
                UserText.printable(e.getKey().replace('\n', ' ').replace('\t', ' ')), (ObjectNode) e.getValue()));
        int labelWidth = KEYS.stream().mapToInt(String::length).max().orElse(10);
        Map<String, Integer> widths = new LinkedHashMap<>();
        for (Map.Entry<String, ObjectNode> c : columns.entrySet()) {
            int w = c.getKey().length();
            for (String k : KEYS) {
                w = Math.max(w, cell(c.getValue(), k).length());
            }
            widths.put(c.getKey(), w);
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-" + labelWidth + "s", "metric"));
        widths.forEach((name, w) -> sb.append("  ").append(String.format("%" + w + "s", name)));
        sb.append(System.lineSeparator());
        for (String k : KEYS) {
            sb.append(String.format("%-" + labelWidth + "s", k));
            for (Map.Entry<String, ObjectNode> c : columns.entrySet()) {
                sb.append("  ").append(String.format("%" + widths.get(c.getKey()) + "s", cell(c.getValue(), k)));
            }
            sb.append(System.lineSeparator());
        }
        var cac = root.get("cacCostCategories");
        List<String> cats = new java.util.ArrayList<>();
        cac.get("categories").forEach(c -> cats.add(c.asText()));
        sb.append("CAC counts: ").append(cac.get("choice").asText()).append(" (").append(String.join(", ", cats))
                .append("); shared costs: ").append(root.get("sharedCosts").asText()).append("; currency: ")
                .append(root.get("currency").asText()).append(System.lineSeparator());
        long negative = root.get("negativeCycles").asLong();
        if (negative > 0) {
            sb.append("warning: ").append(negative).append(" won deal(s) closed before they were created are left out"
                    + " of the sales cycle and pipeline velocity").append(System.lineSeparator());
        }
        List<String> reasons = KEYS.stream().filter(k -> root.hasNonNull(k + "Reason"))
                .map(k -> "  " + k + " is undefined: " + root.get(k + "Reason").asText()).toList();
        reasons.forEach(r -> sb.append(r).append(System.lineSeparator()));
        return sb.toString();
    }

    private static String cell(ObjectNode row, String key) {
        var v = row.get(key);
        if (v == null || v.isNull()) {
            return "—";
        }
        if (v.isBigDecimal()) {
            return String.format("%,.2f", v.decimalValue());
        }
        if (v.isFloatingPointNumber()) {
            double d = v.doubleValue();
            if (key.startsWith("salesCycle")) {
                return String.format("%.1f d", d);
            }
            if (key.equals("cacPaybackMonths")) {
                return String.format("%.1f mo", d);
            }
            if (key.equals("ltvToCac")) {
                return String.format("%.2f", d);
            }
            return String.format("%.1f %%", d * 100);
        }
        return String.format("%,d", v.longValue());
    }
}
