package org.funnellab.importer;

import org.funnellab.importer.mapping.Mapping;
import org.funnellab.importer.parse.DateResolution;
import org.funnellab.importer.read.JunkLine;
import org.funnellab.importer.read.ReadSettings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The counters of one running import; becomes an {@link ImportReport} at the end. */
final class ImportTally {
    static final int MAX_DISTINCT_UNMAPPED = 1000;
    static final String OTHER_VALUES = "(other values)";
    long rowsRead;
    long accepted;
    long rejectedCount;
    long collapsedRows;
    long duplicateIds;
    long warningCount;
    long lostAtLostStage;
    long lostNonTarget;
    long wonCountedTarget;
    long undatedKept;
    long currencyConverted;
    private final List<RejectedRow> rejected = new ArrayList<>();
    private final List<Notice> warnings = new ArrayList<>();
    private final Map<String, Map<String, Long>> unmapped = new TreeMap<>();
    private final Map<String, Map<String, Long>> assumed = new TreeMap<>();
    private final int maxRejected;
    private final int maxWarnings;

    ImportTally(int maxRejected, int maxWarnings) {
        this.maxRejected = maxRejected;
        this.maxWarnings = maxWarnings;
    }

    void reject(RejectedRow row, String unmappedColumn, String unmappedValue) {
        rejectedCount++;
        if (rejected.size() < maxRejected) {
            rejected.add(row);
        }
        if (unmappedColumn != null) {
            Map<String, Long> values = unmapped.computeIfAbsent(unmappedColumn, c -> new TreeMap<>());
            // a free-text column mapped as a stage by mistake must not fill the memory: past the cap, values are pooled
            String key = values.size() < MAX_DISTINCT_UNMAPPED || values.containsKey(unmappedValue)
                    ? unmappedValue : OTHER_VALUES;
            values.merge(key, 1L, Long::sum);
        }
    }

    /** A stage value nobody mapped, on a row kept because its flags decided the status. */
    void assumed(String column, String value) {
        Map<String, Long> values = assumed.computeIfAbsent(column, c -> new TreeMap<>());
        String key = values.size() < MAX_DISTINCT_UNMAPPED || values.containsKey(value) ? value : OTHER_VALUES;
        values.merge(key, 1L, Long::sum);
    }

    void warn(Notice warning) {
        warningCount++;
        if (warnings.size() < maxWarnings) {
            warnings.add(warning);
        }
    }

    ImportReport report(String file, Mapping mapping, ReadSettings settings, long headerLine, List<String> header,
                        long junkCount,
                        List<JunkLine> junk, List<DateResolution> resolutions, boolean cancelled, String currency,
                        boolean currencySet) {
        List<Notice> allWarnings = new ArrayList<>();
        for (DateResolution r : resolutions) {
            if (r.values() == 0) {
                continue;
            }
            if (r.pattern() == null) {
                allWarnings.add(Notice.of("warn.dateNoLayout", r.column()));
            } else if (r.ambiguous()) {
                allWarnings.add(Notice.of("warn.dateAmbiguous", r.column(), r.pattern().display(),
                        String.join(", ", r.candidates().subList(1, r.candidates().size()).stream()
                                .map(p -> p.display()).toList()), r.candidates().get(1).display()));
            }
            if (r.pattern() != null && r.unmatched() > 0) {
                allWarnings.add(Notice.of("warn.dateUnmatched", r.column(), r.pattern().display(), r.unmatched()));
            }
        }
        allWarnings.addAll(warnings);
        Map<String, Map<String, Long>> unmappedCopy = new TreeMap<>();
        unmapped.forEach((k, v) -> unmappedCopy.put(k, Collections.unmodifiableMap(new TreeMap<>(v))));
        Map<String, Map<String, Long>> assumedCopy = new TreeMap<>();
        assumed.forEach((k, v) -> assumedCopy.put(k, Collections.unmodifiableMap(new TreeMap<>(v))));
        return new ImportReport(file, mapping.sourceSystem(), mapping.linked(), settings, headerLine, header, rowsRead,
                accepted,
                rejectedCount, rejected, junkCount, junk, collapsedRows, duplicateIds, resolutions,
                Collections.unmodifiableMap(unmappedCopy), warningCount + allWarnings.size() - warnings.size(),
                allWarnings.stream().map(Notice::english).toList(), cancelled, allWarnings,
                Collections.unmodifiableMap(assumedCopy),
                new ImportMeanings(mapping.effectiveLostStage(), mapping.keepUndated(), lostAtLostStage, lostNonTarget,
                        wonCountedTarget, undatedKept, currencyConverted, currency, currencySet));
    }
}
