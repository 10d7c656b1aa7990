package org.funnellab.store;

import org.funnellab.domain.CostCategory;

import java.math.BigDecimal;
import java.util.Map;

/** Costs of a period by category: those booked to a channel and the shared ones (no channel), kept apart. */
public record CostBreakdown(Map<CostCategory, BigDecimal> channelCosts, Map<CostCategory, BigDecimal> sharedCosts) {
    public CostBreakdown {
        channelCosts = Map.copyOf(channelCosts);
        sharedCosts = Map.copyOf(sharedCosts);
    }
}
