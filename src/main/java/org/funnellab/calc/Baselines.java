package org.funnellab.calc;

import org.funnellab.domain.CostCategory;
import org.funnellab.domain.FunnelFacts;
import org.funnellab.domain.MetricValue;
import org.funnellab.domain.UndefinedReason;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The starting point of each what-if panel, measured from {@link FunnelFacts} ("each panel starts from the
 * baseline measured in the data"). Per month means ÷ {@code facts.months()}. What the data cannot give (minutes per
 * call, salary, margin...) comes from a caller's {@code assumptions} input; a measured value whose metric is
 * undefined falls back to the assumption's value and is listed in {@link Baseline#unmeasured()} with its reason,
 * so the panel can say "not in the data" beside that slider instead of showing a made-up number as measured.
 */
public final class Baselines {
    private Baselines() {
    }

    /**
     * Model inputs and the inputs the data could not measure.
     *
     * @param unmeasured parameter id → why it was not measured (its value is the assumption's)
     */
    public record Baseline<I>(I inputs, Map<String, UndefinedReason> unmeasured) {
    }

    private static final class Collector {
        private final Map<String, UndefinedReason> unmeasured = new LinkedHashMap<>();

        double measured(String parameterId, MetricValue v, double fallback) {
            if (v.isDefined()) {
                return v.value();
            }
            unmeasured.put(parameterId, v.reason());
            return fallback;
        }

        <I> Baseline<I> done(I inputs) {
            return new Baseline<>(inputs, Collections.unmodifiableMap(unmeasured));
        }
    }

    /**
     * Non-target cost: leads per month, non-target share, cost per lead (included categories) and won revenue per
     * month from the data; minutes, managers, salary, working hours, loaded-cost factor and automated share from
     * {@code assumptions}.
     */
    public static Baseline<NonTargetCostModel.Inputs> nonTargetCost(FunnelFacts f, Set<CostCategory> included,
                                                                    NonTargetCostModel.Inputs assumptions) {
        Collector c = new Collector();
        double share = c.measured("nonTargetShare", FunnelMetrics.nonTargetShare(f), assumptions.nonTargetShare());
        double cpl = c.measured("costPerLead", UnitEconomics.costPerLead(f, included), assumptions.costPerLead());
        return c.done(new NonTargetCostModel.Inputs(FunnelMetrics.leadsPerMonth(f), share,
                assumptions.minutesPerCall(), assumptions.managers(), assumptions.monthlySalary(),
                assumptions.workingHoursPerMonth(), assumptions.loadedCostFactor(), assumptions.automatedShare(), cpl,
                FunnelMetrics.wonRevenuePerMonth(f)));
    }

    /**
     * CAC / CLV: monthly spend by group (included categories), leads per month, conversion WON ÷ leads and average
     * deal value as the average purchase from the data; purchases per year, lifetime and margin from
     * {@code assumptions}.
     */
    public static Baseline<CacClvModel.Inputs> cacClv(FunnelFacts f, Set<CostCategory> included,
                                                      CacClvModel.Inputs assumptions) {
        Collector c = new Collector();
        double[] spend = CacClvModel.Inputs.spendByGroup(f.costs(), included, f.months());
        double conversion = c.measured("leadToCustomer",
                MetricValue.ratio(f.won(), f.leads(), UndefinedReason.NO_LEADS), assumptions.leadToCustomer());
        double purchase = c.measured("averagePurchase", FunnelMetrics.averageDealValue(f),
                assumptions.averagePurchase());
        return c.done(new CacClvModel.Inputs(spend[0], spend[1], spend[2], spend[3], FunnelMetrics.leadsPerMonth(f),
                conversion, purchase, assumptions.purchasesPerYear(), assumptions.lifetimeYears(),
                assumptions.grossMargin()));
    }

    /** Pipeline velocity: open opportunities, average deal, win rate and mean cycle, all from the data. */
    public static Baseline<PipelineVelocityModel.Inputs> pipelineVelocity(FunnelFacts f,
                                                                         PipelineVelocityModel.Inputs fallback) {
        Collector c = new Collector();
        double deal = c.measured("averageDeal", FunnelMetrics.averageDealValue(f), fallback.averageDeal());
        double winRate = c.measured("winRate", FunnelMetrics.winRate(f), fallback.winRate());
        MetricValue cycle = FunnelMetrics.salesCycleMeanDays(f);
        if (cycle.isDefined() && cycle.value() == 0) {
            cycle = MetricValue.undefined(UndefinedReason.ZERO_SALES_CYCLE);
        }
        double days = c.measured("cycleDays", cycle, fallback.cycleDays());
        return c.done(new PipelineVelocityModel.Inputs(f.openOpportunities(), deal, winRate, days));
    }

    /**
     * One budget-planner channel: monthly spend s₀ (included categories), CPL₀ = spend ÷ leads, non-target share,
     * conversion WON ÷ leads and average deal value; unmeasurable values count as 0 (a channel with no leads has no
     * CPL: planning spend on it gives undefined leads, see {@link BudgetPlanner}).
     */
    public static Baseline<BudgetPlanner.ChannelBaseline> channel(String name, FunnelFacts f,
                                                                  Set<CostCategory> included) {
        Collector c = new Collector();
        double spend = f.costs(included).doubleValue() / f.months();
        double cpl = c.measured("cpl", UnitEconomics.costPerLead(f, included), 0);
        double share = c.measured("nonTargetShare", FunnelMetrics.nonTargetShare(f), 0);
        double conversion = c.measured("leadToCustomer",
                MetricValue.ratio(f.won(), f.leads(), UndefinedReason.NO_LEADS), 0);
        double deal = c.measured("averageDeal", FunnelMetrics.averageDealValue(f), 0);
        return c.done(new BudgetPlanner.ChannelBaseline(name, spend, cpl, share, conversion, deal));
    }
}
