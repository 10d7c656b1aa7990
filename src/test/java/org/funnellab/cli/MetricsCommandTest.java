package org.funnellab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.funnellab.calc.CostInclusion;
import org.funnellab.calc.FunnelMetrics;
import org.funnellab.calc.UnitEconomics;
import org.funnellab.domain.Filters;
import org.funnellab.domain.FunnelFacts;
import org.funnellab.domain.MetricValue;
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
            "salesCycleDaysMedian", "costsTotal", "cacBlended", "pipelineVelocityPerDay");

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
        assertMoney(j.get("costsTotal"), f.costs(CostInclusion.MARKETING).doubleValue());
        assertMoney(j.get("cacBlended"), UnitEconomics.cacBlended(f, CostInclusion.MARKETING).value());
        assertMoney(j.get("pipelineVelocityPerDay"), FunnelMetrics.pipelineVelocityPerDay(f).value());
    }

    @Test
    void channelRowsMatchTheChannelFactsAndCarryTheirShareOfSharedCosts() {
        Cli.Result r = Cli.run("metrics", "--workspace", ws.toString(), "--json");
        JsonNode by = r.json().get("byChannel");
        Map<String, FunnelFacts> channels;
        Map<String, MetricValue> cac;
        try (Workspace w = Workspace.open(ws)) {
            channels = w.queries().factsByChannel(Filters.ALL, Stage.SQL);
            cac = UnitEconomics.cacByChannel(channels, w.queries().costsByCategory(Filters.ALL).sharedCosts(),
                    CostInclusion.MARKETING, UnitEconomics.SharedCostPolicy.ALLOCATE_BY_LEAD_SHARE);
        }
        assertThat(by.size()).isEqualTo(channels.size());
        long leads = 0;
        for (var e : channels.entrySet()) {
            JsonNode row = by.get(e.getKey());
            assertThat(row.get("leads").asLong()).isEqualTo(e.getValue().leads());
            assertThat(row.get("won").asLong()).isEqualTo(e.getValue().won());
            if (cac.get(e.getKey()).isDefined()) {
                assertMoney(row.get("cacBlended"), cac.get(e.getKey()).value());
            } else {
                assertThat(row.get("cacBlended").isNull()).isTrue();
            }
            leads += row.get("leads").asLong();
        }
        assertThat(leads).isEqualTo(r.json().get("leads").asLong());
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
                "pipelineVelocityPerDay")) {
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
