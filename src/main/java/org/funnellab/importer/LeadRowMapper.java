package org.funnellab.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.funnellab.domain.Lead;
import org.funnellab.domain.LeadField;
import org.funnellab.domain.LeadStatus;
import org.funnellab.domain.Stage;
import org.funnellab.domain.Target;
import org.funnellab.importer.mapping.ColumnRole;
import org.funnellab.importer.mapping.Mapping;
import org.funnellab.importer.mapping.StageMapping;
import org.funnellab.importer.mapping.TargetRules;
import org.funnellab.importer.parse.DatePattern;
import org.funnellab.importer.parse.Money;
import org.funnellab.importer.parse.ValueParsers;
import org.funnellab.importer.read.SourceRow;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one data row into a {@link Lead} or a rejection reason. Rules: a row without an id, with an unparseable date or
 * amount, or (for a non-linked import) without a created date is rejected; a stage or status value the mapping does not
 * know is rejected and listed as unmapped; with no stage column and no constant a row is an open LEAD (a lead list is
 * exactly that). An open lead gets no closed_at: the CRM's close date of an open deal is a forecast (the raw row keeps
 * it). A non-target lead that is not LOST at LEAD/MQL keeps its data as exported and is reported as a warning: the CRM's
 * record wins over a rule of thumb, and the user sees the contradiction.
 */
final class LeadRowMapper {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The result for one row: a lead (and maybe a warning) or a rejection. */
    record Outcome(Lead lead, String rejection, String warning, String unmappedColumn, String unmappedValue) {
    }

    private final Mapping mapping;
    private final ColumnBinding columns;
    private final Map<ColumnRole, DatePattern> datePatterns;
    private final Map<String, StageMapping> stages = new HashMap<>();
    private final Map<String, LeadStatus> statuses = new HashMap<>();
    private final TargetRules targetRules;
    private final List<String> jsonKeys;
    private final RawRowJson rawJson;
    // CRM columns repeat a handful of values a million times: look each raw text up once
    private final Map<String, StageMapping> stageCache = new HashMap<>();
    private final Map<String, LeadStatus> statusCache = new HashMap<>();

    LeadRowMapper(Mapping mapping, ColumnBinding columns, Map<ColumnRole, DatePattern> datePatterns) {
        this.mapping = mapping;
        this.columns = columns;
        this.datePatterns = datePatterns;
        mapping.stageValues().forEach((k, v) -> stages.put(ValueParsers.normalizeKey(k), v));
        mapping.statusValues().forEach((k, v) -> statuses.put(ValueParsers.normalizeKey(k), v));
        this.targetRules = new TargetRules(mapping.nonTargetReasons());
        this.jsonKeys = uniqueKeys(columns.header());
        this.rawJson = new RawRowJson(jsonKeys);
    }

