package org.funnellab.importer;

import org.funnellab.domain.Lead;
import org.funnellab.domain.LeadField;
import org.funnellab.domain.LeadStatus;
import org.funnellab.domain.Stage;
import org.funnellab.domain.Target;
import org.funnellab.importer.mapping.ColumnRole;
import org.funnellab.importer.mapping.Mapping;
import org.funnellab.importer.mapping.StageMapping;
import org.funnellab.importer.mapping.TargetRules;
import org.funnellab.importer.parse.DateLayout;
import org.funnellab.importer.parse.Money;
import org.funnellab.importer.parse.ValueParsers;
import org.funnellab.importer.preset.StageMeanings;
import org.funnellab.importer.read.SourceRow;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one data row into a {@link Lead} or a rejection ({@link Notice}). Rules:
 * <ul>
 *   <li>rejected: no id; an unparseable date or amount (placeholders such as "не закрыта" or "—" are empty, not
 *       errors); no created date in a non-linked import (unless the mapping keeps undated rows); a stage or status value
 *       nobody gave a meaning (listed as unmapped); an amount in another currency than the workspace's without a rate;</li>
 *   <li>status: the stage value's, then the status column's, then yes/no flags (won / closed) when present, which
 *       decide; with flags a closed deal needs no known stage value;</li>
 *   <li>meanings ({@link ImportMeanings}): a lost deal whose stage value does not say how far it got reaches the lost
 *       stage unless non-target; a won deal with no target evidence is target;</li>
 *   <li>an open lead gets no closed_at: the CRM's close date of an open deal is a forecast (the raw row keeps it).</li>
 * </ul>
 * A non-target lead that is not LOST at LEAD/MQL keeps its data as exported and is reported as a warning.
 */
final class LeadRowMapper {
    static final int LIFTED = 1;
    static final int NON_TARGET_LOSS = 2;
    static final int WON_TARGET = 4;
    static final int UNDATED = 8;
    static final int CONVERTED = 16;
    /** An open deal (by its flags) whose stage value nobody mapped, counted at the lost stage and listed. */
    static final int ASSUMED_STAGE = 32;

    /**
     * The result for one row: a lead (and maybe warnings and effects) or a rejection. {@code unmappedValue} is the
     * stage value nobody gave a meaning: the row's rejection, or for an accepted lead whose flags decided its status,
     * a value to list with the stage it was counted at.
     */
    record Outcome(Lead lead, Notice rejection, List<Notice> warnings, String unmappedColumn, String unmappedValue,
                   int effects) {
        static Outcome rejected(Notice reason) {
            return new Outcome(null, reason, List.of(), null, null, 0);
        }
    }

    private final Mapping mapping;
    private final ColumnBinding columns;
    private final Map<ColumnRole, DateLayout> datePatterns;
    private final ZoneId zone;
    private final StageMeanings meanings;
    private final CurrencyPolicy currencies;
    private final TargetRules targetRules;
    // CRM columns repeat a handful of values a million times: look each raw text up once
    private final Map<String, StageMapping> stageCache = new HashMap<>();
    private final Map<String, LeadStatus> statusCache = new HashMap<>();
    private final Map<String, Boolean> deletedCache = new HashMap<>();
    private final Map<String, FlagValue> flagCache = new HashMap<>();
    private final Map<String, Target> reasonTargets = new HashMap<>();

    LeadRowMapper(Mapping mapping, ColumnBinding columns, Map<ColumnRole, ? extends DateLayout> datePatterns, ZoneId zone,
                  CurrencyPolicy currencies) {
        this.mapping = mapping;
        this.columns = columns;
        this.datePatterns = new HashMap<>(datePatterns);
        this.zone = zone;
        this.meanings = StageMeanings.of(mapping);
        this.currencies = currencies;
        this.targetRules = new TargetRules(mapping.nonTargetReasons());
    }

