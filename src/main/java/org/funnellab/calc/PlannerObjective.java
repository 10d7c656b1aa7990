package org.funnellab.calc;

/**
 * What the budget optimiser maximises, as a value per lead of one channel (the optimiser multiplies it by the
 * channel's leads):
 * <pre>
 * CUSTOMERS  conversion lead → customer
 * REVENUE    conversion × the channel's average deal
 * CLV        conversion × CLV per customer × the channel's CLV factor (factor 1 when its own CLV is unknown)
 * </pre>
 * Non-target leads are in the conversion's denominator, so a channel's value per lead already counts them.
 */
public enum PlannerObjective {
    CUSTOMERS, REVENUE, CLV;

    /** Value of one lead of {@code b}. */
    public double valuePerLead(BudgetPlanner.ChannelBaseline b, double clvPerCustomer) {
        return switch (this) {
            case CUSTOMERS -> b.leadToCustomer();
            case REVENUE -> b.leadToCustomer() * b.averageDeal();
            case CLV -> b.leadToCustomer() * clvPerCustomer * b.clvFactor().orElse(1);
        };
    }
}
