package org.funnellab.service;

import org.funnellab.calc.UnitEconomics;
import org.funnellab.domain.MetricValue;
import org.funnellab.domain.UndefinedReason;

/**
 * What the data cannot tell about a customer's lifetime: one set per workspace, used by the dashboard, the
 * CAC / CLV panel, the budget planner and the command line.
 * <pre>
 * purchase-based: CLV = average deal × purchases per year × lifetime years × gross margin
 *                 monthly gross profit per customer = average deal × purchases per year ÷ 12 × gross margin
 * subscription:   CLV = monthly revenue per account (ARPA) × gross margin ÷ monthly churn
 *                 monthly gross profit per customer = ARPA × gross margin
 * </pre>
 *
 * @param model            which of the two formulas applies
 * @param grossMargin      fraction 0..1
 * @param monthlyRevenuePerAccount ARPA, subscription model only
 * @param monthlyChurn     fraction 0..1, subscription model only
 */
public record ClvAssumptions(Model model, double purchasesPerYear, double lifetimeYears, double grossMargin,
                             double monthlyRevenuePerAccount, double monthlyChurn) {
    public enum Model {
        PURCHASES, SUBSCRIPTION
    }

    /** One purchase a year for three years at 50 % margin: a B2B contract renewed yearly. */
    public static final ClvAssumptions DEFAULT = new ClvAssumptions(Model.PURCHASES, 1.0, 3.0, 0.5, 0, 0.02);

    public ClvAssumptions {
        if (model == null) {
            model = Model.PURCHASES;
        }
        for (double v : new double[] {purchasesPerYear, lifetimeYears, grossMargin, monthlyRevenuePerAccount,
                monthlyChurn}) {
            if (!Double.isFinite(v) || v < 0) {
                throw new IllegalArgumentException("CLV assumptions must be finite and not negative, was " + v);
            }
        }
        if (grossMargin > 1 || monthlyChurn > 1) {
            throw new IllegalArgumentException("Margin and churn are fractions from 0 to 1");
        }
    }

    /** CLV of a customer whose average deal is {@code averageDeal} (ignored by the subscription model). */
    public MetricValue clv(MetricValue averageDeal) {
        if (model == Model.SUBSCRIPTION) {
            return UnitEconomics.clvSubscription(monthlyRevenuePerAccount, grossMargin, monthlyChurn);
        }
        return averageDeal.map(d -> UnitEconomics.clvPurchaseBased(d, purchasesPerYear, lifetimeYears, grossMargin));
    }

    /** Months to earn CAC back from a customer's monthly gross profit. */
    public MetricValue paybackMonths(MetricValue cac, MetricValue averageDeal) {
        if (model == Model.SUBSCRIPTION) {
            return UnitEconomics.cacPaybackMonths(cac, monthlyRevenuePerAccount, grossMargin);
        }
        if (!cac.isDefined()) {
            return cac;
        }
        if (!averageDeal.isDefined()) {
            return averageDeal;
        }
        return UnitEconomics.cacPaybackMonths(cac, averageDeal.value() * purchasesPerYear / 12, grossMargin);
    }

    /** Average purchase the CAC / CLV panel starts from: the measured deal, or ARPA for a subscription. */
    public MetricValue averagePurchase(MetricValue averageDeal) {
        return model == Model.SUBSCRIPTION ? MetricValue.of(monthlyRevenuePerAccount) : averageDeal;
    }

    /** Purchases per year as the panel's purchase-based formula sees them (12 for a monthly subscription). */
    public double panelPurchasesPerYear() {
        return model == Model.SUBSCRIPTION ? 12 : purchasesPerYear;
    }

    /** Lifetime in years as the panel sees it: 1 ÷ (12 × churn) for a subscription (undefined churn 0 → 0). */
    public MetricValue panelLifetimeYears() {
        return model == Model.SUBSCRIPTION
                ? MetricValue.ratio(1, 12 * monthlyChurn, UndefinedReason.ZERO_CHURN)
                : MetricValue.of(lifetimeYears);
    }
}
