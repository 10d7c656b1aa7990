package org.funnellab.ui.dashboard;

import org.funnellab.calc.Unit;
import org.funnellab.domain.Filters;
import org.funnellab.domain.Stage;
import org.funnellab.domain.UndefinedReason;
import org.funnellab.domain.CostCategory;
import org.funnellab.domain.CostEntry;
import org.funnellab.domain.Lead;
import org.funnellab.domain.LeadStatus;
import org.funnellab.domain.SourceSystem;
import org.funnellab.domain.Target;
import org.funnellab.store.ImportBatchInfo;
import org.funnellab.store.ImportKind;
import org.funnellab.store.ImportTransaction;
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

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
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

    private static final YearMonth MARCH = YearMonth.of(2025, 3);

    /*
     * A workspace small enough to work by hand (March 2025, created on the 2nd at 10:00):
     *
     *   VK   V1 V2 V3  won, target, closed after 10 / 20 / 30 days, deals 100,000 / 200,000 / 600,000
     *        V4 V5     lost at the opportunity stage, target
     *        V6 V7     lost as leads, non-target
     *        V8 V9     open opportunities, target
     *        V10       open lead, target unknown
     *   SEO  S1        won, target, closed after 40 days, deal 400,000
     *        S2        lost at the opportunity stage, target
     *   costs: VK paid media 150,000; SEO content 50,000 (no shared costs)
     *
     * All:  12 leads; non-target 2 of 11 classified = 18.18 %, 1 unknown; win rate 4 won of 4 + 3 lost = 57.14 %;
     *       revenue 1,300,000; average deal 1,300,000 / 4 = 325,000, median of 100k, 200k, 400k, 600k = 300,000;
     *       cycle (10 + 20 + 30 + 40) / 4 = 25 days; velocity 2 open opportunities × 325,000 × 4/7 ÷ 25 days
     *       = 14,857.14 a day × 30.4375 days a month = 452,214 a month; CAC 200,000 / 4 won = 50,000.
     * VK:   funnel 10 leads, 7 reached MQL, SQL and opportunity (V1–V5, V8, V9), 3 won.
     * SEO:  CLV = average deal 400,000 × margin 1 × 3 purchases × 0.5 retention = 600,000; CAC 50,000 / 1 = 50,000;
     *       LTV:CAC 12.
     */
    private Path handWorked() {
        Path file = dir.resolve("hand.sqlite");
        try (Workspace ws = Workspace.open(file)) {
            try (ImportTransaction tx = ws.begin(ImportBatchInfo.of(ImportKind.LEADS, "leads.csv"))) {
                tx.upsert(lead("V1", "VK", Stage.WON, LeadStatus.WON, Target.TARGET, 10, "100000"));
                tx.upsert(lead("V2", "VK", Stage.WON, LeadStatus.WON, Target.TARGET, 20, "200000"));
                tx.upsert(lead("V3", "VK", Stage.WON, LeadStatus.WON, Target.TARGET, 30, "600000"));
                tx.upsert(lead("V4", "VK", Stage.OPPORTUNITY, LeadStatus.LOST, Target.TARGET, 5, null));
                tx.upsert(lead("V5", "VK", Stage.OPPORTUNITY, LeadStatus.LOST, Target.TARGET, 5, null));
                tx.upsert(lead("V6", "VK", Stage.LEAD, LeadStatus.LOST, Target.NON_TARGET, 1, null));
                tx.upsert(lead("V7", "VK", Stage.LEAD, LeadStatus.LOST, Target.NON_TARGET, 1, null));
                tx.upsert(lead("V8", "VK", Stage.OPPORTUNITY, LeadStatus.OPEN, Target.TARGET, 0, null));
                tx.upsert(lead("V9", "VK", Stage.OPPORTUNITY, LeadStatus.OPEN, Target.TARGET, 0, null));
                tx.upsert(lead("V10", "VK", Stage.LEAD, LeadStatus.OPEN, Target.UNKNOWN, 0, null));
                tx.upsert(lead("S1", "SEO", Stage.WON, LeadStatus.WON, Target.TARGET, 40, "400000"));
                tx.upsert(lead("S2", "SEO", Stage.OPPORTUNITY, LeadStatus.LOST, Target.TARGET, 7, null));
                tx.commit();
            }
            try (ImportTransaction tx = ws.begin(ImportBatchInfo.of(ImportKind.COSTS, "costs.csv"))) {
                tx.addCost(new CostEntry(MARCH, "VK", null, CostCategory.PAID_MEDIA, new BigDecimal("150000"), "RUB"));
                tx.addCost(new CostEntry(MARCH, "SEO", null, CostCategory.CONTENT, new BigDecimal("50000"), "RUB"));
                tx.commit();
            }
        }
        return file;
    }

    private static Lead lead(String id, String channel, Stage stage, LeadStatus status, Target target, int closedAfter,
                             String deal) {
        LocalDateTime created = MARCH.atDay(2).atTime(10, 0);
        return new Lead(SourceSystem.GENERIC, id, created, status == LeadStatus.OPEN ? null
                : created.plusDays(closedAfter), channel, null, null, null, stage, status, target, null,
                deal == null ? null : new BigDecimal(deal), "RUB", java.util.List.of("raw " + id));
    }

    @Test
    void kpiTextsAreTheHandWorkedFigures() {
        DashboardViewModel vm = new DashboardViewModel(workspace, new CurrentThreadTaskExecutor(), EN);
        workspace.open(handWorked());
        DashboardData d = vm.data();

        assertThat(d.kpi(Kpis.LEADS).value()).isEqualTo("12");
        assertThat(d.kpi(Kpis.NON_TARGET).value()).isEqualTo("18.18%");
        assertThat(d.kpi(Kpis.NON_TARGET).detailArgs()).containsExactly("1");
        assertThat(d.kpi(Kpis.WIN_RATE).value()).isEqualTo("57.14%");
        assertThat(d.kpi(Kpis.WIN_RATE).formulaArgs()).containsExactly("4", "3");
        assertThat(d.kpi(Kpis.AVERAGE_DEAL).value()).isEqualTo("₽325,000");
        assertThat(d.kpi(Kpis.AVERAGE_DEAL).detailArgs()).containsExactly("₽300,000");
        assertThat(d.kpi(Kpis.SALES_CYCLE).value()).isEqualTo("25 days");
        assertThat(d.kpi(Kpis.VELOCITY).value()).isEqualTo("₽452,214");
        // Fully loaded by default: every category, shared costs included (none here).
        assertThat(d.kpi(Kpis.CAC).value()).isEqualTo("₽50,000");
        assertThat(d.kpi(Kpis.REVENUE).value()).isEqualTo("₽1,300,000");
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
        assertThat(d.channels()).extracting(ChannelEconomics::channel)
                .containsExactlyInAnyOrderElementsOf(workspace.snapshotProperty().get().byChannel().keySet());
        // largest spend first, in the channel chart and the CAC / CLV chart alike
        var economics = workspace.snapshotProperty().get().metrics().byChannel();
        for (int i = 1; i < d.channels().size(); i++) {
            assertThat(economics.get(d.channels().get(i - 1).channel()).costs().value())
                    .isGreaterThanOrEqualTo(economics.get(d.channels().get(i).channel()).costs().value());
        }
        assertThat(d.targetByChannel()).extracting(t -> t.key())
                .containsExactlyElementsOf(d.channels().stream().map(ChannelEconomics::channel).toList());

        workspace.open(handWorked());
        DashboardData hand = vm.data();
        assertThat(hand.cycleHistogram().stream().mapToLong(b -> b.leads()).sum()).as("four won with both dates")
                .isEqualTo(4);
        assertThat(hand.monthly()).hasSize(1);
        // VK spent 150,000 ₽ and SEO 50,000 ₽
        assertThat(hand.channels()).extracting(ChannelEconomics::channel).containsExactly("VK", "SEO");
        assertThat(hand.targetByChannel()).extracting(t -> t.key()).containsExactly("VK", "SEO");
    }

    @Test
    void channelClvIsTheAverageDealTimesTheNamedAssumptions() {
        DashboardViewModel vm = new DashboardViewModel(workspace, new CurrentThreadTaskExecutor(), EN);
        workspace.open(handWorked());
        ChannelEconomics seo = vm.data().channels().get(1);
        assertThat(seo.channel()).isEqualTo("SEO");
        assertThat(seo.clv().value()).isEqualTo(600_000.0);
        assertThat(seo.cac().value()).isEqualTo(50_000.0);
        assertThat(seo.ltvToCac().value()).isEqualTo(12.0);
    }

    @Test
    void aChannelFilterChangesTheFunnelCounts() {
        DashboardViewModel vm = new DashboardViewModel(workspace, new CurrentThreadTaskExecutor(), EN);
        workspace.open(handWorked());
        assertThat(vm.data().funnel()).extracting(FunnelStep::count).containsExactly(12L, 9L, 9L, 9L, 4L);
        filters.selectedChannels().add("VK");

        assertThat(vm.data().filters().channels()).containsExactly("VK");
        assertThat(vm.data().funnel()).extracting(FunnelStep::count).containsExactly(10L, 7L, 7L, 7L, 3L);
        assertThat(vm.data().kpi(Kpis.LEADS).value()).isEqualTo("10");
        assertThat(vm.data().targetByChannel()).extracting(t -> t.key()).containsExactly("VK");
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
