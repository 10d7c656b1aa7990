package org.funnellab.store;

import org.funnellab.domain.CostCategory;
import org.funnellab.domain.CostEntry;
import org.funnellab.domain.Filters;
import org.funnellab.domain.FunnelAggregateRow;
import org.funnellab.domain.FunnelFacts;
import org.funnellab.domain.Lead;
import org.funnellab.domain.LeadStatus;
import org.funnellab.domain.SourceSystem;
import org.funnellab.domain.Stage;
import org.funnellab.domain.Target;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.funnellab.domain.LeadStatus.LOST;
import static org.funnellab.domain.LeadStatus.OPEN;
import static org.funnellab.domain.LeadStatus.WON;
import static org.funnellab.domain.Stage.LEAD;
import static org.funnellab.domain.Stage.MQL;
import static org.funnellab.domain.Stage.OPPORTUNITY;
import static org.funnellab.domain.Stage.SQL;
import static org.funnellab.domain.Target.NON_TARGET;
import static org.funnellab.domain.Target.TARGET;
import static org.funnellab.domain.Target.UNKNOWN;

/** Facts for a small dataset whose every number was counted by hand (see the comments). */
class FunnelQueriesTest {
    private static final Filters Q1 = Filters.ALL.withPeriod(YearMonth.of(2024, 1), YearMonth.of(2024, 3));

    @TempDir
    Path dir;
    Workspace ws;
    FunnelQueries q;

    static Lead l(String id, String created, String closed, String channel, String campaign, String owner, Stage stage,
                  LeadStatus status, Target target, String reason, String value) {
        return new Lead(SourceSystem.HUBSPOT, id, LocalDate.parse(created).atTime(9, 30),
                closed == null ? null : LocalDate.parse(closed).atTime(18, 0), channel, campaign, owner, "Co " + id,
                stage, status, target, reason, value == null ? null : new BigDecimal(value), "RUB", java.util.List.of(id));
    }

    @BeforeEach
    void fill() {
        ws = Workspace.open(TestLeads.file(dir));
        q = ws.queries();
        try (ImportTransaction tx = ws.begin(ImportBatchInfo.of(ImportKind.LEADS, "leads.csv"))) {
            List.of(
                    l("A", "2024-01-10", "2024-01-11", "SEO", "S1", "Anna", LEAD, LOST, NON_TARGET, "Спам", null),
                    l("B", "2024-01-15", "2024-01-16", "SEO", "S1", "Anna", MQL, LOST, NON_TARGET, "Нецелевой", null),
                    l("C", "2024-01-20", "2024-02-01", "SEO", "S2", "Ivan", SQL, LOST, TARGET, "Дорого", null),
                    l("D", "2024-02-01", "2024-02-11", "SEO", "S2", "Ivan", Stage.WON, WON, TARGET, null, "100000.00"),
                    l("E", "2024-02-05", "2024-03-07", "VK", "V1", "Anna", Stage.WON, WON, TARGET, null, "300000.50"),
                    l("F", "2024-02-10", null, "VK", "V1", "Anna", OPPORTUNITY, OPEN, TARGET, null, null),
                    l("G", "2024-03-01", null, "VK", "V1", "Ivan", LEAD, OPEN, UNKNOWN, null, null),
                    l("H", "2024-03-02", "2024-03-20", "VK", null, "Ivan", OPPORTUNITY, LOST, TARGET,
                            "Выбрали конкурента", null),
                    l("I", "2024-03-03", "2024-03-05", "Email", null, "Anna", Stage.WON, WON, TARGET, null, "50000"),
                    l("J", "2023-12-31", "2024-01-05", "SEO", "S1", null, Stage.WON, WON, TARGET, null, "999"))
                    .forEach(tx::upsert);
            tx.commit();
        }
        try (ImportTransaction tx = ws.begin(ImportBatchInfo.of(ImportKind.COSTS, "costs.csv"))) {
            tx.addCost(cost("2024-01", "SEO", CostCategory.CONTENT, "10000"));
            tx.addCost(cost("2024-02", "VK", CostCategory.PAID_MEDIA, "20000.25"));
            tx.addCost(cost("2024-02", null, CostCategory.SOFTWARE, "5000"));
            tx.addCost(cost("2023-12", "SEO", CostCategory.CONTENT, "7777"));
            tx.commit();
        }
    }

    @AfterEach
    void close() {
        ws.close();
    }

    static CostEntry cost(String month, String channel, CostCategory category, String amount) {
        return new CostEntry(YearMonth.parse(month), channel, null, category, new BigDecimal(amount), "RUB");
    }

