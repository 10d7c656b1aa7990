package org.funnellab.importer;

import org.funnellab.domain.LeadStatus;
import org.funnellab.domain.SourceSystem;
import org.funnellab.domain.Stage;
import org.funnellab.importer.detect.ColumnDetector;
import org.funnellab.importer.detect.FileContent;
import org.funnellab.importer.mapping.ColumnRole;
import org.funnellab.importer.mapping.Mapping;
import org.funnellab.importer.mapping.MappingJson;
import org.funnellab.importer.mapping.StageMapping;
import org.funnellab.importer.parse.CustomDateLayout;
import org.funnellab.importer.parse.DateFormatResolver;
import org.funnellab.importer.parse.DatePattern;
import org.funnellab.importer.parse.DateResolution;
import org.funnellab.importer.parse.ValueParsers;
import org.funnellab.importer.preset.Presets;
import org.funnellab.importer.preset.StageMeanings;
import org.funnellab.importer.read.SourceRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Values as CRMs write them, detection by names and values, and the rules that decide a row's meaning. */
class ValuesAsCrmsWriteThemTest {

    @ParameterizedTest
    @ValueSource(strings = {"не закрыта", "Не закрыта", "not closed", "-", "—", "–", "n/a", "N/A", "null"})
    void placeholdersInDateAndMoneyColumnsReadAsEmpty(String placeholder) {
        assertThat(ValueParsers.date(placeholder, DatePattern.DMY_DOT, null)).isNull();
        assertThat(ValueParsers.moneyOrPlaceholder(placeholder)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "'02/12/24,03/25/24,12/01/23', MDY_SLASH_SHORT, 2024-02-12",
            "'02/12/24,25/03/45', DMY_SLASH_SHORT, 2024-12-02",
            "'45/02/12,24/03/25', YMD_SLASH_SHORT, 2045-02-12",
            "'12-02-45,25-03-24', DMY_DASH_SHORT, 2045-02-12",
            "'02-12-24,03-25-24', MDY_DASH_SHORT, 2024-02-12",
            "'12.02.24,25.03.24', DMY_DOT_SHORT, 2024-02-12"})
    void twoDigitYearsInEveryOrderAreResolvedFromTheWholeColumn(String values, DatePattern expected, String first) {
        DateResolution r = DateFormatResolver.resolve("d", List.of(values.split(",")));
        assertThat(r.pattern()).isEqualTo(expected);
        assertThat(r.ambiguous()).isFalse();
        assertThat(r.pattern().parse(values.split(",")[0]).toLocalDate()).hasToString(first);
    }

    @Test
    void aColumnOfOnlyLowDaysIsAmbiguousAndSaysSo() {
        DateResolution r = DateFormatResolver.resolve("d", List.of("02/03/24", "04/05/24"));
        assertThat(r.ambiguous()).isTrue();
        assertThat(r.candidates()).contains(DatePattern.DMY_SLASH_SHORT, DatePattern.MDY_SLASH_SHORT);
    }

