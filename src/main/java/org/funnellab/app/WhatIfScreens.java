package org.funnellab.app;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.funnellab.calc.Baselines;
import org.funnellab.calc.BudgetPlanner;
import org.funnellab.calc.CacClvModel;
import org.funnellab.calc.NonTargetCostModel;
import org.funnellab.calc.PipelineVelocityModel;
import org.funnellab.service.Economics;
import org.funnellab.service.PanelBaselines;
import org.funnellab.service.PanelState;
import org.funnellab.service.ScenarioEvaluator;
import org.funnellab.service.WorkingState;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the four what-if panels over the open workspace: each starts from the baseline measured for the current
 * filters (the same {@link ScenarioEvaluator} baselines a saved scenario is evaluated on) and follows it when the
 * filters or data change; assumptions (inputs not in the data) start from the user's remembered values and are
 * remembered when changed. Each panel's working state (moved inputs, undo history) is the application's
 * {@link WorkingState}, not the screen's, so it survives the screen being rebuilt. Everything registered on
 * long-lived objects goes through the context's lifetime and is released when these screens are replaced.
 */
final class WhatIfScreens {
    /**
     * The planner's channel order, the same on every launch and in every export: largest spend first, then by name
     * (the snapshot's map has no order of its own).
     */
    static final java.util.Comparator<BudgetPlanner.ChannelBaseline> BY_SPEND_THEN_NAME =
            org.funnellab.service.ChannelOrder.bySpendThenName(BudgetPlanner.ChannelBaseline::spend,
                    BudgetPlanner.ChannelBaseline::name);

    private final AppContext ctx;
    private final ScenarioEvaluator evaluator;
    /** The panel view model each panel shows now, by model id. */
    private final Map<String, WhatIfViewModel> live = new HashMap<>();

    WhatIfScreens(AppContext ctx) {
        this.ctx = ctx;
        this.evaluator = ctx.evaluator();
        WorkingState working = ctx.working();
        working.setOnReplaced(panel -> {
            WhatIfViewModel vm = live.get(panel);
            if (vm != null) {
                vm.applyState();
            }
        });
        ctx.lifetime().onClose(() -> {
            working.setOnReplaced(p -> { });
            live.clear();
        });
    }

    /** The panel a model id names, as shown now; null when it was not built yet. */
    WhatIfViewModel live(String panel) {
        return live.get(panel);
    }

    /** The panel shown last: owner of the settings dialog a panel opens (its window and theme). */
    private Node shown;

    private WorkspaceSnapshot snapshot() {
        return ctx.workspace().snapshotProperty().get();
    }

    private org.funnellab.service.Selection selection() {
        WorkspaceSnapshot s = snapshot();
        return s == null ? null : s.selection();
    }

    private PanelState state(String panel) {
        return ctx.working().panel(panel);
    }

    private <T extends WhatIfViewModel> T track(String panel, T vm) {
        live.put(panel, vm);
        return vm;
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
        WhatIfToolsBar.install(panel, vm, ctx.i18n(), ctx.executor(), ctx.chartStyle(), ctx.scenarios());
        ctx.scenarios().installSelector(panel, vm);
        panel.sceneProperty().addListener((obs, o, n) -> {
            if (n != null) {
                shown = panel;
            }
        });
        return panel;
    }

    private void onSnapshot(java.util.function.Consumer<WorkspaceSnapshot> action) {
        ctx.lifetime().listen(ctx.workspace().snapshotProperty(), (obs, o, n) -> {
            if (n != null) {
                action.accept(n);
            }
        });
    }

    Node nonTargetCost() {
        String id = NonTargetCostModel.ID;
        var first = nonTargetBaseline(snapshot());
        NonTargetCostViewModel vm = track(id, new NonTargetCostViewModel(first.inputs(), ctx.formats(), state(id)));
        vm.setOnOpenSettings(() -> ctx.openSettings(shown));
        showContext(vm, first, snapshot());
        onSnapshot(s -> {
            var b = nonTargetBaseline(s);
            vm.setBaseline(b.inputs().toArray());
            showContext(vm, b, s);
        });
        rememberAssumptions(vm);
        return withTools(new NonTargetCostView(vm, ctx.i18n(), ctx.chartStyle()), vm);
    }