    Outcome map(SourceRow row) {
        String id = text(row, ColumnRole.EXTERNAL_ID);
        if (id == null) {
            return Outcome.rejected(Notice.of("reject.missingId", columns.headerOf(ColumnRole.EXTERNAL_ID)));
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
        } catch (Rejection e) {
            return Outcome.rejected(e.notice);
        }
        int effects = 0;
        if (created == null && !mapping.linked()) {
            if (!mapping.keepUndated()) {
                return Outcome.rejected(Notice.of("reject.missingCreated", columns.headerOf(ColumnRole.CREATED_AT)));
            }
            effects |= UNDATED;
        }
        Stage stage = Stage.LEAD;
        LeadStatus status = LeadStatus.OPEN;
        if (mapping.constants().containsKey(LeadField.STAGE)) {
            stage = Stage.parseCanonical(mapping.constants().get(LeadField.STAGE));
        }
        if (mapping.constants().containsKey(LeadField.STATUS)) {
            status = LeadStatus.valueOf(mapping.constants().get(LeadField.STATUS).strip().toUpperCase(java.util.Locale.ROOT));
        }
        // a flag column's empty cell is "no" (Salesforce writes IsWon/IsClosed as 1 or nothing)
        String wonText = text(row, ColumnRole.WON_FLAG);
        String closedText = text(row, ColumnRole.CLOSED_FLAG);
        Boolean wonFlag = columns.has(ColumnRole.WON_FLAG) ? (wonText == null ? Boolean.FALSE : ValueParsers.flag(wonText)) : null;
        Boolean closedFlag = columns.has(ColumnRole.CLOSED_FLAG)
                ? (closedText == null ? Boolean.FALSE : ValueParsers.flag(closedText)) : null;
        if (wonText != null && wonFlag == null) {
            return unmapped(ColumnRole.WON_FLAG, wonText, Notice.of("reject.badFlag", wonText, columns.headerOf(ColumnRole.WON_FLAG)));
        }
        if (closedText != null && closedFlag == null) {
            return unmapped(ColumnRole.CLOSED_FLAG, closedText,
                    Notice.of("reject.badFlag", closedText, columns.headerOf(ColumnRole.CLOSED_FLAG)));
        }
        boolean flagsDecide = wonFlag != null || closedFlag != null;
        // a lost value that does not say how far the deal got ("Closed Lost") leaves the stage to the meanings below
        boolean stageUnsaid = !columns.has(ColumnRole.STAGE) && !mapping.constants().containsKey(LeadField.STAGE);
        String stageText = text(row, ColumnRole.STAGE);
        StageMapping meaning = null;
        String assumedStage = null;
        if (columns.has(ColumnRole.STAGE)) {
            if (stageText == null && !flagsDecide) {
                return Outcome.rejected(Notice.of("reject.missingStage", columns.headerOf(ColumnRole.STAGE)));
            }
            meaning = stageText == null ? null : cached(stageCache, stageText, meanings::stage);
            if (meaning == null && !flagsDecide) {
                return unmapped(ColumnRole.STAGE, stageText, Notice.of("reject.unmappedStage", stageText));
            }
            if (meaning != null) {
                stage = meaning.stage();
                status = meaning.status();
                stageUnsaid = meaning.status() == LeadStatus.LOST && meaning.stage() == Stage.LEAD;
            } else {
                stageUnsaid = true;
                assumedStage = stageText == null ? "" : stageText;
            }
        }
        String statusText = text(row, ColumnRole.STATUS);
        if (statusText != null) {
            if (cached(deletedCache, statusText, StageMeanings::isDeleted)) {
                return Outcome.rejected(Notice.of("reject.deleted", statusText));
            }
            LeadStatus s = cached(statusCache, statusText, meanings::status);
            if (s == null) {
                return unmapped(ColumnRole.STATUS, statusText, Notice.of("reject.unmappedStatus", statusText));
            }
            status = s;
        }
        if (flagsDecide) {
            if (Boolean.TRUE.equals(wonFlag)) {
                status = LeadStatus.WON;
            } else if (Boolean.TRUE.equals(closedFlag)) {
                status = wonFlag == null && status == LeadStatus.WON ? LeadStatus.WON : LeadStatus.LOST;
            } else if (Boolean.FALSE.equals(closedFlag)) {
                status = LeadStatus.OPEN;
            } else if (wonText != null && status == LeadStatus.WON) {
                status = LeadStatus.LOST;
            }
            if (status == LeadStatus.OPEN && meaning == null) {
                // the flags say the deal is open in the sales pipeline; its stage value has no meaning yet
                stage = mapping.effectiveLostStage();
                effects |= ASSUMED_STAGE;
            }
            if (status != LeadStatus.WON && stage == Stage.WON) {
                // flags say the deal was not won although its stage value says so: how far it got is unknown
                stage = Stage.LEAD;
                stageUnsaid = true;
            }
        }
        String flagText = text(row, ColumnRole.TARGET_FLAG);
        FlagValue flagValue = flagText == null ? FlagValue.NONE : cached(flagCache, flagText, FlagValue::of);
        if (flagValue == FlagValue.INVALID) {
            return unmapped(ColumnRole.TARGET_FLAG, flagText, Notice.of("reject.badTargetFlag", flagText));
        }
        Boolean flag = flagValue.value;
        String reason = text(row, ColumnRole.LOSS_REASON);
        List<String> tags = new ArrayList<>();
        for (int i : columns.indexes(ColumnRole.TAGS)) {
            tags.add(row.cell(i));
        }
        Target target = flag == null && tags.isEmpty() && reason != null
                ? cached(reasonTargets, reason, r -> targetRules.decide(null, r, List.of()))
                : targetRules.decide(flag, reason, tags);
        if (status == LeadStatus.WON && target == Target.UNKNOWN) {
            target = Target.TARGET;
            effects |= WON_TARGET;
        }
        if (status == LeadStatus.LOST && stageUnsaid && stage == Stage.LEAD && target != Target.NON_TARGET) {
            stage = mapping.effectiveLostStage();
            effects |= LIFTED;
        }
        if (status == LeadStatus.LOST && target == Target.NON_TARGET && !stage.hasReached(Stage.SQL)) {
            effects |= NON_TARGET_LOSS;
        }
        if (status == LeadStatus.OPEN && !mapping.linked()) {
            // an open deal's "close date" is the CRM's forecast (Salesforce, Bitrix24), not a close: the raw row keeps it
            closed = null;
        }
        List<Notice> warnings = new ArrayList<>(0);
        String currency = text(row, ColumnRole.CURRENCY);
        if (currency == null && money != null) {
            currency = money.currency() != null ? money.currency() : mapping.defaultCurrency();
        } else if (currency != null && money != null && money.currency() != null
                && !CurrencyPolicy.code(money.currency()).equals(CurrencyPolicy.code(currency))) {
            warnings.add(Notice.of("warn.currencyConflict", row.line(), id, money.currency(), currency));
        }
        if (currency == null && mapping.constants().containsKey(LeadField.CURRENCY)) {
            currency = mapping.constants().get(LeadField.CURRENCY);
        }
        BigDecimal amount = money == null ? null : money.amount();
        if (amount != null && currencies != null) {
            BigDecimal converted = currencies.convert(amount, currency);
            if (converted == null) {
                return Outcome.rejected(Notice.of("reject.otherCurrency", CurrencyPolicy.code(currency), currencies.currency()));
            }
            if (converted != amount) {
                effects |= CONVERTED;
            }
            amount = converted;
            currency = currencies.currency();
        } else if (currency != null) {
            currency = CurrencyPolicy.code(currency);
        }
        Lead lead = new Lead(mapping.sourceSystem(), id, created, closed, text(row, ColumnRole.CHANNEL),
                text(row, ColumnRole.CAMPAIGN), text(row, ColumnRole.OWNER), text(row, ColumnRole.COMPANY), stage, status,
                target, reason, amount, currency, row.cells());
        if (closed != null && created != null && closed.toLocalDate().isBefore(created.toLocalDate())) {
            warnings.add(Notice.of("warn.closedBeforeCreated", row.line(), id, closed, created));
        }
        if (target == Target.NON_TARGET && (lead.stage().hasReached(Stage.SQL) || lead.status() != LeadStatus.LOST)) {
            warnings.add(Notice.of("warn.nonTargetNotLost", row.line(), id, lead.status(), lead.stage()));
        }
        return new Outcome(lead, null, warnings, assumedStage == null ? null : columns.headerOf(ColumnRole.STAGE),
                assumedStage, effects);
    }

