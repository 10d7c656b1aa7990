package org.funnellab.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.funnellab.calc.BudgetPlanner;
import org.funnellab.cli.FunnelLabCommand;
import org.funnellab.domain.Filters;
import org.funnellab.domain.MetricValue;
import org.funnellab.store.DemoData;
import org.funnellab.store.Workspace;
import org.funnellab.ui.common.FxTaskExecutor;
import org.funnellab.ui.dashboard.ChannelEconomics;
import org.funnellab.ui.dashboard.DashboardData;
import org.funnellab.ui.dashboard.DashboardView;
import org.funnellab.ui.shell.FiltersViewModel;
import org.funnellab.ui.shell.WorkspaceViewModel;
import org.funnellab.ui.whatif.BudgetPlannerView;
import org.funnellab.ui.whatif.BudgetPlannerViewModel;
import org.funnellab.ui.whatif.CacClvView;
import org.funnellab.ui.whatif.CacClvViewModel;
import org.funnellab.ui.whatif.NonTargetCostView;
import org.funnellab.ui.whatif.NonTargetCostViewModel;
import org.funnellab.ui.whatif.PipelineVelocityView;
import org.funnellab.ui.whatif.PipelineVelocityViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * One number, one place: for several filters, {@code metrics --json} and the values of the dashboard's and each
 * what-if panel's view model, built by the app's own wiring over the same workspace, are the same numbers.
 */
@ExtendWith(ApplicationExtension.class)
class OneNumberParityTest {
    private static final YearMonth FROM = YearMonth.of(2024, 10);
    private static final YearMonth TO = YearMonth.of(2025, 9);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private Path demo;
    private FxTaskExecutor executor;
    private FxTaskExecutor wsExecutor;
    private WorkspaceViewModel workspace;
    private FiltersViewModel filters;
    private UserPreferences preferences;
    private DashboardView dashboard;
    private NonTargetCostView nonTarget;
    private CacClvView cacClv;
    private PipelineVelocityView velocity;
    private StackPane planner;

    @Start
    void start(Stage stage) {
        demo = dir.resolve("demo.sqlite");
        try (Workspace ws = Workspace.open(demo)) {
            DemoData.fill(ws, YearMonth.of(2025, 12), 2000, 7);
        }
        executor = new FxTaskExecutor();
        wsExecutor = new FxTaskExecutor(1, "ws");
        filters = new FiltersViewModel();
        workspace = new WorkspaceViewModel(wsExecutor, filters);
        preferences = UserPreferences.load(dir.resolve("prefs.json"));
        AppContext ctx = new AppContext(Locale.forLanguageTag("en-US"), false, workspace, preferences, executor,
                wsExecutor);
        workspace.open(demo);
        dashboard = (DashboardView) ctx.dashboard();
        WhatIfScreens whatIf = ctx.whatIf();
        nonTarget = (NonTargetCostView) whatIf.nonTargetCost();
        cacClv = (CacClvView) whatIf.cacClv();
        velocity = (PipelineVelocityView) whatIf.pipelineVelocity();
        planner = (StackPane) whatIf.budgetPlanner();
        stage.setScene(new javafx.scene.Scene(new StackPane(), 200, 200));
        stage.show();
    }

    @AfterEach
    void close() {
        workspace.close();
        executor.close();
        wsExecutor.close();
        preferences.close();
    }

    private JsonNode cli(Filters f) throws Exception {
        List<String> args = new ArrayList<>(List.of("metrics", "--workspace", demo.toString(), "--json", "--from",
                f.from().toString(), "--to", f.to().toString()));
        f.channels().forEach(c -> args.addAll(List.of("--channel", c)));
        f.campaigns().forEach(c -> args.addAll(List.of("--campaign", c)));
        f.owners().forEach(c -> args.addAll(List.of("--owner", c)));
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit;
        synchronized (System.class) {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            try {
                exit = FunnelLabCommand.run(args.toArray(String[]::new));
            } finally {
                System.setOut(old);
            }
        }
        assertThat(exit).isZero();
        return JSON.readTree(out.toString(StandardCharsets.UTF_8));
    }

