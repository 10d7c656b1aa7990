package org.funnellab.ui.dashboard;

import org.funnellab.calc.UnitEconomics;

/**
 * What the data cannot tell about a customer's lifetime value, assumed for the dashboard's CAC-vs-CLV chart and
 * named in its subtitle: CLV = average deal × {@link #PURCHASES_PER_YEAR} × {@link #LIFETIME_YEARS} ×
 * {@link #GROSS_MARGIN} (SPEC §4, purchase-based CLV). The CAC/CLV what-if panel lets a user change them.
 */
public final class ClvAssumptions {
    /** One purchase a year: a B2B deal renewed yearly. */
    public static final double PURCHASES_PER_YEAR = 1.0;
    /** A customer stays three years. */
    public static final double LIFETIME_YEARS = 3.0;
    /** Half of the revenue is gross profit. */
    public static final double GROSS_MARGIN = 0.5;

    private ClvAssumptions() {
    }

    /** CLV of a customer whose average deal is {@code averageDeal}. */
    public static double clv(double averageDeal) {
        return UnitEconomics.clvPurchaseBased(averageDeal, PURCHASES_PER_YEAR, LIFETIME_YEARS, GROSS_MARGIN);
    }
}
