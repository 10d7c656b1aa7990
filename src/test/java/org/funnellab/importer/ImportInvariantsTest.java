package org.funnellab.importer;

import org.funnellab.importer.parse.MoneyParser;
import org.funnellab.importer.preset.Presets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Invariants checked over seeded random inputs. */
class ImportInvariantsTest {
    private static final String[] CELLS = {"", " ", "lead", "won", "lost", "Заморожено", "01.02.2025", "2025-02-01",
            "31.02.2025", "yesterday", "1 000,50", "$1,234.50", "abc", "=1+1", "\"quoted\"", "да", "нет", "maybe",
            "Итого", "Total", "x;y", "line\nbreak"};

    @Test
    void everyDataRowIsAcceptedRejectedOrCollapsedNeverLost(@TempDir Path dir) throws Exception {
        Random random = new Random(7);
        List<String> header = List.of("external_id", "created_at", "stage", "deal_value", "target", "channel");
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder(String.join(",", header)).append('\n');
            int rows = 1 + random.nextInt(30);
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < header.size(); c++) {
                    String cell = c == 0 && random.nextInt(5) > 0 ? "ID" + random.nextInt(rows)
                            : CELLS[random.nextInt(CELLS.length)];
                    text.append(c == 0 ? "" : ",").append('"').append(cell.replace("\"", "\"\"")).append('"');
                }
                text.append('\n');
            }
            Path file = dir.resolve("r" + round + ".csv");
            Files.writeString(file, text);
            var mapping = Presets.byName("generic").defaultMapping(header);
            CollectingLeadSink sink = new CollectingLeadSink();
            ImportReport report = LeadImport.detected(file, mapping).run(sink, ProgressListener.NONE);
            assertThat(report.rowsRead() + report.junkCount()).as(text.toString()).isEqualTo(rows);
            assertThat(report.accepted() + report.rejectedCount() + report.collapsedRows()).isEqualTo(report.rowsRead());
            assertThat(sink.delivered).hasSize((int) report.accepted());
            assertThat(sink.rejected).hasSize((int) report.rejectedCount());
            assertThat(sink.rejected).allSatisfy(r -> assertThat(r.reason()).isNotBlank());
        }
    }

    @Test
    void moneyWrittenInAnyCommonStyleParsesBackExactly() {
        Random random = new Random(11);
        DecimalFormat[] styles = {
                new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US)),
                new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.GERMANY)),
                new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("ru-RU"))),
                new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(Locale.US)),
        };
        for (DecimalFormat f : styles) {
            f.setParseBigDecimal(true);
        }
        for (int i = 0; i < 1000; i++) {
            BigDecimal amount = BigDecimal.valueOf(random.nextLong(-1_000_000_000L, 1_000_000_000L), 2);
            DecimalFormat style = styles[random.nextInt(styles.length)];
            String text = style.format(amount);
            assertThat(MoneyParser.parse(text).amount()).as(text).isEqualByComparingTo(amount);
            assertThat(MoneyParser.parse(text + " ₽").currency()).isEqualTo("RUB");
        }
    }
}
