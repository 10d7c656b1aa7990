package org.funnellab.service;

import org.funnellab.domain.Filters;
import org.funnellab.domain.FunnelFacts;
import org.funnellab.domain.UndefinedReason;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the data says for one set of filters, read once (never per slider tick): the facts of the whole selection and
 * of each channel, each carrying the costs {@link CostAttribution} gives it, and the settings they were read under.
 *
 * @param byChannel        channel ("" = leads without a channel) → facts, sorted by name
 * @param costsUndefined   null when costs apply; why they do not otherwise (an owner filter)
 * @param teamWonRevenue   won revenue of the period under the owner filter but across all channels and campaigns:
 *                         what a sales hour earns is the team's figure, not one channel's
 * @param negativeCycles   WON leads closed before they were created: left out of the cycle and velocity figures
 */
public record Selection(Filters filters, MetricSettings settings, FunnelFacts total, Map<String, FunnelFacts> byChannel,
                        UndefinedReason costsUndefined, BigDecimal teamWonRevenue, long negativeCycles) {
    public Selection {
        byChannel = Collections.unmodifiableMap(new TreeMap<>(byChannel));
        teamWonRevenue = teamWonRevenue == null ? BigDecimal.ZERO : teamWonRevenue;
    }

    /** A selection with no data at all (before a workspace is read). */
    public static Selection empty(MetricSettings settings) {
        return new Selection(Filters.ALL, settings, FunnelFacts.empty(1), Map.of(), null, BigDecimal.ZERO, 0);
    }

    /** True when the selection holds no lead (lead rows or aggregated rows). */
    public boolean hasLeads() {
        return total.leads() > 0;
    }

    /** True when costs apply and the selection holds some (any category). */
    public boolean hasCosts() {
        return costsUndefined == null && total.totalCosts().signum() != 0;
    }

    /** The team's won revenue per month (see {@link #teamWonRevenue}). */
    public double teamWonRevenuePerMonth() {
        return teamWonRevenue.doubleValue() / total.months();
    }
}
