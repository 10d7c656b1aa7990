package org.funnellab.importer.cost;

import org.funnellab.domain.CostCategory;
import org.funnellab.domain.CostEntry;
import org.funnellab.importer.RejectedRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CostImportTest {

    static final class Collecting implements CostSink {
        final List<CostEntry> entries = new ArrayList<>();
        final List<RejectedRow> rejected = new ArrayList<>();

        @Override
        public void accept(CostEntry entry) {
            entries.add(entry);
        }

        @Override
        public void reject(RejectedRow row) {
            rejected.add(row);
        }
    }

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(CostImportTest.class.getResource("/org/funnellab/importer/fixtures/" + name).toURI());
    }

    @Test
    void importsARussianCostSheetWithMonthNamesARangeAndATotalRow() throws Exception {
        Collecting sink = new Collecting();
        TableImportReport report = CostImport.detected(fixture("costs_ru.csv")).run(sink);
        assertThat(report.rowsRead()).isEqualTo(9);
        assertThat(report.rowsAccepted()).isEqualTo(9);
        assertThat(report.entries()).isEqualTo(10);
        assertThat(report.splitRows()).isEqualTo(1);
        assertThat(report.junkCount()).isEqualTo(2);
        assertThat(report.junkLines()).extracting(j -> j.line()).containsExactly(11L, 12L);
        assertThat(report.unknownValues()).isEqualTo(Map.of("Корпоратив", 1L));
        assertThat(sink.entries).extracting(CostEntry::period, CostEntry::channel, CostEntry::category,
                e -> e.amount().toPlainString()).containsExactly(
                tuple(YearMonth.of(2025, 1), "Яндекс Директ", CostCategory.PAID_MEDIA, "150000.00"),
                tuple(YearMonth.of(2025, 1), "VK", CostCategory.PAID_MEDIA, "80000"),
                tuple(YearMonth.of(2025, 1), null, CostCategory.MARKETING_SALARIES, "300000"),
                tuple(YearMonth.of(2025, 2), "Яндекс Директ", CostCategory.PAID_MEDIA, "165000.50"),
                tuple(YearMonth.of(2025, 2), null, CostCategory.SOFTWARE, "12990"),
                tuple(YearMonth.of(2025, 2), null, CostCategory.OVERHEAD, "95000"),
                tuple(YearMonth.of(2025, 3), "Яндекс Директ", CostCategory.AGENCY, "40000"),
                tuple(YearMonth.of(2025, 1), "Telegram Ads", CostCategory.PAID_MEDIA, "31000.00"),
                tuple(YearMonth.of(2025, 2), "Telegram Ads", CostCategory.PAID_MEDIA, "15000.00"),
                tuple(YearMonth.of(2025, 3), null, CostCategory.OTHER, "20000"));
        assertThat(sink.entries).allSatisfy(e -> assertThat(e.currency()).isEqualTo("RUB"));
    }

    @Test
    void importsAnEnglishCostSheet() throws Exception {
        Collecting sink = new Collecting();
        TableImportReport report = CostImport.detected(fixture("costs_en.csv")).run(sink);
        assertThat(report.entries()).isEqualTo(8);
        assertThat(report.unknownValues()).isEqualTo(Map.of("Swag", 1L));
        assertThat(sink.entries).extracting(CostEntry::period, CostEntry::category, e -> e.amount().toPlainString())
                .containsExactly(
                        tuple(YearMonth.of(2025, 1), CostCategory.PAID_MEDIA, "12500.00"),
                        tuple(YearMonth.of(2025, 1), CostCategory.PAID_MEDIA, "8000.00"),
                        tuple(YearMonth.of(2025, 1), CostCategory.SOFTWARE, "1200.00"),
                        tuple(YearMonth.of(2025, 2), CostCategory.PAID_MEDIA, "13100.25"),
                        tuple(YearMonth.of(2025, 2), CostCategory.CONTENT, "2500"),
                        tuple(YearMonth.of(2025, 2), CostCategory.AGENCY, "5000"),
                        tuple(YearMonth.of(2025, 3), CostCategory.SALES_SALARIES, "40000"),
                        tuple(YearMonth.of(2025, 3), CostCategory.OTHER, "750"));
        assertThat(sink.entries.get(0).currency()).isEqualTo("USD");
    }

    @Test
    void splitsAFromToRangeAndRejectsRowsWithoutPeriodOrAmount(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ranges.csv");
        Files.writeString(file, """
                From;To;Channel;Category;Spend
                2025-01-20;2025-03-10;Radio;Ads;100 000
                ;;Radio;Ads;5 000
                2025-04-01;2025-04-30;Radio;Ads;
                someday;;Radio;Ads;10
                """);
        Collecting sink = new Collecting();
        TableImportReport report = CostImport.detected(file).run(sink);
        // 12 + 28 + 10 = 50 days: 24 000 / 56 000 / 20 000
        assertThat(sink.entries).extracting(CostEntry::period, e -> e.amount().toPlainString()).containsExactly(
                tuple(YearMonth.of(2025, 1), "24000.00"), tuple(YearMonth.of(2025, 2), "56000.00"),
                tuple(YearMonth.of(2025, 3), "20000.00"));
        assertThat(report.rejected()).extracting(RejectedRow::line, RejectedRow::reason).containsExactly(
                tuple(3L, "missing period"), tuple(4L, "missing amount"), tuple(5L, "unreadable period 'someday'"));
        assertThat(sink.rejected).hasSize(3);
    }
}