    Outcome map(SourceRow row) {
        String id = text(row, ColumnRole.EXTERNAL_ID);
        if (id == null) {
            return reject("missing external id (column '" + columns.headerOf(ColumnRole.EXTERNAL_ID) + "')");
        }
        LocalDateTime created;
        LocalDateTime closed = null;
        Money money;
        try {
            created = date(row, ColumnRole.CREATED_AT, columns.index(ColumnRole.CREATED_AT));
            for (int i : columns.indexes(ColumnRole.CLOSED_AT)) {
                closed = closed != null ? closed : date(row, ColumnRole.CLOSED_AT, i);
            }
            money = money(row);
        } catch (IllegalArgumentException e) {
            return reject(e.getMessage());
        }
        if (created == null && !mapping.linked()) {
            return reject("missing created date (column '" + columns.headerOf(ColumnRole.CREATED_AT) + "')");
        }
        Stage stage = Stage.LEAD;
        LeadStatus status = LeadStatus.OPEN;
        if (mapping.constants().containsKey(LeadField.STAGE)) {
            stage = Stage.parseCanonical(mapping.constants().get(LeadField.STAGE));
        }
        if (mapping.constants().containsKey(LeadField.STATUS)) {
            status = LeadStatus.valueOf(mapping.constants().get(LeadField.STATUS).strip().toUpperCase(java.util.Locale.ROOT));
        }
        String stageText = text(row, ColumnRole.STAGE);
        if (columns.has(ColumnRole.STAGE)) {
            if (stageText == null) {
                return reject("missing stage (column '" + columns.headerOf(ColumnRole.STAGE) + "')");
            }
            StageMapping meaning = cached(stageCache, stageText, stages);
            if (meaning == null) {
                return unmapped(ColumnRole.STAGE, stageText, "unmapped stage value '" + stageText + "'");
            }
            stage = meaning.stage();
            status = meaning.status();
        }
        String statusText = text(row, ColumnRole.STATUS);
        if (statusText != null) {
            LeadStatus s = cached(statusCache, statusText, statuses);
            if (s == null) {
                return unmapped(ColumnRole.STATUS, statusText, "unmapped status value '" + statusText + "'");
            }
            status = s;
        }
        String flagText = text(row, ColumnRole.TARGET_FLAG);
        Boolean flag = ValueParsers.flag(flagText);
        if (flagText != null && flag == null && !ValueParsers.unknownFlag(flagText)) {
            return unmapped(ColumnRole.TARGET_FLAG, flagText, "unrecognised target flag '" + flagText + "'");
        }
        String reason = text(row, ColumnRole.LOSS_REASON);
        List<String> tags = new ArrayList<>();
        for (int i : columns.indexes(ColumnRole.TAGS)) {
            tags.add(row.cell(i));
        }
        Target target = targetRules.decide(flag, reason, tags);
        if (status == LeadStatus.OPEN && !mapping.linked()) {
            // an open deal's "close date" is the CRM's forecast (Salesforce, Bitrix24), not a close: the raw row keeps it
            closed = null;
        }
        String currency = text(row, ColumnRole.CURRENCY);
        String currencyWarning = null;
        if (currency == null && money != null) {
            currency = money.currency() != null ? money.currency() : mapping.defaultCurrency();
        } else if (currency != null && money != null && money.currency() != null
                && !money.currency().equalsIgnoreCase(currency)) {
            currencyWarning = "line " + row.line() + ": amount of " + id + " is in " + money.currency()
                    + " but the currency column says " + currency + "; the column wins";
        }
        if (currency == null && mapping.constants().containsKey(LeadField.CURRENCY)) {
            currency = mapping.constants().get(LeadField.CURRENCY);
        }
        Lead lead = new Lead(mapping.sourceSystem(), id, created, closed, text(row, ColumnRole.CHANNEL),
                text(row, ColumnRole.CAMPAIGN), text(row, ColumnRole.OWNER), text(row, ColumnRole.COMPANY), stage, status,
                target, reason, money == null ? null : money.amount(), currency, rawJson(row));
        String warning = currencyWarning;
        if (closed != null && created != null && closed.isBefore(created)) {
            String order = "line " + row.line() + ": " + id + " closed (" + closed + ") before it was created (" + created
                    + "); kept as exported";
            warning = warning == null ? order : warning + "; " + order;
        }
        if (target == Target.NON_TARGET && (lead.stage().hasReached(Stage.SQL) || lead.status() != LeadStatus.LOST)) {
            String nonTarget = "line " + row.line() + ": non-target lead " + id + " is " + lead.status() + " at "
                    + lead.stage() + "; kept as exported";
            warning = warning == null ? nonTarget : warning + "; " + nonTarget;
        }
        return new Outcome(lead, null, warning, null, null);
    }

    private static <V> V cached(Map<String, V> cache, String raw, Map<String, V> byKey) {
        V value = cache.get(raw);
        if (value == null) {
            value = byKey.get(ValueParsers.normalizeKey(raw));
            if (value != null && cache.size() < 10_000) {
                cache.put(raw, value);
            }
        }
        return value;
    }

    private Outcome reject(String reason) {
        return new Outcome(null, reason, null, null, null);
    }

    private Outcome unmapped(ColumnRole role, String value, String reason) {
        return new Outcome(null, reason, null, columns.headerOf(role), value);
    }

    private String text(SourceRow row, ColumnRole role) {
        int i = columns.index(role);
        if (i < 0) {
            return null;
        }
        String value = row.cell(i).strip();
        return value.isEmpty() ? null : value;
    }

    private LocalDateTime date(SourceRow row, ColumnRole role, int index) {
        if (index < 0) {
            return null;
        }
        String value = row.cell(index);
        try {
            return ValueParsers.date(value, datePatterns.get(role));
        } catch (IllegalArgumentException e) {
            DatePattern p = datePatterns.get(role);
            throw new IllegalArgumentException("unparseable date '" + value.strip() + "' in column '"
                    + columns.header().get(index) + "'" + (p == null ? "" : " (expected " + p.display() + ")"), e);
        }
    }

    private Money money(SourceRow row) {
        String value = text(row, ColumnRole.DEAL_VALUE);
        try {
            return ValueParsers.money(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unparseable amount '" + value + "' in column '"
                    + columns.headerOf(ColumnRole.DEAL_VALUE) + "'", e);
        }
    }

    private String rawJson(SourceRow row) {
        if (rawJson.handles(row.cells())) {
            return rawJson.write(row.cells());
        }
        Map<String, String> object = new LinkedHashMap<>();
        for (int i = 0; i < Math.max(jsonKeys.size(), row.cells().size()); i++) {
            String key = i < jsonKeys.size() ? jsonKeys.get(i) : "#" + (i + 1);
            object.put(key, row.cell(i));
        }
        try {
            return JSON.writeValueAsString(object);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("strings always serialise", e);
        }
    }

    /** Header names made unique for the raw-row JSON: a repeated "Теги" becomes "Теги", "Теги (2)". */
    static List<String> uniqueKeys(List<String> header) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> keys = new ArrayList<>();
        for (String h : header) {
            int n = seen.merge(h, 1, Integer::sum);
            keys.add(n == 1 ? h : h + " (" + n + ")");
        }
        return keys;
    }

}
