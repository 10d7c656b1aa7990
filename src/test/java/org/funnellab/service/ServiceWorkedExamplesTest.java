package org.funnellab.service;

import org.funnellab.calc.NonTargetCostModel;
import org.funnellab.domain.CostCategory;
import org.funnellab.domain.CostEntry;
import org.funnellab.domain.Filters;
import org.funnellab.domain.FunnelAggregateRow;
import org.funnellab.domain.Lead;
import org.funnellab.domain.LeadStatus;
import org.funnellab.domain.SourceSystem;
import org.funnellab.domain.Stage;
import org.funnellab.domain.Target;
import org.funnellab.domain.UndefinedReason;
import org.funnellab.calc.FunnelMetrics;
import org.funnellab.store.ImportBatchInfo;
import org.funnellab.store.ImportKind;
import org.funnellab.store.ImportTransaction;
import org.funnellab.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Hand-worked tables through a real workspace file and the application service. */
class ServiceWorkedExamplesTest {
    private static final YearMonth MARCH = YearMonth.of(2025, 3);

    @TempDir
    Path dir;

    /*
     * March: VK 60 leads, 6 won (owner Anna); SEO 40 leads, 4 won (owner Boris).
     * Costs: VK paid media 120,000; SEO content 40,000; shared: sales salaries 200,000, overhead 40,000,
     * software 20,000 (marketing's tools).
     *
     *                          counted costs                          blended   VK (60 % of leads)        SEO (40 %)
     * all, by lead share       420,000                                 42,000    120k + 260k×0.6 = 276k → 46,000   40k + 104k = 144k → 36,000
     * marketing, by lead share 180,000 (media, content, software)      18,000    120k + 20k×0.6 = 132k → 22,000    40k + 8k = 48k → 12,000
     * all, shared excluded     420,000 (no channel filter: every cost) 42,000    120k → 20,000                     40k → 10,000
     * marketing, excluded      180,000                                 18,000    120k → 20,000                     40k → 10,000
     */
    private Workspace twoChannels() {
        Workspace ws = Workspace.open(dir.resolve("two.sqlite"));
        try (ImportTransaction tx = ws.begin(ImportBatchInfo.of(ImportKind.LEADS, "leads.csv"))) {
            for (int i = 0; i < 100; i++) {
                boolean vk = i < 60;
                boolean won = vk ? i < 6 : i < 64;
                tx.upsert(lead("L" + i, vk ? "VK" : "SEO", vk ? "Anna" : "Boris", won, 10));
            }
            tx.commit();
        }
        try (ImportTransaction tx = ws.begin(ImportBatchInfo.of(ImportKind.COSTS, "costs.csv"))) {
            tx.addCost(cost("VK", CostCategory.PAID_MEDIA, "120000"));
            tx.addCost(cost("SEO", CostCategory.CONTENT, "40000"));
            tx.addCost(cost(null, CostCategory.SALES_SALARIES, "200000"));
            tx.addCost(cost(null, CostCategory.OVERHEAD, "40000"));
            tx.addCost(cost(null, CostCategory.SOFTWARE, "20000"));
            tx.commit();
        }
        return ws;
    }

    private static Lead lead(String id, String channel, String owner, boolean won, int cycleDays) {
        LocalDateTime created = MARCH.atDay(2).atTime(10, 0);
        return new Lead(SourceSystem.GENERIC, id, created, won ? created.plusDays(cycleDays) : null, channel, null,
                owner, null, won ? Stage.WON : Stage.LEAD, won ? LeadStatus.WON : LeadStatus.OPEN,
                won ? Target.TARGET : Target.UNKNOWN, null, won ? new BigDecimal("100000") : null, "RUB", java.util.List.of("raw"));
    }

    private static CostEntry cost(String channel, CostCategory category, String amount) {
        return new CostEntry(MARCH, channel, null, category, new BigDecimal(amount), "RUB");
    }

