package org.funnellab.importer.detect;

import org.funnellab.domain.LeadField;
import org.funnellab.domain.SourceSystem;
import org.funnellab.importer.mapping.ColumnMapping;
import org.funnellab.importer.mapping.ColumnRole;
import org.funnellab.importer.mapping.Mapping;
import org.funnellab.importer.parse.DatePattern;
import org.funnellab.importer.parse.ValueParsers;
import org.funnellab.importer.preset.Preset;
import org.funnellab.importer.preset.Presets;
import org.funnellab.importer.read.SourceRow;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides which column plays which role, from header names and sample values. Every preset is tried: its own header
 * names first, then the header dictionary (the generic preset's aliases: plain labels and every CRM's names), and a
 * name only binds a column whose sample values fit the role — a yes/no column is never a date, a column of ids
 * (header "…Id", "…_ID") never money, a flag column holds only yes/no values. The preset binding the most required
 * roles, then the most roles, then the most roles through names only its CRM writes wins; a CRM preset that
 * recognises no name of its own never wins over the generic one.
 */
public final class ColumnDetector {
    /** Data rows whose values are checked against each role. */
    public static final int SAMPLE_ROWS = 500;
    private static final Pattern ID_HEADER = Pattern.compile("(?i).*(?:^|[\\s_.\\-])id|.*[a-z]Id|.*\\bID");

    /**
     * A preset applied to a file.
     *
     * @param mapping     the mapping it gives (stage and status meanings of the preset)
     * @param bound       the roles bound to a column
     * @param missing     required roles left unbound (id, created date, stage): the import cannot run without them
     * @param distinctive roles bound through names only this CRM writes
     */
    public record Detection(Preset preset, Mapping mapping, Set<ColumnRole> bound, List<ColumnRole> missing,
                            int distinctive) {
        public boolean complete() {
            return missing.isEmpty();
        }

        int required() {
            return REQUIRED.size() - missing.size();
        }
    }

    private static final List<ColumnRole> REQUIRED = List.of(ColumnRole.EXTERNAL_ID, ColumnRole.CREATED_AT, ColumnRole.STAGE);

    private ColumnDetector() {
    }

    /** The best preset for {@code header}, its values checked on {@code sample} (may be empty: names only). */
    public static Detection detect(List<String> header, List<SourceRow> sample) {
        List<List<String>> values = values(header.size(), sample);
        Map<Integer, Boolean> fits = new java.util.HashMap<>();
        Detection best = withPreset(Presets.generic(), header, values, fits);
        for (Preset p : Presets.builtIn()) {
            if (p.sourceSystem() == SourceSystem.GENERIC) {
                continue;
            }
            Detection d = withPreset(p, header, values, fits);
            if (d.distinctive() > 0 && better(d, best)) {
                best = d;
            }
        }
        return best;
    }

    private static boolean better(Detection a, Detection b) {
        if (a.required() != b.required()) {
            return a.required() > b.required();
        }
        if (a.bound().size() != b.bound().size()) {
            return a.bound().size() > b.bound().size();
        }
        return a.distinctive() > b.distinctive();
    }

    /** {@code preset} applied to {@code header}: its names first, then the dictionary's, each checked on the values. */
    public static Detection withPreset(Preset preset, List<String> header, List<SourceRow> sample) {
        return withPreset(preset, header, values(header.size(), sample), new java.util.HashMap<>());
    }

    /** {@code fitCache}: whether a column fits a role, shared by the presets tried on one file (the values are the same). */
    private static Detection withPreset(Preset preset, List<String> header, List<List<String>> values,
                                        Map<Integer, Boolean> fitCache) {
        int n = header.size();
        ColumnRole[] roles = new ColumnRole[n];
        Set<ColumnRole> used = EnumSet.noneOf(ColumnRole.class);
        Set<ColumnRole> distinctive = EnumSet.noneOf(ColumnRole.class);
        for (int pass = 0; pass < 2; pass++) {
            Preset names = pass == 0 ? preset : Presets.generic();
            for (int i = 0; i < n; i++) {
                if (roles[i] != null) {
                    continue;
                }
                for (ColumnRole r : names.rolesOf(header.get(i))) {
                    int column = i;
                    if (r == ColumnRole.IGNORE || !r.multiColumn() && used.contains(r)
                            || !fitCache.computeIfAbsent(r.ordinal() * 100_000 + i,
                            k -> fits(r, header.get(column), values.get(column)))) {
                        continue;
                    }
                    roles[i] = r;
                    used.add(r);
                    if (pass == 0 && preset.sourceSystem() != SourceSystem.GENERIC && !Presets.isPlainLabel(header.get(i))) {
                        distinctive.add(r);
                    }
                    break;
                }
            }
        }
        // a required role whose named column holds values no layout reads (dates with typos) is still that column:
        // its rows are then rejected with the reason, rather than the whole file refused for a column it has
        for (ColumnRole required : REQUIRED) {
            for (int i = 0; i < n && !used.contains(required); i++) {
                if (roles[i] == null && (preset.rolesOf(header.get(i)).contains(required)
                        || Presets.generic().rolesOf(header.get(i)).contains(required)) && !allFlags(values.get(i))) {
                    roles[i] = required;
                    used.add(required);
                }
            }
        }
        List<ColumnMapping> columns = new ArrayList<>();
        String currency = null;
        for (int i = 0; i < n; i++) {
            ColumnRole r = roles[i] == null ? ColumnRole.IGNORE : roles[i];
            columns.add(new ColumnMapping(i, header.get(i), r));
            if (r == ColumnRole.DEAL_VALUE) {
                currency = Preset.currencyInHeader(header.get(i));
            }
        }
        Mapping mapping = new Mapping(preset.name(), preset.sourceSystem(), columns, new LinkedHashMap<>(preset.stageValues()),
                preset.statusValues(), null, null, false, Map.of(), preset.collapseRepeatedIds(), currency);
        used.remove(ColumnRole.IGNORE);
        return new Detection(preset, mapping, Set.copyOf(used), missing(mapping), distinctive.size());
    }

