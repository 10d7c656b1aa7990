package org.funnellab.importer;

import org.funnellab.domain.Lead;
import org.funnellab.domain.LeadStatus;
import org.funnellab.domain.SourceSystem;
import org.funnellab.domain.Stage;
import org.funnellab.domain.Target;
import org.funnellab.importer.parse.DatePattern;
import org.funnellab.importer.read.FileKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class LeadImportPresetsTest {

    @Test
    void importsAmoCrmExportWithBomRepeatedTagsAndMultilineNames() throws Exception {
        var r = Fixtures.importWithDetectedPreset(Fixtures.path("amocrm_deals.csv"));
        assertThat(r.preset().sourceSystem()).isEqualTo(SourceSystem.AMOCRM);
        assertThat(r.report().settings().charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(r.report().settings().delimiter()).isEqualTo(';');
        assertThat(r.report().rowsRead()).isEqualTo(12);
        assertThat(r.report().accepted()).isEqualTo(12);
        assertThat(r.report().rejectedCount()).isZero();
        assertThat(r.report().dateResolutions()).extracting(d -> d.pattern()).containsOnly(DatePattern.DMY_DOT);

        Lead won = r.sink().lead("1002");
        assertThat(won.status()).isEqualTo(LeadStatus.WON);
        assertThat(won.stage()).isEqualTo(Stage.WON);
        assertThat(won.dealValue()).isEqualByComparingTo("320500.50");
        assertThat(won.currency()).isEqualTo("RUB");
        assertThat(won.createdAt()).isEqualTo(LocalDateTime.of(2025, 1, 11, 9, 0));
        assertThat(won.closedAt()).isEqualTo(LocalDateTime.of(2025, 1, 25, 18, 30));
        assertThat(won.channel()).isEqualTo("google");
        assertThat(won.campaign()).isEqualTo("generic_jan");
        assertThat(won.company()).isEqualTo("ООО Вектор");

        Lead spam = r.sink().lead("1003");
        assertThat(spam.target()).isEqualTo(Target.NON_TARGET);
        assertThat(spam.status()).isEqualTo(LeadStatus.LOST);
        assertThat(spam.stage()).isEqualTo(Stage.LEAD);
        assertThat(spam.sourceCells()).contains("Звонок\nс сайта");

        assertThat(r.sink().lead("1005").target()).as("lost for price: a real prospect").isEqualTo(Target.TARGET);
        assertThat(r.sink().lead("1001").target()).isEqualTo(Target.UNKNOWN);
        assertThat(r.sink().lead("1006").target()).as("second Теги column, by position").isEqualTo(Target.NON_TARGET);
        assertThat(r.sink().lead("1006").sourceCells()).contains("нецелевой, спам");
        assertThat(r.report().warnings()).anyMatch(w -> w.contains("non-target lead 1006 is OPEN"));
        assertThat(r.sink().lead("1012").stage()).isEqualTo(Stage.MQL);
        assertThat(r.sink().lead("1007").stage()).isEqualTo(Stage.OPPORTUNITY);
    }

    @Test
    void collapsesBitrixProductRowsOfTheHtmlTableExport() throws Exception {
        var r = Fixtures.importWithDetectedPreset(Fixtures.path("bitrix24_deals.xls"));
        assertThat(r.report().settings().kind()).isEqualTo(FileKind.HTML_TABLE);
        assertThat(r.preset().sourceSystem()).isEqualTo(SourceSystem.BITRIX24);
        assertThat(r.report().rowsRead()).isEqualTo(11);
        assertThat(r.report().accepted()).isEqualTo(8);
        assertThat(r.report().collapsedRows()).isEqualTo(3);
        assertThat(r.report().duplicateIds()).isZero();
        Lead office = r.sink().lead("2003");
        assertThat(office.dealValue()).as("the deal sum, not a product line").isEqualByComparingTo("310000");
        assertThat(office.stage()).isEqualTo(Stage.OPPORTUNITY);
        assertThat(office.closedAt()).isNull();
        Lead audit = r.sink().lead("2008");
        assertThat(audit.status()).isEqualTo(LeadStatus.WON);
        assertThat(audit.currency()).isEqualTo("USD");
        assertThat(audit.closedAt()).isEqualTo(LocalDateTime.of(2025, 1, 27, 12, 0));
        assertThat(r.sink().lead("2004").status()).isEqualTo(LeadStatus.LOST);
        assertThat(r.sink().lead("2001").channel()).isEqualTo("Веб-сайт");
    }

    @Test
    void readsTheWindows1251CsvWithTrailingSemicolonsLikeTheHtmlExport() throws Exception {
        var csv = Fixtures.importWithDetectedPreset(Fixtures.path("bitrix24_deals_cp1251.csv"));
        var html = Fixtures.importWithDetectedPreset(Fixtures.path("bitrix24_deals.xls"));
        assertThat(csv.report().settings().charset().name()).isEqualTo("windows-1251");
        assertThat(csv.report().settings().delimiter()).isEqualTo(';');
        assertThat(csv.report().accepted()).isEqualTo(8);
        assertThat(csv.report().collapsedRows()).isEqualTo(3);
        assertThat(csv.report().rejectedCount()).isZero();
        assertThat(csv.sink().leads.values()).extracting(Lead::externalId, Lead::stage, Lead::status, Lead::dealValue,
                        Lead::createdAt, Lead::company)
                .containsExactlyElementsOf(html.sink().leads.values().stream().map(l -> org.assertj.core.groups.Tuple.tuple(
                        l.externalId(), l.stage(), l.status(), l.dealValue(), l.createdAt(), l.company())).toList());
    }

    @Test
    void importsHubSpotInternalStageIds() throws Exception {
        var r = Fixtures.importWithDetectedPreset(Fixtures.path("hubspot_deals.csv"));
        assertThat(r.preset().sourceSystem()).isEqualTo(SourceSystem.HUBSPOT);
        assertThat(r.report().accepted()).isEqualTo(10);
        assertThat(r.report().dateResolutions()).extracting(d -> d.pattern()).containsOnly(DatePattern.ISO);
        Lead globex = r.sink().lead("9876543202");
        assertThat(globex.status()).isEqualTo(LeadStatus.WON);
        assertThat(globex.dealValue()).isEqualByComparingTo("48500.50");
        assertThat(globex.createdAt()).isEqualTo(LocalDateTime.of(2025, 1, 7, 14, 3));
        assertThat(globex.channel()).isEqualTo("PAID_SEARCH");
        assertThat(globex.campaign()).isEqualTo("brand-q1");
        assertThat(r.sink().lead("9876543203").target()).isEqualTo(Target.NON_TARGET);
        assertThat(r.sink().lead("9876543206").target()).isEqualTo(Target.TARGET);
        assertThat(r.sink().lead("9876543210").target()).isEqualTo(Target.NON_TARGET);
        assertThat(r.sink().lead("9876543201").stage()).isEqualTo(Stage.SQL);
        assertThat(r.sink().lead("9876543205").dealValue()).isNull();
    }

    @Test
    void skipsSalesforceTitleAndFooterRowsAndReadsDollarAmounts() throws Exception {
        var r = Fixtures.importWithDetectedPreset(Fixtures.path("salesforce_report.csv"));
        assertThat(r.preset().sourceSystem()).isEqualTo(SourceSystem.SALESFORCE);
        assertThat(r.report().settings().delimiter()).isEqualTo(',');
        assertThat(r.report().headerLine()).isEqualTo(4);
        assertThat(r.report().accepted()).isEqualTo(10);
        assertThat(r.report().rejectedCount()).isZero();
        assertThat(r.report().junkCount()).isEqualTo(8);
        assertThat(r.report().junkLines()).extracting(j -> j.line()).containsExactly(1L, 2L, 3L, 15L, 16L, 17L, 18L, 19L);
        assertThat(r.report().junkLines().get(4).reason()).contains("Grand Totals");
        assertThat(r.report().dateResolutions()).extracting(d -> d.pattern()).containsOnly(DatePattern.MDY_SLASH);
        Lead acme = r.sink().lead("0065g00000AbC01");
        assertThat(acme.dealValue()).isEqualByComparingTo("1234.50");
        assertThat(acme.currency()).isEqualTo("USD");
        assertThat(acme.createdAt()).isEqualTo(LocalDateTime.of(2025, 1, 5, 0, 0));
        assertThat(acme.closedAt()).as("an open opportunity's close date is a forecast").isNull();
        Lead globex = r.sink().lead("0065g00000AbC02");
        assertThat(globex.closedAt()).isEqualTo(LocalDateTime.of(2025, 2, 14, 0, 0));
        assertThat(globex.owner()).isEqualTo("Fox Mulder");
        assertThat(r.sink().lead("0065g00000AbC04").target()).isEqualTo(Target.NON_TARGET);
        assertThat(r.sink().lead("0065g00000AbC09").target()).isEqualTo(Target.TARGET);
    }

    @Test
    void appliesPipedriveStatusOverTheStageColumn() throws Exception {
        var r = Fixtures.importWithDetectedPreset(Fixtures.path("pipedrive_deals.csv"));
        assertThat(r.preset().sourceSystem()).isEqualTo(SourceSystem.PIPEDRIVE);
        assertThat(r.report().accepted()).isEqualTo(8);
        Lead won = r.sink().lead("101");
        assertThat(won.stage()).isEqualTo(Stage.WON);
        assertThat(won.closedAt()).isEqualTo(LocalDateTime.of(2025, 1, 29, 12, 0));
        Lead lostAtDemo = r.sink().lead("105");
        assertThat(lostAtDemo.status()).isEqualTo(LeadStatus.LOST);
        assertThat(lostAtDemo.stage()).isEqualTo(Stage.SQL);
        assertThat(lostAtDemo.closedAt()).as("the lost time column").isEqualTo(LocalDateTime.of(2025, 1, 21, 17, 0));
        assertThat(lostAtDemo.target()).isEqualTo(Target.TARGET);
        assertThat(r.sink().lead("103").target()).isEqualTo(Target.NON_TARGET);
        assertThat(r.sink().lead("104").currency()).isEqualTo("EUR");
        assertThat(r.sink().lead("102").stage()).isEqualTo(Stage.MQL);
    }

    @Test
    void readsTheRussianLocalisedPipedriveExport() throws Exception {
        var r = Fixtures.importWithDetectedPreset(Fixtures.path("pipedrive_deals_ru.csv"));
        assertThat(r.preset().sourceSystem()).isEqualTo(SourceSystem.PIPEDRIVE);
        assertThat(r.report().accepted()).isEqualTo(6);
        assertThat(r.sink().lead("301").status()).isEqualTo(LeadStatus.WON);
        assertThat(r.sink().lead("301").dealValue()).isEqualByComparingTo(new BigDecimal("150000"));
        assertThat(r.sink().lead("301").createdAt()).isEqualTo(LocalDateTime.of(2025, 1, 15, 10, 0));
        assertThat(r.sink().lead("303").target()).isEqualTo(Target.NON_TARGET);
        assertThat(r.sink().lead("305").stage()).isEqualTo(Stage.SQL);
        assertThat(r.sink().lead("305").status()).isEqualTo(LeadStatus.LOST);
        assertThat(r.sink().lead("304").owner()).isEqualTo("Глеб Носов");
    }

    @Test
    void readsAUtf16TabSeparatedFileWithATargetFlagColumn() throws Exception {
        var r = Fixtures.importWithDetectedPreset(Fixtures.path("generic_utf16.tsv"));
        assertThat(r.report().settings().charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(r.report().settings().delimiter()).isEqualTo('\t');
        assertThat(r.preset().sourceSystem()).isEqualTo(SourceSystem.GENERIC);
        assertThat(r.report().accepted()).isEqualTo(6);
        assertThat(r.sink().lead("G-3").target()).isEqualTo(Target.NON_TARGET);
        assertThat(r.sink().lead("G-4").status()).isEqualTo(LeadStatus.WON);
        assertThat(r.sink().lead("G-4").dealValue()).isEqualByComparingTo("250000.00");
        assertThat(r.sink().lead("G-5").target()).isEqualTo(Target.UNKNOWN);
        assertThat(r.sink().lead("G-6").target()).isEqualTo(Target.TARGET);
        assertThat(r.sink().lead("G-2").stage()).isEqualTo(Stage.SQL);
    }

    @Test
    void reimportingGivesIdenticalOutput() throws Exception {
        for (String name : new String[] {"amocrm_deals.csv", "bitrix24_deals.xls", "salesforce_report.csv", "bad_stage.csv"}) {
            var first = Fixtures.importWithDetectedPreset(Fixtures.path(name));
            var second = Fixtures.importWithDetectedPreset(Fixtures.path(name));
            assertThat(second.sink().delivered).as(name).containsExactlyElementsOf(first.sink().delivered);
            assertThat(second.sink().rejected).as(name).containsExactlyElementsOf(first.sink().rejected);
            assertThat(second.report()).as(name).isEqualTo(first.report());
        }
    }

    @Test
    void readsABitrixHtmlExportSavedInWindows1251(@TempDir Path dir) throws Exception {
        String html = Files.readString(Fixtures.path("bitrix24_deals.xls"), StandardCharsets.UTF_8)
                .replace("charset=utf-8", "charset=windows-1251");
        Path file = dir.resolve("deals.xls");
        Files.write(file, html.getBytes(Charset.forName("windows-1251")));
        var r = Fixtures.importWithDetectedPreset(file);
        assertThat(r.report().settings().kind()).isEqualTo(FileKind.HTML_TABLE);
        assertThat(r.report().settings().charset().name()).isEqualTo("windows-1251");
        assertThat(r.report().accepted()).isEqualTo(8);
        assertThat(r.sink().lead("2003").company()).isEqualTo("ООО Дельта");
        assertThat(r.sink().lead("2003").stage()).isEqualTo(Stage.OPPORTUNITY);
    }
}
