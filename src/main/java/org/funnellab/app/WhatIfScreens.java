package org.funnellab.app;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.funnellab.calc.Baselines;
import org.funnellab.calc.BudgetPlanner;
import org.funnellab.calc.CacClvModel;
import org.funnellab.calc.FunnelMetrics;
import org.funnellab.calc.NonTargetCostModel;
import org.funnellab.calc.PipelineVelocityModel;
import org.funnellab.calc.UnitEconomics;
import org.funnellab.calc.WhatIfModel;
import org.funnellab.domain.FunnelFacts;
import org.funnellab.domain.MetricValue;
import org.funnellab.ui.shell.WorkspaceSnapshot;
import org.funnellab.ui.whatif.BudgetPlannerView;
import org.funnellab.ui.whatif.BudgetPlannerViewModel;
import org.funnellab.ui.whatif.CacClvView;
import org.funnellab.ui.whatif.CacClvViewModel;
import org.funnellab.ui.whatif.ChannelEconomics;
import org.funnellab.ui.whatif.InputViewModel;
import org.funnellab.ui.whatif.NonTargetCostView;
import org.funnellab.ui.whatif.NonTargetCostViewModel;
import org.funnellab.ui.whatif.PipelineVelocityView;
import org.funnellab.ui.whatif.PipelineVelocityViewModel;
import org.funnellab.ui.whatif.WhatIfViewModel;
import org.funnellab.ui.whatif.tools.WhatIfToolsBar;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the four what-if panels over the open workspace: each starts from the baseline measured for the current
 * filters and follows it when the filters or data change; assumptions (inputs not in the data) start from the user's
 * remembered values and are remembered when changed.
 */
final class WhatIfScreens {
    /**
     * The planner's channel order, the same on every launch and in every export: largest spend first, then by name
     * (the snapshot's map has no order of its own).
     */
    static final java.util.Comparator<BudgetPlanner.ChannelBaseline> BY_SPEND_THEN_NAME =
            java.util.Comparator.comparingDouble(BudgetPlanner.ChannelBaseline::spend).reversed()
                    .thenComparing(BudgetPlanner.ChannelBaseline::name);

    private final AppContext ctx;

    WhatIfScreens(AppContext ctx) {
        this.ctx = ctx;
    }

    private WorkspaceSnapshot snapshot() {
        return ctx.workspace().snapshotProperty().get();
    }

    /** {@code defaults} with each assumption input replaced by the user's remembered value. */
    private double[] assumptions(WhatIfModel model, double[] defaults) {
        double[] v = defaults.clone();
        for (int i = 0; i < v.length; i++) {
            var p = model.parameters().get(i);
            Double remembered = ctx.preferences().assumption(model.id() + "." + p.id());
            if (p.assumption() && remembered != null) {
                v[i] = remembered;
            }
        }
        return v;
    }

    private void rememberAssumptions(WhatIfViewModel vm) {
        for (InputViewModel in : vm.inputs()) {
            if (in.parameter().assumption()) {
                in.valueProperty().addListener((obs, o, n) ->
                        ctx.preferences().setAssumption(vm.model().id() + "." + in.id(), n.doubleValue()));
            }
        }
    }

    /** Goal seek, sensitivity, uncertainty and undo/redo under the panel's header, on the app's executor. */
    private Node withTools(javafx.scene.layout.BorderPane panel, WhatIfViewModel vm) {
        WhatIfToolsBar.install(panel, vm, ctx.i18n(), ctx.executor(), ctx.chartStyle());
        return panel;
    }

    private void onSnapshot(java.util.function.Consumer<WorkspaceSnapshot> action) {
        ctx.workspace().snapshotProperty().addListener((obs, o, n) -> {
            if (n != null) {
                action.accept(n);
            }
        });
    }

    Node nonTargetCost() {
        NonTargetCostModel.Inputs assumptions = NonTargetCostModel.Inputs.fromArray(
                assumptions(new NonTargetCostModel(), AppContext.DEFAULT_ASSUMPTIONS.toArray()));
        NonTargetCostModel.Inputs baseline = snapshot() == null ? assumptions
                : Baselines.nonTargetCost(snapshot().total(), AppContext.INCLUDED_COSTS, assumptions).inputs();
        NonTargetCostViewModel vm = new NonTargetCostViewModel(baseline, ctx.formats());
        onSnapshot(s -> vm.setBaseline(Baselines.nonTargetCost(s.total(), AppContext.INCLUDED_COSTS,
                NonTargetCostModel.Inputs.fromArray(assumptions(vm.model(), AppContext.DEFAULT_ASSUMPTIONS.toArray())))
                .inputs().toArray()));
        rememberAssumptions(vm);
        return withTools(new NonTargetCostView(vm, ctx.i18n(), ctx.chartStyle()), vm);
    }

