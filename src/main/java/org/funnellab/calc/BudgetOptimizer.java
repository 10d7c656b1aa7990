package org.funnellab.calc;

import org.funnellab.domain.MetricValue;
import org.funnellab.domain.UndefinedReason;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The best split of a monthly budget across channels, each with its own concave {@link ResponseCurve}.
 * <pre>
 * maximise   Σ vᵢ · leadsᵢ(sᵢ)                       vᵢ = value of one lead: customers, won revenue or CLV per lead
 * subject to Σ sᵢ ≤ B                                  (spent in full whenever spending helps)
 *            minᵢ ≤ sᵢ ≤ maxᵢ                          (a locked channel has minᵢ = maxᵢ = its current spend)
 *            Σ hᵢ · leadsᵢ(sᵢ) ≤ H                     hᵢ = hours of first qualification per lead, non-target ones included
 * </pre>
 * Written in leads instead of spend the problem is convex (spend is a convex function of leads), so the KKT
 * conditions are sufficient. With prices λ ≥ 0 for a unit of budget and μ ≥ 0 for an hour, each channel spends where
 * (vᵢ − μ·hᵢ) · leadsᵢ′(sᵢ) = λ, clipped to its bounds. For a given μ, λ is found by bisection so the budget is spent
 * (a linear curve's jump is split between the two sides of the last step, so the total is exact); if the hours then
 * exceed H, μ is found by bisection on the same rule. Deterministic; exact up to the bisection tolerance (10⁻¹³
 * relative). λ is what one more unit of budget is worth at the optimum, μ what one more hour is worth.
 * <p>
 * The budget is left partly unspent only when the upper bounds cannot take it, or when the team's hours run out and
 * no split spends more without exceeding them or lowering the objective; {@link Result#unspent()} says how much.
 */
public final class BudgetOptimizer {
    private static final int ITERATIONS = 200;
    private static final double REL_TOL = 1e-13;

    private BudgetOptimizer() {
    }

    /**
     * One channel of the problem.
     *
     * @param valuePerLead     vᵢ: what one lead is worth in the objective (≥ 0)
     * @param customersPerLead customers per lead, for the marginal CAC
     * @param hoursPerLead     hᵢ: sales hours one lead needs (≥ 0)
     * @param current          today's spend
     * @param min              lowest allowed spend
     * @param max              highest allowed spend
     * @param locked           kept at {@code current} (min and max are then ignored)
     */
    public record Channel(String name, ResponseCurve curve, double valuePerLead, double customersPerLead,
                          double hoursPerLead, double current, double min, double max, boolean locked) {
        public Channel {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(curve, "curve");
            if (!(valuePerLead >= 0) || !(hoursPerLead >= 0) || !(customersPerLead >= 0) || !(current >= 0)) {
                throw new IllegalArgumentException(name + ": values, hours, customers and spend must be ≥ 0");
            }
            if (!locked && !(min >= 0 && min <= max)) {
                throw new IllegalArgumentException(name + ": bounds must satisfy 0 ≤ min ≤ max, were " + min
                        + " and " + max);
            }
        }

        double lo() {
            return locked ? current : min;
        }

        double hi() {
            return locked ? current : max;
        }
    }

    /**
     * @param budget        B, the total to split
     * @param capacityHours H, the team's hours of first qualification per month ({@link Double#POSITIVE_INFINITY}
     *                      for no limit)
     */
    public record Problem(List<Channel> channels, double budget, double capacityHours) {
        public Problem {
            channels = List.copyOf(channels);
            if (!(budget >= 0) || Double.isInfinite(budget)) {
                throw new IllegalArgumentException("budget must be a finite amount ≥ 0, was " + budget);
            }
            if (!(capacityHours >= 0)) {
                throw new IllegalArgumentException("capacity must be ≥ 0 hours, was " + capacityHours);
            }
        }

        public Problem withBudget(double newBudget) {
            return new Problem(channels, newBudget, capacityHours);
        }
    }

    /** Where a channel ended up relative to its bounds. */
    public enum Bound { FREE, AT_MIN, AT_MAX, LOCKED }

    /** Something the optimiser could not satisfy, said to the user as it is. */
    public enum Issue {
        /** The minimums (and locked channels) alone exceed the budget: every channel is at its minimum. */
        BUDGET_BELOW_MINIMUMS,
        /** Even the minimums need more hours than the team has: the hours limit is ignored and named. */
        CAPACITY_BELOW_MINIMUMS
    }

    /**
     * One channel at the optimum.
     *
     * @param marginalCac  cost of the next customer: 1 ÷ (customers per lead × leads′(s)); undefined when more
     *                     spend brings no customers
     * @param netMarginal  (vᵢ − μ·hᵢ) · leads′(s): equal to λ for every FREE channel
     */
    public record ChannelResult(String name, double current, double optimal, double currentLeads, double leads,
                                double value, double hours, MetricValue marginalCac, double netMarginal,
                                Bound bound, boolean extrapolated) {
    }

    /**
     * The optimum and why it is one.
     *
     * @param budgetPrice  λ: objective gained per extra unit of budget at the optimum (0 when the budget does not bind)
     * @param hourPrice    μ: objective gained per extra hour of capacity (0 when capacity does not bind)
     */
    public record Result(List<ChannelResult> channels, double budget, double spent, double value, double currentValue,
                         double hours, double currentHours, double capacityHours, double budgetPrice,
                         double hourPrice, List<Issue> issues) {
        public double unspent() {
            return Math.max(0, budget - spent);
        }

        public boolean capacityBinds() {
            return hourPrice > 0;
        }

        public boolean budgetBinds() {
            return budgetPrice > 0;
        }

        /** The optimal spends, in channel order. */
        public double[] spends() {
            return channels.stream().mapToDouble(ChannelResult::optimal).toArray();
        }
    }

    /** The best split of {@code p.budget()}. */
    public static Result optimise(Problem p) {
        List<Channel> ch = p.channels();
        int n = ch.size();
        List<Issue> issues = new ArrayList<>();
        double minTotal = 0;
        double minHours = 0;
        for (Channel c : ch) {
            minTotal += c.lo();
            minHours += c.hoursPerLead() * c.curve().leads(c.lo());
        }
        double[] s;
        double lambda;
        double mu = 0;
        if (minTotal >= p.budget()) {
            if (minTotal > p.budget()) {
                issues.add(Issue.BUDGET_BELOW_MINIMUMS);
            }
            s = new double[n];
            for (int i = 0; i < n; i++) {
                s[i] = ch.get(i).lo();
            }
            lambda = 0;
        } else {
            double[] a = weights(ch, 0);
            Split free = spendBudget(ch, a, p.budget());
            s = free.spends;
            lambda = free.lambda;
            double capacity = p.capacityHours();
            if (Double.isFinite(capacity) && hours(ch, s) > capacity * (1 + 1e-12)) {
                if (minHours > capacity) {
                    issues.add(Issue.CAPACITY_BELOW_MINIMUMS);
                } else {
                    Split tight = spendHours(ch, p.budget(), capacity);
                    s = tight.spends;
                    lambda = tight.lambda;
                    mu = tight.mu;
                }
            }
        }
        return result(p, s, lambda, mu, issues);
    }

    /**
     * The least budget whose optimal split reaches {@code targetValue} (customers, revenue or CLV as the channels'
     * values say), or empty when even every channel at its maximum (within capacity) falls short.
     */
    public static Optional<Result> leastBudgetFor(Problem p, double targetValue) {
        double lo = 0;
        double hi = 0;
        for (Channel c : p.channels()) {
            lo += c.lo();
            hi += c.hi();
        }
        Result atMax = optimise(p.withBudget(hi));
        if (atMax.value() < targetValue) {
            return Optional.empty();
        }
        Result atMin = optimise(p.withBudget(lo));
        if (atMin.value() >= targetValue) {
            return Optional.of(atMin);
        }
        Result best = atMax;
        for (int i = 0; i < ITERATIONS && hi - lo > REL_TOL * Math.max(1, hi); i++) {
            double mid = (lo + hi) / 2;
            Result r = optimise(p.withBudget(mid));
            if (r.value() >= targetValue) {
                hi = mid;
                best = r;
            } else {
                lo = mid;
            }
        }
        return Optional.of(best);
    }

    /**
     * The best split at a target blended CAC: the most customers whose blended CAC (spend ÷ customers) is at most
     * {@code targetCac}, spending at most {@code p.budget()}.
     *
     * @param result    the split (its {@link Result#value()} is customers, whatever the problem's values were), or
     *                  empty when no budget reaches the target within the bounds and the hours
     * @param lowestCac the lowest blended CAC any budget up to {@code p.budget()} reaches (undefined when no budget
     *                  brings a customer)
     */
    public record TargetCac(Optional<Result> result, MetricValue lowestCac) {
    }

    /**
     * The most customers at a blended CAC ≤ {@code targetCac} with at most {@code p.budget()} spent. For a budget B
     * the most customers C(B) come from {@link #optimise}; C is concave and non-decreasing in B, so CAC(B) = B ÷ C(B)
     * falls then rises (it is quasi-convex) and the budgets that meet the target form one interval. Its lowest CAC is
     * found by golden-section search, then the interval's upper end — the most customers — by bisection, keeping the
     * side that meets the target. Each channel's value is its customers per lead here, whatever the problem said.
     *
     * @throws IllegalArgumentException when the target is not a positive finite amount
     */
    public static TargetCac bestAtTargetCac(Problem p, double targetCac) {
        if (!(targetCac > 0) || Double.isInfinite(targetCac)) {
            throw new IllegalArgumentException("target CAC must be an amount > 0, was " + targetCac);
        }
        List<Channel> customers = new ArrayList<>();
        double lo = 0;
        for (Channel c : p.channels()) {
            customers.add(new Channel(c.name(), c.curve(), c.customersPerLead(), c.customersPerLead(),
                    c.hoursPerLead(), c.current(), c.min(), c.max(), c.locked()));
            lo += c.lo();
        }
        Problem q = new Problem(customers, p.budget(), p.capacityHours());
        double hi = Math.max(lo, p.budget());
        Result top = optimise(q.withBudget(hi));
        // The lowest CAC: golden-section search over [lo, hi] (CAC is quasi-convex in the budget).
        final double g = (Math.sqrt(5) - 1) / 2;
        double a = lo;
        double b = hi;
        double x1 = b - g * (b - a);
        double x2 = a + g * (b - a);
        double f1 = blendedCac(optimise(q.withBudget(x1)));
        double f2 = blendedCac(optimise(q.withBudget(x2)));
        for (int i = 0; i < ITERATIONS && b - a > REL_TOL * Math.max(1, hi); i++) {
            if (f1 <= f2) {
                b = x2;
                x2 = x1;
                f2 = f1;
                x1 = b - g * (b - a);
                f1 = blendedCac(optimise(q.withBudget(x1)));
            } else {
                a = x1;
                x1 = x2;
                f1 = f2;
                x2 = a + g * (b - a);
                f2 = blendedCac(optimise(q.withBudget(x2)));
            }
        }
        double best = f1 <= f2 ? x1 : x2;
        Result bestCac = optimise(q.withBudget(best));
        for (double edge : new double[] {lo, hi}) {
            Result r = optimise(q.withBudget(edge));
            if (blendedCac(r) < blendedCac(bestCac)) {
                best = edge;
                bestCac = r;
            }
        }
        double lowest = blendedCac(bestCac);
        MetricValue lowestCac = Double.isFinite(lowest) ? MetricValue.of(lowest)
                : MetricValue.undefined(UndefinedReason.NO_CUSTOMERS);
        if (blendedCac(top) <= targetCac) {
            return new TargetCac(Optional.of(top), lowestCac);
        }
        if (!(lowest <= targetCac)) {
            return new TargetCac(Optional.empty(), lowestCac);
        }
        // The upper end of the budgets that meet the target: bisection between a budget that meets it and hi.
        double ok = best;
        Result okResult = bestCac;
        double bad = hi;
        for (int i = 0; i < ITERATIONS && bad - ok > REL_TOL * Math.max(1, hi); i++) {
            double mid = (ok + bad) / 2;
            Result r = optimise(q.withBudget(mid));
            if (blendedCac(r) <= targetCac) {
                ok = mid;
                okResult = r;
            } else {
                bad = mid;
            }
        }
        return new TargetCac(Optional.of(okResult), lowestCac);
    }

    /** Spend ÷ customers of a customers-valued result; +∞ when it brings none (never shown: callers test it). */
    private static double blendedCac(Result r) {
        return r.value() > 0 ? r.spent() / r.value() : Double.POSITIVE_INFINITY;
    }

    /** The objective Σ vᵢ·leadsᵢ(sᵢ) of any split. */
    public static double value(List<Channel> ch, double[] s) {
        double v = 0;
        for (int i = 0; i < s.length; i++) {
            v += ch.get(i).valuePerLead() * ch.get(i).curve().leads(s[i]);
        }
        return v;
    }

    /** The sales hours Σ hᵢ·leadsᵢ(sᵢ) of any split. */
    public static double hours(List<Channel> ch, double[] s) {
        double h = 0;
        for (int i = 0; i < s.length; i++) {
            h += ch.get(i).hoursPerLead() * ch.get(i).curve().leads(s[i]);
        }
        return h;
    }

    private record Split(double[] spends, double lambda, double mu) {
    }

    private static double[] weights(List<Channel> ch, double mu) {
        double[] a = new double[ch.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = ch.get(i).valuePerLead() - mu * ch.get(i).hoursPerLead();
        }
        return a;
    }

    /** Each channel's best spend at budget price λ and weights a (vᵢ − μhᵢ). */
    private static double[] allocate(List<Channel> ch, double[] a, double lambda) {
        double[] s = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            Channel c = ch.get(i);
            double lo = c.lo();
            double hi = c.hi();
            if (lo == hi || a[i] <= 0) {
                s[i] = lo;
            } else if (lambda <= 0) {
                s[i] = hi;
            } else {
                double x = c.curve().spendAtMarginal(lambda / a[i]);
                s[i] = Math.max(lo, Math.min(hi, x));
            }
        }
        return s;
    }

    private static double sum(double[] s) {
        double t = 0;
        for (double v : s) {
            t += v;
        }
        return t;
    }

    /** For fixed weights: the split that spends {@code budget} (or all it usefully can), and its λ. */
    private static Split spendBudget(List<Channel> ch, double[] a, double budget) {
        double[] atZero = allocate(ch, a, 0);
        if (sum(atZero) <= budget) {
            return new Split(atZero, 0, 0);
        }
        // Bracket λ: total(λ) is non-increasing; find lo with total > budget and hi with total ≤ budget.
        double lo = 1;
        double hi = 1;
        if (sum(allocate(ch, a, 1)) > budget) {
            while (sum(allocate(ch, a, hi)) > budget && hi < 1e300) {
                lo = hi;
                hi *= 16;
            }
        } else {
            while (sum(allocate(ch, a, lo)) <= budget && lo > 1e-300) {
                hi = lo;
                lo /= 16;
            }
        }
        for (int i = 0; i < ITERATIONS && hi - lo > REL_TOL * hi; i++) {
            double mid = Math.sqrt(lo * hi);
            if (mid <= lo || mid >= hi) {
                mid = (lo + hi) / 2;
            }
            if (sum(allocate(ch, a, mid)) > budget) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double[] under = allocate(ch, a, hi);
        double[] over = allocate(ch, a, lo);
        double tu = sum(under);
        double to = sum(over);
        double t = to > tu ? (budget - tu) / (to - tu) : 0;
        double[] s = new double[under.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = under[i] + t * (over[i] - under[i]);
        }
        exact(ch, s, budget);
        return new Split(s, hi, 0);
    }

    /** Moves the last rounding error of Σ s onto the channel with the most room, so the total is the budget. */
    private static void exact(List<Channel> ch, double[] s, double budget) {
        double gap = budget - sum(s);
        int best = -1;
        double room = 0;
        for (int i = 0; i < s.length; i++) {
            double r = gap > 0 ? ch.get(i).hi() - s[i] : s[i] - ch.get(i).lo();
            if (r > room) {
                room = r;
                best = i;
            }
        }
        if (best >= 0) {
            s[best] += gap > 0 ? Math.min(gap, room) : -Math.min(-gap, room);
        }
    }

    /** Capacity binds: μ by bisection so the hours are exactly H (or as close as the curves' jumps allow). */
    private static Split spendHours(List<Channel> ch, double budget, double capacity) {
        double muHi = 0;
        for (Channel c : ch) {
            if (c.hoursPerLead() > 0) {
                muHi = Math.max(muHi, c.valuePerLead() / c.hoursPerLead());
            }
        }
        double muLo = 0;
        Split under = spendBudget(ch, weights(ch, muHi), budget);
        Split over = spendBudget(ch, weights(ch, muLo), budget);
        for (int i = 0; i < ITERATIONS && muHi - muLo > REL_TOL * muHi; i++) {
            double mid = (muLo + muHi) / 2;
            Split sp = spendBudget(ch, weights(ch, mid), budget);
            if (hours(ch, sp.spends) > capacity) {
                muLo = mid;
                over = sp;
            } else {
                muHi = mid;
                under = sp;
            }
        }
        // Between the two sides the Lagrangian is indifferent: mix them in leads, where hours are linear and
        // spend is convex, so the mix uses exactly H hours and spends no more than the budget.
        double hu = hours(ch, under.spends);
        double ho = hours(ch, over.spends);
        double t = ho > hu ? Math.max(0, Math.min(1, (capacity - hu) / (ho - hu))) : 0;
        double[] s = mixInLeads(ch, under.spends, over.spends, t);
        // Rounding may leave the mix a few ulps above H: bisect t down to the last feasible mix.
        if (hours(ch, s) > capacity) {
            double okT = 0;
            double badT = t;
            for (int i = 0; i < 100 && badT - okT > 1e-15; i++) {
                double mid = (okT + badT) / 2;
                if (hours(ch, mixInLeads(ch, under.spends, over.spends, mid)) > capacity) {
                    badT = mid;
                } else {
                    okT = mid;
                }
            }
            t = okT;
            s = mixInLeads(ch, under.spends, over.spends, t);
        }
        if (hours(ch, s) > capacity) {
            s = under.spends;
        }
        return new Split(s, under.lambda + t * (over.lambda - under.lambda), muHi);
    }

    private static double[] mixInLeads(List<Channel> ch, double[] a, double[] b, double t) {
        double[] s = new double[a.length];
        for (int i = 0; i < s.length; i++) {
            if (a[i] == b[i]) {
                s[i] = a[i];
                continue;
            }
            ResponseCurve c = ch.get(i).curve();
            double leads = c.leads(a[i]) + t * (c.leads(b[i]) - c.leads(a[i]));
            double x = c.spendFor(leads);
            s[i] = Math.max(Math.min(a[i], b[i]), Math.min(Math.max(a[i], b[i]), x));
        }
        return s;
    }

    private static double[] mix(double[] a, double[] b, double t) {
        double[] s = new double[a.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = a[i] + t * (b[i] - a[i]);
        }
        return s;
    }

    private static Result result(Problem p, double[] s, double lambda, double mu, List<Issue> issues) {
        List<Channel> ch = p.channels();
        List<ChannelResult> out = new ArrayList<>(ch.size());
        double[] current = new double[ch.size()];
        for (int i = 0; i < ch.size(); i++) {
            Channel c = ch.get(i);
            current[i] = c.current();
            double leads = c.curve().leads(s[i]);
            double slope = c.curve().marginal(s[i]);
            double customerSlope = c.customersPerLead() * slope;
            MetricValue marginalCac = customerSlope > 0 && customerSlope < Double.MAX_VALUE
                    ? MetricValue.of(1 / customerSlope) : customerSlope > 0 ? MetricValue.of(0)
                    : MetricValue.undefined(UndefinedReason.NO_MARGINAL_RESPONSE);
            double net = (c.valuePerLead() - mu * c.hoursPerLead()) * Math.min(slope, Double.MAX_VALUE / 4);
            Bound bound = c.locked() ? Bound.LOCKED : s[i] <= c.min() + 1e-9 * Math.max(1, c.max()) ? Bound.AT_MIN
                    : s[i] >= c.max() - 1e-9 * Math.max(1, c.max()) ? Bound.AT_MAX : Bound.FREE;
            out.add(new ChannelResult(c.name(), c.current(), s[i], c.curve().leads(c.current()), leads,
                    c.valuePerLead() * leads, c.hoursPerLead() * leads, marginalCac, net, bound,
                    c.curve().fit().extrapolates(s[i])));
        }
        return new Result(List.copyOf(out), p.budget(), sum(s), value(ch, s), value(ch, current), hours(ch, s),
                hours(ch, current), p.capacityHours(), lambda, mu, List.copyOf(issues));
    }
}
