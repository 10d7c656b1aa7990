package org.funnellab.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScenarioComparisonExportTest {
    @TempDir
    Path dir;

    @Test
    void textThatLooksLikeAFormulaIsWrittenAsText() {
        assertThat(ScenarioComparisonExport.csvCell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(ScenarioComparisonExport.csvCell("+1")).isEqualTo("'+1");
        assertThat(ScenarioComparisonExport.csvCell("-cut")).isEqualTo("'-cut");
        assertThat(ScenarioComparisonExport.csvCell("@SUM")).isEqualTo("'@SUM");
        assertThat(ScenarioComparisonExport.csvCell("VK, Yandex")).isEqualTo("\"VK, Yandex\"");
        assertThat(ScenarioComparisonExport.csvCell(-1234.5)).as("numbers stay numbers").isEqualTo("-1234.5");
        assertThat(ScenarioComparisonExport.csvCell(null)).isEmpty();
    }

    @Test
    void csvHasABomAHeaderAndOneLinePerRow() throws Exception {
        Path f = dir.resolve("c.csv");
        ScenarioComparisonExport.writeCsv(f, new ScenarioComparisonExport.Table(List.of("item", "Base", "=A"),
                List.of(Arrays.asList("Лиды", 100.0, null), List.of("CAC", 0.25, 1e7))));
        String text = Files.readString(f, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFitem,Base,'=A\r\n");
        assertThat(text).contains("Лиды,100,\r\n").contains("CAC,0.25,10000000\r\n");
        try (var files = Files.list(dir)) {
            assertThat(files).as("no temporary file left").containsExactly(f);
        }
    }
}