    private void select(FxRobot robot, Filters f) throws Exception {
        robot.interact(() -> {
            filters.selectedChannels().clear();
            filters.selectedCampaigns().clear();
            filters.selectedOwners().clear();
            filters.fromProperty().set(f.from());
            filters.toProperty().set(f.to());
            filters.selectedChannels().addAll(f.channels());
            filters.selectedCampaigns().addAll(f.campaigns());
            filters.selectedOwners().addAll(f.owners());
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> workspace.snapshotProperty().get() != null
                && workspace.snapshotProperty().get().filters().equals(f)
                && dashboard.viewModel().data().filters().equals(f) && !dashboard.viewModel().loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Money in the JSON has two decimals; the screens keep the unrounded value. */
    private static void sameMoney(String what, MetricValue screen, JsonNode json) {
        if (json.isNull()) {
            assertThat(screen.isDefined()).as(what + " undefined on both").isFalse();
        } else {
            assertThat(screen.value()).as(what).isCloseTo(json.decimalValue().doubleValue(), within(0.0051));
        }
    }

    /** A ratio: the same double on screen and in the JSON (up to rounding of the last digits), or undefined on both. */
    private static void sameNumber(String what, MetricValue screen, JsonNode json) {
        if (json.isNull()) {
            assertThat(screen.isDefined()).as(what + " undefined on both").isFalse();
        } else {
            assertThat(screen.value()).as(what).isCloseTo(json.asDouble(), within(1e-9 * Math.abs(json.asDouble())));
        }
    }

    /**
     * A panel input's baseline: the JSON's value when it has one; otherwise the input is marked "not in your data"
     * with the reason the JSON gives.
     */
    private static void sameInput(String what, org.funnellab.ui.whatif.InputViewModel in, JsonNode row, String key,
                                  double tolerance) {
        JsonNode v = row.get(key);
        if (v.isNull()) {
            assertThat(in.notMeasuredProperty().get()).as(what + " marked not measured").isNotNull();
            assertThat(in.notMeasuredProperty().get().english()).as(what).isEqualTo(row.get(key + "Reason").asText());
        } else {
            assertThat(in.notMeasuredProperty().get()).as(what + " measured").isNull();
            assertThat(in.baseline()).as(what).isCloseTo(v.asDouble(), within(tolerance));
        }
    }

    private static void sameMoney(String what, double screen, JsonNode json) {
        sameMoney(what, MetricValue.of(screen), json);
    }

    @Test
    void theCommandLineTheDashboardAndEveryPanelShowTheSameNumbers(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !filters.channels().isEmpty());
        List<String> channels = new ArrayList<>(filters.channels());
        String campaign = filters.campaigns().get(0);
        List<Filters> cases = List.of(
                new Filters(FROM, TO, Set.of(), Set.of(), Set.of()),
                new Filters(FROM, TO, Set.of(channels.get(0)), Set.of(), Set.of()),
                new Filters(FROM, FROM.plusMonths(2), Set.of(channels.get(1), channels.get(2)), Set.of(), Set.of()),
                new Filters(FROM, TO, Set.of(), Set.of(campaign), Set.of()),
                new Filters(FROM, TO, Set.of(), Set.of(), Set.of(filters.owners().get(0))));
        for (Filters f : cases) {
            select(robot, f);
            JsonNode j = cli(f);
            int months = (int) ChronoUnit.MONTHS.between(f.from(), f.to()) + 1;
            String at = f.toString();

            // the dashboard: the CAC card and the CAC-vs-CLV chart's points
            DashboardData d = dashboard.viewModel().data();
            if (j.get("cacBlended").isNull()) {
                assertThat(d.kpi("cac").reason().english()).as(at).isEqualTo(j.get("cacBlendedReason").asText());
            }
            assertThat(d.kpi("cac").value()).as(at).isEqualTo(dashboard.viewModel().formats()
                    .format(j.get("cacBlended").isNull() ? MetricValue.undefined(
                            org.funnellab.domain.UndefinedReason.NO_COSTS)
                            : MetricValue.of(j.get("cacBlended").decimalValue().doubleValue()),
                            org.funnellab.calc.Unit.MONEY));
            assertThat(d.channels()).extracting(ChannelEconomics::channel).as(at)
                    .containsExactlyElementsOf(() -> j.get("byChannel").fieldNames());
            for (ChannelEconomics e : d.channels()) {
                JsonNode row = j.get("byChannel").get(e.channel());
                sameMoney(at + " dashboard CAC " + e.channel(), e.cac(), row.get("cacBlended"));
                sameMoney(at + " dashboard CLV " + e.channel(), e.clv(), row.get("clv"));
            }

            // the CAC / CLV panel: its baseline and its per-channel points
            CacClvViewModel c = cacClv.viewModel();
            sameMoney(at + " panel CAC", c.baselineOutput("cac"), j.get("cacBlended"));
            sameMoney(at + " panel CLV", c.baselineOutput("clv"), j.get("clv"));
            sameNumber(at + " panel LTV:CAC", c.baselineOutput("ltvToCac"), j.get("ltvToCac"));
            sameNumber(at + " panel payback", c.baselineOutput("paybackMonths"), j.get("cacPaybackMonths"));
            for (org.funnellab.ui.whatif.ChannelEconomics e : c.channelsProperty().get()) {
                JsonNode row = j.get("byChannel").get(e.name().equals("—") ? "" : e.name());
                sameMoney(at + " panel CAC " + e.name(), e.cac(), row.get("cacBlended"));
            }

            // the non-target panel: leads, share and cost per lead
            NonTargetCostViewModel n = nonTarget.viewModel();
            assertThat(n.input("leadsPerMonth").baseline()).as(at).isEqualTo(j.get("leads").asDouble() / months);
            sameInput(at + " non-target share", n.input("nonTargetShare"), j, "nonTargetShare", 0);
            sameInput(at + " cost per lead", n.input("costPerLead"), j, "costPerLead", 0.0051);

            // the velocity panel
            PipelineVelocityViewModel v = velocity.viewModel();
            sameInput(at + " average deal", v.input("averageDeal"), j, "avgDealValue", 0.0051);
            sameInput(at + " win rate", v.input("winRate"), j, "winRate", 0);
            sameInput(at + " cycle", v.input("cycleDays"), j, "salesCycleDaysMean", 0);
            sameMoney(at + " velocity", v.baselineOutput("revenueDay"), j.get("pipelineVelocityPerDay"));

            // the planner: each channel's spend and cost per lead, and the CLV it values a customer at
            WaitForAsyncUtils.waitForFxEvents();
            Node p = planner.getChildren().get(0);
            if (p instanceof javafx.scene.control.TabPane tabs) {
                // With response curves the planner is the first of two tabs (the curves view is the second).
                p = ((StackPane) tabs.getTabs().get(0).getContent()).getChildren().get(0);
            }
            if (!(p instanceof BudgetPlannerView)) {
                // no costs in the selection (costs are never attributed to an owner): the planner asks for a cost
                // sheet instead of planning zeros — and the command line agrees that no channel has costs
                assertThat(p.lookup("#plannerEmpty")).as(at + " the planner's note").isNotNull();
                java.util.Iterator<JsonNode> rows = j.get("byChannel").elements();
                while (rows.hasNext()) {
                    JsonNode costs = rows.next().get("costsTotal");
                    assertThat(costs.isNull() || costs.asDouble() == 0).as(at + " no channel has costs").isTrue();
                }
                continue;
            }
            BudgetPlannerViewModel pv = ((BudgetPlannerView) p).viewModel();
            for (BudgetPlanner.ChannelBaseline b : pv.channels()) {
                JsonNode row = j.get("byChannel").get(b.name().equals("—") ? "" : b.name());
                if (row.get("costsTotal").isNull()) {
                    assertThat(b.spend()).as(at + " planner spend " + b.name() + ": costs do not apply").isZero();
                } else {
                    sameMoney(at + " planner spend × months " + b.name(), b.spend() * months, row.get("costsTotal"));
                }
                if (row.get("costPerLead").isNull()) {
                    assertThat(b.cpl()).as(at + " planner CPL " + b.name() + " not measured").isZero();
                } else {
                    sameMoney(at + " planner CPL " + b.name(), b.cpl(), row.get("costPerLead"));
                }
            }
            sameMoney(at + " planner CLV", pv.input("clvPerCustomer").baseline(), j.get("clv"));
            for (BudgetPlanner.ChannelPlan row : pv.baselinePlanProperty().get().channels()) {
                JsonNode r = j.get("byChannel").get(row.name().equals("—") ? "" : row.name());
                sameMoney(at + " planner CAC " + row.name(), row.cac(), r.get("cacBlended"));
                sameNumber(at + " planner LTV:CAC " + row.name(), row.ltvToCac(), r.get("ltvToCac"));
            }
            sameNumber(at + " planner total LTV:CAC", pv.baselinePlanProperty().get().total().ltvToCac(),
                    j.get("ltvToCac"));
        }
    }
}
