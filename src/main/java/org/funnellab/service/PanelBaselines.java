package org.funnellab.service;

import org.funnellab.calc.Baselines;
import org.funnellab.calc.Baselines.Baseline;
import org.funnellab.calc.BudgetPlanner;
import org.funnellab.calc.CacClvModel;
import org.funnellab.calc.NonTargetCostModel;
import org.funnellab.calc.PipelineVelocityModel;
import org.funnellab.domain.CostCategory;
import org.funnellab.domain.FunnelFacts;
import org.funnellab.domain.MetricValue;
import org.funnellab.domain.UndefinedReason;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The starting point of each what-if panel for a {@link Selection}: measured from its facts with the workspace's
 * settings (cost categories, CLV assumptions), and the inputs that could not be measured, each with its reason, for
 * the panel to show beside the slider. Pure: no database, no toolkit.
 */
public final class PanelBaselines {
    private PanelBaselines() {
    }

    /**
     * Non-target cost: leads, non-target share and cost per lead from the selection; revenue not earned is valued at
     * the team's won revenue (all channels), whatever the channel filter. The team's own figures come from
     * {@code assumptions}.
     */
    public static Baseline<NonTargetCostModel.Inputs> nonTargetCost(Selection s,
                                                                   NonTargetCostModel.Inputs assumptions) {
        Baseline<NonTargetCostModel.Inputs> b = Baselines.nonTargetCost(s.total(), included(s), assumptions);
        NonTargetCostModel.Inputs in = b.inputs();
        NonTargetCostModel.Inputs out = new NonTargetCostModel.Inputs(in.leadsPerMonth(), in.nonTargetShare(),
                in.minutesPerCall(), in.managers(), in.monthlySalary(), in.workingHoursPerMonth(),
                in.loadedCostFactor(), in.automatedShare(), in.costPerLead(), s.teamWonRevenuePerMonth());
        Map<String, UndefinedReason> unmeasured = new LinkedHashMap<>(b.unmeasured());
        costReason(s).ifPresent(r -> unmeasured.put("costPerLead", r));
        if (!s.hasLeads()) {
            unmeasured.put("leadsPerMonth", UndefinedReason.NO_LEADS);
        }
        return new Baseline<>(out, Map.copyOf(unmeasured));
    }

    /**
     * CAC / CLV: monthly spend by group (counted categories), leads, conversion and average purchase from the
     * selection; purchases per year, lifetime and margin from the workspace's {@link ClvAssumptions}.
     */
    public static Baseline<CacClvModel.Inputs> cacClv(Selection s) {
        ClvAssumptions a = s.settings().clv();
        MetricValue lifetime = a.panelLifetimeYears();
        CacClvModel.Inputs example = CacClvModel.example();
        CacClvModel.Inputs assumptions = new CacClvModel.Inputs(example.mediaSpend(), example.contentSpend(),
                example.toolsSpend(), example.salariesSpend(), example.leadsPerMonth(), example.leadToCustomer(),
                a.averagePurchase(MetricValue.of(example.averagePurchase())).value(), a.panelPurchasesPerYear(),
                lifetime.orElse(0), a.grossMargin());
        Baseline<CacClvModel.Inputs> b = Baselines.cacClv(s.total(), included(s), assumptions);
        CacClvModel.Inputs in = b.inputs();
        Map<String, UndefinedReason> unmeasured = new LinkedHashMap<>(b.unmeasured());
        double purchase = in.averagePurchase();
        if (a.model() == ClvAssumptions.Model.SUBSCRIPTION) {
            purchase = a.monthlyRevenuePerAccount();
            unmeasured.remove("averagePurchase");
        }
        if (!lifetime.isDefined()) {
            unmeasured.put("lifetimeYears", lifetime.reason());
        }
        costReason(s).ifPresent(r -> {
            for (String id : List.of("mediaSpend", "contentSpend", "toolsSpend", "salariesSpend")) {
                unmeasured.put(id, r);
            }
        });
        if (!s.hasLeads()) {
            unmeasured.put("leadsPerMonth", UndefinedReason.NO_LEADS);
        }
        return new Baseline<>(new CacClvModel.Inputs(in.mediaSpend(), in.contentSpend(), in.toolsSpend(),
                in.salariesSpend(), in.leadsPerMonth(), in.leadToCustomer(), purchase, in.purchasesPerYear(),
                in.lifetimeYears(), in.grossMargin()), Map.copyOf(unmeasured));
    }

    /** Pipeline velocity: open opportunities, average deal, win rate and mean cycle from the selection. */
    public static Baseline<PipelineVelocityModel.Inputs> pipelineVelocity(Selection s,
                                                                         PipelineVelocityModel.Inputs fallback) {
        return Baselines.pipelineVelocity(s.total(), fallback);
    }

    /**
     * The budget planner's channels, each with its attributed costs; empty when the selection has no channel with
     * leads (the planner then says what to import rather than inventing channels).
     */
    public static List<Baseline<BudgetPlanner.ChannelBaseline>> plannerChannels(Selection s) {
        List<Baseline<BudgetPlanner.ChannelBaseline>> out = new ArrayList<>();
        Metrics m = Metrics.of(s);
        MetricValue all = m.total().clv();
        for (Map.Entry<String, FunnelFacts> e : s.byChannel().entrySet()) {
            if (e.getValue().leads() == 0) {
                continue;
            }
            String name = e.getKey().isEmpty() ? "—" : e.getKey();
            Baseline<BudgetPlanner.ChannelBaseline> b = Baselines.channel(name, e.getValue(), included(s));
            // The channel's CLV relative to the planner's CLV per customer: its LTV:CAC is then the dashboard's.
            MetricValue own = m.byChannel().get(e.getKey()).clv();
            MetricValue factor = !own.isDefined() ? own : !all.isDefined() ? all
                    : MetricValue.ratio(own.value(), all.value(), UndefinedReason.NO_DEAL_VALUES);
            out.add(new Baseline<>(b.inputs().withClvFactor(factor), b.unmeasured()));
        }
        return out;
    }

    /** CLV of the selection's average customer: what the planner values a customer at. */
    public static MetricValue clvPerCustomer(Selection s) {
        return Metrics.of(s).total().clv();
    }

    private static Set<CostCategory> included(Selection s) {
        return s.costsUndefined() != null ? Set.of() : s.settings().cacCosts().categories();
    }

    private static java.util.Optional<UndefinedReason> costReason(Selection s) {
        if (s.costsUndefined() != null) {
            return java.util.Optional.of(s.costsUndefined());
        }
        if (s.settings().cacCosts().categories().isEmpty()) {
            return java.util.Optional.of(UndefinedReason.NO_CAC_CATEGORIES);
        }
        if (!s.hasCosts()) {
            return java.util.Optional.of(UndefinedReason.NO_COSTS);
        }
        return java.util.Optional.empty();
    }
}
