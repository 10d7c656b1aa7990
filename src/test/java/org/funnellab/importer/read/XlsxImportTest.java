package org.funnellab.importer.read;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.funnellab.domain.LeadStatus;
import org.funnellab.importer.ImportReport;
import org.funnellab.importer.LeadImport;
import org.funnellab.importer.LeadSink;
import org.funnellab.importer.ProgressListener;
import org.funnellab.importer.RejectedRow;
import org.funnellab.importer.preset.Presets;
import org.funnellab.domain.Lead;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class XlsxImportTest {

    static Path writeWorkbook(Path dir) throws Exception {
        Path file = dir.resolve("deals.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "FunnelLab", "1.0");
            Worksheet ws = wb.newWorksheet("Сделки");
            ws.value(0, 0, "Выгрузка сделок за январь");
            String[] header = {"ID", "Название сделки", "Бюджет", "Дата создания", "Этап сделки", "utm_source"};
            for (int c = 0; c < header.length; c++) {
                ws.value(2, c, header[c]);
            }
            Object[][] rows = {
                    {5001, "Первая", 150000.5, LocalDateTime.of(2025, 1, 15, 10, 30), "Первичный контакт", "yandex"},
                    {5002, "Вторая", 99000, LocalDateTime.of(2025, 1, 16, 0, 0), "Успешно реализовано", "google"},
                    {5003, "Третья", null, LocalDateTime.of(2025, 1, 17, 9, 5, 7), "Переговоры", ""},
            };
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof String s) {
                        ws.value(3 + r, c, s);
                    } else if (v instanceof Number n) {
                        ws.value(3 + r, c, n);
                    } else if (v instanceof LocalDateTime d) {
                        ws.value(3 + r, c, d);
                        ws.style(3 + r, c).format("dd.mm.yyyy hh:mm").set();
                    }
                }
            }
            ws.value(7, 0, "Итого");
            ws.value(7, 2, 249000.5);
            Worksheet second = wb.newWorksheet("Лиды");
            second.value(0, 0, "ID");
            second.value(0, 1, "Дата создания");
            second.value(1, 0, "L-1");
            second.value(1, 1, 45672);
            wb.finish();
        }
        return file;
    }

    @Test
    void readsTheFirstSheetWithRealDatesAndSkipsTitleAndTotalRows(@TempDir Path dir) throws Exception {
        Path file = writeWorkbook(dir);
        FilePreview preview = FilePreview.of(file, Presets.knownHeaders(), 10);
        assertThat(preview.settings().kind()).isEqualTo(FileKind.XLSX);
        assertThat(preview.headerLine()).isEqualTo(3);
        assertThat(preview.rows()).hasSize(3);
        assertThat(preview.rows().get(0).cells()).containsExactly("5001", "Первая", "150000.5", "2025-01-15 10:30:00",
                "Первичный контакт", "yandex");
        assertThat(preview.rows().get(1).cell(3)).isEqualTo("2025-01-16");

        var mapping = Presets.bestMatch(preview.header()).defaultMapping(preview.header());
        List<Lead> leads = new ArrayList<>();
        ImportReport report = new LeadImport(file, preview.settings(), mapping).run(new LeadSink() {
            @Override
            public void accept(Lead lead) {
                leads.add(lead);
            }

            @Override
            public void reject(RejectedRow row) {
                throw new AssertionError(row.toString());
            }
        }, ProgressListener.NONE);
        assertThat(report.accepted()).isEqualTo(3);
        assertThat(report.junkLines()).extracting(JunkLine::line).containsExactly(1L, 8L);
        assertThat(leads.get(0).createdAt()).isEqualTo(LocalDateTime.of(2025, 1, 15, 10, 30));
        assertThat(leads.get(2).createdAt()).isEqualTo(LocalDateTime.of(2025, 1, 17, 9, 5, 7));
        assertThat(leads.get(0).dealValue()).isEqualByComparingTo("150000.5");
        assertThat(leads.get(1).status()).isEqualTo(LeadStatus.WON);
    }

    @Test
    void anotherSheetCanBeChosenAndExcelSerialNumbersReadAsDates(@TempDir Path dir) throws Exception {
        Path file = writeWorkbook(dir);
        assertThat(FormatDetector.sheetNames(file)).containsExactly("Сделки", "Лиды");
        ReadSettings second = FormatDetector.detect(file).settings().withSheetIndex(1);
        FilePreview preview = FilePreview.of(file, second, List.of(), Presets.knownHeaders(), 10);
        assertThat(preview.header()).containsExactly("ID", "Дата создания");
        assertThat(preview.rows().get(0).cells()).containsExactly("L-1", "45672");
        assertThat(org.funnellab.importer.parse.DateFormatResolver.resolve("Дата создания", List.of("45672")).pattern()
                .parse("45672")).isEqualTo(LocalDateTime.of(2025, 1, 15, 0, 0));
    }
}
