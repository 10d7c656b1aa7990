package org.funnellab.service;

import org.funnellab.calc.FunnelMetrics;
import org.funnellab.calc.UnitEconomics;
import org.funnellab.domain.CostCategory;
import org.funnellab.domain.FunnelFacts;
import org.funnellab.domain.MetricValue;
import org.funnellab.domain.UndefinedReason;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Every cost and value figure of a {@link Selection}, computed once: the dashboard's cards and chart, the CAC / CLV
 * panel, the planner and the command line all read these.
 *
 * @param total     the whole selection
 * @param byChannel per channel, in the selection's order
 */
public record Metrics(Selection selection, Economics total, Map<String, Economics> byChannel) {
    public Metrics {
        byChannel = Collections.unmodifiableMap(new LinkedHashMap<>(byChannel));
    }

    public static Metrics of(Selection s) {
        Map<String, Economics> channels = new LinkedHashMap<>();
        s.byChannel().forEach((name, f) -> channels.put(name, economics(name, f, s)));
        return new Metrics(s, economics(null, s.total(), s), channels);
    }

    /** The cost categories counted. */
    public Set<CostCategory> countedCategories() {
        return selection.settings().cacCosts().categories();
    }

    static Economics economics(String channel, FunnelFacts f, Selection s) {
        Set<CostCategory> included = s.settings().cacCosts().categories();
        ClvAssumptions a = s.settings().clv();
        MetricValue costs;
        MetricValue cac;
        MetricValue cpl;
        MetricValue cptl;
        UndefinedReason noCost = s.costsUndefined() != null ? s.costsUndefined()
                : included.isEmpty() ? UndefinedReason.NO_CAC_CATEGORIES : null;
        if (noCost != null) {
            costs = cac = cpl = cptl = MetricValue.undefined(noCost);
        } else {
            costs = MetricValue.of(f.costs(included).doubleValue());
            cac = UnitEconomics.cacBlended(f, included);
            cpl = UnitEconomics.costPerLead(f, included);
            cptl = UnitEconomics.costPerTargetLead(f, included);
        }
        MetricValue deal = FunnelMetrics.averageDealValue(f);
        MetricValue clv = a.clv(deal);
        MetricValue ltv = clv.isDefined() ? UnitEconomics.ltvToCac(clv.value(), cac) : clv;
        MetricValue payback = a.paybackMonths(cac, deal);
        return new Economics(channel, f.leads(), f.target(), f.won(), costs, cac, cpl, cptl, deal, clv, ltv, payback);
    }
}
