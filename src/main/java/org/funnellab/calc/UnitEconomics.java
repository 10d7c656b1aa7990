package org.funnellab.calc;

import org.funnellab.domain.CostCategory;
import org.funnellab.domain.FunnelFacts;
import org.funnellab.domain.MetricValue;
import org.funnellab.domain.UndefinedReason;

import java.math.BigDecimal;
import java.util.Set;

/**
 * Unit economics: what a customer costs and what one is worth.
 * <pre>
 * CAC, blended       = included-category costs ÷ WON
 *                      (a channel's costs, own plus attributed shared costs, come from the application
 *                      service's CostAttribution: the facts of a channel already carry them)
 * CPL                = costs ÷ leads;   cost per target lead = costs ÷ TARGET leads
 * CLV, purchases     = average purchase × purchases per year × lifetime years × gross margin
 * CLV, subscription  = monthly revenue per account × gross margin ÷ monthly churn
 * LTV:CAC            = CLV ÷ CAC                                   (healthy ≥ 3)
 * CAC payback months = CAC ÷ (monthly revenue per customer × gross margin)   (healthy &lt; 12)
 * </pre>
 * Money arrives as {@link BigDecimal}; results are double {@link MetricValue}s, undefined on a zero denominator.
 */
public final class UnitEconomics {
    /** LTV:CAC at or above this is healthy (the B2B KPI guide's 3:1). */
    public static final double HEALTHY_LTV_TO_CAC = 3.0;
    /** CAC payback below this many months is healthy. */
    public static final double HEALTHY_PAYBACK_MONTHS = 12.0;

    private UnitEconomics() {
    }

    /**
     * Included-category costs ÷ WON leads. Undefined when nothing was won, and when the selection holds no costs:
     * a CAC of 0 would claim free customers when the costs were simply never imported.
     */
    public static MetricValue cacBlended(FunnelFacts f, Set<CostCategory> included) {
        return costRatio(f.costs(included), f.won(), UndefinedReason.NO_WON_LEADS);
    }

    /** cost ÷ count; undefined with {@code zeroCount} when the count is 0, with NO_COSTS when there are no costs. */
    private static MetricValue costRatio(BigDecimal cost, long count, UndefinedReason zeroCount) {
        if (count == 0) {
            return MetricValue.undefined(zeroCount);
        }
        if (cost.signum() == 0) {
            return MetricValue.undefined(UndefinedReason.NO_COSTS);
        }
        return MetricValue.of(cost.doubleValue() / count);
    }

    /** Included-category costs ÷ leads (undefined with no leads or no costs). */
    public static MetricValue costPerLead(FunnelFacts f, Set<CostCategory> included) {
        return costRatio(f.costs(included), f.leads(), UndefinedReason.NO_LEADS);
    }

    /** Included-category costs ÷ TARGET leads (undefined with no target leads or no costs). */
    public static MetricValue costPerTargetLead(FunnelFacts f, Set<CostCategory> included) {
        return costRatio(f.costs(included), f.target(), UndefinedReason.NO_TARGET_LEADS);
    }

    /** Average purchase × purchases per year × lifetime years × gross margin (margin a fraction 0..1). */
    public static double clvPurchaseBased(double averagePurchase, double purchasesPerYear, double lifetimeYears,
                                          double grossMargin) {
        return averagePurchase * purchasesPerYear * lifetimeYears * grossMargin;
    }

    /** Monthly revenue per account × gross margin ÷ monthly churn (churn a fraction 0..1). */
    public static MetricValue clvSubscription(double monthlyRevenuePerAccount, double grossMargin,
                                              double monthlyChurn) {
        return MetricValue.ratio(monthlyRevenuePerAccount * grossMargin, monthlyChurn, UndefinedReason.ZERO_CHURN);
    }

    /** CLV ÷ CAC; an undefined CAC keeps its reason, a zero CAC gives {@link UndefinedReason#ZERO_CAC}. */
    public static MetricValue ltvToCac(double clv, MetricValue cac) {
        return MetricMath.divide(clv, cac, UndefinedReason.ZERO_CAC);
    }

    /** True when LTV:CAC is defined and at least {@link #HEALTHY_LTV_TO_CAC}. */
    public static boolean isHealthy(MetricValue ltvToCac) {
        return ltvToCac.isDefined() && ltvToCac.value() >= HEALTHY_LTV_TO_CAC;
    }

    /** CAC ÷ (monthly revenue per customer × gross margin), in months. */
    public static MetricValue cacPaybackMonths(MetricValue cac, double monthlyRevenuePerCustomer,
                                               double grossMargin) {
        if (!cac.isDefined()) {
            return cac;
        }
        return MetricValue.ratio(cac.value(), monthlyRevenuePerCustomer * grossMargin,
                UndefinedReason.ZERO_MARGIN_REVENUE);
    }

    /** True when the payback is defined and shorter than {@link #HEALTHY_PAYBACK_MONTHS}. */
    public static boolean isHealthyPayback(MetricValue paybackMonths) {
        return paybackMonths.isDefined() && paybackMonths.value() < HEALTHY_PAYBACK_MONTHS;
    }
}
