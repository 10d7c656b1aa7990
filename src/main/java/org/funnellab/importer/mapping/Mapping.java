package org.funnellab.importer.mapping;

import org.funnellab.domain.LeadField;
import org.funnellab.domain.LeadStatus;
import org.funnellab.domain.SourceSystem;
import org.funnellab.domain.Stage;
import org.funnellab.importer.parse.DatePattern;
import org.funnellab.importer.parse.ValueParsers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How one export becomes canonical leads; saved by name as JSON ({@link MappingJson}). A preset produces a default one,
 * the wizard edits it.
 *
 * @param columns             role of each source column, by position (and header text, to survive moved columns)
 * @param stageValues         CRM stage value → canonical stage and status; values not listed are rejected, never guessed
 * @param statusValues        status column value → status (Pipedrive's open/won/lost); overrides the stage's status
 * @param nonTargetReasons    loss reasons and tags that make a lead NON_TARGET ({@link TargetRules})
 * @param dateFormat          forced date layout, or null to resolve each date column from its values
 * @param linked              true when the file updates leads already imported, changing only {@link #mappedFields()}
 * @param constants           values every row gets (e.g. STAGE=MQL for a file that lists marketing-qualified leads)
 * @param collapseRepeatedIds true when consecutive rows with one id are one deal (Bitrix24 product rows)
 * @param defaultCurrency     currency for amounts that carry none, or null
 * @param lostStage           the stage a LOST deal counts as having reached when its stage value does not say how far
 *                            it got (sales worked it); null = {@link #DEFAULT_LOST_STAGE}. Non-target losses stay at LEAD.
 * @param keepUndated         true to keep rows without a created date (counted in all-time figures only)
 * @param datePattern         a forced date layout written as a {@link java.time.format.DateTimeFormatter} pattern
 *                            ({@code MM/dd/yy}), used when {@code dateFormat} is null; null = none
 * @param rates               exchange rates into the workspace currency (USD → 92.5) for rows in another currency
 * <p>
 * Stage and status values are kept in the order given (never a hash order): when two keys are the same value in other
 * letter case or spacing, {@link #withStageValue} replaces the earlier one, so an explicit choice always wins.
 */
public record Mapping(String name, SourceSystem sourceSystem, List<ColumnMapping> columns,
                      Map<String, StageMapping> stageValues, Map<String, LeadStatus> statusValues,
                      List<String> nonTargetReasons, DatePattern dateFormat, boolean linked,
                      Map<LeadField, String> constants, boolean collapseRepeatedIds, String defaultCurrency,
                      Stage lostStage, boolean keepUndated, String datePattern, Map<String, BigDecimal> rates) {

    /** Where a lost deal that sales worked counts as having got to, unless the mapping says otherwise. */
    public static final Stage DEFAULT_LOST_STAGE = Stage.SQL;

    public Mapping {
        Objects.requireNonNull(sourceSystem, "sourceSystem");
        columns = List.copyOf(columns);
        stageValues = ordered(stageValues);
        statusValues = ordered(statusValues);
        nonTargetReasons = nonTargetReasons == null ? TargetRules.DEFAULT_NON_TARGET_REASONS : List.copyOf(nonTargetReasons);
        constants = Collections.unmodifiableMap(constants == null || constants.isEmpty()
                ? new EnumMap<>(LeadField.class) : new EnumMap<>(constants));
        rates = ordered(rates);
    }

    /** The mapping as before lost-stage, undated rows, date patterns and rates existed (all defaults). */
    public Mapping(String name, SourceSystem sourceSystem, List<ColumnMapping> columns,
                   Map<String, StageMapping> stageValues, Map<String, LeadStatus> statusValues,
                   List<String> nonTargetReasons, DatePattern dateFormat, boolean linked,
                   Map<LeadField, String> constants, boolean collapseRepeatedIds, String defaultCurrency) {
        this(name, sourceSystem, columns, stageValues, statusValues, nonTargetReasons, dateFormat, linked, constants,
                collapseRepeatedIds, defaultCurrency, null, false, null, null);
    }

    private static <V> Map<String, V> ordered(Map<String, V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** The stage lost deals worked by sales reach: {@link #lostStage} or {@link #DEFAULT_LOST_STAGE}. */
    public Stage effectiveLostStage() {
        return lostStage == null ? DEFAULT_LOST_STAGE : lostStage;
    }

    /**
     * The lead fields this mapping fills: mapped columns and constants. A stage column fills status too (its values map
     * to both); tags and loss reasons are target evidence. A linked import changes exactly these fields.
     */
    public Set<LeadField> mappedFields() {
        Set<LeadField> fields = EnumSet.noneOf(LeadField.class);
        for (ColumnMapping c : columns) {
            if (c.role().leadField() != null) {
                fields.add(c.role().leadField());
            }
            if (c.role() == ColumnRole.STAGE) {
                fields.add(LeadField.STATUS);
            }
            if (c.role() == ColumnRole.LOSS_REASON) {
                fields.add(LeadField.TARGET);
            }
        }
        fields.addAll(constants.keySet());
        return fields;
    }

    /** The column mapped to {@code role}, or null (the first one for tags). */
    public ColumnMapping column(ColumnRole role) {
        return columns.stream().filter(c -> c.role() == role).findFirst().orElse(null);
    }

    public Mapping withName(String newName) {
        return new Mapping(newName, sourceSystem, columns, stageValues, statusValues, nonTargetReasons, dateFormat, linked,
                constants, collapseRepeatedIds, defaultCurrency, lostStage, keepUndated, datePattern, rates);
    }

    /**
     * {@code value} means {@code meaning}; an earlier entry for the same value in another letter case or spacing is
     * replaced (the canonical key is {@link ValueParsers#normalizeKey}), so this choice wins whatever came before.
     */
    public Mapping withStageValue(String value, StageMapping meaning) {
        Map<String, StageMapping> values = new LinkedHashMap<>(stageValues);
        String key = ValueParsers.normalizeKey(value);
        values.keySet().removeIf(k -> ValueParsers.normalizeKey(k).equals(key));
        values.put(value, meaning);
        return withStageValues(values);
    }

    public Mapping withStageValues(Map<String, StageMapping> values) {
        return new Mapping(name, sourceSystem, columns, values, statusValues, nonTargetReasons, dateFormat, linked,
                constants, collapseRepeatedIds, defaultCurrency, lostStage, keepUndated, datePattern, rates);
    }

    /** {@code value} of the status column means {@code status}; replaces the same value in another letter case. */
    public Mapping withStatusValue(String value, LeadStatus status) {
        Map<String, LeadStatus> values = new LinkedHashMap<>(statusValues);
        String key = ValueParsers.normalizeKey(value);
        values.keySet().removeIf(k -> ValueParsers.normalizeKey(k).equals(key));
        values.put(value, status);
        return new Mapping(name, sourceSystem, columns, stageValues, values, nonTargetReasons, dateFormat, linked,
                constants, collapseRepeatedIds, defaultCurrency, lostStage, keepUndated, datePattern, rates);
    }

    public Mapping withColumnRole(int index, ColumnRole role) {
        List<ColumnMapping> changed = new ArrayList<>();
        for (ColumnMapping c : columns) {
            changed.add(c.index() == index ? new ColumnMapping(index, c.header(), role) : c);
        }
        return withColumns(changed);
    }

    public Mapping withColumns(List<ColumnMapping> newColumns) {
        return new Mapping(name, sourceSystem, newColumns, stageValues, statusValues, nonTargetReasons, dateFormat, linked,
                constants, collapseRepeatedIds, defaultCurrency, lostStage, keepUndated, datePattern, rates);
    }

    public Mapping withDateFormat(DatePattern pattern) {
        return new Mapping(name, sourceSystem, columns, stageValues, statusValues, nonTargetReasons, pattern, linked,
                constants, collapseRepeatedIds, defaultCurrency, lostStage, keepUndated, pattern == null ? datePattern : null,
                rates);
    }

    /** Forces a date layout written as a {@link java.time.format.DateTimeFormatter} pattern, e.g. {@code MM/dd/yy}. */
    public Mapping withDatePattern(String pattern) {
        return new Mapping(name, sourceSystem, columns, stageValues, statusValues, nonTargetReasons, null, linked,
                constants, collapseRepeatedIds, defaultCurrency, lostStage, keepUndated, pattern, rates);
    }

    public Mapping withNonTargetReasons(List<String> reasons) {
        return new Mapping(name, sourceSystem, columns, stageValues, statusValues, reasons, dateFormat, linked,
                constants, collapseRepeatedIds, defaultCurrency, lostStage, keepUndated, datePattern, rates);
    }

    public Mapping withLinked(boolean newLinked) {
        return new Mapping(name, sourceSystem, columns, stageValues, statusValues, nonTargetReasons, dateFormat, newLinked,
                constants, collapseRepeatedIds, defaultCurrency, lostStage, keepUndated, datePattern, rates);
    }

    public Mapping withConstant(LeadField field, String value) {
        Map<LeadField, String> values = new LinkedHashMap<>(constants);
        values.put(field, value);
        return new Mapping(name, sourceSystem, columns, stageValues, statusValues, nonTargetReasons, dateFormat, linked,
                values, collapseRepeatedIds, defaultCurrency, lostStage, keepUndated, datePattern, rates);
    }

    public Mapping withLostStage(Stage stage) {
        return new Mapping(name, sourceSystem, columns, stageValues, statusValues, nonTargetReasons, dateFormat, linked,
                constants, collapseRepeatedIds, defaultCurrency, stage, keepUndated, datePattern, rates);
    }

    public Mapping withKeepUndated(boolean keep) {
        return new Mapping(name, sourceSystem, columns, stageValues, statusValues, nonTargetReasons, dateFormat, linked,
                constants, collapseRepeatedIds, defaultCurrency, lostStage, keep, datePattern, rates);
    }

    public Mapping withRates(Map<String, BigDecimal> newRates) {
        return new Mapping(name, sourceSystem, columns, stageValues, statusValues, nonTargetReasons, dateFormat, linked,
                constants, collapseRepeatedIds, defaultCurrency, lostStage, keepUndated, datePattern, newRates);
    }

    public Mapping withDefaultCurrency(String currency) {
        return new Mapping(name, sourceSystem, columns, stageValues, statusValues, nonTargetReasons, dateFormat, linked,
                constants, collapseRepeatedIds, currency, lostStage, keepUndated, datePattern, rates);
    }
}
