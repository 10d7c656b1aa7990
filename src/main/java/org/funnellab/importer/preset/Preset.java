package org.funnellab.importer.preset;

import org.funnellab.domain.LeadStatus;
import org.funnellab.domain.SourceSystem;
import org.funnellab.importer.mapping.ColumnMapping;
import org.funnellab.importer.mapping.ColumnRole;
import org.funnellab.importer.mapping.Mapping;
import org.funnellab.importer.mapping.StageMapping;
import org.funnellab.importer.parse.ValueParsers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one CRM's export looks like: header aliases per column role (as the CRM writes them, in each language it exports)
 * and default meanings of its stage and status values. {@link #defaultMapping} applies it to a real header.
 */
public record Preset(String name, SourceSystem sourceSystem, Map<ColumnRole, List<String>> aliases,
                     Map<String, StageMapping> stageValues, Map<String, LeadStatus> statusValues,
                     boolean collapseRepeatedIds) {

    public Preset {
        // ordered maps: the order of entries is part of the meaning (never a hash order that varies between launches)
        aliases = Collections.unmodifiableMap(new EnumMap<>(aliases));
        stageValues = Collections.unmodifiableMap(new LinkedHashMap<>(stageValues));
        statusValues = Collections.unmodifiableMap(new LinkedHashMap<>(statusValues));
    }

    /** The role whose alias equals {@code header} (ignoring case, ё/е and spacing), or null. */
    public ColumnRole roleOf(String header) {
        List<ColumnRole> roles = rolesOf(header);
        return roles.isEmpty() ? null : roles.get(0);
    }

    /**
     * Every role one of whose aliases equals {@code header}, in role order: a header such as "closed" may be a close
     * date or a yes/no flag, and the values decide ({@link org.funnellab.importer.detect.ColumnDetector}).
     */
    public List<ColumnRole> rolesOf(String header) {
        String key = ValueParsers.normalizeKey(header);
        List<ColumnRole> roles = new ArrayList<>();
        for (var e : aliases.entrySet()) {
            for (String alias : e.getValue()) {
                if (ValueParsers.normalizeKey(alias).equals(key)) {
                    roles.add(e.getKey());
                    break;
                }
            }
        }
        return roles;
    }

    /** How many distinct roles this preset recognises in {@code header}; the preset with the highest score fits best. */
    public int score(List<String> header) {
        Set<ColumnRole> found = EnumSet.noneOf(ColumnRole.class);
        for (String h : header) {
            ColumnRole role = roleOf(h);
            if (role != null) {
                found.add(role);
            }
        }
        return found.size();
    }

    /**
     * A mapping for {@code header}: each column gets the role its name matches, the first occurrence winning for
     * single-valued roles (later repeats are ignored), every tag column kept. The currency defaults to RUB when the
     * amount header names rubles ("Бюджет ₽", "Бюджет, руб.").
     */
    public Mapping defaultMapping(List<String> header) {
        List<ColumnMapping> columns = new ArrayList<>();
        Set<ColumnRole> used = EnumSet.noneOf(ColumnRole.class);
        String currency = null;
        for (int i = 0; i < header.size(); i++) {
            ColumnRole role = roleOf(header.get(i));
            if (role == null || !role.multiColumn() && used.contains(role)) {
                role = ColumnRole.IGNORE;
            }
            used.add(role);
            if (role == ColumnRole.DEAL_VALUE) {
                currency = currencyInHeader(header.get(i));
            }
            columns.add(new ColumnMapping(i, header.get(i), role));
        }
        return new Mapping(name, sourceSystem, columns, new LinkedHashMap<>(stageValues), statusValues, null, null,
                false, Map.of(), collapseRepeatedIds, currency);
    }

    /** The currency an amount header names ("Бюджет ₽", "Amount (USD)"), or null. */
    public static String currencyInHeader(String header) {
        String key = ValueParsers.normalizeKey(header);
        if (key.contains("₽") || key.contains("руб")) {
            return "RUB";
        }
        if (key.contains("$") || key.contains("usd")) {
            return "USD";
        }
        if (key.contains("€") || key.contains("eur")) {
            return "EUR";
        }
        return null;
    }
}
