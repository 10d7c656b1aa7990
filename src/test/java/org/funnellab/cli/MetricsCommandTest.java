package org.funnellab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.funnellab.calc.FunnelMetrics;
import org.funnellab.calc.UnitEconomics;
import org.funnellab.domain.Filters;
import org.funnellab.domain.FunnelFacts;
import org.funnellab.domain.Stage;
import org.funnellab.domain.UndefinedReason;
import org.funnellab.store.DemoData;
import org.funnellab.store.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** {@code metrics --json}: the stable key contract, numbers equal to the calculators over the store's facts. */
class MetricsCommandTest {
    private static final List<String> CONTRACT = List.of("leads", "target", "nonTarget", "unknown", "nonTargetShare",
            "won", "lost", "open", "wonRevenue", "avgDealValue", "medianDealValue", "winRate", "salesCycleDaysMean",
            "salesCycleDaysMedian", "costsTotal", "cacBlended", "costPerLead", "costPerTargetLead", "clv", "ltvToCac",
            "cacPaybackMonths", "pipelineVelocityPerDay");
    private static final Set<org.funnellab.domain.CostCategory> ALL_COSTS =
            java.util.EnumSet.allOf(org.funnellab.domain.CostCategory.class);

    @TempDir
    Path dir;
    private Path ws;

    @BeforeEach
    void demoWorkspace() {
        ws = dir.resolve("demo.sqlite");
        try (Workspace w = Workspace.open(ws)) {
            DemoData.fill(w, YearMonth.of(2025, 6), 2_000, 11);
        }
    }

    private FunnelFacts facts(Filters f) {
        try (Workspace w = Workspace.open(ws)) {
            return w.queries().facts(f, Stage.SQL);
        }
    }

    @Test
    void jsonHasEveryContractKeyOnTheTotalAndOnEachChannel() {
        Cli.Result r = Cli.run("metrics", "--workspace", ws.toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.has("byChannel")).isTrue();
        for (String key : CONTRACT) {
            assertThat(j.has(key)).as(key).isTrue();
        }
        assertThat(j.get("byChannel").size()).isPositive();
        j.get("byChannel").forEach(ch -> {
            for (String key : CONTRACT) {
                assertThat(ch.has(key)).as(key).isTrue();
            }
            assertThat(ch.has("byChannel")).isFalse();
        });
        assertThat(MetricsReport.KEYS).isEqualTo(CONTRACT);
    }

    @Test
    void numbersMatchTheCalculatorsOverTheStoresFacts() {
        Filters filters = new Filters(YearMonth.of(2024, 9), YearMonth.of(2025, 3), Set.of(), Set.of(), Set.of());
        Cli.Result r = Cli.run("metrics", "--workspace", ws.toString(), "--json", "--from", "2024-09", "--to", "2025-03");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = r.json();
        FunnelFacts f = facts(filters);
        assertThat(f.won()).isPositive();
        assertThat(j.get("leads").asLong()).isEqualTo(f.leads());
        assertThat(j.get("target").asLong()).isEqualTo(f.target());
        assertThat(j.get("nonTarget").asLong()).isEqualTo(f.nonTarget());
        assertThat(j.get("unknown").asLong()).isEqualTo(f.unknown());
        assertThat(j.get("won").asLong()).isEqualTo(f.won());
        assertThat(j.get("lost").asLong()).isEqualTo(f.lost());
        assertThat(j.get("open").asLong()).isEqualTo(f.open());
        assertThat(j.get("nonTargetShare").asDouble()).isCloseTo(FunnelMetrics.nonTargetShare(f).value(), within(1e-12));
        assertThat(j.get("winRate").asDouble()).isCloseTo(FunnelMetrics.winRate(f).value(), within(1e-12));
        assertThat(j.get("salesCycleDaysMean").asDouble())
                .isCloseTo(FunnelMetrics.salesCycleMeanDays(f).value(), within(1e-9));
        assertThat(j.get("salesCycleDaysMedian").asDouble())
                .isCloseTo(FunnelMetrics.salesCycleMedianDays(f).value(), within(1e-9));
        assertMoney(j.get("wonRevenue"), f.wonRevenue().doubleValue());
        assertMoney(j.get("avgDealValue"), FunnelMetrics.averageDealValue(f).value());
        assertMoney(j.get("medianDealValue"), FunnelMetrics.medianDealValue(f).value());
        assertMoney(j.get("costsTotal"), f.costs(ALL_COSTS).doubleValue());
        assertMoney(j.get("cacBlended"), UnitEconomics.cacBlended(f, ALL_COSTS).value());
        assertMoney(j.get("pipelineVelocityPerDay"), FunnelMetrics.pipelineVelocityPerDay(f).value());
    }