    /**
     * The required roles {@code mapping} leaves unbound: the id; the created date (not for a linked file, which only
     * updates leads); a stage (a stage or status column, a won flag, or a constant stage).
     */
    public static List<ColumnRole> missing(Mapping mapping) {
        Set<ColumnRole> has = EnumSet.noneOf(ColumnRole.class);
        mapping.columns().forEach(c -> has.add(c.role()));
        List<ColumnRole> missing = new ArrayList<>();
        if (!has.contains(ColumnRole.EXTERNAL_ID)) {
            missing.add(ColumnRole.EXTERNAL_ID);
        }
        if (!mapping.linked() && !has.contains(ColumnRole.CREATED_AT) && !mapping.keepUndated()) {
            missing.add(ColumnRole.CREATED_AT);
        }
        boolean stage = has.contains(ColumnRole.STAGE) || has.contains(ColumnRole.STATUS) || has.contains(ColumnRole.WON_FLAG)
                || mapping.constants().containsKey(LeadField.STAGE) || mapping.constants().containsKey(LeadField.STATUS);
        if (!stage && !mapping.linked()) {
            missing.add(ColumnRole.STAGE);
        }
        return missing;
    }

    /**
     * A column of {@code header} whose sample values fit {@code role} and that no role was given, to suggest in a
     * {@code --column} hint; null when none does.
     */
    public static String suggest(ColumnRole role, Mapping mapping, List<SourceRow> sample) {
        List<String> header = mapping.columns().stream().map(ColumnMapping::header).toList();
        List<List<String>> values = values(header.size(), sample);
        for (ColumnMapping c : mapping.columns()) {
            if (c.role() != ColumnRole.IGNORE || values.get(c.index()).isEmpty()) {
                continue;
            }
            List<String> v = values.get(c.index());
            boolean plausible = switch (role) {
                case CREATED_AT -> fits(ColumnRole.CREATED_AT, c.header(), v) && v.stream().anyMatch(x -> !ValueParsers.isPlaceholder(x));
                case EXTERNAL_ID -> new HashSet<>(v).size() == v.size() && share(v, ColumnDetector::isWrittenDate) < 0.8;
                case STAGE -> new HashSet<>(v).size() <= Math.max(3, v.size() / 3) && share(v, ColumnDetector::isWrittenDate) < 0.8
                        && !v.stream().allMatch(ValueParsers::looksNumeric);
                default -> fits(role, c.header(), v);
            };
            if (plausible) {
                return c.header();
            }
        }
        return null;
    }

    /** The non-blank cells of each column in the sample. */
    private static List<List<String>> values(int columns, List<SourceRow> sample) {
        List<List<String>> values = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            values.add(new ArrayList<>());
        }
        int rows = 0;
        for (SourceRow row : sample) {
            if (rows++ >= SAMPLE_ROWS) {
                break;
            }
            for (int i = 0; i < columns; i++) {
                String v = row.cell(i).strip();
                if (!v.isEmpty()) {
                    values.get(i).add(v);
                }
            }
        }
        return values;
    }

    /** True when {@code values} (non-blank sample cells of column {@code header}) can play {@code role}. */
    public static boolean fits(ColumnRole role, String header, List<String> values) {
        List<String> real = values.stream().filter(v -> !ValueParsers.isPlaceholder(v)).toList();
        return switch (role) {
            case CREATED_AT, CLOSED_AT -> real.isEmpty() || !allFlags(real) && share(real, ColumnDetector::isDate) >= 0.5;
            case DEAL_VALUE -> !ID_HEADER.matcher(header.strip()).matches()
                    && (real.isEmpty() || !allFlags(real) && share(real, ColumnDetector::isMoney) >= 0.8);
            case TARGET_FLAG, WON_FLAG, CLOSED_FLAG -> values.stream()
                    .allMatch(v -> ValueParsers.flag(v) != null || ValueParsers.unknownFlag(v));
            case STAGE, STATUS, CHANNEL, CAMPAIGN, OWNER, COMPANY, LOSS_REASON -> values.isEmpty()
                    || share(values, ColumnDetector::isWrittenDate) < 0.8;
            case CURRENCY -> values.stream().allMatch(v -> v.length() <= 4);
            default -> true;
        };
    }

    private static boolean allFlags(List<String> values) {
        return !values.isEmpty() && values.stream().allMatch(v -> ValueParsers.flag(v) != null);
    }

    private static double share(List<String> values, java.util.function.Predicate<String> test) {
        if (values.isEmpty()) {
            return 0;
        }
        return values.stream().filter(test).count() / (double) values.size();
    }

    private static boolean isDate(String v) {
        for (DatePattern p : DatePattern.values()) {
            if (p.matches(v)) {
                return true;
            }
        }
        return false;
    }

    /** A date written with separators (not a bare number, which may as well be an id or a status code). */
    private static boolean isWrittenDate(String v) {
        for (DatePattern p : DatePattern.values()) {
            if (p != DatePattern.EXCEL_SERIAL && p != DatePattern.EPOCH_SECONDS && p.matches(v)) {
                return true;
            }
        }
        return false;
    }

    /** Written like an amount; whether it is small enough to store is decided row by row, as a rejection. */
    private static boolean isMoney(String v) {
        if (v.length() > 64) {
            return false;
        }
        try {
            org.funnellab.importer.parse.MoneyParser.parse(v);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
