package org.funnellab.calc;

import org.funnellab.domain.MetricValue;
import org.funnellab.domain.UndefinedReason;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The budget planner: planned spend per channel → leads, customers, CAC, revenue, sales load.
 * <pre>
 * CPL(s)        = CPL₀ · (s ÷ s₀)^e          (e = 0: linear, CPL stays CPL₀; e &gt; 0: diminishing returns)
 * leads         = s ÷ CPL(s)
 * target leads  = leads × (1 − non-target share)
 * customers     = leads × conversion lead → customer      (conversion measured as WON ÷ leads)
 * CAC           = s ÷ customers
 * revenue       = customers × average deal value
 * wasted hours  = leads × non-target share × minutes per qualification call ÷ 60
 * LTV:CAC       = CLV per customer × the channel's CLV factor ÷ CAC   (total: factor 1)
 * total         = sums of spend, leads, target leads, customers, revenue, wasted hours;
 *                 total CAC = Σ spend ÷ Σ customers; total CPL = Σ spend ÷ Σ leads
 * </pre>
 * Edge cases, decided here: a channel with no baseline spend (s₀ = 0) has no curve to scale along, so its CPL₀ is
 * used flat (linear) whatever e is; a planned spend of 0 buys no leads (its CPL is undefined, {@code ZERO_SPEND});
 * a positive spend with CPL ≤ 0 would buy unlimited leads, so those leads are undefined ({@code ZERO_CPL}) and so
 * is every total built on them.
 */
public final class BudgetPlanner {
    private BudgetPlanner() {
    }

    /**
     * One channel as measured: baseline monthly spend s₀ and CPL₀, non-target share and conversion (fractions),
     * average deal value, and its CLV factor: the channel's CLV ÷ the CLV per customer of the whole selection (with
     * repeat purchases, its average deal ÷ the selection's; undefined when its customers' value is not known), so a
     * channel's LTV:CAC is the one the rest of the application shows for it.
     */
    public record ChannelBaseline(String name, double spend, double cpl, double nonTargetShare,
                                  double leadToCustomer, double averageDeal, MetricValue clvFactor) {
        public ChannelBaseline {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(clvFactor, "clvFactor");
        }

        /** A channel whose customers are worth the CLV per customer (factor 1). */
        public ChannelBaseline(String name, double spend, double cpl, double nonTargetShare, double leadToCustomer,
                               double averageDeal) {
            this(name, spend, cpl, nonTargetShare, leadToCustomer, averageDeal, MetricValue.of(1));
        }

        /** The same channel with another CLV factor. */
        public ChannelBaseline withClvFactor(MetricValue factor) {
            return new ChannelBaseline(name, spend, cpl, nonTargetShare, leadToCustomer, averageDeal, factor);
        }
    }

    /**
     * Planner settings: diminishing-returns exponent e, minutes per qualification call (for wasted hours) and the
     * CLV of one customer (for LTV:CAC).
     */
    public record Settings(double exponent, double minutesPerCall, double clvPerCustomer) {
    }

    /** Outputs for one channel, or for the total (named {@link #TOTAL}). */
    public record ChannelPlan(String name, double spend, MetricValue cpl, MetricValue leads, MetricValue targetLeads,
                              MetricValue customers, MetricValue cac, MetricValue revenue, MetricValue wastedHours,
                              MetricValue ltvToCac) {
    }

    /** Per-channel plans in baseline order, and their total. */
    public record Plan(List<ChannelPlan> channels, ChannelPlan total) {
    }

    /** Name of the total row. */
    public static final String TOTAL = "total";

    /** CPL at planned spend {@code s}; see the class comment for s = 0 and s₀ = 0. */
    public static MetricValue cplAt(ChannelBaseline b, double s, double exponent) {
        if (s == 0) {
            return MetricValue.undefined(UndefinedReason.ZERO_SPEND);
        }
        if (b.spend() <= 0 || exponent == 0) {
            return MetricValue.of(b.cpl());
        }
        return MetricValue.of(b.cpl() * Math.pow(s / b.spend(), exponent));
    }

    /** The plan for {@code spends[i]} on {@code baselines.get(i)}. */
    public static Plan plan(List<ChannelBaseline> baselines, double[] spends, Settings settings) {
        return plan(baselines, null, spends, settings);
    }

