package org.funnellab.importer.cost;

import org.funnellab.importer.RejectedRow;
import org.funnellab.importer.read.JunkLine;
import org.funnellab.importer.read.ReadSettings;

import java.util.List;
import java.util.Map;

/**
 * What a cost or aggregate import did: {@code rowsRead = rowsAccepted + rejectedCount}; {@code entries} counts what was
 * delivered (a cost over a date range becomes one entry per month, counted in {@code splitRows});
 * {@code unknownValues} lists texts booked by a fallback (an unknown cost category booked as OTHER) with row counts.
 */
public record TableImportReport(String file, ReadSettings settings, long headerLine, long rowsRead, long rowsAccepted,
                                long entries, long splitRows, long rejectedCount, List<RejectedRow> rejected,
                                long junkCount, List<JunkLine> junkLines, Map<String, Long> unknownValues,
                                List<String> warnings) {
    public TableImportReport {
        rejected = List.copyOf(rejected);
        junkLines = List.copyOf(junkLines);
        unknownValues = Map.copyOf(unknownValues);
        warnings = List.copyOf(warnings);
    }
}
