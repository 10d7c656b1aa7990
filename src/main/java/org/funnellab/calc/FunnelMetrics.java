package org.funnellab.calc;

import org.funnellab.domain.FunnelFacts;
import org.funnellab.domain.MetricValue;
import org.funnellab.domain.Stage;
import org.funnellab.domain.UndefinedReason;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Baseline funnel metrics, read from one {@link FunnelFacts} slice.
 * <pre>
 * conversion, % of previous = reached(stage) ÷ reached(previous stage)     (LEAD: 100 % of itself)
 * conversion, % of first    = reached(stage) ÷ reached(LEAD)
 * non-target share          = NON_TARGET ÷ (TARGET + NON_TARGET)            (UNKNOWN beside it, never counted)
 * win rate                  = WON ÷ (WON + LOST) among leads that reached the win-rate stage
 * average deal value        = won revenue ÷ won leads with a value           (median from the facts)
 * sales cycle, mean         = Σ cycle days ÷ won leads with both dates      (median from the facts)
 * pipeline velocity / day   = open opportunities × average deal × win rate ÷ mean cycle days
 * pipeline velocity / month = velocity per day × {@link #DAYS_PER_MONTH}
 * leads per month           = leads ÷ months;  won revenue per month = won revenue ÷ months
 * </pre>
 * Every ratio with a zero denominator is {@link MetricValue#undefined undefined} with the reason, never NaN.
 */
public final class FunnelMetrics {
    /** Average days in a month, 365.25 ÷ 12 = 30.4375: a month of the Julian year, so 12 months make a year. */
    public static final double DAYS_PER_MONTH = 365.25 / 12;

    private FunnelMetrics() {
    }

    /** One stage's count with both conversion views. */
    public record StageConversion(Stage stage, long count, MetricValue ofPrevious, MetricValue ofFirst) {
    }

    /** Every canonical stage in order, with its count and conversions. */
    public static List<StageConversion> stages(FunnelFacts f) {
        List<StageConversion> out = new ArrayList<>(Stage.values().length);
        for (Stage s : Stage.values()) {
            out.add(new StageConversion(s, f.reached(s), conversionOfPrevious(f, s), conversionOfFirst(f, s)));
        }
        return List.copyOf(out);
    }

    /** reached(stage) ÷ reached(previous); the first stage is 100 % of itself when it has leads. */
    public static MetricValue conversionOfPrevious(FunnelFacts f, Stage stage) {
        Stage previous = stage.previous();
        if (previous == null) {
            return MetricValue.ratio(f.leads(), f.leads(), UndefinedReason.ZERO_FIRST_STAGE);
        }
        return MetricValue.ratio(f.reached(stage), f.reached(previous), UndefinedReason.ZERO_PREVIOUS_STAGE);
    }

    /** reached(stage) ÷ reached(LEAD). */
    public static MetricValue conversionOfFirst(FunnelFacts f, Stage stage) {
        return MetricValue.ratio(f.reached(stage), f.leads(), UndefinedReason.ZERO_FIRST_STAGE);
    }

    /** NON_TARGET ÷ (TARGET + NON_TARGET); UNKNOWN leads are left out (see {@link #unknownCount}). */
    public static MetricValue nonTargetShare(FunnelFacts f) {
        return MetricValue.ratio(f.nonTarget(), f.target() + f.nonTarget(), UndefinedReason.NO_CLASSIFIED_LEADS);
    }

    /** Leads with no target evidence, shown beside the non-target share. */
    public static long unknownCount(FunnelFacts f) {
        return f.unknown();
    }

    /** WON ÷ (WON + LOST) among leads that reached the win-rate stage. */
    public static MetricValue winRate(FunnelFacts f) {
        long won = f.closedAtOpportunityWon();
        return MetricValue.ratio(won, won + f.closedAtOpportunityLost(), UndefinedReason.NO_CLOSED_OPPORTUNITIES);
    }

    /** Won revenue ÷ won leads with a deal value. */
    public static MetricValue averageDealValue(FunnelFacts f) {
        return MetricValue.ratio(f.wonRevenue().doubleValue(), f.wonWithValue(), UndefinedReason.NO_DEAL_VALUES);
    }

    public static MetricValue medianDealValue(FunnelFacts f) {
        BigDecimal median = f.medianDealValue();
        return median == null ? MetricValue.undefined(UndefinedReason.NO_DEAL_VALUES)
                : MetricValue.of(median.doubleValue());
    }

    /** Σ days created → closed ÷ won leads with both dates. */
    public static MetricValue salesCycleMeanDays(FunnelFacts f) {
        return MetricValue.ratio(f.cycleDaysSum(), f.wonWithCycle(), UndefinedReason.NO_CLOSED_DATES);
    }

    public static MetricValue salesCycleMedianDays(FunnelFacts f) {
        Double median = f.medianCycleDays();
        return median == null ? MetricValue.undefined(UndefinedReason.NO_CLOSED_DATES) : MetricValue.of(median);
    }

    /** Open opportunities × average deal × win rate ÷ mean cycle days (revenue per day). */
    public static MetricValue pipelineVelocityPerDay(FunnelFacts f) {
        MetricValue perCycle = MetricMath.times(
                MetricMath.times(MetricValue.of(f.openOpportunities()), averageDealValue(f)), winRate(f));
        return MetricMath.divide(perCycle, salesCycleMeanDays(f), UndefinedReason.ZERO_SALES_CYCLE);
    }

    /** Velocity per day × {@link #DAYS_PER_MONTH}. */
    public static MetricValue pipelineVelocityPerMonth(FunnelFacts f) {
        return pipelineVelocityPerDay(f).map(v -> v * DAYS_PER_MONTH);
    }

    /** Leads ÷ months (facts always span at least one month). */
    public static double leadsPerMonth(FunnelFacts f) {
        return (double) f.leads() / f.months();
    }

    /** Won revenue ÷ months. */
    public static double wonRevenuePerMonth(FunnelFacts f) {
        return f.wonRevenue().doubleValue() / f.months();
    }
}
