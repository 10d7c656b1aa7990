package org.funnellab.importer.mapping;

import org.funnellab.domain.LeadField;
import org.funnellab.domain.SourceSystem;
import org.funnellab.domain.Stage;
import org.funnellab.domain.Target;
import org.funnellab.importer.parse.DatePattern;
import org.funnellab.importer.preset.Preset;
import org.funnellab.importer.preset.Presets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MappingAndPresetsTest {
    private static final List<String> AMO = List.of("ID", "Название сделки", "Бюджет, руб.", "Ответственный",
            "Дата создания", "Дата закрытия", "Теги", "Этап сделки", "Воронка", "Причина отказа", "utm_source",
            "utm_campaign", "Компания", "Теги");

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "ID;Название сделки;Бюджет ₽;Дата создания;Этап сделки;Теги;Теги|AMOCRM",
            "ID;Название;Стадия сделки;Сумма;Валюта;Дата создания;Предполагаемая дата закрытия|BITRIX24",
            "Record ID;Deal Name;Deal Stage;Amount;Create Date;Close Date;Deal owner;Original Traffic Source|HUBSPOT",
            "Opportunity ID;Opportunity Name;Stage;Amount;Created Date;Close Date;Lead Source;Won;Closed|SALESFORCE",
            "Deal - ID;Deal - Title;Deal - Value;Deal - Stage;Deal - Status;Deal - Deal created|PIPEDRIVE",
            "Сделка - ID;Сделка - Название;Сделка - Стоимость;Сделка - Этап;Сделка - Статус;Сделка - Сделка создана|PIPEDRIVE",
            "external_id;created_at;channel;stage;deal_value;currency|GENERIC",
    })
    void picksThePresetThatRecognisesMostColumns(String header, SourceSystem expected) {
        assertThat(Presets.bestMatch(List.of(header.split(";"))).sourceSystem()).isEqualTo(expected);
    }

    @Test
    void mapsRepeatedHeadersByPositionAndReadsTheCurrencyFromTheAmountHeader() {
        Mapping mapping = Presets.byName("amocrm").defaultMapping(AMO);
        assertThat(mapping.columns()).extracting(ColumnMapping::index, ColumnMapping::role).contains(
                org.assertj.core.groups.Tuple.tuple(0, ColumnRole.EXTERNAL_ID),
                org.assertj.core.groups.Tuple.tuple(1, ColumnRole.IGNORE),
                org.assertj.core.groups.Tuple.tuple(6, ColumnRole.TAGS),
                org.assertj.core.groups.Tuple.tuple(13, ColumnRole.TAGS));
        assertThat(mapping.defaultCurrency()).isEqualTo("RUB");
        assertThat(mapping.mappedFields()).contains(LeadField.CREATED_AT, LeadField.STAGE, LeadField.STATUS,
                LeadField.TARGET, LeadField.DEAL_VALUE).doesNotContain(LeadField.CURRENCY);
    }

    @Test
    void aMappingSurvivesAJsonRoundTripWithEveryEdit(@TempDir Path dir) throws Exception {
        Mapping mapping = Presets.byName("amocrm").defaultMapping(AMO).withName("Наш amoCRM")
                .withStageValue("Заморожено", StageMapping.open(Stage.SQL))
                .withColumnRole(8, ColumnRole.CHANNEL)
                .withDateFormat(DatePattern.DMY_DOT)
                .withNonTargetReasons(List.of("Спам", "Конкурент"))
                .withConstant(LeadField.CURRENCY, "RUB")
                .withLinked(true);
        Path file = dir.resolve("mapping.json");
        MappingJson.write(mapping, file);
        Mapping back = MappingJson.read(file);
        assertThat(back).isEqualTo(mapping);
        assertThat(MappingJson.toJson(back)).isEqualTo(MappingJson.toJson(mapping)).contains("\"dateFormat\" : \"DMY_DOT\"");
    }

    @ParameterizedTest(name = "flag={0} reason={1} tags={2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "да|Спам||TARGET",
            "нет|||NON_TARGET",
            "null|  СПАМ ||NON_TARGET",
            "null|не наш  клиент||NON_TARGET",
            "null|Дорого||TARGET",
            "null|Дорого|нецелевой|TARGET",
            "null|null|vip, Нецелевой|NON_TARGET",
            "null|null|vip; горячий|UNKNOWN",
            "null|null||UNKNOWN",
    })
    void decidesTargetFromFlagThenReasonThenTags(String flag, String reason, String tags, Target expected) {
        TargetRules rules = new TargetRules(TargetRules.DEFAULT_NON_TARGET_REASONS);
        Boolean parsedFlag = org.funnellab.importer.parse.ValueParsers.flag(flag);
        assertThat(rules.decide(parsedFlag, reason, tags == null ? List.of() : List.of(tags))).isEqualTo(expected);
    }

    @Test
    void everyPresetMapsItsOwnStageDictionaryToCanonicalStages() {
        for (Preset p : Presets.builtIn()) {
            assertThat(p.stageValues()).as(p.name()).isNotEmpty();
            p.stageValues().forEach((value, meaning) -> {
                if (meaning.status() == org.funnellab.domain.LeadStatus.WON) {
                    assertThat(meaning.stage()).as(value).isEqualTo(Stage.WON);
                }
            });
        }
        assertThat(Presets.byName("amocrm").stageValues().get("Закрыто и не реализовано"))
                .isEqualTo(StageMapping.lost(Stage.LEAD));
        assertThat(Presets.byName("hubspot").stageValues().get("closedwon")).isEqualTo(StageMapping.won());
    }
}
