package org.funnellab.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.funnellab.calc.CostInclusion;
import org.funnellab.calc.FunnelMetrics;
import org.funnellab.calc.UnitEconomics;
import org.funnellab.domain.FunnelFacts;
import org.funnellab.domain.MetricValue;
import org.funnellab.domain.UndefinedReason;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code metrics} contract: one row of baseline metrics for the selection and one per channel, under stable JSON
 * keys. {@code costsTotal} is the marketing cost counted in CAC ({@link CostInclusion#MARKETING}); for a channel, its
 * own plus its lead share of the shared marketing costs, so {@code cacBlended = costsTotal ÷ won} on every row.
 */
final class MetricsReport {
    /** The JSON keys of one row, in output order (a channel row has all but {@code byChannel}). */
    static final List<String> KEYS = List.of("leads", "target", "nonTarget", "unknown", "nonTargetShare", "won", "lost",
            "open", "wonRevenue", "avgDealValue", "medianDealValue", "winRate", "salesCycleDaysMean",
            "salesCycleDaysMedian", "costsTotal", "cacBlended", "pipelineVelocityPerDay");

    private MetricsReport() {
    }

    /** The whole selection with a {@code byChannel} object. */
    static ObjectNode json(FunnelFacts total, Map<String, FunnelFacts> channels, Map<String, BigDecimal> channelCosts) {
        ObjectNode root = row(total, total.costs(CostInclusion.MARKETING));
        ObjectNode by = root.putObject("byChannel");
        for (Map.Entry<String, FunnelFacts> e : channels.entrySet()) {
            by.set(e.getKey(), row(e.getValue(), channelCosts.get(e.getKey())));
        }
        return root;
    }

    static ObjectNode row(FunnelFacts f, BigDecimal marketingCosts) {
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
        n.put("costsTotal", Json.money(marketingCosts));
        Json.putMoney(n, "cacBlended", cac(marketingCosts, f));
        Json.putMoney(n, "pipelineVelocityPerDay", FunnelMetrics.pipelineVelocityPerDay(f));
        return n;
    }

    /** Marketing costs ÷ WON: {@link UnitEconomics#cacBlended} for the selection, the per-channel CAC for a channel. */
    static MetricValue cac(BigDecimal marketingCosts, FunnelFacts f) {
        return MetricValue.ratio(marketingCosts.doubleValue(), f.won(), UndefinedReason.NO_WON_LEADS);
    }

    /** Each channel's marketing costs: its own plus its lead share of the shared ones. */
    static Map<String, BigDecimal> channelCosts(Map<String, FunnelFacts> channels,
                                                Map<org.funnellab.domain.CostCategory, BigDecimal> shared) {
        return new LinkedHashMap<>(UnitEconomics.channelCosts(channels, shared, CostInclusion.MARKETING,
                UnitEconomics.SharedCostPolicy.ALLOCATE_BY_LEAD_SHARE));
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
            return key.startsWith("salesCycle") ? String.format("%.1f d", d) : String.format("%.1f %%", d * 100);
        }
        return String.format("%,d", v.longValue());
    }
}
