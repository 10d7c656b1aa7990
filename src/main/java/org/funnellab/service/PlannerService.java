package org.funnellab.service;

import org.funnellab.calc.BudgetOptimizer;
import org.funnellab.calc.BudgetPlanner;
import org.funnellab.calc.PlannerObjective;
import org.funnellab.calc.ResponseCurve;
import org.funnellab.calc.ResponseCurveFit;
import org.funnellab.domain.CostCategory;
import org.funnellab.domain.Filters;
import org.funnellab.domain.MetricValue;
import org.funnellab.domain.UndefinedReason;
import org.funnellab.store.ChannelMonth;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The budget planner's data: each channel's monthly spend × leads history from the workspace, the response curve
 * fitted to it, and the optimiser's problem built from the planner's channels. Spend is the channel's own costs in
 * the categories CAC counts (workspace setting); shared costs are booked to no channel and take no part in a curve.
 * The history follows the selection's filters (period, channels, campaigns); under an owner filter no costs apply,
 * so every channel uses the prior.
 *
 * <p>Not thread-safe: call it on the thread that owns the workspace's connection.
 */
public final class PlannerService {
    private final MetricsService metrics;

    public PlannerService(MetricsService metrics) {
        this.metrics = metrics;
    }

    /** One month of a channel: its spend (counted categories), leads and non-target leads. */
    public record MonthPoint(YearMonth month, double spend, long leads, long nonTarget) {
    }

    /**
     * One channel's curve.
     *
     * @param fitted  the curve as fitted to the months
     * @param planned the same shape through the channel's baseline month (spend s₀, leads s₀ ÷ CPL₀): what the
     *                planner and optimiser use, so the baseline plan equals the measured one
     */
    public record ChannelCurve(String channel, ResponseCurve fitted, ResponseCurve planned, List<MonthPoint> months,
                               double baselineSpend, double baselineLeads) {
        public ChannelCurve {
            months = List.copyOf(months);
        }
    }

    /** Each named channel's months under {@code f}, spend counted in {@code categories}, by channel then month. */
    public Map<String, List<MonthPoint>> history(Filters f, Set<CostCategory> categories) {
        Map<String, List<MonthPoint>> out = new LinkedHashMap<>();
        for (ChannelMonth m : metrics.workspace().queries().monthlyByChannel(f)) {
            out.computeIfAbsent(m.channel(), k -> new ArrayList<>()).add(new MonthPoint(m.month(),
                    m.costs(categories).doubleValue(), m.leads(), m.nonTarget()));
        }
        return out;
    }

    /** The planner's channels with their curves, fitted to the selection's history. */
    public List<ChannelCurve> fit(Selection s) {
        List<BudgetPlanner.ChannelBaseline> channels = new ArrayList<>();
        PanelBaselines.plannerChannels(s).forEach(b -> channels.add(b.inputs()));
        Set<CostCategory> categories = s.costsUndefined() != null ? Set.of() : s.settings().cacCosts().categories();
        return fit(channels, history(s.filters(), categories));
    }

    /** Curves for {@code channels} from {@code history} (channel name → months); pure. */
    public static List<ChannelCurve> fit(List<BudgetPlanner.ChannelBaseline> channels,
                                         Map<String, List<MonthPoint>> history) {
        List<ChannelCurve> out = new ArrayList<>();
        for (BudgetPlanner.ChannelBaseline b : channels) {
            List<MonthPoint> months = history.getOrDefault(b.name(), List.of());
            double[] spend = months.stream().mapToDouble(MonthPoint::spend).toArray();
            double[] leads = months.stream().mapToDouble(MonthPoint::leads).toArray();
            ResponseCurve fitted = ResponseCurveFit.fit(spend, leads);
            double leads0 = b.cpl() > 0 ? b.spend() / b.cpl() : 0;
            out.add(new ChannelCurve(b.name(), fitted, planned(fitted, months, b.spend(), leads0, b.cpl()), months,
                    b.spend(), leads0));
        }
        return out;
    }