    private Baselines.Baseline<NonTargetCostModel.Inputs> nonTargetBaseline(WorkspaceSnapshot s) {
        NonTargetCostModel.Inputs assumptions = evaluator.nonTargetAssumptions();
        return s == null ? new Baselines.Baseline<>(assumptions, Map.of())
                : PanelBaselines.nonTargetCost(s.selection(), assumptions);
    }

    Node cacClv() {
        String id = CacClvModel.ID;
        var first = snapshot() == null ? new Baselines.Baseline<>(CacClvModel.example(), Map.of())
                : PanelBaselines.cacClv(snapshot().selection());
        CacClvViewModel vm = track(id, new CacClvViewModel(first.inputs(), ctx.formats(), state(id)));
        vm.setOnOpenSettings(() -> ctx.openSettings(shown));
        showContext(vm, first, snapshot());
        Runnable channels = () -> {
            if (snapshot() != null) {
                vm.setChannels(channelEconomics(snapshot()));
            }
        };
        onSnapshot(s -> {
            var b = PanelBaselines.cacClv(s.selection());
            vm.setBaseline(b.inputs());
            showContext(vm, b, s);
            channels.run();
        });
        channels.run();
        return withTools(new CacClvView(vm, ctx.i18n(), ctx.chartStyle()), vm);
    }

    /** Each channel's CAC and CLV as the application service computed them (the dashboard shows the same). */
    static List<ChannelEconomics> channelEconomics(WorkspaceSnapshot s) {
        List<ChannelEconomics> out = new ArrayList<>();
        for (String channel : org.funnellab.service.ChannelOrder.of(s.metrics())) {
            Economics e = s.metrics().byChannel().get(channel);
            out.add(new ChannelEconomics(e.channel().isEmpty() ? "—" : e.channel(), e.cac(), e.clv()));
        }
        return out;
    }

    Node pipelineVelocity() {
        String id = PipelineVelocityModel.ID;
        PipelineVelocityModel.Inputs fallback = PipelineVelocityModel.example();
        var first = snapshot() == null ? new Baselines.Baseline<>(fallback, Map.of())
                : PanelBaselines.pipelineVelocity(snapshot().selection(), fallback);
        PipelineVelocityViewModel vm = track(id, new PipelineVelocityViewModel(first.inputs(), ctx.formats(),
                state(id)));
        showContext(vm, first, snapshot());
        onSnapshot(s -> {
            var b = PanelBaselines.pipelineVelocity(s.selection(), fallback);
            vm.setBaseline(b.inputs());
            showContext(vm, b, s);
        });
        return withTools(new PipelineVelocityView(vm, ctx.i18n(), ctx.chartStyle()), vm);
    }

    /**
     * The planner's channels are fixed per model, so new data builds a new planner in place; the moved spends and
     * the undo history carry over through the panel's working state (by channel name).
     */
    Node budgetPlanner() {
        StackPane holder = new StackPane();
        Runnable build = () -> holder.getChildren().setAll(plannerScreen(snapshot()));
        onSnapshot(s -> build.run());
        build.run();
        return holder;
    }