    @ParameterizedTest(name = "{0}, {1}: blended {2}, VK {3}, SEO {4}")
    @CsvSource({
            "all,       BY_LEAD_SHARE, 42000, 46000, 36000",
            "marketing, BY_LEAD_SHARE, 18000, 22000, 12000",
            "all,       EXCLUDED,      42000, 20000, 10000",
            "marketing, EXCLUDED,      18000, 20000, 10000"})
    void fullyLoadedAndMarketingCacBlendedAndPerChannel(String categories, SharedCosts shared, double blended,
                                                       double vk, double seo) {
        try (Workspace ws = twoChannels()) {
            MetricSettings s = MetricSettings.DEFAULT.withCacCosts(CacCostCategories.parse(categories))
                    .withSharedCosts(shared);
            Metrics m = Metrics.of(new MetricsService(ws).select(Filters.ALL, s));
            assertThat(m.total().cac().value()).isCloseTo(blended, within(1e-6));
            assertThat(m.byChannel().get("VK").cac().value()).isCloseTo(vk, within(1e-6));
            assertThat(m.byChannel().get("SEO").cac().value()).isCloseTo(seo, within(1e-6));
            // Under a channel filter the selection is that channel: the card shows the channel's own CAC.
            Metrics onlyVk = Metrics.of(new MetricsService(ws).select(Filters.ALL.withChannels(Set.of("VK")), s));
            assertThat(onlyVk.total().cac().value()).isCloseTo(vk, within(1e-6));
            assertThat(onlyVk.byChannel().get("VK").cac().value()).isCloseTo(vk, within(1e-6));
        }
    }

    @Test
    void theDefaultIsFullyLoadedAndTheSettingIsKeptInTheWorkspace() {
        try (Workspace ws = twoChannels()) {
            MetricsService service = new MetricsService(ws);
            assertThat(service.settings()).isEqualTo(MetricSettings.DEFAULT);
            assertThat(service.metrics(Filters.ALL).total().cac().value()).isCloseTo(42_000, within(1e-6));
            service.saveSettings(MetricSettings.DEFAULT.withCacCosts(CacCostCategories.MARKETING));
            assertThat(ws.settings().get(MetricSettings.CAC_COSTS)).contains("marketing");
            assertThat(service.metrics(Filters.ALL).total().cac().value()).isCloseTo(18_000, within(1e-6));
        }
    }

    @Test
    void underAnOwnerFilterNoCostIsAttributedToTheOwner() {
        try (Workspace ws = twoChannels()) {
            Metrics m = new MetricsService(ws).metrics(new Filters(null, null, Set.of(), Set.of(), Set.of("Anna")));
            assertThat(m.total().won()).isEqualTo(6);
            assertThat(m.total().cac().reason()).isEqualTo(UndefinedReason.COSTS_NOT_BY_OWNER);
            assertThat(m.total().costPerLead().reason()).isEqualTo(UndefinedReason.COSTS_NOT_BY_OWNER);
            assertThat(m.byChannel().keySet()).containsExactly("VK");
            assertThat(m.byChannel().get("VK").cac().reason()).isEqualTo(UndefinedReason.COSTS_NOT_BY_OWNER);
            var b = PanelBaselines.cacClv(m.selection());
            assertThat(b.unmeasured()).containsEntry("mediaSpend", UndefinedReason.COSTS_NOT_BY_OWNER);
        }
    }

    /*
     * Won deals with cycles 10, 20 and −5 days (closed before created): mean and median 15 days over the two real
     * cycles, not 8.33; one deal counted in the warning; velocity positive.
     */
    @Test
    void aDealClosedBeforeItWasCreatedIsLeftOutOfTheCycleAndCounted() {
        try (Workspace ws = Workspace.open(dir.resolve("cycles.sqlite"))) {
            try (ImportTransaction tx = ws.begin(ImportBatchInfo.of(ImportKind.LEADS, "leads.csv"))) {
                tx.upsert(lead("W1", "VK", "Anna", true, 10));
                tx.upsert(lead("W2", "VK", "Anna", true, 20));
                tx.upsert(lead("W3", "VK", "Anna", true, -5));
                for (int i = 0; i < 4; i++) {
                    tx.upsert(new Lead(SourceSystem.GENERIC, "O" + i, MARCH.atDay(3).atTime(9, 0), null, "VK", null,
                            "Anna", null, Stage.OPPORTUNITY, LeadStatus.OPEN, Target.TARGET, null, null, "RUB", java.util.List.of("r")));
                }
                tx.upsert(new Lead(SourceSystem.GENERIC, "X", MARCH.atDay(3).atTime(9, 0),
                        MARCH.atDay(20).atTime(9, 0), "VK", null, "Anna", null, Stage.OPPORTUNITY, LeadStatus.LOST,
                        Target.TARGET, null, null, "RUB", java.util.List.of("r")));
                tx.commit();
            }
            Selection s = new MetricsService(ws).select(Filters.ALL);
            assertThat(s.negativeCycles()).isEqualTo(1);
            assertThat(s.total().wonWithCycle()).isEqualTo(2);
            assertThat(FunnelMetrics.salesCycleMeanDays(s.total()).value()).isEqualTo(15.0);
            assertThat(FunnelMetrics.salesCycleMedianDays(s.total()).value()).isEqualTo(15.0);
            // 4 open opportunities × 100,000 × win rate 3/4 ÷ 15 days = 20,000 a day
            assertThat(FunnelMetrics.pipelineVelocityPerDay(s.total()).value()).isCloseTo(20_000, within(1e-6));
        }
    }

