package org.funnellab.importer.cost;

import org.funnellab.domain.FunnelAggregateRow;
import org.funnellab.importer.RejectedRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class FunnelAggregateImportTest {

    @Test
    void importsAggregatedRowsAndRejectsImpossibleOnes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("funnel.csv");
        Files.writeString(file, """
                month,channel,campaign,leads,mql,sql,opportunities,won,lost,non_target,revenue
                2025-01,yandex,brand,1000,600,300,120,30,90,400,"1 500 000,00"
                2025-01,vk,,800,400,100,40,10,30,350,400000
                2025-02,yandex,brand,900,950,300,120,30,90,400,0
                15.02.2025,vk,,10,5,2,1,1,0,5,1000
                2025-02,seo,,12.5,5,2,1,1,0,5,1000
                """);
        List<FunnelAggregateRow> rows = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        TableImportReport report = FunnelAggregateImport.detected(file).run(new AggregateSink() {
            @Override
            public void accept(FunnelAggregateRow row) {
                rows.add(row);
            }

            @Override
            public void reject(RejectedRow row) {
                rejected.add(row);
            }
        });
        assertThat(rows).containsExactly(
                new FunnelAggregateRow(YearMonth.of(2025, 1), "yandex", "brand", 1000, 600, 300, 120, 30, 90, 400,
                        new BigDecimal("1500000.00")),
                new FunnelAggregateRow(YearMonth.of(2025, 1), "vk", null, 800, 400, 100, 40, 10, 30, 350,
                        new BigDecimal("400000")));
        assertThat(report.rejected()).extracting(RejectedRow::line, RejectedRow::reason).containsExactly(
                tuple(4L, "mql (950) exceeds leads (900)"),
                tuple(5L, "month expected, got '15.02.2025'"),
                tuple(6L, "'12.5' in leads is not a whole non-negative count"));
        assertThat(rejected).hasSize(3);
    }
}
