package org.funnellab.importer;

import org.funnellab.domain.SourceSystem;
import org.funnellab.importer.parse.DateResolution;
import org.funnellab.importer.read.JunkLine;
import org.funnellab.importer.read.ReadSettings;

import java.util.List;
import java.util.Map;

/**
 * What an import did, row by row accounted for: {@code rowsRead = accepted + rejectedCount + collapsedRows}
 * (junk rows are counted apart, in {@code junkCount}). Lists keep the first entries (rejected rows: 10,000;
 * warnings: 200); counts are always complete. {@code header} is the file's header row, for exporting rejected rows
 * ({@link RejectedRowsCsv#write(java.nio.file.Path, ImportReport)}).
 *
 * @param duplicateIds    ids seen again on a later, non-adjacent row (delivered again: last wins)
 * @param collapsedRows   adjacent repeats of one id folded into one deal (Bitrix24 product rows)
 * @param unmappedValues  per column header, each value with no meaning in the mapping and how many rows had it
 * @param warningNotices  the warnings as codes with parameters (same order as {@code warnings}, the English texts)
 * @param stagesAssumed   per stage column, values nobody mapped on rows kept because yes/no flags (won, closed)
 *                        decided their status: open ones were counted at the lost stage, closed ones as won or lost
 * @param meanings        the rules applied and how many rows each touched
 */
public record ImportReport(String file, SourceSystem sourceSystem, boolean linked, ReadSettings settings,
                           long headerLine, List<String> header, long rowsRead, long accepted, long rejectedCount, List<RejectedRow> rejected,
                           long junkCount, List<JunkLine> junkLines, long collapsedRows, long duplicateIds,
                           List<DateResolution> dateResolutions, Map<String, Map<String, Long>> unmappedValues,
                           long warningCount, List<String> warnings, boolean cancelled,
                           List<Notice> warningNotices, Map<String, Map<String, Long>> stagesAssumed,
                           ImportMeanings meanings) {
    public ImportReport {
        warningNotices = List.copyOf(warningNotices);
        header = List.copyOf(header);
        rejected = List.copyOf(rejected);
        junkLines = List.copyOf(junkLines);
        dateResolutions = List.copyOf(dateResolutions);
        warnings = List.copyOf(warnings);
    }

    /** True when rows were read and every one was rejected: nothing of the file is usable. */
    public boolean everyRowRejected() {
        return rowsRead > 0 && accepted == 0 && collapsedRows == 0;
    }
}
