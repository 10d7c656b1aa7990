package org.funnellab.store;

import org.funnellab.domain.CostCategory;
import org.funnellab.domain.FunnelFacts;
import org.funnellab.domain.LeadStatus;
import org.funnellab.domain.Stage;
import org.funnellab.domain.Target;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * Adds summary rows, aggregated funnel rows and costs up into one {@link FunnelFacts}. Every sum is exact
 * ({@link Math#addExact}): a total that cannot be represented is an error, never a wrapped-around number.
 */
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
            reached[s] = Math.addExact(reached[s], n);
        }
        switch (t) {
            case TARGET -> target = Math.addExact(target, n);
            case NON_TARGET -> nonTarget = Math.addExact(nonTarget, n);
            case UNKNOWN -> unknown = Math.addExact(unknown, n);
        }
        boolean atStage = stage.hasReached(winRateStage);
        switch (status) {
            case WON -> {
                won = Math.addExact(won, n);
                closedWon = Math.addExact(closedWon, n);
                wonWithValue = Math.addExact(wonWithValue, valueCount);
                wonRevenueMinor = Math.addExact(wonRevenueMinor, valueSum);
                wonWithCycle = Math.addExact(wonWithCycle, cycleCount);
                cycleDaysSum = Math.addExact(cycleDaysSum, cycleSum);
                leadRowsWithValue = Math.addExact(leadRowsWithValue, valueCount);
                leadRowsWithCycle = Math.addExact(leadRowsWithCycle, cycleCount);
            }
            case LOST -> {
                lost = Math.addExact(lost, n);
                closedLost = Math.addExact(closedLost, atStage ? n : 0);
            }
            case OPEN -> {
                open = Math.addExact(open, n);
                openOpportunities = Math.addExact(openOpportunities, atStage ? n : 0);
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
            reached[s] = Math.addExact(reached[s], byStage[s]);
        }
        nonTarget = Math.addExact(nonTarget, nonTargetN);
        target = Math.addExact(target, Math.max(0, leads - nonTargetN));
        won = Math.addExact(won, wonN);
        lost = Math.addExact(lost, lostN);
        long openN = Math.max(0, leads - wonN - lostN);
        open = Math.addExact(open, openN);
        long atStage = byStage[winRateStage.ordinal()];
        long lostAtStage = clamp(lostN - nonTargetN, 0, Math.max(0, atStage - wonN));
        closedWon = Math.addExact(closedWon, wonN);
        closedLost = Math.addExact(closedLost, lostAtStage);
        openOpportunities = Math.addExact(openOpportunities, clamp(atStage - wonN - lostAtStage, 0, openN));
        wonRevenueMinor = Math.addExact(wonRevenueMinor, revenueMinor);
        if (revenueMinor != 0) {
            wonWithValue = Math.addExact(wonWithValue, wonN);
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
