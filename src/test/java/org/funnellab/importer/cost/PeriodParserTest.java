package org.funnellab.importer.cost;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "01.2025|2025-01-01|2025-01-31",
            "2.2025|2025-02-01|2025-02-28",
            "2025-02|2025-02-01|2025-02-28",
            "02/2025|2025-02-01|2025-02-28",
            "январь 2025|2025-01-01|2025-01-31",
            "Январь 2025|2025-01-01|2025-01-31",
            "янв 2025|2025-01-01|2025-01-31",
            "Янв. 2025|2025-01-01|2025-01-31",
            "марта 2025 г.|2025-03-01|2025-03-31",
            "January 2025|2025-01-01|2025-01-31",
            "Feb 2024|2024-02-01|2024-02-29",
            "15.03.2025|2025-03-15|2025-03-15",
            "2025-03-15|2025-03-15|2025-03-15",
            "01.01.2025–15.02.2025|2025-01-01|2025-02-15",
            "01.01.2025 - 15.02.2025|2025-01-01|2025-02-15",
            "01.01.2025-15.02.2025|2025-01-01|2025-02-15",
            "январь 2025 — март 2025|2025-01-01|2025-03-31",
    })
    void readsPeriodsAsPeopleWriteThem(String text, LocalDate start, LocalDate end) {
        assertThat(PeriodParser.parse(text)).isEqualTo(new PeriodSpan(start, end));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"someday", "13.2025", "2025-13", "брюмер 2025", "15.02.2025–01.01.2025"})
    void rejectsTextThatIsNotAPeriod(String text) {
        assertThatThrownBy(() -> PeriodParser.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
