package org.funnellab.importer;

import org.funnellab.domain.Stage;
import org.funnellab.importer.mapping.StageMapping;
import org.funnellab.importer.preset.Presets;
import org.funnellab.importer.read.FormatDetector;
import org.funnellab.importer.read.MalformedFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class LeadImportValidationTest {

    @Test
    void rejectsARowWithoutAnIdWithItsLine() throws Exception {
        var r = Fixtures.importWithDetectedPreset(Fixtures.path("bad_missing_id.csv"));
        assertThat(r.report().accepted()).isEqualTo(2);
        assertThat(r.report().rejected()).extracting(RejectedRow::line, RejectedRow::reason)
                .containsExactly(tuple(3L, "missing external id (column 'external_id')"));
        assertThat(r.sink().rejected).isEqualTo(r.report().rejected());
    }

    @Test
    void rejectsUnparseableAndMissingCreatedDates() throws Exception {
        var r = Fixtures.importWithDetectedPreset(Fixtures.path("bad_date.csv"));
        assertThat(r.report().accepted()).isEqualTo(2);
        assertThat(r.report().rejected()).extracting(RejectedRow::line, RejectedRow::reason).containsExactly(
                tuple(3L, "unparseable date '32.01.2025' in column 'created_at' (expected dd.MM.yyyy[ HH:mm[:ss]])"),
                tuple(5L, "missing created date (column 'created_at')"));
        assertThat(r.report().warnings()).anyMatch(w -> w.contains("1 value(s) do not fit"));
    }

    @Test
    void rejectsUnparseableAmounts() throws Exception {
        var r = Fixtures.importWithDetectedPreset(Fixtures.path("bad_money.csv"));
        assertThat(r.report().accepted()).isEqualTo(1);
        assertThat(r.report().rejected()).extracting(RejectedRow::line, RejectedRow::reason).containsExactly(
                tuple(3L, "unparseable amount 'twelve hundred' in column 'deal_value'"),
                tuple(4L, "unparseable amount '1,23,45' in column 'deal_value'"));
    }

    @Test
    void listsUnmappedStagesAndRejectsTheirRowsUntilTheUserMapsThem() throws Exception {
        var r = Fixtures.importWithDetectedPreset(Fixtures.path("bad_stage.csv"));
        assertThat(r.report().accepted()).isEqualTo(2);
        assertThat(r.report().rejected()).extracting(RejectedRow::line, RejectedRow::reason).containsExactly(
                tuple(3L, "unmapped stage value 'Заморожено'"),
                tuple(5L, "unmapped stage value 'Заморожено'"),
                tuple(6L, "unmapped stage value 'На паузе'"));
        assertThat(r.report().unmappedValues()).isEqualTo(Map.of("stage", Map.of("Заморожено", 2L, "На паузе", 1L)));

        var mapping = r.mapping().withStageValue("заморожено", StageMapping.open(Stage.SQL))
                .withStageValue("НА ПАУЗЕ", StageMapping.lost(Stage.MQL));
        CollectingLeadSink sink = new CollectingLeadSink();
        Path file = Fixtures.path("bad_stage.csv");
        ImportReport again = new LeadImport(file, FormatDetector.detect(file).settings(), mapping)
                .run(sink, ProgressListener.NONE);
        assertThat(again.accepted()).isEqualTo(5);
        assertThat(sink.lead("S-2").stage()).isEqualTo(Stage.SQL);
        assertThat(sink.lead("S-5").stage()).isEqualTo(Stage.MQL);
    }

    @Test
    void stopsAtAQuoteThatIsNeverClosedNamingTheLine() throws Exception {
        assertThatThrownBy(() -> Fixtures.importWithDetectedPreset(Fixtures.path("bad_truncated_quote.csv")))
                .isInstanceOf(MalformedFileException.class)
                .hasMessageStartingWith("line 4:")
                .satisfies(e -> assertThat(((MalformedFileException) e).line()).isEqualTo(4));
    }

    @Test
    void exportsRejectedRowsWithFormulaInjectionNeutralised() throws Exception {
        StringWriter out = new StringWriter();
        RejectedRowsCsv.write(out, List.of("id", "=name"), List.of(
                new RejectedRow(7, "unmapped stage value '=1+1'", "x", List.of("=HYPERLINK(\"http://evil\")", "+7 900")),
                new RejectedRow(9, "bad", null, List.of("@SUM(A1)", "-2", "\tTab", "\rCR", "plain", ""))));
        assertThat(out.toString().split("\r\n")).containsExactly(
                "line,reason,id,'=name",
                "7,unmapped stage value '=1+1',\"'=HYPERLINK(\"\"http://evil\"\")\",'+7 900",
                "9,bad,'@SUM(A1),'-2,'\tTab,\"'\rCR\",plain,");
    }

    @Test
    void lastRowWinsForARepeatedIdAndTheRepeatIsReported(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("dups.csv");
        Files.writeString(file, """
                external_id,created_at,stage,deal_value
                A,2025-01-01,lead,
                B,2025-01-02,lead,
                A,2025-01-03,won,500
                """, StandardCharsets.UTF_8);
        var r = Fixtures.importWithDetectedPreset(file);
        assertThat(r.report().accepted()).isEqualTo(3);
        assertThat(r.report().duplicateIds()).isEqualTo(1);
        assertThat(r.report().warnings()).contains("line 4: id A appeared before; the later row wins");
        assertThat(r.sink().leads).hasSize(2);
        assertThat(r.sink().lead("A").dealValue()).isEqualByComparingTo("500");
    }

    @Test
    void cancellingFromTheProgressListenerStopsTheImportWithoutFinishingTheSink(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.csv");
        StringBuilder text = new StringBuilder("external_id,created_at,stage\n");
        for (int i = 0; i < 5000; i++) {
            text.append(i).append(",2025-01-01,lead\n");
        }
        Files.writeString(file, text);
        var preset = Presets.byName("generic");
        var mapping = preset.defaultMapping(List.of("external_id", "created_at", "stage"));
        CollectingLeadSink sink = new CollectingLeadSink();
        List<ImportProgress> ticks = new java.util.ArrayList<>();
        ImportReport report = LeadImport.detected(file, mapping).run(sink, p -> {
            ticks.add(p);
            return p.pass() == 1 || p.rows() < 2000;
        });
        assertThat(report.cancelled()).isTrue();
        assertThat(report.accepted()).isEqualTo(2000);
        assertThat(sink.finished).isFalse();
        assertThat(ticks).anyMatch(p -> p.pass() == 1);
        assertThat(ticks.get(ticks.size() - 1).bytesRead()).isPositive();
    }

    @Test
    void aLimitedImportPreviewsTheFirstRowsParsedAsTheFullImportWould() throws Exception {
        Path file = Fixtures.path("bad_date.csv");
        var full = Fixtures.importWithDetectedPreset(file);
        CollectingLeadSink sink = new CollectingLeadSink();
        ImportReport preview = LeadImport.detected(file, full.mapping()).limitedTo(2).run(sink, ProgressListener.NONE);
        assertThat(preview.rowsRead()).isEqualTo(2);
        assertThat(sink.delivered).containsExactlyElementsOf(full.sink().delivered.subList(0, 1));
        assertThat(sink.rejected).containsExactly(full.sink().rejected.get(0));
        assertThat(preview.dateResolutions()).isEqualTo(full.report().dateResolutions());
    }

    @Test
    void listsStageValuesTheMappingDoesNotKnowBeforeImporting() throws Exception {
        Path file = Fixtures.path("bad_stage.csv");
        var r = Fixtures.importWithDetectedPreset(file);
        assertThat(ColumnValues.unmappedStages(file, FormatDetector.detect(file).settings(), r.mapping()))
                .containsExactly(Map.entry("Заморожено", 2L), Map.entry("На паузе", 1L));
    }

    @Test
    void writesRejectedRowsOfAReportUnderTheFileHeader(@TempDir Path dir) throws Exception {
        var r = Fixtures.importWithDetectedPreset(Fixtures.path("bad_money.csv"));
        Path out = dir.resolve("rejected.csv");
        RejectedRowsCsv.write(out, r.report());
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo("\uFEFF"
                + "line,reason,external_id,created_at,stage,channel,deal_value,currency\r\n"
                + "3,unparseable amount 'twelve hundred' in column 'deal_value',M-2,06.02.2025,won,ads,twelve hundred,RUB\r\n"
                + "4,\"unparseable amount '1,23,45' in column 'deal_value'\",M-3,07.02.2025,won,ads,\"1,23,45\",RUB\r\n");
    }

    @Test
    void warnsWhenTheAmountSignAndTheCurrencyColumnDisagree(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("c.csv");
        Files.writeString(file, "external_id,created_at,deal_value,currency\nX,2025-01-01,$100,RUB\n");
        var r = Fixtures.importWithDetectedPreset(file);
        assertThat(r.sink().lead("X").currency()).isEqualTo("RUB");
        assertThat(r.report().warnings()).containsExactly(
                "line 2: amount of X is in USD but the currency column says RUB; the column wins");
    }

    @Test
    void explainsFilesItCannotRead(@TempDir Path dir) throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.csv"));
        assertThatThrownBy(() -> Fixtures.importWithDetectedPreset(empty))
                .isInstanceOf(java.io.IOException.class).hasMessageContaining("no header row");
        Path legacy = dir.resolve("old.xls");
        Files.write(legacy, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1, 0, 0});
        assertThatThrownBy(() -> FormatDetector.detect(legacy)).hasMessageContaining("save it as .xlsx or CSV");
    }

    @Test
    void theHeaderLineCanBeSetByHand() throws Exception {
        Path file = Fixtures.path("salesforce_report.csv");
        var settings = FormatDetector.detect(file).settings();
        var preview = org.funnellab.importer.read.FilePreview.of(file, settings.withHeaderLine(2), List.of(),
                Presets.knownHeaders(), 3);
        assertThat(preview.header()).containsExactly("Generated 2/3/2025 9:00 AM by Dana Scully");
        assertThatThrownBy(() -> org.funnellab.importer.read.FilePreview.of(file, settings.withHeaderLine(99), List.of(),
                Presets.knownHeaders(), 3)).hasMessageContaining("line 99");
    }

    @Test
    void rejectsARowWithMoreFilledCellsThanTheHeaderButIgnoresEmptyTrailingOnes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("shifted.csv");
        Files.writeString(file, "external_id;created_at;stage;\nA;2025-01-01;lead;;\nB;2025-01-02;lead;oops;\n");
        var r = Fixtures.importWithDetectedPreset(file);
        assertThat(r.report().accepted()).isEqualTo(1);
        assertThat(r.report().rejected()).extracting(RejectedRow::line, RejectedRow::reason)
                .containsExactly(tuple(3L, "row has 4 cells but the header has 3"));
    }

    @Test
    void poolsUnmappedValuesPastAThousandDistinctOnes(@TempDir Path dir) throws Exception {
        StringBuilder text = new StringBuilder("external_id,created_at,stage\n");
        for (int i = 0; i < 1500; i++) {
            text.append(i).append(",2025-01-01,free text ").append(i).append('\n');
        }
        Path file = dir.resolve("free.csv");
        Files.writeString(file, text);
        var r = Fixtures.importWithDetectedPreset(file);
        assertThat(r.report().rejectedCount()).isEqualTo(1500);
        Map<String, Long> values = r.report().unmappedValues().get("stage");
        assertThat(values).hasSize(1001).containsEntry("(other values)", 500L);
        assertThat(values.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(1500);
    }

    @Test
    void keepsButReportsADealClosedBeforeItWasCreated(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("order.csv");
        Files.writeString(file, "external_id,created_at,closed_at,stage\nZ,2025-02-01,2025-01-15,won\n");
        var r = Fixtures.importWithDetectedPreset(file);
        assertThat(r.report().accepted()).isEqualTo(1);
        assertThat(r.report().warnings()).containsExactly(
                "line 2: Z closed (2025-01-15T00:00) before it was created (2025-02-01T00:00); kept as exported");
    }
}