    /**
     * With response curves: the planner and the curves view as two tabs; a channel's elasticity changed in the
     * curves view rebuilds the planner on the new curves.
     */
    private Node plannerScreen(WorkspaceSnapshot s) {
        if (s == null || s.curves().isEmpty()) {
            return plannerView(s);
        }
        org.funnellab.ui.whatif.ResponseCurvesViewModel curves =
                new org.funnellab.ui.whatif.ResponseCurvesViewModel(s.curves());
        org.funnellab.ui.whatif.ResponseCurvesView curvesView = new org.funnellab.ui.whatif.ResponseCurvesView(
                curves, ctx.i18n(), ctx.formats(), ctx.chartStyle());
        StackPane plannerHolder = new StackPane();
        Runnable build = () -> plannerHolder.getChildren().setAll(plannerView(s, curves, curvesView));
        curves.versionProperty().addListener((obs, o, n) -> build.run());
        build.run();
        javafx.scene.control.Tab plan = new javafx.scene.control.Tab(ctx.i18n().get("planner.tab.plan"),
                plannerHolder);
        javafx.scene.control.Tab fits = new javafx.scene.control.Tab(ctx.i18n().get("planner.tab.curves"),
                curvesView);
        fits.setId("curvesTab");
        javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane(plan, fits);
        tabs.setId("plannerTabs");
        tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private Node plannerView(WorkspaceSnapshot s, org.funnellab.ui.whatif.ResponseCurvesViewModel curves,
                             org.funnellab.ui.whatif.ResponseCurvesView curvesView) {
        Node view = plannerView(s, curves.plannedCurves());
        if (view instanceof javafx.scene.layout.BorderPane panel
                && panel.lookup("#plannerView") instanceof BudgetPlannerView planner) {
            curvesView.follow(planner.viewModel());
        }
        return view;
    }

    /**
     * The planner over the selection's channels, or (no channel with leads) a note saying what to import: it never
     * plans invented channels.
     */
    private Node plannerView(WorkspaceSnapshot s) {
        return plannerView(s, null);
    }

    /**
     * {@code curves} (in the snapshot's curve order) rearranged to follow {@code channels} by name; null when a channel
     * has no curve (the planner then uses the one exponent).
     */
    private static List<org.funnellab.calc.ResponseCurve> inChannelOrder(WorkspaceSnapshot s,
            List<org.funnellab.calc.ResponseCurve> curves, List<BudgetPlanner.ChannelBaseline> channels) {
        if (curves == null || s == null || curves.size() != s.curves().size()) {
            return null;
        }
        Map<String, org.funnellab.calc.ResponseCurve> byName = new java.util.HashMap<>();
        for (int i = 0; i < curves.size(); i++) {
            String name = s.curves().get(i).channel();
            byName.put(name == null || name.isEmpty() ? "—" : name, curves.get(i));
        }
        List<org.funnellab.calc.ResponseCurve> out = new ArrayList<>();
        for (BudgetPlanner.ChannelBaseline c : channels) {
            org.funnellab.calc.ResponseCurve curve = byName.get(c.name());
            if (curve == null) {
                return null;
            }
            out.add(curve);
        }
        return out;
    }

    private Node plannerView(WorkspaceSnapshot s, List<org.funnellab.calc.ResponseCurve> curves) {
        List<BudgetPlanner.ChannelBaseline> channels = new ArrayList<>();
        if (s != null) {
            PanelBaselines.plannerChannels(s.selection()).forEach(b -> channels.add(b.inputs()));
            channels.sort(BY_SPEND_THEN_NAME);
        }
        if (channels.isEmpty()) {
            return BudgetPlannerView.empty(ctx.i18n(), s == null ? "planner.empty.loading" : "planner.empty");
        }
        if (channels.stream().allMatch(c -> !(c.spend() > 0))) {
            // leads but no costs: no channel has a cost per lead to plan from, so a plan would be all zeros
            return BudgetPlannerView.empty(ctx.i18n(), "planner.noCosts");
        }
        String id = org.funnellab.calc.BudgetPlannerModel.ID;
        double minutes = remembered(id + "." + org.funnellab.calc.PlannerWithSettingsModel.MINUTES,
                ScenarioEvaluator.DEFAULT_ASSUMPTIONS.minutesPerCall());
        var clv = PanelBaselines.clvPerCustomer(s.selection());
        curves = inChannelOrder(s, curves, channels);
        BudgetPlannerViewModel vm = track(id, curves != null && curves.size() == channels.size()
                ? new BudgetPlannerViewModel(channels, curves, minutes, clv.orElse(0), ctx.formats(), state(id))
                : new BudgetPlannerViewModel(channels, minutes, clv.orElse(0), ctx.formats(), state(id)));
        vm.setContext(false, s.settings());
        vm.setOnOpenSettings(() -> ctx.openSettings(shown));
        vm.setUnmeasured(clv.isDefined() ? Map.of()
                : Map.of(org.funnellab.calc.PlannerWithSettingsModel.CLV, clv.reason()));
        rememberAssumptions(vm);
        BudgetPlannerView view = new BudgetPlannerView(vm, ctx.i18n(), ctx.chartStyle());
        view.setOptimiserContext(evaluator.nonTargetAssumptions(), ctx.scenarios());
        return withTools(view, vm);
    }

    /** Marks the inputs the data could not measure, and names the settings and example state in the header. */
    private static void showContext(WhatIfViewModel vm, Baselines.Baseline<?> b, WorkspaceSnapshot s) {
        vm.setUnmeasured(b.unmeasured());
        vm.setContext(s == null || !s.selection().hasLeads(), s == null ? null : s.settings());
        vm.setNegativeCycles(s == null ? 0 : s.selection().negativeCycles());
    }

    private double remembered(String key, double fallback) {
        Double v = ctx.preferences().assumption(key);
        return v == null ? fallback : v;
    }
}
