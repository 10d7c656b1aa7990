package org.funnellab.store;

import org.funnellab.domain.CostCategory;
import org.funnellab.domain.Filters;
import org.funnellab.domain.FunnelFacts;
import org.funnellab.domain.Stage;
import org.funnellab.domain.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataTest {
    private static final YearMonth ANCHOR = YearMonth.of(2025, 6);

    @TempDir
    Path dir;

    @Test
    void theSameSeedGivesTheSameFacts() {
        try (Workspace a = Workspace.open(dir.resolve("a.sqlite")); Workspace b = Workspace.open(dir.resolve("b.sqlite"))) {
            DemoData.fill(a, ANCHOR);
            DemoData.fill(b, ANCHOR);
            assertThat(a.queries().facts(Filters.ALL, Stage.SQL)).isEqualTo(b.queries().facts(Filters.ALL, Stage.SQL));
            assertThat(a.queries().factsByChannel(Filters.ALL, Stage.SQL))
                    .isEqualTo(b.queries().factsByChannel(Filters.ALL, Stage.SQL));
        }
    }

    @Test
    void aDifferentSeedGivesDifferentData() {
        try (Workspace a = Workspace.open(dir.resolve("a.sqlite")); Workspace b = Workspace.open(dir.resolve("b.sqlite"))) {
            DemoData.fill(a, ANCHOR, 2_000, 1);
            DemoData.fill(b, ANCHOR, 2_000, 2);
            assertThat(a.queries().facts(Filters.ALL, Stage.SQL)).isNotEqualTo(b.queries().facts(Filters.ALL, Stage.SQL));
        }
    }

    @Test
    void everyChannelHasLeadsWinsCostsAndItsOwnNonTargetShare() {
        try (Workspace ws = Workspace.open(dir.resolve("demo.sqlite"))) {
            DemoData.fill(ws, ANCHOR);
            Map<String, FunnelFacts> by = ws.queries().factsByChannel(Filters.ALL, Stage.SQL);
            assertThat(by).containsOnlyKeys("Яндекс Директ", "VK Реклама", "SEO", "Партнёры", "Email", "Выставки");
            by.forEach((channel, f) -> {
                double share = (double) f.nonTarget() / (f.target() + f.nonTarget());
                assertThat(f.leads()).as(channel).isPositive();
                assertThat(f.won()).as(channel).isPositive();
                assertThat(f.unknown()).as(channel).isPositive();
                assertThat(f.totalCosts().signum()).as(channel).isPositive();
                assertThat(share).as(channel).isBetween(0.15, 0.75);
            });
            assertThat(by.get("VK Реклама").nonTarget() * by.get("Партнёры").leads())
                    .isGreaterThan(by.get("Партнёры").nonTarget() * by.get("VK Реклама").leads());
            FunnelFacts all = ws.queries().facts(Filters.ALL, Stage.SQL);
            assertThat(all.leads()).isEqualTo(DemoData.DEFAULT_LEADS);
            assertThat(all.medianDealValue()).isNotNull();
            assertThat(all.medianCycleDays()).isNotNull();
            assertThat(ws.queries().costsByChannel(Filters.ALL).shared()).containsOnlyKeys(
                    CostCategory.SOFTWARE, CostCategory.MARKETING_SALARIES, CostCategory.SALES_SALARIES);
            assertThat(ws.queries().dataRange()).contains(new MonthRange(ANCHOR.minusMonths(17), ANCHOR));
            assertThat(ws.queries().owners()).hasSizeBetween(4, 6);
            List<String> reasons = ws.queries().lossReasons(Filters.ALL).stream()
                    .filter(r -> r.target() != Target.UNKNOWN).map(LossReasonCount::reason).toList();
            assertThat(reasons).contains("Нецелевой", "Спам", "Дубль", "Не наш клиент", "Дорого", "Выбрали конкурента");
        }
    }

    @Test
    void theDemoWorkspaceIsClearlyLabelled() {
        try (Workspace ws = Workspace.open(dir.resolve("demo.sqlite"))) {
            DemoData.fill(ws, ANCHOR, 100, 5);
            assertThat(ws.settings().displayName()).isEqualTo("Demo — generated data");
            assertThat(ws.settings().isDemo()).isTrue();
            assertThat(ws.settings().currency()).isEqualTo("RUB");
        }
    }

    @Test
    void theDefaultWorkspaceIsFilledWithDemoDataOnlyOnFirstStart() throws Exception {
        Path file = dir.resolve("data").resolve(DefaultWorkspace.FILE_NAME);
        try (Workspace ws = DefaultWorkspace.openOrCreate(file, ANCHOR)) {
            assertThat(ws.settings().isDemo()).isTrue();
            ws.settings().setDisplayName("Mine");
        }
        assertThat(file.resolveSibling(DefaultWorkspace.FILE_NAME + ".creating")).doesNotExist();
        try (Workspace ws = DefaultWorkspace.openOrCreate(file, ANCHOR)) {
            assertThat(ws.settings().displayName()).isEqualTo("Mine");
            assertThat(TestLeads.count(ws, "SELECT count(*) FROM lead")).isEqualTo(DemoData.DEFAULT_LEADS);
        }
    }

    @Test
    void theBenchmarkCsvIsDeterministicWithTheGenericHeader() throws Exception {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        DemoData.writeLeadsCsv(a, 1_000, 42);
        DemoData.writeLeadsCsv(b, 1_000, 42);
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        List<String> lines = Files.readAllLines(a);
        assertThat(lines).hasSize(1_001);
        assertThat(lines.get(0)).isEqualTo("external_id,created_at,closed_at,channel,campaign,owner,company,stage,"
                + "status,target,loss_reason,deal_value,currency");
        assertThat(lines.get(1)).startsWith("demo-1,20");
    }
}