    @Test
    void anyPatternCanBeForced() {
        CustomDateLayout us = CustomDateLayout.of("MM/dd/yy");
        assertThat(us.parse("02/12/24", null)).isEqualTo(LocalDateTime.of(2024, 2, 12, 0, 0));
        assertThat(CustomDateLayout.of("dd.MM.yyyy HH:mm").parse("03.04.2025 17:45", null))
                .isEqualTo(LocalDateTime.of(2025, 4, 3, 17, 45));
        assertThat(DatePattern.layout("MDY_SLASH_SHORT")).isEqualTo(DatePattern.MDY_SLASH_SHORT);
        assertThatThrownBy(() -> CustomDateLayout.of("yyyy/dd")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void excelSerialDaysInCsvAreDates() {
        assertThat(DateFormatResolver.resolve("d", List.of("45292", "45323.5")).pattern()).isEqualTo(DatePattern.EXCEL_SERIAL);
        assertThat(DatePattern.EXCEL_SERIAL.parse("45292")).isEqualTo(LocalDateTime.of(2024, 1, 1, 0, 0));
    }

    @Test
    void oneInstantWrittenWithDifferentOffsetsLandsOnOneTimeInTheWorkspaceZone() {
        ZoneId moscow = ZoneId.of("Europe/Moscow");
        LocalDateTime a = DatePattern.ISO.parse("2025-01-31T23:30:00Z", moscow);
        LocalDateTime b = DatePattern.ISO.parse("2025-02-01T02:30:00+03:00", moscow);
        LocalDateTime c = DatePattern.ISO.parse("2025-01-31T15:30:00.000-0800", moscow);
        assertThat(a).isEqualTo(b).isEqualTo(c).isEqualTo(LocalDateTime.of(2025, 2, 1, 2, 30));
        // the same instant in a UTC workspace is still January: one month, whichever way it was written
        assertThat(DatePattern.ISO.parse("2025-02-01T02:30:00+03:00", ZoneOffset.UTC).getMonthValue()).isEqualTo(1);
        assertThat(DatePattern.EPOCH_SECONDS.parse("1738366200", moscow)).isEqualTo(a);
    }

    private static List<SourceRow> rows(List<List<String>> cells) {
        List<SourceRow> rows = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            rows.add(new SourceRow(i + 2, cells.get(i)));
        }
        return rows;
    }

    @Test
    void aYesNoColumnIsNeverADateAndAnIdColumnNeverMoney() {
        List<String> header = List.of("id", "created", "closed", "stage", "amount", "OwnerId");
        List<SourceRow> sample = rows(List.of(
                List.of("1", "2025-01-02", "Y", "won", "100", "5"),
                List.of("2", "2025-01-03", "N", "lost", "200", "7")));
        var d = ColumnDetector.detect(header, sample);
        assertThat(d.mapping().columns().get(2).role()).isEqualTo(ColumnRole.CLOSED_FLAG);
        assertThat(d.mapping().columns().get(4).role()).isEqualTo(ColumnRole.DEAL_VALUE);
        assertThat(ColumnDetector.fits(ColumnRole.DEAL_VALUE, "OwnerId", List.of("5", "7"))).isFalse();
        assertThat(ColumnDetector.fits(ColumnRole.CREATED_AT, "closed", List.of("TRUE", "FALSE"))).isFalse();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "SALESFORCE | Id,Name,StageName,Amount,CloseDate,CreatedDate,LeadSource,IsWon,IsClosed,OwnerId",
            "BITRIX24   | ID,TITLE,STAGE_ID,OPPORTUNITY,CURRENCY_ID,DATE_CREATE,CLOSEDATE,CLOSED,SOURCE_ID,ASSIGNED_BY_ID,UTM_SOURCE,UTM_CAMPAIGN",
            "HUBSPOT    | hs_object_id,dealname,dealstage,amount,createdate,closedate,hs_analytics_source,pipeline",
            "PIPEDRIVE  | id,title,value,currency,status,stage_id,add_time,won_time,lost_time,lost_reason,owner_name,org_name",
            "AMOCRM     | id,name,price,responsible_user_id,status_id,pipeline_id,loss_reason_id,created_at,closed_at",
            "GENERIC    | id,created_at,stage,amount,channel"})
    void apiFieldNamesAreRecognisedAndBindIdCreatedAndStage(SourceSystem system, String header) {
        var d = ColumnDetector.detect(List.of(header.split(",")), List.of());
        assertThat(d.preset().sourceSystem()).isEqualTo(system);
        assertThat(d.missing()).isEmpty();
    }

    @Test
    void anEnglishGenericHeaderIsNotTakenForAmoCrmNorASalesforceFileForBitrix() {
        assertThat(ColumnDetector.detect(List.of("ID", "Stage", "Created date", "Amount", "Tags"), List.of()).preset()
                .sourceSystem()).isEqualTo(SourceSystem.GENERIC);
        assertThat(ColumnDetector.detect(List.of("Opportunity ID", "Stage", "Created Date", "Close Date", "Amount"),
                List.of()).preset().sourceSystem()).isEqualTo(SourceSystem.SALESFORCE);
    }

    @Test
    void aHeaderWithoutIdDateOrStageLeavesThoseRolesMissing() {
        var d = ColumnDetector.detect(List.of("Name", "Phone", "Comment"), List.of());
        assertThat(d.missing()).containsExactly(ColumnRole.EXTERNAL_ID, ColumnRole.CREATED_AT, ColumnRole.STAGE);
    }

    @Test
    void costSheetsAndAggregatedFunnelFilesAreRecognisedByTheirHeader() {
        assertThat(FileContent.of(List.of("Месяц", "Канал", "Статья", "Сумма"))).isEqualTo(FileContent.COSTS);
        assertThat(FileContent.of(List.of("month", "channel", "campaign", "leads", "mql", "sql", "won", "revenue")))
                .isEqualTo(FileContent.FUNNEL);
        assertThat(FileContent.of(List.of("ID", "Этап сделки", "Дата создания", "Бюджет"))).isEqualTo(FileContent.LEADS);
    }

    @Test
    void pipelinePrefixesAreStrippedForMatching() {
        StageMeanings m = StageMeanings.of(Presets.byName("bitrix24").defaultMapping(List.of("ID")));
        assertThat(m.stage("C2:WON")).isEqualTo(StageMapping.won());
        assertThat(m.stage("C6:LOSE").status()).isEqualTo(LeadStatus.LOST);
        assertThat(m.stage("C6:APOLOGY").status()).isEqualTo(LeadStatus.LOST);
        assertThat(m.stage("C6:UC_X1")).isNull();
    }