    private void addExhibitionAggregate() {
        try (ImportTransaction tx = ws.begin(ImportBatchInfo.of(ImportKind.FUNNEL, "bi.csv"))) {
            tx.addFunnelRow(new FunnelAggregateRow(YearMonth.of(2024, 3), "Выставки", null, 100, 60, 30, 20, 5, 50, 40,
                    new BigDecimal("1000000")));
            tx.commit();
        }
    }

    @Test
    void factsOfTheFirstQuarterMatchTheHandCount() {
        FunnelFacts f = q.facts(Q1, SQL);
        assertThat(f.months()).isEqualTo(3);
        // A..I are in the quarter; J (December) is not.
        assertThat(f.reached()).isEqualTo(Map.of(LEAD, 9L, MQL, 7L, SQL, 6L, OPPORTUNITY, 5L, Stage.WON, 3L));
        assertThat(List.of(f.target(), f.nonTarget(), f.unknown())).containsExactly(6L, 2L, 1L);
        assertThat(List.of(f.won(), f.lost(), f.open())).containsExactly(3L, 4L, 2L);
        // at SQL or beyond: won D E I; lost C H; open F
        assertThat(List.of(f.closedAtOpportunityWon(), f.closedAtOpportunityLost(), f.openOpportunities()))
                .containsExactly(3L, 2L, 1L);
        assertThat(f.wonWithValue()).isEqualTo(3);
        assertThat(f.wonRevenue()).isEqualByComparingTo("450000.50");
        assertThat(f.medianDealValue()).isEqualByComparingTo("100000.00");
        // cycles: D 10 days, E 31 days (2024 is a leap year), I 2 days
        assertThat(f.wonWithCycle()).isEqualTo(3);
        assertThat(f.cycleDaysSum()).isEqualTo(43.0);
        assertThat(f.medianCycleDays()).isEqualTo(10.0);
        assertThat(f.costs()).containsOnlyKeys(CostCategory.CONTENT, CostCategory.PAID_MEDIA, CostCategory.SOFTWARE);
        assertThat(f.totalCosts()).isEqualByComparingTo("35000.25");
    }

    @Test
    void theWinRateStageDecidesWhichLostLeadsCount() {
        FunnelFacts f = q.facts(Q1, OPPORTUNITY);
        assertThat(List.of(f.closedAtOpportunityWon(), f.closedAtOpportunityLost(), f.openOpportunities()))
                .containsExactly(3L, 1L, 1L);
    }

    @Test
    void anOwnerFilterGivesThatOwnersLeadsAndAMedianOfTwoValues() {
        FunnelFacts f = q.facts(Q1, SQL);
        FunnelFacts anna = q.facts(new Filters(Q1.from(), Q1.to(), Set.of(), Set.of(), Set.of("Anna")), SQL);
        assertThat(f.leads()).isEqualTo(9);
        assertThat(anna.leads()).isEqualTo(5);
        assertThat(anna.won()).isEqualTo(2);
        assertThat(anna.medianDealValue()).isEqualByComparingTo("175000.25");
        assertThat(anna.medianCycleDays()).isEqualTo(16.5);
    }

    @Test
    void eachChannelGetsItsOwnLeadsAndOnlyItsOwnCosts() {
        Map<String, FunnelFacts> by = q.factsByChannel(Q1, SQL);
        assertThat(by).containsOnlyKeys("Email", "SEO", "VK");
        assertThat(by.get("SEO").leads()).isEqualTo(4);
        assertThat(by.get("SEO").costs()).isEqualTo(Map.of(CostCategory.CONTENT, new BigDecimal("10000.00")));
        assertThat(by.get("VK").leads()).isEqualTo(4);
        assertThat(by.get("VK").medianDealValue()).isEqualByComparingTo("300000.50");
        assertThat(by.get("VK").medianCycleDays()).isEqualTo(31.0);
        assertThat(by.get("Email").costs()).isEmpty();
        assertThat(by.get("Email").medianCycleDays()).isEqualTo(2.0);
    }

    @Test
    void aChannelFilterLeavesSharedCostsOut() {
        FunnelFacts vk = q.facts(Q1.withChannels(Set.of("VK")), SQL);
        assertThat(vk.costs()).isEqualTo(Map.of(CostCategory.PAID_MEDIA, new BigDecimal("20000.25")));
        ChannelCosts b = q.costsByChannel(Q1.withChannels(Set.of("VK")));
        assertThat(b.byChannel()).isEqualTo(Map.of("VK",
                Map.of(CostCategory.PAID_MEDIA, new BigDecimal("20000.25"))));
        assertThat(b.shared()).isEqualTo(Map.of(CostCategory.SOFTWARE, new BigDecimal("5000.00")));
    }