    /** A target-flag cell read: yes, no, "not known" or blank (no value), or not a flag at all. */
    private enum FlagValue {
        YES(Boolean.TRUE), NO(Boolean.FALSE), NONE(null), INVALID(null);

        final Boolean value;

        FlagValue(Boolean value) {
            this.value = value;
        }

        static FlagValue of(String text) {
            Boolean b = ValueParsers.flag(text);
            if (b != null) {
                return b ? YES : NO;
            }
            return ValueParsers.unknownFlag(text) ? NONE : INVALID;
        }
    }

    private static <V> V cached(Map<String, V> cache, String raw, java.util.function.Function<String, V> lookup) {
        V value = cache.get(raw);
        if (value == null) {
            value = lookup.apply(raw);
            if (value != null && cache.size() < 10_000) {
                cache.put(raw, value);
            }
        }
        return value;
    }

    private Outcome unmapped(ColumnRole role, String value, Notice reason) {
        return new Outcome(null, reason, List.of(), columns.headerOf(role), value, 0);
    }

    private String text(SourceRow row, ColumnRole role) {
        int i = columns.index(role);
        if (i < 0) {
            return null;
        }
        String value = row.cell(i).strip();
        return value.isEmpty() ? null : value;
    }

    /** A row's reason for rejection, thrown from the value parsers' callers. */
    private static final class Rejection extends RuntimeException {
        final Notice notice;

        Rejection(Notice notice) {
            super(notice.code(), null, false, false);
            this.notice = notice;
        }
    }

    private LocalDateTime date(SourceRow row, ColumnRole role, int index) {
        if (index < 0) {
            return null;
        }
        String value = row.cell(index);
        DateLayout p = datePatterns.get(role);
        try {
            return ValueParsers.date(value, p, zone);
        } catch (IllegalArgumentException e) {
            throw new Rejection(p == null ? Notice.of("reject.badDateNoLayout", value.strip(), columns.header().get(index))
                    : Notice.of("reject.badDate", value.strip(), columns.header().get(index), p.display()));
        }
    }

    private Money money(SourceRow row) {
        String value = text(row, ColumnRole.DEAL_VALUE);
        try {
            return ValueParsers.moneyOrPlaceholder(value);
        } catch (IllegalArgumentException e) {
            throw new Rejection(Notice.of("reject.badAmount", value, columns.headerOf(ColumnRole.DEAL_VALUE)));
        }
    }

    /** Header names made unique for the stored source rows: a repeated "Теги" becomes "Теги", "Теги (2)". */
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
