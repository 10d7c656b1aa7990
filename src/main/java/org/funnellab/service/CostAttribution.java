package org.funnellab.service;

import org.funnellab.domain.CostCategory;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The one place that decides which costs a slice of the funnel carries. Costs are booked to a channel (its own) or
 * to none (shared: sales salaries, office, tools). Costs are never attributed to an owner.
 * <pre>
 * channel c's costs, per category k = own(c, k) + shared(k) × leads(c) ÷ leads(all channels)    (BY_LEAD_SHARE)
 *                                   = own(c, k)                                                 (EXCLUDED)
 * selection's costs, no channel filter = Σ own(every channel) + shared      (every cost of the period counts)
 * selection's costs, channel filter F  = Σ over c in F of channel c's costs
 * </pre>
 * leads(c) and leads(all channels) are the leads of the selection's period and campaigns, whatever its channel and
 * owner filters ("" stands for leads without a channel, which take their share too), so a channel's share does not
 * change when other channels are filtered in or out. When the period has no leads, no shared cost reaches a channel.
 */
public final class CostAttribution {
    private final Map<String, Map<CostCategory, BigDecimal>> own;
    private final Map<CostCategory, BigDecimal> shared;
    private final Map<String, Long> periodLeads;
    private final long allLeads;
    private final SharedCosts policy;

    /**
     * @param own         each channel's own costs by category (under the selection's channel filter, if any)
     * @param shared      costs booked to no channel, by category, in the selection's period and campaigns
     * @param periodLeads leads per channel of the period and campaigns, all channels and owners ("" = no channel)
     */
    public CostAttribution(Map<String, Map<CostCategory, BigDecimal>> own, Map<CostCategory, BigDecimal> shared,
                           Map<String, Long> periodLeads, SharedCosts policy) {
        this.own = Map.copyOf(own);
        this.shared = Map.copyOf(shared);
        this.periodLeads = Map.copyOf(periodLeads);
        this.policy = policy;
        long n = 0;
        for (long v : periodLeads.values()) {
            n += v;
        }
        this.allLeads = n;
    }

    /** The channel's share of the period's leads, 0 when the period has none. */
    public double leadShare(String channel) {
        return allLeads == 0 ? 0 : (double) periodLeads.getOrDefault(channel, 0L) / allLeads;
    }

    /** Costs a channel carries, by category ("" = leads without a channel: shared share only). */
    public Map<CostCategory, BigDecimal> channel(String channel) {
        Map<CostCategory, BigDecimal> out = new EnumMap<>(CostCategory.class);
        out.putAll(own.getOrDefault(channel, Map.of()));
        long leads = periodLeads.getOrDefault(channel, 0L);
        if (policy == SharedCosts.BY_LEAD_SHARE && allLeads > 0 && leads > 0) {
            BigDecimal ratio = BigDecimal.valueOf(leads);
            BigDecimal all = BigDecimal.valueOf(allLeads);
            shared.forEach((k, v) -> out.merge(k, v.multiply(ratio).divide(all, MathContext.DECIMAL64),
                    BigDecimal::add));
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * Costs of the whole selection: every cost of the period and campaigns without a channel filter, else the sum
     * of the selected channels' costs.
     */
    public Map<CostCategory, BigDecimal> selection(Set<String> channelFilter) {
        Map<CostCategory, BigDecimal> out = new EnumMap<>(CostCategory.class);
        if (channelFilter.isEmpty()) {
            own.values().forEach(m -> m.forEach((k, v) -> out.merge(k, v, BigDecimal::add)));
            shared.forEach((k, v) -> out.merge(k, v, BigDecimal::add));
        } else {
            for (String c : channelFilter) {
                channel(c).forEach((k, v) -> out.merge(k, v, BigDecimal::add));
            }
        }
        return Collections.unmodifiableMap(out);
    }
}
