package org.funnellab.store;

import org.funnellab.domain.CostCategory;
import org.funnellab.domain.FunnelFacts;
import org.funnellab.domain.LeadStatus;
import org.funnellab.domain.Stage;
import org.funnellab.domain.Target;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/** Adds summary rows, aggregated funnel rows and costs up into one {@link FunnelFacts}. */
final class FactsAccumulator {
    private final Stage winRateStage;
    private final long[] reached = new long[Stage.values().length];
    private long target;
    private long nonTarget;
    private long unknown;
    private long won;
    private long lost;
    private long open;
    private long closedWon;
    private long closedLost;
    private long openOpportunities;
    private long wonWithValue;
    private long wonRevenueMinor;
    private long wonWithCycle;
    private long cycleDaysSum;
    private final Map<CostCategory, BigDecimal> costs = new EnumMap<>(CostCategory.class);
    /** WON lead rows with a value / with a cycle: the medians are taken over these. */
    long leadRowsWithValue;
    long leadRowsWithCycle;

    FactsAccumulator(Stage winRateStage) {
        this.winRateStage = winRateStage;
    }

    /** One lead_summary group. */
    void addLeads(Stage stage, LeadStatus status, Target t, long n, long valueSum, long valueCount,
                  long cycleSum, long cycleCount) {
        for (int s = 0; s <= stage.ordinal(); s++) {
            reached[s] += n;
        }
        switch (t) {
            case TARGET -> target += n;
            case NON_TARGET -> nonTarget += n;
            case UNKNOWN -> unknown += n;
        }
        boolean atStage = stage.hasReached(winRateStage);
        switch (status) {
            case WON -> {
                won += n;
                closedWon += n;
                wonWithValue += valueCount;
                wonRevenueMinor += valueSum;
                wonWithCycle += cycleCount;
                cycleDaysSum += cycleSum;
                leadRowsWithValue += valueCount;
                leadRowsWithCycle += cycleCount;
            }
            case LOST -> {
                lost += n;
                closedLost += atStage ? n : 0;
            }
            case OPEN -> {
                open += n;
                openOpportunities += atStage ? n : 0;
            }
        }
    }

    /**
     * One aggregated funnel row. Its leads reached LEAD, its mql MQL and so on; non-target leads are NON_TARGET and
     * the rest TARGET: the row states its own non-target count, so its other leads are known to be target. Aggregates do not say at which stage leads were lost, so the win-rate denominator estimates
     * it: lost leads beyond the non-target ones, at most the leads that reached the stage and were not won.
     */
    void addAggregate(long leads, long mql, long sql, long opportunities, long wonN, long lostN, long nonTargetN,
                      long revenueMinor) {
        long[] byStage = {leads, mql, sql, opportunities, wonN};
        for (int s = 0; s < byStage.length; s++) {
            reached[s] += byStage[s];
        }
        nonTarget += nonTargetN;
        target += Math.max(0, leads - nonTargetN);
        won += wonN;
        lost += lostN;
        long openN = Math.max(0, leads - wonN - lostN);
        open += openN;
        long atStage = byStage[winRateStage.ordinal()];
        long lostAtStage = clamp(lostN - nonTargetN, 0, Math.max(0, atStage - wonN));
        closedWon += wonN;
        closedLost += lostAtStage;
        openOpportunities += clamp(atStage - wonN - lostAtStage, 0, openN);
        wonRevenueMinor += revenueMinor;
        if (revenueMinor != 0) {
            wonWithValue += wonN;
        }
    }

    private static long clamp(long v, long lo, long hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    void addCost(CostCategory category, long minor) {
        costs.merge(category, DbValues.fromMinor(minor), BigDecimal::add);
    }

    FunnelFacts build(int months, BigDecimal medianDealValue, Double medianCycleDays) {
        Map<Stage, Long> r = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            r.put(s, reached[s.ordinal()]);
        }
        return new FunnelFacts(months, r, target, nonTarget, unknown, won, lost, open,
                closedWon, closedLost, openOpportunities, wonWithValue, DbValues.fromMinor(wonRevenueMinor),
                medianDealValue, wonWithCycle, cycleDaysSum, medianCycleDays, costs);
    }
}