    /**
     * Property: an explicit stage choice wins over the preset's default whatever its letter case and spacing and
     * whatever order the mapping's entries come in (also after a JSON round trip, which sorts keys).
     */
    @Test
    void anExplicitStageChoiceAlwaysWinsOverThePresetDefault() throws Exception {
        Random random = new Random(16);
        Mapping base = Presets.generic().defaultMapping(List.of("id", "created_at", "stage"));
        List<String> presetValues = new ArrayList<>(base.stageValues().keySet());
        for (int trial = 0; trial < 200; trial++) {
            String value = presetValues.get(random.nextInt(presetValues.size()));
            String spelled = respell(value, random);
            StageMapping choice = new StageMapping(Stage.values()[random.nextInt(4)],
                    random.nextBoolean() ? LeadStatus.LOST : LeadStatus.OPEN);
            Mapping chosen = base.withStageValue(spelled, choice);
            assertThat(StageMeanings.of(chosen).stage(value)).as(spelled).isEqualTo(choice);
            assertThat(StageMeanings.of(MappingJson.fromJson(MappingJson.toJson(chosen))).stage(value)).isEqualTo(choice);
            // a mapping saved with both spellings (an older wizard) in any order still keeps the user's choice
            Map<String, StageMapping> both = new LinkedHashMap<>(base.stageValues());
            both.put(spelled + " ", choice);
            List<Map.Entry<String, StageMapping>> entries = new ArrayList<>(both.entrySet());
            Collections.shuffle(entries, random);
            Map<String, StageMapping> shuffled = new LinkedHashMap<>();
            entries.forEach(e -> shuffled.put(e.getKey(), e.getValue()));
            if (!choice.equals(base.stageValues().get(value))) {
                assertThat(StageMeanings.of(base.withStageValues(shuffled)).stage(value)).as(spelled).isEqualTo(choice);
            }
        }
    }

    private static String respell(String value, Random random) {
        StringBuilder sb = new StringBuilder();
        for (char c : value.toCharArray()) {
            sb.append(random.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
        }
        return random.nextBoolean() ? "  " + sb : sb.toString();
    }

    @Test
    void everyNoticeCodeTheImporterUsesHasAnEnglishAndARussianText() throws Exception {
        Properties en = new Properties();
        Properties ru = new Properties();
        try (InputStream a = getClass().getResourceAsStream("/org/funnellab/i18n/messages.properties");
             InputStream b = getClass().getResourceAsStream("/org/funnellab/i18n/messages_ru.properties")) {
            en.load(new java.io.InputStreamReader(a, java.nio.charset.StandardCharsets.UTF_8));
            ru.load(new java.io.InputStreamReader(b, java.nio.charset.StandardCharsets.UTF_8));
        }
        StringBuilder sources = new StringBuilder();
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java/org/funnellab"))) {
            for (var f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                sources.append(java.nio.file.Files.readString(f));
            }
        }
        var m = java.util.regex.Pattern.compile("Notice\\.of\\(\"([a-zA-Z.]+)\"").matcher(sources);
        List<String> codes = new ArrayList<>();
        while (m.find()) {
            codes.add(m.group(1));
        }
        assertThat(codes).contains("reject.missingId", "reject.otherCurrency", "warn.dateAmbiguous", "rule.winRate");
        for (String code : codes) {
            assertThat(en.getProperty("import.notice." + code)).as(code).isNotBlank();
            assertThat(ru.getProperty("import.notice." + code)).as(code).isNotBlank();
        }
        Notice n = Notice.of("reject.unmappedStage", "Думают");
        assertThat(n.english()).isEqualTo("unmapped stage value 'Думают'");
        assertThat(n.in(Locale.forLanguageTag("ru"))).isEqualTo("этапу «Думают» не задано значение");
    }

    @Test
    void xlsxNumbersKeepTheirDecimalPoint() {
        assertThat(ValueParsers.money(org.funnellab.importer.read.XlsxNumbers.plain(new BigDecimal("12.345"))).amount())
                .isEqualByComparingTo("12.345");
        assertThat(ValueParsers.money(org.funnellab.importer.read.XlsxNumbers.plain(new BigDecimal("1500"))).amount())
                .isEqualByComparingTo("1500");
        assertThat(ValueParsers.money(org.funnellab.importer.read.XlsxNumbers.plain(new BigDecimal("-999.001"))).amount())
                .isEqualByComparingTo("-999.001");
    }
}
