package org.funnellab.importer.preset;

import org.funnellab.domain.SourceSystem;
import org.funnellab.importer.mapping.ColumnRole;
import org.funnellab.importer.parse.ValueParsers;

import org.funnellab.domain.LeadStatus;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.funnellab.importer.mapping.ColumnRole.CAMPAIGN;
import static org.funnellab.importer.mapping.ColumnRole.CHANNEL;
import static org.funnellab.importer.mapping.ColumnRole.CLOSED_FLAG;
import static org.funnellab.importer.mapping.ColumnRole.WON_FLAG;
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
 * The built-in presets, with headers as the CRMs really export them: report and UI exports in each language the CRM
 * offers, and the field names of its API (Salesforce {@code StageName}, Bitrix24 {@code STAGE_ID}, HubSpot
 * {@code dealstage}, Pipedrive {@code add_time}, amoCRM {@code status_id}). The generic preset's aliases are the
 * header dictionary: plain Russian and English labels plus every preset's aliases, so a column any CRM names is known
 * whatever preset is chosen. {@link org.funnellab.importer.detect.ColumnDetector} scores them against a file.
 */
public final class Presets {
    private static final List<String> FLAG = List.of("Целевой", "Целевой лид", "Target", "Is target", "is_target");

    /** Plain labels a team's own spreadsheet uses; an alias in this list says nothing about which CRM wrote a file. */
    private static final Map<ColumnRole, List<String>> GENERIC_LABELS = aliases(
            EXTERNAL_ID, List.of("external_id", "id", "lead_id", "deal_id", "opportunity_id", "Lead ID", "Deal ID", "Номер", "ИД", "№",
                    "Идентификатор", "ID сделки", "ID лида"),
            CREATED_AT, List.of("created_at", "created", "Created date", "Create date", "Date created", "Creation date",
                    "Created on", "Дата создания", "Создана", "Создано", "Дата поступления", "Дата заявки", "date", "Дата"),
            CLOSED_AT, List.of("closed_at", "closed", "close_date", "Close date", "Closing date", "Date closed", "Closed on",
                    "Дата закрытия", "Дата завершения", "Закрыта"),
            CHANNEL, List.of("channel", "source", "Lead source", "utm_source", "Канал", "Источник", "Источник лида",
                    "Источник сделки"),
            CAMPAIGN, List.of("campaign", "utm_campaign", "Кампания", "Рекламная кампания"),
            OWNER, List.of("owner", "manager", "Sales rep", "Salesperson", "sales_agent", "Sales agent", "Ответственный", "Менеджер",
                    "Ответственный менеджер"),
            COMPANY, List.of("company", "account", "organization", "Компания", "Организация", "Клиент"),
            STAGE, List.of("stage", "deal_stage", "Deal stage", "Pipeline stage", "Этап", "Стадия", "Этап воронки"),
            STATUS, List.of("status", "Deal status", "Статус", "Состояние"),
            TARGET_FLAG, List.of("target", "is_target", "Целевой", "Целевой лид"),
            LOSS_REASON, List.of("loss_reason", "lost_reason", "Loss reason", "Lost reason", "Причина отказа",
                    "Причина проигрыша", "Причина провала"),
            DEAL_VALUE, List.of("deal_value", "amount", "value", "revenue", "close_value", "Deal value", "Deal amount", "Сумма",
                    "Бюджет", "Сумма сделки", "Стоимость", "Выручка"),
            CURRENCY, List.of("currency", "Currency code", "Валюта"),
            TAGS, List.of("tags", "labels", "Теги", "Метки"),
            WON_FLAG, List.of("won", "is_won", "Is won", "Выиграна", "Успешна"),
            CLOSED_FLAG, List.of("closed", "is_closed", "Is closed", "Закрыта", "Сделка закрыта"));

    private static final List<Preset> CRM = List.of(amoCrm(), bitrix24(), hubSpot(), salesforce(), pipedrive());
    private static final Preset GENERIC = generic();
    private static final List<Preset> BUILT_IN = concat(CRM, GENERIC);
    private static final Set<String> GENERIC_KEYS = keys(GENERIC_LABELS);
    private static final Set<String> KNOWN_HEADERS = collectKnownHeaders();

    private Presets() {
    }

    public static List<Preset> builtIn() {
        return BUILT_IN;
    }

    /** The generic preset: its aliases are the whole header dictionary. */
    public static Preset generic() {
        return GENERIC != null ? GENERIC : buildGeneric();
    }

    /**
     * The preset recognising the file best by header names alone (no values): most roles bound, then most roles
     * bound by names only that CRM writes; the generic preset when no CRM-specific name is present. Prefer
     * {@link org.funnellab.importer.detect.ColumnDetector#detect}, which also checks values.
     */
    public static Preset bestMatch(List<String> header) {
        Preset best = GENERIC;
        int[] bestScore = {GENERIC.score(header), 0};
        for (Preset p : CRM) {
            int[] score = {Math.max(p.score(header), GENERIC.score(header)), distinctiveRoles(p, header)};
            if (score[1] > 0 && (score[0] > bestScore[0] || score[0] == bestScore[0] && score[1] > bestScore[1])) {
                best = p;
                bestScore = score;
            }
        }
        return best;
    }