    /**
     * The curve the planner uses. The planner's spend s₀ is the channel's CAC costs including its share of shared
     * costs (as the dashboard counts them), while the curve was fitted on the channel's own costs; the spend axis is
     * scaled by r = s₀ ÷ the months' average own spend (so the fitted range and a saturating curve's half-point are
     * in the planner's units; a power curve's shape does not change), then the curve is passed through (s₀,
     * leads₀). A channel with no baseline spend has no point to pass through: it keeps its CPL₀ flat (a linear
     * curve), as the planner always did.
     */
    static ResponseCurve planned(ResponseCurve fitted, List<MonthPoint> months, double s0, double leads0,
                                 double cpl0) {
        if (s0 > 0 && leads0 > 0) {
            double own = 0;
            int n = 0;
            for (MonthPoint m : months) {
                if (m.spend() > 0 && m.leads() > 0) {
                    own += m.spend();
                    n++;
                }
            }
            double r = n > 0 && own > 0 ? s0 / (own / n) : 1;
            ResponseCurve.Fit f = fitted.fit();
            ResponseCurve.Fit scaled = new ResponseCurve.Fit(f.r2(), f.bLow(), f.bHigh(), f.months(),
                    f.minSpend() * r, f.maxSpend() * r);
            ResponseCurve shape = fitted.kind() == ResponseCurve.Kind.POWER
                    ? ResponseCurve.power(Math.max(fitted.a(), 1e-300), fitted.b(), fitted.source(), scaled)
                    : ResponseCurve.saturating(fitted.a(), fitted.b() * r, fitted.source(), scaled);
            return shape.anchoredAt(s0, leads0);
        }
        return ResponseCurve.power(cpl0 > 0 ? 1 / cpl0 : 0, 1, ResponseCurve.Source.PRIOR, fitted.fit());
    }

    /** The planned curves in channel order. */
    public static List<ResponseCurve> plannedCurves(List<ChannelCurve> curves) {
        return curves.stream().map(ChannelCurve::planned).toList();
    }

    /**
     * What the optimiser is asked.
     *
     * @param bounds        each channel may move by this share of its current spend (0.3 = ±30 %); infinite for
     *                      "unbounded" (0 to the whole budget)
     * @param locked        channels kept at their current spend
     * @param minimum       explicit lowest spend per channel (overrides the share bound)
     * @param maximum       explicit highest spend per channel (overrides the share bound)
     * @param capacityHours hours of first qualification per month; infinite for no limit
     */
    public record OptimiseRequest(PlannerObjective objective, double budget, double bounds, Set<String> locked,
                                  Map<String, Double> minimum, Map<String, Double> maximum, double capacityHours) {
        public OptimiseRequest {
            locked = Set.copyOf(locked);
            minimum = Map.copyOf(minimum);
            maximum = Map.copyOf(maximum);
        }
    }

    /**
     * The optimiser's problem for the planner's channels at {@code spends}: each lead worth the objective's value,
     * each lead (target or not) taking {@code minutesPerCall} of first qualification.
     *
     * @throws IllegalArgumentException naming the channel when a lock or bound names no planner channel, or a
     *                                  minimum exceeds a maximum
     */
    public static BudgetOptimizer.Problem problem(List<BudgetPlanner.ChannelBaseline> channels,
                                                 List<ResponseCurve> curves, double[] spends, OptimiseRequest r,
                                                 double minutesPerCall, double clvPerCustomer) {
        Set<String> names = new java.util.HashSet<>();
        channels.forEach(c -> names.add(c.name()));
        for (String n : union(r.locked(), r.minimum().keySet(), r.maximum().keySet())) {
            if (!names.contains(n)) {
                throw new IllegalArgumentException("no channel named '" + n + "' in the plan (channels: "
                        + String.join(", ", channels.stream().map(BudgetPlanner.ChannelBaseline::name).toList())
                        + ")");
            }
        }
        List<BudgetOptimizer.Channel> out = new ArrayList<>();
        for (int i = 0; i < channels.size(); i++) {
            BudgetPlanner.ChannelBaseline b = channels.get(i);
            double current = spends[i];
            double min = Double.isInfinite(r.bounds()) ? 0 : Math.max(0, current * (1 - r.bounds()));
            double max = Double.isInfinite(r.bounds()) ? Math.max(r.budget(), current)
                    : current * (1 + r.bounds());
            min = r.minimum().getOrDefault(b.name(), min);
            max = r.maximum().getOrDefault(b.name(), max);
            if (min > max) {
                throw new IllegalArgumentException(b.name() + ": minimum " + min + " is above maximum " + max);
            }
            out.add(new BudgetOptimizer.Channel(b.name(), curves.get(i),
                    r.objective().valuePerLead(b, clvPerCustomer), b.leadToCustomer(), minutesPerCall / 60.0,
                    current, min, max, r.locked().contains(b.name())));
        }
        return new BudgetOptimizer.Problem(out, r.budget(), r.capacityHours());
    }

    private static Set<String> union(Set<String> a, Set<String> b, Set<String> c) {
        Set<String> u = new java.util.TreeSet<>(a);
        u.addAll(b);
        u.addAll(c);
        return u;
    }

    /** Customers per month of a result's channel at its optimal spend (for CAC before and after). */
    public static MetricValue cac(double spend, double customers) {
        return MetricValue.ratio(spend, customers, UndefinedReason.NO_CUSTOMERS);
    }
}
