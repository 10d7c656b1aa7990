package org.funnellab.importer;

import org.funnellab.importer.read.FormatDetector;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ColumnValuesTest {

    @Test
    void listsDistinctStageValuesMostFrequentFirst() throws Exception {
        Path file = Fixtures.path("amocrm_deals.csv");
        Map<String, Long> values = ColumnValues.distinct(file, FormatDetector.detect(file).settings(), 9);
        assertThat(values).containsExactly(
                Map.entry("Закрыто и не реализовано", 3L),
                Map.entry("Первичный контакт", 2L),
                Map.entry("Успешно реализовано", 2L),
                Map.entry("Квалификация", 1L),
                Map.entry("Неразобранное", 1L),
                Map.entry("Переговоры", 1L),
                Map.entry("Принимают решение", 1L),
                Map.entry("Согласование договора", 1L));
    }
}