    @Test
    void channelRowsMatchTheChannelFactsAndCarryTheirShareOfSharedCosts() {
        Cli.Result r = Cli.run("metrics", "--workspace", ws.toString(), "--json");
        JsonNode by = r.json().get("byChannel");
        Map<String, FunnelFacts> channels;
        org.funnellab.store.ChannelCosts costs;
        try (Workspace w = Workspace.open(ws)) {
            channels = w.queries().factsByChannel(Filters.ALL, Stage.SQL);
            costs = w.queries().costsByChannel(Filters.ALL);
        }
        long allLeads = channels.values().stream().mapToLong(FunnelFacts::leads).sum();
        double shared = costs.shared().values().stream().mapToDouble(BigDecimal::doubleValue).sum();
        assertThat(shared).as("the demo has shared costs").isPositive();
        assertThat(by.size()).isEqualTo(channels.size());
        long leads = 0;
        for (var e : channels.entrySet()) {
            JsonNode row = by.get(e.getKey());
            FunnelFacts f = e.getValue();
            assertThat(row.get("leads").asLong()).isEqualTo(f.leads());
            assertThat(row.get("won").asLong()).isEqualTo(f.won());
            // own costs (every category) + shared × the channel's share of all leads, by hand
            double carried = f.totalCosts().doubleValue() + shared * f.leads() / allLeads;
            assertThat(row.get("costsTotal").decimalValue().doubleValue()).isCloseTo(carried, within(0.006));
            if (f.won() > 0 && carried > 0) {
                assertThat(row.get("cacBlended").decimalValue().doubleValue())
                        .isCloseTo(carried / f.won(), within(0.006));
            } else {
                assertThat(row.get("cacBlended").isNull()).isTrue();
            }
            leads += row.get("leads").asLong();
        }
        assertThat(leads).isEqualTo(r.json().get("leads").asLong());
    }

    @Test
    void cacCountsEveryCategoryByDefaultAndTheOptionNamesAnotherSet() {
        FunnelFacts f = facts(Filters.ALL);
        JsonNode all = Cli.run("metrics", "--workspace", ws.toString(), "--json").json();
        assertThat(all.get("cacCostCategories").get("choice").asText()).isEqualTo("all");
        assertThat(all.get("cacCostCategories").get("categories")).hasSize(8);
        assertThat(all.get("sharedCosts").asText()).isEqualTo("BY_LEAD_SHARE");
        assertMoney(all.get("costsTotal"), f.totalCosts().doubleValue());

        JsonNode marketing = Cli.run("metrics", "--workspace", ws.toString(), "--json", "--cac-costs", "marketing")
                .json();
        assertThat(marketing.get("cacCostCategories").get("choice").asText()).isEqualTo("marketing");
        assertThat(marketing.get("cacCostCategories").get("categories")).extracting(JsonNode::asText)
                .containsExactly("PAID_MEDIA", "CONTENT", "SOFTWARE", "AGENCY", "MARKETING_SALARIES", "OTHER");
        double salesAndOverhead = f.costs(Set.of(org.funnellab.domain.CostCategory.SALES_SALARIES,
                org.funnellab.domain.CostCategory.OVERHEAD)).doubleValue();
        assertThat(salesAndOverhead).as("the demo imports sales salaries").isPositive();
        assertMoney(marketing.get("costsTotal"), f.totalCosts().doubleValue() - salesAndOverhead);
        assertThat(marketing.get("cacBlended").decimalValue()).isLessThan(all.get("cacBlended").decimalValue());

        JsonNode custom = Cli.run("metrics", "--workspace", ws.toString(), "--json", "--cac-costs",
                "paid_media, sales_salaries").json();
        assertThat(custom.get("cacCostCategories").get("choice").asText()).isEqualTo("custom");
        assertMoney(custom.get("costsTotal"), f.costs(Set.of(org.funnellab.domain.CostCategory.PAID_MEDIA,
                org.funnellab.domain.CostCategory.SALES_SALARIES)).doubleValue());
    }