    /*
     * The lead-qualification article, from a workspace: 1000 leads in one month, 500 non-target, 15 minutes each
     * → 125 hours; 2 managers × 160 h → 39.0625 %; 100,000 ₽ salary → 625 ₽/h → 78,125 ₽.
     */
    @Test
    void theArticlesWorkedExampleHoldsFromAWorkspace() {
        try (Workspace ws = Workspace.open(dir.resolve("article.sqlite"))) {
            try (ImportTransaction tx = ws.begin(ImportBatchInfo.of(ImportKind.LEADS, "leads.csv"))) {
                for (int i = 0; i < 1000; i++) {
                    boolean nonTarget = i % 2 == 0;
                    tx.upsert(new Lead(SourceSystem.GENERIC, "A" + i, MARCH.atDay(1 + i % 28).atTime(9, 0), null,
                            i % 3 == 0 ? "VK" : "SEO", null, null, null, Stage.LEAD,
                            nonTarget ? LeadStatus.LOST : LeadStatus.OPEN,
                            nonTarget ? Target.NON_TARGET : Target.TARGET, null, null, "RUB", java.util.List.of("r")));
                }
                tx.commit();
            }
            Selection s = new MetricsService(ws).select(new Filters(MARCH, MARCH, Set.of(), Set.of(), Set.of()));
            var b = PanelBaselines.nonTargetCost(s, NonTargetCostModel.Inputs.articleExample());
            NonTargetCostModel.Result r = NonTargetCostModel.compute(b.inputs());
            assertThat(r.wastedHoursPerMonth()).isEqualTo(125.0);
            assertThat(r.capacityLost().value()).isEqualTo(0.390625);
            assertThat(r.wastedSalaryPerMonth().value()).isEqualTo(78_125.0);
            assertThat(b.unmeasured()).containsEntry("costPerLead", UndefinedReason.NO_COSTS);
        }
    }

    @Test
    void revenueNotEarnedIsValuedAtTheTeamsRevenueWhateverTheChannelFilter() {
        try (Workspace ws = twoChannels()) {
            MetricsService service = new MetricsService(ws);
            NonTargetCostModel.Inputs a = NonTargetCostModel.Inputs.articleExample();
            double all = PanelBaselines.nonTargetCost(service.select(Filters.ALL), a).inputs().wonRevenuePerMonth();
            double vk = PanelBaselines.nonTargetCost(service.select(Filters.ALL.withChannels(Set.of("SEO"))), a)
                    .inputs().wonRevenuePerMonth();
            assertThat(all).isEqualTo(1_000_000.0); // 10 won × 100,000 in one month
            assertThat(vk).isEqualTo(all);
        }
    }

    @Test
    void anAggregatedRowCountsItsOwnNonTargetShare() {
        try (Workspace ws = Workspace.open(dir.resolve("agg.sqlite"))) {
            try (ImportTransaction tx = ws.begin(ImportBatchInfo.of(ImportKind.FUNNEL, "funnel.csv"))) {
                tx.addFunnelRow(new FunnelAggregateRow(MARCH, "Выставки", null, 100, 60, 30, 20, 5, 50, 40,
                        new BigDecimal("500000")));
                tx.commit();
            }
            Selection s = new MetricsService(ws).select(Filters.ALL);
            // 40 of 100 non-target: 40 %, not 40 ÷ (0 + 40) = 100 % with the other 60 "unknown"
            assertThat(FunnelMetrics.nonTargetShare(s.total()).value()).isEqualTo(0.4);
            assertThat(s.total().unknown()).isZero();
        }
    }
}
