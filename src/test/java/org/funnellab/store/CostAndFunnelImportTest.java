package org.funnellab.store;

import org.funnellab.domain.CostCategory;
import org.funnellab.domain.CostEntry;
import org.funnellab.domain.Filters;
import org.funnellab.domain.FunnelAggregateRow;
import org.funnellab.domain.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.funnellab.store.TestLeads.count;

class CostAndFunnelImportTest {
    @TempDir
    Path dir;
    Workspace ws;

    @BeforeEach
    void open() {
        ws = Workspace.open(TestLeads.file(dir));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private ImportCounts importCosts(List<CostEntry> entries) {
        try (ImportTransaction tx = ws.begin(ImportBatchInfo.of(ImportKind.COSTS, "costs.csv"))) {
            entries.forEach(tx::addCost);
            return tx.commit();
        }
    }

    private static CostEntry cost(String month, String channel, CostCategory category, String amount) {
        return new CostEntry(YearMonth.parse(month), channel, null, category, new BigDecimal(amount), "RUB");
    }

    @Test
    void reImportingACostFileChangesNothingAndAnUpdatedOneReplacesItsAmounts() throws Exception {
        List<CostEntry> file = List.of(
                cost("2024-01", "SEO", CostCategory.CONTENT, "1000.10"),
                cost("2024-01", "SEO", CostCategory.CONTENT, "500"),
                cost("2024-01", null, CostCategory.SOFTWARE, "300"),
                cost("2024-02", null, CostCategory.SOFTWARE, "300"));
        ImportCounts first = importCosts(file);
        assertThat(List.of(first.inserted(), first.updated(), first.unchanged())).containsExactly(3L, 0L, 0L);
        assertThat(first.read()).isEqualTo(4);

        ImportCounts again = importCosts(file);
        assertThat(List.of(again.inserted(), again.updated(), again.unchanged())).containsExactly(0L, 0L, 3L);
        assertThat(count(ws, "SELECT count(*) FROM cost_entry")).isEqualTo(3);

        ImportCounts updated = importCosts(List.of(cost("2024-01", "SEO", CostCategory.CONTENT, "2000"),
                cost("2024-03", "SEO", CostCategory.CONTENT, "10")));
        assertThat(List.of(updated.inserted(), updated.updated(), updated.unchanged())).containsExactly(1L, 1L, 0L);
        assertThat(ws.queries().facts(Filters.ALL, Stage.SQL).totalCosts()).isEqualByComparingTo("2610");
    }

    @Test
    void moneyIsExactToTheKopeckOverManyEntries() {
        List<CostEntry> many = new java.util.ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            many.add(new CostEntry(YearMonth.of(2024, 1 + i % 12), "C" + i, null, CostCategory.PAID_MEDIA,
                    new BigDecimal("0.10"), "RUB"));
        }
        importCosts(many);
        assertThat(ws.queries().facts(Filters.ALL, Stage.SQL).totalCosts()).isEqualByComparingTo("100.00");
    }

    @Test
    void reImportingAggregatedFunnelRowsIsIdempotent() throws Exception {
        List<FunnelAggregateRow> rows = List.of(
                new FunnelAggregateRow(YearMonth.of(2024, 1), "SEO", "Blog", 10, 5, 3, 2, 1, 4, 2, BigDecimal.TEN),
                new FunnelAggregateRow(YearMonth.of(2024, 1), "SEO", null, 20, 5, 3, 2, 1, 4, 2, BigDecimal.ONE));
        for (int round = 0; round < 2; round++) {
            try (ImportTransaction tx = ws.begin(ImportBatchInfo.of(ImportKind.FUNNEL, "bi.csv"))) {
                rows.forEach(tx::addFunnelRow);
                ImportCounts c = tx.commit();
                assertThat(round == 0 ? c.inserted() : c.unchanged()).isEqualTo(2);
            }
        }
        assertThat(count(ws, "SELECT count(*) FROM funnel_aggregate")).isEqualTo(2);
        assertThat(ws.queries().facts(Filters.ALL, Stage.SQL).leads()).isEqualTo(30);
    }
}