    /**
     * The plan with each channel's leads from its own response curve: leads = curveᵢ(s), CPL = s ÷ leads (the
     * exponent of {@code settings} is not used); a null list (or a null entry) falls back to the exponent formula.
     */
    public static Plan plan(List<ChannelBaseline> baselines, List<ResponseCurve> curves, double[] spends,
                            Settings settings) {
        if (baselines.size() != spends.length || curves != null && curves.size() != spends.length) {
            throw new IllegalArgumentException(baselines.size() + " channels but " + spends.length + " spends");
        }
        List<ChannelPlan> channels = new ArrayList<>(spends.length);
        double spend = 0;
        double leads = 0;
        double target = 0;
        double customers = 0;
        double revenue = 0;
        double hours = 0;
        UndefinedReason undefinedLeads = null;
        for (int i = 0; i < spends.length; i++) {
            ResponseCurve curve = curves == null ? null : curves.get(i);
            ChannelPlan c = curve == null ? channel(baselines.get(i), spends[i], settings)
                    : channel(baselines.get(i), curve, spends[i], settings);
            channels.add(c);
            spend += c.spend();
            if (!c.leads().isDefined()) {
                undefinedLeads = c.leads().reason();
                continue;
            }
            leads += c.leads().value();
            target += c.targetLeads().value();
            customers += c.customers().value();
            revenue += c.revenue().value();
            hours += c.wastedHours().value();
        }
        ChannelPlan total = undefinedLeads != null
                ? allUndefined(TOTAL, spend, undefinedLeads)
                : plan(TOTAL, spend, MetricValue.ratio(spend, leads, UndefinedReason.NO_LEADS), leads, target,
                        customers, revenue, hours, settings, MetricValue.of(1));
        return new Plan(List.copyOf(channels), total);
    }

    /** One channel's plan at spend {@code s}. */
    public static ChannelPlan channel(ChannelBaseline b, double s, Settings settings) {
        if (!(s >= 0) || Double.isInfinite(s)) {
            throw new IllegalArgumentException(b.name() + ": spend must be ≥ 0, was " + s);
        }
        MetricValue cpl = cplAt(b, s, settings.exponent());
        double leads;
        if (s == 0) {
            leads = 0;
        } else if (cpl.value() <= 0) {
            return allUndefined(b.name(), s, UndefinedReason.ZERO_CPL);
        } else {
            leads = s / cpl.value();
        }
        double customers = leads * b.leadToCustomer();
        return plan(b.name(), s, cpl, leads, leads * (1 - b.nonTargetShare()), customers,
                customers * b.averageDeal(), leads * b.nonTargetShare() * settings.minutesPerCall() / 60.0, settings,
                b.clvFactor());
    }

    /** One channel's plan at spend {@code s} with leads from {@code curve}. */
    public static ChannelPlan channel(ChannelBaseline b, ResponseCurve curve, double s, Settings settings) {
        if (!(s >= 0) || Double.isInfinite(s)) {
            throw new IllegalArgumentException(b.name() + ": spend must be ≥ 0, was " + s);
        }
        double leads = curve.leads(s);
        MetricValue cpl = s == 0 ? MetricValue.undefined(UndefinedReason.ZERO_SPEND)
                : MetricValue.ratio(s, leads, UndefinedReason.NO_LEADS);
        double customers = leads * b.leadToCustomer();
        return plan(b.name(), s, cpl, leads, leads * (1 - b.nonTargetShare()), customers,
                customers * b.averageDeal(), leads * b.nonTargetShare() * settings.minutesPerCall() / 60.0, settings,
                b.clvFactor());
    }

    private static ChannelPlan plan(String name, double spend, MetricValue cpl, double leads, double target,
                                    double customers, double revenue, double hours, Settings settings,
                                    MetricValue clvFactor) {
        MetricValue cac = MetricValue.ratio(spend, customers, UndefinedReason.NO_CUSTOMERS);
        MetricValue ltv = clvFactor.isDefined()
                ? UnitEconomics.ltvToCac(settings.clvPerCustomer() * clvFactor.value(), cac) : clvFactor;
        return new ChannelPlan(name, spend, cpl, MetricValue.of(leads), MetricValue.of(target),
                MetricValue.of(customers), cac, MetricValue.of(revenue), MetricValue.of(hours), ltv);
    }

    private static ChannelPlan allUndefined(String name, double spend, UndefinedReason reason) {
        MetricValue u = MetricValue.undefined(reason);
        return new ChannelPlan(name, spend, u, u, u, u, u, u, u, u);
    }

    /**
     * Spends from a total budget and allocation shares: budget × share ÷ Σ shares (shares need not sum to 1).
     *
     * @throws IllegalArgumentException when a share is negative or all are zero
     */
    public static double[] spendsFromBudget(double budget, double[] shares) {
        double sum = 0;
        for (double s : shares) {
            if (!(s >= 0) || Double.isInfinite(s)) {
                throw new IllegalArgumentException("allocation shares must be ≥ 0, was " + s);
            }
            sum += s;
        }
        if (sum == 0) {
            throw new IllegalArgumentException("at least one allocation share must be positive");
        }
        double[] out = new double[shares.length];
        for (int i = 0; i < shares.length; i++) {
            out[i] = budget * shares[i] / sum;
        }
        return out;
    }
}
