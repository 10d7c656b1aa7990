package org.funnellab.domain;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the data says about one slice of the funnel (the whole selection or one channel): the counts and sums
 * every baseline metric is computed from. The store fills it from SQL; the calculators read it.
 *
 * @param months            number of calendar months the selection spans (≥ 1), for per-month rates
 * @param reached           leads that reached each stage (a lead counts for every stage up to its own)
 * @param target            leads marked TARGET
 * @param nonTarget         leads marked NON_TARGET
 * @param unknown           leads with no evidence either way
 * @param won               leads WON
 * @param lost              leads LOST
 * @param open              leads still OPEN
 * @param closedAtOpportunityWon  WON leads that reached the win-rate stage (always all WON leads)
 * @param closedAtOpportunityLost LOST leads that reached the win-rate stage
 * @param openOpportunities OPEN leads that reached the win-rate stage
 * @param wonWithValue      WON leads with a deal value
 * @param wonRevenue        sum of deal values of WON leads
 * @param medianDealValue   median deal value of WON leads, null when none has a value
 * @param wonWithCycle      WON leads with both created and closed dates
 * @param cycleDaysSum      sum of days created → closed over those leads
 * @param medianCycleDays   median of those days, null when none
 * @param costs             costs in the selection by category (for a channel: its own costs only)
 */
public record FunnelFacts(
        int months,
        Map<Stage, Long> reached,
        long target, long nonTarget, long unknown,
        long won, long lost, long open,
        long closedAtOpportunityWon, long closedAtOpportunityLost, long openOpportunities,
        long wonWithValue, BigDecimal wonRevenue, BigDecimal medianDealValue,
        long wonWithCycle, double cycleDaysSum, Double medianCycleDays,
        Map<CostCategory, BigDecimal> costs) {

    public FunnelFacts {
        if (months < 1) {
            throw new IllegalArgumentException("months must be ≥ 1, was " + months);
        }
        EnumMap<Stage, Long> r = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            r.put(s, reached == null ? 0L : reached.getOrDefault(s, 0L));
        }
        reached = Map.copyOf(r);
        EnumMap<CostCategory, BigDecimal> c = new EnumMap<>(CostCategory.class);
        if (costs != null) {
            c.putAll(costs);
        }
        costs = Map.copyOf(c);
        wonRevenue = Objects.requireNonNullElse(wonRevenue, BigDecimal.ZERO);
    }

    public long leads() {
        return reached.get(Stage.LEAD);
    }

    public long reached(Stage stage) {
        return reached.get(stage);
    }

    /** Sum of costs of the given categories. */
    public BigDecimal costs(java.util.Set<CostCategory> included) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<CostCategory, BigDecimal> e : costs.entrySet()) {
            if (included.contains(e.getKey())) {
                sum = sum.add(e.getValue());
            }
        }
        return sum;
    }

    public BigDecimal totalCosts() {
        return costs.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The same slice with other costs (e.g. its own plus an attributed share of shared costs). */
    public FunnelFacts withCosts(Map<CostCategory, BigDecimal> newCosts) {
        return new FunnelFacts(months, reached, target, nonTarget, unknown, won, lost, open, closedAtOpportunityWon,
                closedAtOpportunityLost, openOpportunities, wonWithValue, wonRevenue, medianDealValue, wonWithCycle,
                cycleDaysSum, medianCycleDays, newCosts);
    }

    /** An empty slice spanning {@code months} months. */
    public static FunnelFacts empty(int months) {
        return new FunnelFacts(months, Map.of(), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO, null,
                0, 0.0, null, Map.of());
    }
}