    Node cacClv() {
        CacClvModel.Inputs assumptions = CacClvModel.Inputs.fromArray(
                assumptions(new CacClvModel(), CacClvModel.example().toArray()));
        CacClvModel.Inputs baseline = snapshot() == null ? assumptions
                : Baselines.cacClv(snapshot().total(), AppContext.INCLUDED_COSTS, assumptions).inputs();
        CacClvViewModel vm = new CacClvViewModel(baseline, ctx.formats());
        Runnable channels = () -> {
            if (snapshot() != null) {
                vm.setChannels(channelEconomics(snapshot(), vm.currentInputs()));
            }
        };
        onSnapshot(s -> {
            vm.setBaseline(Baselines.cacClv(s.total(), AppContext.INCLUDED_COSTS, CacClvModel.Inputs.fromArray(
                    assumptions(vm.model(), CacClvModel.example().toArray()))).inputs());
            channels.run();
        });
        // The channels' CLV uses the panel's assumptions (purchases per year, lifetime, margin): follow them.
        for (String id : List.of("purchasesPerYear", "lifetimeYears", "grossMargin")) {
            vm.input(id).valueProperty().addListener((obs, o, n) -> channels.run());
        }
        channels.run();
        rememberAssumptions(vm);
        return withTools(new CacClvView(vm, ctx.i18n(), ctx.chartStyle()), vm);
    }

    /** CAC per channel (shared costs allocated by lead share) and CLV = average deal × purchases × lifetime × margin. */
    static List<ChannelEconomics> channelEconomics(WorkspaceSnapshot s, CacClvModel.Inputs a) {
        Map<String, FunnelFacts> byChannel = s.byChannel();
        var shared = sharedCosts(s);
        Map<String, MetricValue> cac = UnitEconomics.cacByChannel(byChannel, shared, AppContext.INCLUDED_COSTS,
                UnitEconomics.SharedCostPolicy.ALLOCATE_BY_LEAD_SHARE);
        List<ChannelEconomics> out = new ArrayList<>();
        for (var e : byChannel.entrySet()) {
            MetricValue deal = FunnelMetrics.averageDealValue(e.getValue());
            MetricValue clv = deal.isDefined()
                    ? MetricValue.of(UnitEconomics.clvPurchaseBased(deal.value(), a.purchasesPerYear(), a.lifetimeYears(),
                    a.grossMargin()))
                    : deal;
            String name = e.getKey().isEmpty() ? "—" : e.getKey();
            out.add(new ChannelEconomics(name, cac.get(e.getKey()), clv));
        }
        out.sort(java.util.Comparator.comparing(ChannelEconomics::name));
        return out;
    }

    /** Costs of the whole selection not booked to any channel: total minus the channels' own. */
    private static Map<org.funnellab.domain.CostCategory, java.math.BigDecimal> sharedCosts(WorkspaceSnapshot s) {
        var shared = new java.util.EnumMap<org.funnellab.domain.CostCategory, java.math.BigDecimal>(
                org.funnellab.domain.CostCategory.class);
        shared.putAll(s.total().costs());
        for (FunnelFacts f : s.byChannel().values()) {
            f.costs().forEach((k, v) -> shared.merge(k, v.negate(), java.math.BigDecimal::add));
        }
        shared.replaceAll((k, v) -> v.signum() < 0 ? java.math.BigDecimal.ZERO : v);
        return shared;
    }

    Node pipelineVelocity() {
        PipelineVelocityModel.Inputs fallback = PipelineVelocityModel.example();
        PipelineVelocityModel.Inputs baseline = snapshot() == null ? fallback
                : Baselines.pipelineVelocity(snapshot().total(), fallback).inputs();
        PipelineVelocityViewModel vm = new PipelineVelocityViewModel(baseline, ctx.formats());
        onSnapshot(s -> vm.setBaseline(Baselines.pipelineVelocity(s.total(), fallback).inputs()));
        return withTools(new PipelineVelocityView(vm, ctx.i18n(), ctx.chartStyle()), vm);
    }

    /** The planner's channels are fixed per model, so new data builds a new planner in place. */
    Node budgetPlanner() {
        StackPane holder = new StackPane();
        Runnable build = () -> holder.getChildren().setAll(plannerView(snapshot()));
        onSnapshot(s -> build.run());
        build.run();
        return holder;
    }

    private Node plannerView(WorkspaceSnapshot s) {
        String id = org.funnellab.calc.BudgetPlannerModel.ID;
        double minutes = remembered(id + "." + org.funnellab.ui.whatif.PlannerWithSettingsModel.MINUTES,
                AppContext.DEFAULT_ASSUMPTIONS.minutesPerCall());
        double clv = remembered(id + "." + org.funnellab.ui.whatif.PlannerWithSettingsModel.CLV, 400_000);
        BudgetPlannerViewModel vm;
        if (s == null || s.byChannel().isEmpty()) {
            vm = new BudgetPlannerViewModel(BudgetPlannerViewModel.demoChannels(), minutes, clv, ctx.formats());
        } else {
            List<BudgetPlanner.ChannelBaseline> channels = new ArrayList<>();
            s.byChannel().forEach((name, f) -> channels.add(
                    Baselines.channel(name.isEmpty() ? "—" : name, f, AppContext.INCLUDED_COSTS).inputs()));
            channels.sort(BY_SPEND_THEN_NAME);
            vm = new BudgetPlannerViewModel(channels, minutes, clv, ctx.formats());
        }
        rememberAssumptions(vm);
        return withTools(new BudgetPlannerView(vm, ctx.i18n(), ctx.chartStyle()), vm);
    }

    private double remembered(String key, double fallback) {
        Double v = ctx.preferences().assumption(key);
        return v == null ? fallback : v;
    }
}