    @Test
    void anUnknownCostCategoryIsAUsageErrorNamingIt() {
        Cli.Result r = Cli.run("metrics", "--workspace", ws.toString(), "--cac-costs", "PAID_MEDIA,ads");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("'ads' is not a cost category").doesNotContain("Exception");
    }

    @Test
    void underAnOwnerFilterCostFiguresAreUndefinedWithTheReason() {
        String owner;
        try (Workspace w = Workspace.open(ws)) {
            owner = w.queries().owners().get(0);
        }
        JsonNode j = Cli.run("metrics", "--workspace", ws.toString(), "--json", "--owner", owner).json();
        assertThat(j.get("won").asLong()).isPositive();
        for (String key : List.of("costsTotal", "cacBlended", "costPerLead", "costPerTargetLead", "ltvToCac",
                "cacPaybackMonths")) {
            assertThat(j.get(key).isNull()).as(key).isTrue();
            assertThat(j.get(key + "Reason").asText()).as(key)
                    .isEqualTo(UndefinedReason.COSTS_NOT_BY_OWNER.english());
        }
    }

    @Test
    void filtersByChannelNarrowTheTotals() {
        String channel;
        try (Workspace w = Workspace.open(ws)) {
            channel = w.queries().channels().get(0);
        }
        Cli.Result r = Cli.run("metrics", "--workspace", ws.toString(), "--json", "--channel", channel);
        assertThat(r.exit()).as(r.err()).isZero();
        FunnelFacts f = facts(new Filters(null, null, Set.of(channel), Set.of(), Set.of()));
        assertThat(r.json().get("leads").asLong()).isEqualTo(f.leads()).isLessThan(facts(Filters.ALL).leads());
        assertThat(r.json().get("byChannel").fieldNames()).toIterable().containsExactly(channel);
    }

    @Test
    void anUndefinedMetricIsNullWithItsReason() {
        Path empty = dir.resolve("empty.sqlite");
        org.funnellab.store.Workspace.open(empty).close();
        Cli.Result r = Cli.run("metrics", "--workspace", empty.toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("leads").asLong()).isZero();
        assertThat(j.get("winRate").isNull()).isTrue();
        assertThat(j.get("winRateReason").asText()).isEqualTo(UndefinedReason.NO_CLOSED_OPPORTUNITIES.english());
        assertThat(j.get("cacBlended").isNull()).isTrue();
        assertThat(j.get("cacBlendedReason").asText()).isEqualTo(UndefinedReason.NO_WON_LEADS.english());
        assertThat(j.get("nonTargetShareReason").asText()).isEqualTo(UndefinedReason.NO_CLASSIFIED_LEADS.english());
        assertThat(j.get("costsTotal").decimalValue()).isEqualByComparingTo("0.00");
        for (String key : CONTRACT) {
            assertThat(j.get(key).isNull() == j.has(key + "Reason")).as(key).isTrue();
        }
    }

    @Test
    void moneyHasTwoDecimals() {
        String out = Cli.run("metrics", "--workspace", ws.toString(), "--json").out();
        for (String key : List.of("wonRevenue", "avgDealValue", "medianDealValue", "costsTotal", "cacBlended",
                "costPerLead", "costPerTargetLead", "clv", "pipelineVelocityPerDay")) {
            assertThat(out).as(key).containsPattern("\"" + key + "\" : -?\\d+\\.\\d{2}[,\\n]");
        }
    }

    @Test
    void theTableListsEveryMetricAndChannel() {
        Cli.Result r = Cli.run("metrics", "--workspace", ws.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("all");
        CONTRACT.forEach(k -> assertThat(r.out()).contains(k));
        try (Workspace w = Workspace.open(ws)) {
            w.queries().channels().forEach(c -> assertThat(r.out()).contains(c));
        }
    }

    private static void assertMoney(JsonNode node, double expected) {
        assertThat(node.decimalValue()).isEqualByComparingTo(
                BigDecimal.valueOf(expected).setScale(2, RoundingMode.HALF_UP));
    }
}
