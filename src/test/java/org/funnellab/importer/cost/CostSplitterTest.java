package org.funnellab.importer.cost;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class CostSplitterTest {

    @Test
    void givesLeftoverKopecksToTheLargestRemainders() {
        // 100.00 over 30 days (1 + 28 + 1): 3.333.., 93.333.., 3.333..; the kopeck left goes to the tie's earlier month
        Map<YearMonth, BigDecimal> shares = CostSplitter.split(new BigDecimal("100.00"),
                new PeriodSpan(LocalDate.of(2025, 1, 31), LocalDate.of(2025, 3, 1)));
        assertThat(shares).containsExactly(entry(YearMonth.of(2025, 1), new BigDecimal("3.34")),
                entry(YearMonth.of(2025, 2), new BigDecimal("93.33")), entry(YearMonth.of(2025, 3), new BigDecimal("3.33")));
    }

    @ParameterizedTest(name = "{0} from {1} to {2}: {3}")
    @CsvSource(delimiter = '|', value = {
            "46000|2025-01-01|2025-02-15|2025-01=31000.00,2025-02=15000.00",
            "1000|2024-02-22|2024-03-15|2024-02=347.83,2024-03=652.17",
            "0.01|2025-01-31|2025-02-01|2025-01=0.01,2025-02=0.00",
            "-300|2025-12-01|2026-01-31|2025-12=-150.00,2026-01=-150.00",
    })
    void splitsByDays(String amount, LocalDate from, LocalDate to, String expected) {
        Map<YearMonth, BigDecimal> shares = CostSplitter.split(new BigDecimal(amount), new PeriodSpan(from, to));
        StringBuilder text = new StringBuilder();
        shares.forEach((m, a) -> text.append(text.length() == 0 ? "" : ",").append(m).append('=').append(a.toPlainString()));
        assertThat(text.toString()).isEqualTo(expected);
    }

    @Test
    void sharesAlwaysSumExactlyToTheAmount() {
        Random random = new Random(20250101);
        for (int i = 0; i < 500; i++) {
            BigDecimal amount = BigDecimal.valueOf(random.nextLong(-10_000_000, 100_000_000), random.nextInt(4));
            LocalDate start = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(700));
            PeriodSpan span = new PeriodSpan(start, start.plusDays(random.nextInt(400)));
            Map<YearMonth, BigDecimal> shares = CostSplitter.split(amount, span);
            assertThat(shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                    .as("%s over %s", amount, span).isEqualByComparingTo(amount);
            assertThat(shares).hasSize((int) (YearMonth.from(span.start()).until(YearMonth.from(span.end()),
                    java.time.temporal.ChronoUnit.MONTHS) + 1));
            assertThat(shares.values()).allSatisfy(s -> assertThat(s.signum() * amount.signum()).isNotNegative());
        }
    }
}
