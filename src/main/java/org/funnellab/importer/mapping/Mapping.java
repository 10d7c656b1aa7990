package org.funnellab.importer.mapping;

import org.funnellab.domain.LeadField;
import org.funnellab.domain.LeadStatus;
import org.funnellab.domain.SourceSystem;
import org.funnellab.importer.parse.DatePattern;

import java.util.ArrayList;
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
 */
public record Mapping(String name, SourceSystem sourceSystem, List<ColumnMapping> columns,
                      Map<String, StageMapping> stageValues, Map<String, LeadStatus> statusValues,
                      List<String> nonTargetReasons, DatePattern dateFormat, boolean linked,
                      Map<LeadField, String> constants, boolean collapseRepeatedIds, String defaultCurrency) {

    public Mapping {
        Objects.requireNonNull(sourceSystem, "sourceSystem");
        columns = List.copyOf(columns);
        stageValues = Map.copyOf(orEmpty(stageValues));
        statusValues = Map.copyOf(orEmpty(statusValues));
        nonTargetReasons = nonTargetReasons == null ? TargetRules.DEFAULT_NON_TARGET_REASONS : List.copyOf(nonTargetReasons);
        constants = Map.copyOf(orEmpty(constants));
    }

    private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? Map.of() : map;
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
                constants, collapseRepeatedIds, defaultCurrency);
    }

    public Mapping withStageValue(String value, StageMapping meaning) {
        Map<String, StageMapping> values = new LinkedHashMap<>(stageValues);
        values.put(value, meaning);
        return new Mapping(name, sourceSystem, columns, values, statusValues, nonTargetReasons, dateFormat, linked,
                constants, collapseRepeatedIds, defaultCurrency);
    }

    public Mapping withColumnRole(int index, ColumnRole role) {
        List<ColumnMapping> changed = new ArrayList<>();
        for (ColumnMapping c : columns) {
            changed.add(c.index() == index ? new ColumnMapping(index, c.header(), role) : c);
        }
        return new Mapping(name, sourceSystem, changed, stageValues, statusValues, nonTargetReasons, dateFormat, linked,
                constants, collapseRepeatedIds, defaultCurrency);
    }

    public Mapping withDateFormat(DatePattern pattern) {
        return new Mapping(name, sourceSystem, columns, stageValues, statusValues, nonTargetReasons, pattern, linked,
                constants, collapseRepeatedIds, defaultCurrency);
    }

    public Mapping withNonTargetReasons(List<String> reasons) {
        return new Mapping(name, sourceSystem, columns, stageValues, statusValues, reasons, dateFormat, linked,
                constants, collapseRepeatedIds, defaultCurrency);
    }

    public Mapping withLinked(boolean newLinked) {
        return new Mapping(name, sourceSystem, columns, stageValues, statusValues, nonTargetReasons, dateFormat, newLinked,
                constants, collapseRepeatedIds, defaultCurrency);
    }

    public Mapping withConstant(LeadField field, String value) {
        Map<LeadField, String> values = new LinkedHashMap<>(constants);
        values.put(field, value);
        return new Mapping(name, sourceSystem, columns, stageValues, statusValues, nonTargetReasons, dateFormat, linked,
                values, collapseRepeatedIds, defaultCurrency);
    }
}
