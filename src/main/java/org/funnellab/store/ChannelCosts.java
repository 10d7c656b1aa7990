package org.funnellab.store;

import org.funnellab.domain.CostCategory;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * Costs of a selection by category: each channel's own, and the shared ones (booked to no channel) apart.
 *
 * @param byChannel channel name → its own costs by category, sorted by name
 * @param shared    costs booked to no channel, by category
 */
public record ChannelCosts(Map<String, Map<CostCategory, BigDecimal>> byChannel, Map<CostCategory, BigDecimal> shared) {
    public ChannelCosts {
        Map<String, Map<CostCategory, BigDecimal>> copy = new TreeMap<>();
        byChannel.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        byChannel = java.util.Collections.unmodifiableMap(copy);
        shared = Map.copyOf(shared);
    }
}
