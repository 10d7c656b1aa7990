package org.funnellab.store;

import org.funnellab.domain.CostCategory;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;

/**
 * One channel's month: its own costs by category (shared costs are booked to no channel and are not here), its leads
 * and non-target leads (lead rows and aggregated rows together). A month with costs but no leads, or leads but no
 * costs, is present with zeros on the missing side.
 */
public record ChannelMonth(String channel, YearMonth month, Map<CostCategory, BigDecimal> costs, long leads,
                           long nonTarget) {
    public ChannelMonth {
        costs = Map.copyOf(costs);
    }

    /** The month's costs in {@code categories}. */
    public BigDecimal costs(java.util.Set<CostCategory> categories) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<CostCategory, BigDecimal> e : costs.entrySet()) {
            if (categories.contains(e.getKey())) {
                sum = sum.add(e.getValue());
            }
        }
        return sum;
    }
}