    /** How many roles {@code preset} binds in {@code header} through names that only a CRM writes (not plain labels). */
    public static int distinctiveRoles(Preset preset, List<String> header) {
        if (preset.sourceSystem() == SourceSystem.GENERIC) {
            return 0;
        }
        Set<ColumnRole> found = EnumSet.noneOf(ColumnRole.class);
        for (String h : header) {
            if (!GENERIC_KEYS.contains(ValueParsers.normalizeKey(h))) {
                found.addAll(preset.rolesOf(h));
            }
        }
        return found.size();
    }

    /** True when {@code header} is a plain label (not a CRM-specific name). */
    public static boolean isPlainLabel(String header) {
        return GENERIC_KEYS.contains(ValueParsers.normalizeKey(header));
    }

    public static Preset byName(String name) {
        return builtIn().stream().filter(p -> p.name().equalsIgnoreCase(name) || p.sourceSystem().id().equalsIgnoreCase(name))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no preset named " + name));
    }

    /** The preset of a source system (the generic one for a system without its own). */
    public static Preset of(SourceSystem system) {
        return builtIn().stream().filter(p -> p.sourceSystem() == system).findFirst().orElse(GENERIC);
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

    private static Set<String> keys(Map<ColumnRole, List<String>> aliases) {
        Set<String> keys = new HashSet<>();
        aliases.values().forEach(list -> list.forEach(a -> keys.add(ValueParsers.normalizeKey(a))));
        return Set.copyOf(keys);
    }

    private static List<Preset> concat(List<Preset> list, Preset last) {
        List<Preset> all = new ArrayList<>(list);
        all.add(last);
        return List.copyOf(all);
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
                OWNER, List.of("Ответственный", "Responsible user", "responsible_user_id"),
                COMPANY, List.of("Компания", "Компания контакта", "Company"),
                STAGE, List.of("Этап сделки", "Этап", "Статус", "Stage", "Lead status", "status_id"),
                TARGET_FLAG, FLAG,
                LOSS_REASON, List.of("Причина отказа", "Loss reason", "loss_reason_id"),
                DEAL_VALUE, List.of("Бюджет", "Бюджет ₽", "Бюджет, руб.", "Бюджет руб.", "Бюджет, ₽", "Sale", "Budget",
                        "price"),
                TAGS, List.of("Теги", "Tags")),
                StageDictionaries.amoCrm(), Map.of(), false);
    }

    static Preset bitrix24() {
        return new Preset("Bitrix24", SourceSystem.BITRIX24, aliases(
                EXTERNAL_ID, List.of("ID"),
                CREATED_AT, List.of("Дата создания", "Created", "DATE_CREATE"),
                CLOSED_AT, List.of("Дата закрытия", "Предполагаемая дата закрытия", "Closing date", "CLOSEDATE"),
                CHANNEL, List.of("Источник", "UTM Source", "Source", "SOURCE_ID", "UTM_SOURCE"),
                CAMPAIGN, List.of("UTM Campaign", "UTM_CAMPAIGN"),
                OWNER, List.of("Ответственный", "Responsible person", "ASSIGNED_BY_ID", "ASSIGNED_BY"),
                COMPANY, List.of("Компания", "Company", "COMPANY_ID", "COMPANY_TITLE"),
                STAGE, List.of("Стадия сделки", "Стадия", "Deal stage", "STAGE_ID"),
                STATUS, List.of("STAGE_SEMANTIC_ID", "Группа стадий", "Stage group"),
                TARGET_FLAG, FLAG,
                LOSS_REASON, List.of("Причина отказа", "Причина провала"),
                DEAL_VALUE, List.of("Сумма", "Amount", "Сумма сделки", "OPPORTUNITY"),
                CURRENCY, List.of("Валюта", "Currency", "CURRENCY_ID"),
                CLOSED_FLAG, List.of("CLOSED", "Сделка закрыта", "Закрыта", "Closed")),
                StageDictionaries.bitrix24(), StageDictionaries.bitrix24Semantics(), true);
    }

    static Preset hubSpot() {
        return new Preset("HubSpot", SourceSystem.HUBSPOT, aliases(
                EXTERNAL_ID, List.of("Record ID", "Deal ID", "hs_object_id", "dealId"),
                CREATED_AT, List.of("Create Date", "createdate"),
                CLOSED_AT, List.of("Close Date", "closedate"),
                CHANNEL, List.of("Original Source", "Original Traffic Source", "Original Source Type",
                        "hs_analytics_source"),
                CAMPAIGN, List.of("Original Source Drill-Down 1", "Original Traffic Source Drill-Down 1",
                        "hs_analytics_source_data_1"),
                OWNER, List.of("Deal owner", "Deal Owner", "HubSpot Owner", "hubspot_owner_id"),
                COMPANY, List.of("Associated Company", "Company name", "Associated Company (Primary)"),
                STAGE, List.of("Deal Stage", "dealstage"),
                TARGET_FLAG, FLAG,
                LOSS_REASON, List.of("Closed Lost Reason", "closed_lost_reason"),
                DEAL_VALUE, List.of("Amount", "amount"),
                CURRENCY, List.of("Currency", "Deal currency code", "deal_currency_code"),
                WON_FLAG, List.of("Is Closed Won", "hs_is_closed_won"),
                CLOSED_FLAG, List.of("Is Deal Closed?", "Is Closed", "hs_is_closed")),
                StageDictionaries.hubSpot(), Map.of(), false);
    }

    static Preset salesforce() {
        return new Preset("Salesforce", SourceSystem.SALESFORCE, aliases(
                EXTERNAL_ID, List.of("Opportunity ID", "Opportunity ID (18)", "Id", "Opportunity: ID"),
                CREATED_AT, List.of("Created Date", "CreatedDate", "Opportunity: Created Date"),
                CLOSED_AT, List.of("Close Date", "CloseDate"),
                CHANNEL, List.of("Lead Source", "LeadSource"),
                CAMPAIGN, List.of("Primary Campaign Source", "CampaignId", "Campaign.Name"),
                OWNER, List.of("Opportunity Owner", "OwnerId", "Owner.Name", "Owner Name"),
                COMPANY, List.of("Account Name", "AccountId", "Account.Name"),
                STAGE, List.of("Stage", "StageName"),
                TARGET_FLAG, FLAG,
                LOSS_REASON, List.of("Loss Reason", "Closed Lost Reason", "Loss_Reason__c"),
                DEAL_VALUE, List.of("Amount", "Amount (converted)"),
                CURRENCY, List.of("Opportunity Currency", "Amount Currency", "CurrencyIsoCode"),
                WON_FLAG, List.of("Won", "IsWon"),
                CLOSED_FLAG, List.of("Closed", "IsClosed")),
                StageDictionaries.salesforce(), Map.of(), false);
    }

    static Preset pipedrive() {
        return new Preset("Pipedrive", SourceSystem.PIPEDRIVE, aliases(
                EXTERNAL_ID, List.of("Deal - ID", "Сделка - ID"),
                CREATED_AT, List.of("Deal - Deal created", "Сделка - Сделка создана", "add_time", "Deal - Created"),
                CLOSED_AT, List.of("Deal - Deal closed on", "Сделка - Сделка закрыта", "Deal - Won time", "Deal - Lost time",
                        "close_time", "won_time", "lost_time"),
                CHANNEL, List.of("Deal - Source", "Deal - Source origin", "Deal - Source channel", "Сделка - Источник",
                        "Сделка - Источник происхождения", "origin", "channel"),
                OWNER, List.of("Deal - Owner", "Сделка - Владелец", "owner_name", "user_id"),
                COMPANY, List.of("Deal - Organization", "Сделка - Организация", "org_name"),
                STAGE, List.of("Deal - Stage", "Сделка - Этап", "stage_id"),
                STATUS, List.of("Deal - Status", "Сделка - Статус", "status"),
                TARGET_FLAG, FLAG,
                LOSS_REASON, List.of("Deal - Lost reason", "Сделка - Причина проигрыша", "lost_reason"),
                DEAL_VALUE, List.of("Deal - Value", "Сделка - Стоимость", "value"),
                CURRENCY, List.of("Deal - Currency", "Сделка - Валюта", "currency"),
                CAMPAIGN, List.of("Deal - Campaign", "Сделка - Кампания"),
                TAGS, List.of("Deal - Labels", "Deal - Label", "Сделка - Метка", "label")),
                StageDictionaries.pipedrive(), StageDictionaries.pipedriveStatuses(), false);
    }

    private static Preset buildGeneric() {
        Map<ColumnRole, List<String>> dictionary = new EnumMap<>(ColumnRole.class);
        GENERIC_LABELS.forEach((role, list) -> dictionary.put(role, new ArrayList<>(list)));
        for (Preset p : List.of(amoCrm(), bitrix24(), hubSpot(), salesforce(), pipedrive())) {
            p.aliases().forEach((role, list) -> dictionary.computeIfAbsent(role, r -> new ArrayList<>()).addAll(list));
        }
        Map<String, LeadStatus> statuses = new LinkedHashMap<>();
        statuses.put("open", LeadStatus.OPEN);
        statuses.put("won", LeadStatus.WON);
        statuses.put("lost", LeadStatus.LOST);
        StageDictionaries.pipedriveStatuses().forEach(statuses::putIfAbsent);
        return new Preset("Generic", SourceSystem.GENERIC, dictionary, StageDictionaries.generic(), statuses, false);
    }
}
