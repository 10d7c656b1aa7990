package org.funnellab.importer.preset;

import org.funnellab.domain.SourceSystem;
import org.funnellab.importer.mapping.ColumnRole;
import org.funnellab.importer.parse.ValueParsers;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.funnellab.importer.mapping.ColumnRole.CAMPAIGN;
import static org.funnellab.importer.mapping.ColumnRole.CHANNEL;
import static org.funnellab.importer.mapping.ColumnRole.CLOSED_AT;
import static org.funnellab.importer.mapping.ColumnRole.COMPANY;
import static org.funnellab.importer.mapping.ColumnRole.CREATED_AT;
import static org.funnellab.importer.mapping.ColumnRole.CURRENCY;
import static org.funnellab.importer.mapping.ColumnRole.DEAL_VALUE;
import static org.funnellab.importer.mapping.ColumnRole.EXTERNAL_ID;
import static org.funnellab.importer.mapping.ColumnRole.LOSS_REASON;
import static org.funnellab.importer.mapping.ColumnRole.OWNER;
import static org.funnellab.importer.mapping.ColumnRole.STAGE;
import static org.funnellab.importer.mapping.ColumnRole.STATUS;
import static org.funnellab.importer.mapping.ColumnRole.TAGS;
import static org.funnellab.importer.mapping.ColumnRole.TARGET_FLAG;

/**
 * The built-in presets, with headers as the CRMs really export them. {@link #bestMatch} picks the preset recognising the
 * most columns of a header; ties go to the first in {@link #builtIn()} order, the generic preset last.
 */
public final class Presets {
    private static final List<String> FLAG = List.of("Целевой", "Целевой лид", "Target", "Is target", "is_target");

    private static final List<Preset> BUILT_IN = List.of(amoCrm(), bitrix24(), hubSpot(), salesforce(), pipedrive(),
            generic());
    private static final Set<String> KNOWN_HEADERS = collectKnownHeaders();

    private Presets() {
    }

    public static List<Preset> builtIn() {
        return BUILT_IN;
    }

    public static Preset bestMatch(List<String> header) {
        return BUILT_IN.stream().max(Comparator.comparingInt((Preset p) -> p.score(header))
                .thenComparing(p -> -BUILT_IN.indexOf(p))).orElseThrow();
    }

    public static Preset byName(String name) {
        return builtIn().stream().filter(p -> p.name().equalsIgnoreCase(name) || p.sourceSystem().id().equalsIgnoreCase(name))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no preset named " + name));
    }

    /** Every header name any preset knows, normalised: the header detector's vocabulary. */
    public static Set<String> knownHeaders() {
        return KNOWN_HEADERS;
    }

    private static Set<String> collectKnownHeaders() {
        Set<String> known = new HashSet<>();
        for (Preset p : BUILT_IN) {
            p.aliases().values().forEach(list -> list.forEach(a -> known.add(ValueParsers.normalizeKey(a))));
        }
        return Set.copyOf(known);
    }

