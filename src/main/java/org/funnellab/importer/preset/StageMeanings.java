package org.funnellab.importer.preset;

import org.funnellab.domain.LeadStatus;
import org.funnellab.importer.mapping.Mapping;
import org.funnellab.importer.mapping.StageMapping;
import org.funnellab.importer.parse.ValueParsers;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a stage or status value of a file means under a mapping, decided the same way on every run. Values are compared
 * by one canonical key ({@link ValueParsers#normalizeKey}: case, ё/е and spacing ignored). Sources, strongest first:
 * <ol>
 *   <li>the mapping's own values — an explicit choice wins over every default; when the mapping holds one value in
 *       two spellings with different meanings, the one that differs from the preset's default is the user's choice
 *       and wins (otherwise the later entry);</li>
 *   <li>the defaults of the mapping's CRM preset;</li>
 *   <li>the header dictionary's defaults (every CRM's stock stages, open/won/lost).</li>
 * </ol>
 * A value not found as written is looked up again without a pipeline prefix ({@code C2:WON} → {@code WON}, Bitrix24's
 * pipelines). A status value not found among statuses may be a stage value ("Closed Won"), whose status it takes.
 */
public final class StageMeanings {
    private static final Pattern PIPELINE_PREFIX = Pattern.compile("^[a-zа-я]{0,3}\\d+\\s*:\\s*");
    /** Statuses that mean the record is gone from the CRM (Pipedrive's "deleted"): such rows are rejected. */
    private static final java.util.Set<String> DELETED = java.util.Set.of("deleted", "удалена", "удалено", "удалён");

    private final Map<String, StageMapping> stages = new HashMap<>();
    private final Map<String, LeadStatus> statuses = new HashMap<>();

    private StageMeanings(Mapping mapping) {
        Preset generic = Presets.generic();
        Preset preset = Presets.of(mapping.sourceSystem());
        generic.stageValues().forEach((k, v) -> stages.putIfAbsent(ValueParsers.normalizeKey(k), v));
        preset.stageValues().forEach((k, v) -> stages.put(ValueParsers.normalizeKey(k), v));
        Map<String, StageMapping> explicit = new LinkedHashMap<>();
        mapping.stageValues().forEach((k, v) -> {
            String key = ValueParsers.normalizeKey(k);
            StageMapping earlier = explicit.get(key);
            StageMapping presetDefault = preset.stageValues().entrySet().stream()
                    .filter(e -> ValueParsers.normalizeKey(e.getKey()).equals(key)).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
            if (earlier == null || !(v.equals(presetDefault) && !earlier.equals(presetDefault))) {
                explicit.put(key, v);
            }
        });
        stages.putAll(explicit);
        generic.statusValues().forEach((k, v) -> statuses.putIfAbsent(ValueParsers.normalizeKey(k), v));
        preset.statusValues().forEach((k, v) -> statuses.put(ValueParsers.normalizeKey(k), v));
        mapping.statusValues().forEach((k, v) -> statuses.put(ValueParsers.normalizeKey(k), v));
    }

    public static StageMeanings of(Mapping mapping) {
        return new StageMeanings(mapping);
    }

    /** The meaning of a stage value, or null when nobody gave it one. */
    public StageMapping stage(String raw) {
        String key = ValueParsers.normalizeKey(raw);
        StageMapping m = stages.get(key);
        if (m == null) {
            String bare = PIPELINE_PREFIX.matcher(key).replaceFirst("");
            if (!bare.equals(key)) {
                m = stages.get(bare);
            }
        }
        return m;
    }

    /** The status a status-column value means, or null when unknown. */
    public LeadStatus status(String raw) {
        String key = ValueParsers.normalizeKey(raw);
        LeadStatus s = statuses.get(key);
        if (s == null) {
            StageMapping m = stage(raw);
            s = m == null ? null : m.status();
        }
        return s;
    }

    /** True for a status saying the record was deleted in the CRM. */
    public static boolean isDeleted(String raw) {
        return DELETED.contains(ValueParsers.normalizeKey(raw));
    }
}
