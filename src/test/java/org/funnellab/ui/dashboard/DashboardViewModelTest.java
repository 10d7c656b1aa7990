package org.funnellab.ui.dashboard;

import org.funnellab.calc.FunnelMetrics;
import org.funnellab.calc.Unit;
import org.funnellab.calc.UnitEconomics;
import org.funnellab.domain.Filters;
import org.funnellab.domain.FunnelFacts;
import org.funnellab.domain.Stage;
import org.funnellab.domain.UndefinedReason;
import org.funnellab.store.DemoData;
import org.funnellab.store.Workspace;
import org.funnellab.ui.common.BackgroundTask;
import org.funnellab.ui.common.CurrentThreadTaskExecutor;
import org.funnellab.ui.common.Formats;
import org.funnellab.ui.common.TaskExecutor;
import org.funnellab.ui.shell.FiltersViewModel;
import org.funnellab.ui.shell.WorkspaceViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardViewModelTest {
    private static final Formats EN = new Formats(Locale.forLanguageTag("en-US"), "RUB");

    @TempDir
    Path dir;
    private Path demo;
    private final FiltersViewModel filters = new FiltersViewModel();
    private WorkspaceViewModel workspace;

    @BeforeEach
    void demoWorkspace() {
        demo = dir.resolve("demo.sqlite");
        try (Workspace ws = Workspace.open(demo)) {
            DemoData.fill(ws, YearMonth.of(2025, 12), 2000, 7);
        }
        workspace = new WorkspaceViewModel(new CurrentThreadTaskExecutor(), filters);
    }

    private FunnelFacts independentFacts(Filters f) {
        try (Workspace ws = Workspace.open(demo)) {
            return ws.queries().facts(f, WorkspaceViewModel.WIN_RATE_STAGE);
        }
    }

    @Test
    void kpiTextsMatchTheMetricsComputedFromTheWorkspace() {
        DashboardViewModel vm = new DashboardViewModel(workspace, new CurrentThreadTaskExecutor(), EN);
        workspace.open(demo);
        FunnelFacts f = independentFacts(filters.filters());
        DashboardData d = vm.data();

        assertThat(d.kpi(Kpis.LEADS).value()).isEqualTo("2,000");
        assertThat(d.kpi(Kpis.NON_TARGET).value()).isEqualTo(EN.format(FunnelMetrics.nonTargetShare(f), Unit.SHARE));
        assertThat(d.kpi(Kpis.NON_TARGET).detailArgs()).containsExactly(EN.format(f.unknown(), Unit.COUNT));
        assertThat(d.kpi(Kpis.WIN_RATE).value()).isEqualTo(EN.format(FunnelMetrics.winRate(f), Unit.SHARE));
        assertThat(d.kpi(Kpis.WIN_RATE).formulaArgs()).containsExactly(
                EN.format(f.closedAtOpportunityWon(), Unit.COUNT), EN.format(f.closedAtOpportunityLost(), Unit.COUNT));
        assertThat(d.kpi(Kpis.AVERAGE_DEAL).value())
                .isEqualTo(EN.format(FunnelMetrics.averageDealValue(f), Unit.MONEY));
        assertThat(d.kpi(Kpis.AVERAGE_DEAL).detailArgs())
                .containsExactly(EN.format(FunnelMetrics.medianDealValue(f), Unit.MONEY));
        assertThat(d.kpi(Kpis.SALES_CYCLE).value())
                .isEqualTo(EN.format(FunnelMetrics.salesCycleMeanDays(f), Unit.DAYS));
        assertThat(d.kpi(Kpis.VELOCITY).value())
                .isEqualTo(EN.format(FunnelMetrics.pipelineVelocityPerMonth(f), Unit.MONEY));
        // Fully loaded by default: every category, shared costs included (no channel filter).
        assertThat(d.kpi(Kpis.CAC).value()).isEqualTo(EN.format(
                UnitEconomics.cacBlended(f, java.util.EnumSet.allOf(org.funnellab.domain.CostCategory.class)),
                Unit.MONEY));
        assertThat(d.kpi(Kpis.REVENUE).value()).isEqualTo(EN.money(f.wonRevenue().doubleValue()));
        assertThat(d.kpis()).extracting(Kpi::id).containsExactlyElementsOf(Kpis.ORDER);
        assertThat(d.kpis()).allSatisfy(k -> assertThat(k.defined()).as(k.id()).isTrue());
    }

    @Test
    void theDashboardReadsItsChartDataForTheSelection() {
        DashboardViewModel vm = new DashboardViewModel(workspace, new CurrentThreadTaskExecutor(), EN);
        workspace.open(demo);
        DashboardData d = vm.data();
        assertThat(d.monthly()).hasSize(18);
        assertThat(d.monthly().stream().mapToLong(m -> m.leads()).sum()).isEqualTo(2000);
        assertThat(d.targetByChannel().stream().mapToLong(t -> t.leads()).sum()).isEqualTo(2000);
        assertThat(d.lossReasons()).isNotEmpty().hasSizeLessThanOrEqualTo(DashboardViewModel.TOP_LOSS_REASONS);
        assertThat(d.cycleHistogram().stream().mapToLong(b -> b.leads()).sum())
                .isEqualTo(independentFacts(Filters.ALL).wonWithCycle());
        assertThat(d.channels()).extracting(ChannelEconomics::channel)
                .containsExactlyElementsOf(new java.util.TreeSet<>(workspace.snapshotProperty().get().byChannel()
                        .keySet()));
    }

    @Test
    void channelClvIsTheAverageDealTimesTheNamedAssumptions() {
        DashboardViewModel vm = new DashboardViewModel(workspace, new CurrentThreadTaskExecutor(), EN);
        workspace.open(demo);
        ChannelEconomics first = vm.data().channels().get(0);
        FunnelFacts f = workspace.snapshotProperty().get().byChannel().get(first.channel());
        double deal = FunnelMetrics.averageDealValue(f).value();
        assertThat(first.clv().value()).isCloseTo(deal * 1 * 3 * 0.5, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(first.ltvToCac().value()).isCloseTo(first.clv().value() / first.cac().value(),
                org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aChannelFilterChangesTheFunnelCounts() {
        DashboardViewModel vm = new DashboardViewModel(workspace, new CurrentThreadTaskExecutor(), EN);
        workspace.open(demo);
        long allLeads = vm.data().funnel().get(0).count();
        String channel = filters.channels().get(0);
        filters.selectedChannels().add(channel);

        FunnelFacts expected = independentFacts(Filters.ALL.withChannels(Set.of(channel)));
        assertThat(vm.data().filters().channels()).containsExactly(channel);
        assertThat(vm.data().funnel()).extracting(FunnelStep::count).containsExactly(
                expected.reached(Stage.LEAD), expected.reached(Stage.MQL), expected.reached(Stage.SQL),
                expected.reached(Stage.OPPORTUNITY), expected.reached(Stage.WON));
        assertThat(vm.data().funnel().get(0).count()).isLessThan(allLeads);
        assertThat(vm.data().kpi(Kpis.LEADS).value()).isEqualTo(EN.format(expected.leads(), Unit.COUNT));
        assertThat(vm.data().targetByChannel()).extracting(t -> t.key()).containsExactly(channel);
    }

    @Test
    void theToggleSwitchesFunnelLabelsBetweenPreviousAndFirstStage() {
        DashboardViewModel vm = new DashboardViewModel(workspace, new CurrentThreadTaskExecutor(), EN);
        workspace.open(demo);
        FunnelStep sqlOfPrevious = vm.data().funnel().get(Stage.SQL.ordinal());
        assertThat(sqlOfPrevious.label()).endsWith(EN.format(sqlOfPrevious.ofPrevious(), Unit.SHARE));

        vm.conversionOfFirstProperty().set(true);
        FunnelStep sqlOfFirst = vm.data().funnel().get(Stage.SQL.ordinal());
        assertThat(sqlOfFirst.label()).endsWith(EN.format(sqlOfFirst.ofFirst(), Unit.SHARE))
                .isNotEqualTo(sqlOfPrevious.label());
        assertThat(vm.data().funnel().get(0).label()).endsWith("100%");
    }

    @Test
    void anEmptyWorkspaceShowsUndefinedKpisWithTheirReasons() {
        Path empty = dir.resolve("empty.sqlite");
        Workspace.open(empty).close();
        DashboardViewModel vm = new DashboardViewModel(workspace, new CurrentThreadTaskExecutor(), EN);
        workspace.open(empty);
        DashboardData d = vm.data();

        assertThat(d.hasData()).isFalse();
        assertThat(d.kpi(Kpis.LEADS).value()).isEqualTo("0");
        assertThat(d.kpi(Kpis.NON_TARGET).reason()).isEqualTo(UndefinedReason.NO_CLASSIFIED_LEADS);
        assertThat(d.kpi(Kpis.WIN_RATE).reason()).isEqualTo(UndefinedReason.NO_CLOSED_OPPORTUNITIES);
        assertThat(d.kpi(Kpis.AVERAGE_DEAL).reason()).isEqualTo(UndefinedReason.NO_DEAL_VALUES);
        assertThat(d.kpi(Kpis.SALES_CYCLE).reason()).isEqualTo(UndefinedReason.NO_CLOSED_DATES);
        assertThat(d.kpi(Kpis.VELOCITY).defined()).isFalse();
        assertThat(d.kpi(Kpis.CAC).reason()).isEqualTo(UndefinedReason.NO_WON_LEADS);
        for (String id : List.of(Kpis.NON_TARGET, Kpis.WIN_RATE, Kpis.AVERAGE_DEAL, Kpis.SALES_CYCLE, Kpis.VELOCITY,
                Kpis.CAC)) {
            assertThat(d.kpi(id).value()).as(id).isEqualTo(Formats.UNDEFINED);
        }
        assertThat(d.funnel()).allSatisfy(s -> assertThat(s.label()).isEqualTo("0"));
        assertThat(d.channels()).isEmpty();
    }

    /** Holds tasks until the test releases them, to deliver results out of order. */
    private static final class HeldExecutor implements TaskExecutor {
        final List<BackgroundTask<?>> held = new ArrayList<>();

        @Override
        public Cancellable execute(BackgroundTask<?> task) {
            held.add(task);
            return () -> { };
        }

        void run(int i) {
            new CurrentThreadTaskExecutor().execute(held.get(i));
        }

        @Override
        public void close() {
        }
    }

    @Test
    void aResultArrivingAfterANewerRequestIsDropped() {
        HeldExecutor held = new HeldExecutor();
        DashboardViewModel vm = new DashboardViewModel(workspace, held, EN);
        workspace.open(demo);
        int first = held.held.size() - 1;
        String channel = filters.channels().get(0);
        filters.selectedChannels().add(channel);
        int second = held.held.size() - 1;
        assertThat(second).isGreaterThan(first);

        held.run(second);
        assertThat(vm.data().filters().channels()).containsExactly(channel);
        held.run(first);
        assertThat(vm.data().filters().channels()).as("the stale, unfiltered result is dropped")
                .containsExactly(channel);
        assertThat(vm.loadingProperty().get()).isFalse();
    }

    @Test
    void theExtraDataIsReadInOneBackgroundTaskPerSnapshot() {
        HeldExecutor held = new HeldExecutor();
        new DashboardViewModel(workspace, held, EN);
        workspace.open(demo);
        int afterOpen = held.held.size();
        filters.selectedChannels().add(filters.channels().get(0));
        assertThat(held.held.size()).isEqualTo(afterOpen + 1);
    }
}