    private static Map<ColumnRole, List<String>> aliases(Object... pairs) {
        Map<ColumnRole, List<String>> m = new EnumMap<>(ColumnRole.class);
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((ColumnRole) pairs[i], cast(pairs[i + 1]));
        }
        return m;
    }

    @SuppressWarnings("unchecked")
    private static List<String> cast(Object o) {
        return (List<String>) o;
    }

    static Preset amoCrm() {
        return new Preset("amoCRM", SourceSystem.AMOCRM, aliases(
                EXTERNAL_ID, List.of("ID", "Id сделки"),
                CREATED_AT, List.of("Дата создания", "Дата создания сделки", "Created at", "Date created"),
                CLOSED_AT, List.of("Дата закрытия", "Closed at", "Date closed"),
                CHANNEL, List.of("utm_source", "Источник"),
                CAMPAIGN, List.of("utm_campaign"),
                OWNER, List.of("Ответственный", "Responsible user"),
                COMPANY, List.of("Компания", "Компания контакта", "Company"),
                STAGE, List.of("Этап сделки", "Этап", "Статус", "Stage", "Lead status"),
                TARGET_FLAG, FLAG,
                LOSS_REASON, List.of("Причина отказа", "Loss reason"),
                DEAL_VALUE, List.of("Бюджет", "Бюджет ₽", "Бюджет, руб.", "Бюджет руб.", "Бюджет, ₽", "Sale", "Budget"),
                TAGS, List.of("Теги", "Tags")),
                StageDictionaries.amoCrm(), Map.of(), false);
    }

    static Preset bitrix24() {
        return new Preset("Bitrix24", SourceSystem.BITRIX24, aliases(
                EXTERNAL_ID, List.of("ID"),
                CREATED_AT, List.of("Дата создания", "Created"),
                CLOSED_AT, List.of("Дата закрытия", "Предполагаемая дата закрытия", "Closing date"),
                CHANNEL, List.of("Источник", "UTM Source", "Source"),
                CAMPAIGN, List.of("UTM Campaign"),
                OWNER, List.of("Ответственный", "Responsible person"),
                COMPANY, List.of("Компания", "Company"),
                STAGE, List.of("Стадия сделки", "Стадия", "Deal stage"),
                TARGET_FLAG, FLAG,
                LOSS_REASON, List.of("Причина отказа", "Причина провала"),
                DEAL_VALUE, List.of("Сумма", "Amount", "Сумма сделки"),
                CURRENCY, List.of("Валюта", "Currency")),
                StageDictionaries.bitrix24(), Map.of(), true);
    }

    static Preset hubSpot() {
        return new Preset("HubSpot", SourceSystem.HUBSPOT, aliases(
                EXTERNAL_ID, List.of("Record ID", "Deal ID"),
                CREATED_AT, List.of("Create Date"),
                CLOSED_AT, List.of("Close Date"),
                CHANNEL, List.of("Original Source", "Original Traffic Source", "Original Source Type"),
                CAMPAIGN, List.of("Original Source Drill-Down 1", "Original Traffic Source Drill-Down 1"),
                OWNER, List.of("Deal owner", "Deal Owner", "HubSpot Owner"),
                COMPANY, List.of("Associated Company", "Company name"),
                STAGE, List.of("Deal Stage"),
                TARGET_FLAG, FLAG,
                LOSS_REASON, List.of("Closed Lost Reason"),
                DEAL_VALUE, List.of("Amount"),
                CURRENCY, List.of("Currency", "Deal currency code")),
                StageDictionaries.hubSpot(), Map.of(), false);
    }

    static Preset salesforce() {
        return new Preset("Salesforce", SourceSystem.SALESFORCE, aliases(
                EXTERNAL_ID, List.of("Opportunity ID", "Opportunity ID (18)"),
                CREATED_AT, List.of("Created Date"),
                CLOSED_AT, List.of("Close Date"),
                CHANNEL, List.of("Lead Source"),
                CAMPAIGN, List.of("Primary Campaign Source"),
                OWNER, List.of("Opportunity Owner"),
                COMPANY, List.of("Account Name"),
                STAGE, List.of("Stage"),
                TARGET_FLAG, FLAG,
                LOSS_REASON, List.of("Loss Reason", "Closed Lost Reason"),
                DEAL_VALUE, List.of("Amount"),
                CURRENCY, List.of("Opportunity Currency", "Amount Currency")),
                StageDictionaries.salesforce(), Map.of(), false);
    }

    static Preset pipedrive() {
        return new Preset("Pipedrive", SourceSystem.PIPEDRIVE, aliases(
                EXTERNAL_ID, List.of("Deal - ID", "Сделка - ID"),
                CREATED_AT, List.of("Deal - Deal created", "Сделка - Сделка создана"),
                CLOSED_AT, List.of("Deal - Deal closed on", "Сделка - Сделка закрыта", "Deal - Won time", "Deal - Lost time"),
                CHANNEL, List.of("Deal - Source", "Deal - Source origin", "Deal - Source channel", "Сделка - Источник",
                        "Сделка - Источник происхождения"),
                OWNER, List.of("Deal - Owner", "Сделка - Владелец"),
                COMPANY, List.of("Deal - Organization", "Сделка - Организация"),
                STAGE, List.of("Deal - Stage", "Сделка - Этап"),
                STATUS, List.of("Deal - Status", "Сделка - Статус"),
                TARGET_FLAG, FLAG,
                LOSS_REASON, List.of("Deal - Lost reason", "Сделка - Причина проигрыша"),
                DEAL_VALUE, List.of("Deal - Value", "Сделка - Стоимость"),
                CURRENCY, List.of("Deal - Currency", "Сделка - Валюта"),
                CAMPAIGN, List.of("Deal - Campaign", "Сделка - Кампания"),
                TAGS, List.of("Deal - Labels", "Deal - Label", "Сделка - Метка")),
                StageDictionaries.pipedrive(), StageDictionaries.pipedriveStatuses(), false);
    }

    static Preset generic() {
        return new Preset("Generic", SourceSystem.GENERIC, aliases(
                EXTERNAL_ID, List.of("external_id", "id", "lead_id", "deal_id", "Lead ID", "Номер", "ИД"),
                CREATED_AT, List.of("created_at", "created", "Created date", "Дата создания", "date", "Дата"),
                CLOSED_AT, List.of("closed_at", "closed", "Close date", "Дата закрытия"),
                CHANNEL, List.of("channel", "source", "utm_source", "Канал", "Источник"),
                CAMPAIGN, List.of("campaign", "utm_campaign", "Кампания"),
                OWNER, List.of("owner", "manager", "Ответственный", "Менеджер"),
                COMPANY, List.of("company", "Компания"),
                STAGE, List.of("stage", "Этап", "Стадия"),
                STATUS, List.of("status", "Статус"),
                TARGET_FLAG, List.of("target", "is_target", "Целевой", "Целевой лид"),
                LOSS_REASON, List.of("loss_reason", "lost_reason", "Причина отказа", "Причина проигрыша"),
                DEAL_VALUE, List.of("deal_value", "amount", "value", "revenue", "Сумма", "Бюджет"),
                CURRENCY, List.of("currency", "Валюта"),
                TAGS, List.of("tags", "Теги")),
                StageDictionaries.generic(), Map.of("open", org.funnellab.domain.LeadStatus.OPEN,
                "won", org.funnellab.domain.LeadStatus.WON, "lost", org.funnellab.domain.LeadStatus.LOST), false);
    }

}