    @Test
    void aggregatedFunnelRowsAddToTheSameFacts() {
        addExhibitionAggregate();
        FunnelFacts f = q.facts(Q1, SQL);
        assertThat(f.reached()).isEqualTo(Map.of(LEAD, 109L, MQL, 67L, SQL, 36L, OPPORTUNITY, 25L, Stage.WON, 8L));
        // the aggregate's 100 leads: 40 non-target by its own count, so the other 60 are target, not unknown
        assertThat(List.of(f.target(), f.nonTarget(), f.unknown())).containsExactly(66L, 42L, 1L);
        assertThat(List.of(f.won(), f.lost(), f.open())).containsExactly(8L, 54L, 47L);
        // aggregate: lost at SQL estimated as min(lost 50 − non-target 40, reached SQL 30 − won 5) = 10; open 15
        assertThat(List.of(f.closedAtOpportunityWon(), f.closedAtOpportunityLost(), f.openOpportunities()))
                .containsExactly(8L, 12L, 16L);
        assertThat(f.wonWithValue()).isEqualTo(8);
        assertThat(f.wonRevenue()).isEqualByComparingTo("1450000.50");
        assertThat(f.medianDealValue()).isEqualByComparingTo("100000.00");
        assertThat(f.wonWithCycle()).isEqualTo(3);
        assertThat(q.facts(new Filters(Q1.from(), Q1.to(), Set.of(), Set.of(), Set.of("Anna")), SQL).leads())
                .isEqualTo(5);
        assertThat(q.factsByChannel(Q1, SQL).get("Выставки").leads()).isEqualTo(100);
    }

    @Test
    void monthlySeriesCountsLeadsWinsRevenueAndNonTarget() {
        addExhibitionAggregate();
        assertThat(q.monthly(Filters.ALL)).containsExactly(
                new MonthlyPoint(YearMonth.of(2023, 12), 1, 1, new BigDecimal("999.00"), 0),
                new MonthlyPoint(YearMonth.of(2024, 1), 3, 0, new BigDecimal("0.00"), 2),
                new MonthlyPoint(YearMonth.of(2024, 2), 3, 2, new BigDecimal("400000.50"), 0),
                new MonthlyPoint(YearMonth.of(2024, 3), 103, 6, new BigDecimal("1050000.00"), 40));
    }

    @Test
    void nonTargetSplitsByChannelAndLossReason() {
        addExhibitionAggregate();
        assertThat(q.targetByChannel(Q1)).containsExactly(
                new TargetSplit("Email", 1, 0, 0),
                new TargetSplit("SEO", 2, 2, 0),
                new TargetSplit("VK", 3, 0, 1),
                new TargetSplit("Выставки", 60, 40, 0));
        assertThat(q.lossReasons(Q1)).containsExactlyInAnyOrder(
                new LossReasonCount("Спам", NON_TARGET, 1),
                new LossReasonCount("Нецелевой", NON_TARGET, 1),
                new LossReasonCount("Дорого", TARGET, 1),
                new LossReasonCount("Выбрали конкурента", TARGET, 1));
    }

    @Test
    void cycleHistogramPutsEachWonLeadInItsBucket() {
        List<HistogramBucket> h = q.cycleDaysHistogram(Q1);
        assertThat(h).hasSize(7);
        assertThat(h.get(0)).isEqualTo(new HistogramBucket(0, 7, 1));
        assertThat(h.get(1)).isEqualTo(new HistogramBucket(8, 14, 1));
        assertThat(h.get(3)).isEqualTo(new HistogramBucket(31, 60, 1));
        assertThat(h.get(6)).isEqualTo(new HistogramBucket(181, null, 0));
        assertThat(h.stream().mapToLong(HistogramBucket::leads).sum()).isEqualTo(3);
    }

    @Test
    void listsAndDataRangeCoverLeadsAggregatesAndCosts() {
        addExhibitionAggregate();
        assertThat(q.channels()).containsExactly("Email", "SEO", "VK", "Выставки");
        assertThat(q.campaigns()).containsExactly("S1", "S2", "V1");
        assertThat(q.owners()).containsExactly("Anna", "Ivan");
        assertThat(q.dataRange()).contains(new MonthRange(YearMonth.of(2023, 12), YearMonth.of(2024, 3)));
        assertThat(q.facts(Filters.ALL, SQL).months()).isEqualTo(4);
    }

    @Test
    void anEmptySelectionHasEmptyFacts() {
        FunnelFacts f = q.facts(Filters.ALL.withPeriod(YearMonth.of(2030, 1), YearMonth.of(2030, 2)), SQL);
        assertThat(f).isEqualTo(FunnelFacts.empty(2));
    }
}
