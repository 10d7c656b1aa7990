package org.funnellab.importer.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the import wizard shows before anything is imported: the detected format (every part overridable through
 * {@link ReadSettings}), why it was detected so, the header and its line, junk lines met, and the first data rows.
 */
public record FilePreview(ReadSettings settings, List<String> reasons, List<String> header, long headerLine,
                          List<JunkLine> junkLines, List<SourceRow> rows) {

    /** Detects the format of {@code file} and previews its first {@code maxRows} data rows. */
    public static FilePreview of(Path file, Set<String> knownHeaders, int maxRows) throws IOException {
        FormatDetector.Detection d = FormatDetector.detect(file);
        return of(file, d.settings(), d.reasons(), knownHeaders, maxRows);
    }

    /** Previews {@code file} read with {@code settings} (the user's overrides of a detection). */
    public static FilePreview of(Path file, ReadSettings settings, List<String> reasons, Set<String> knownHeaders,
                                 int maxRows) throws IOException {
        try (TableReader table = new TableReader(file, settings, knownHeaders)) {
            List<SourceRow> rows = new ArrayList<>();
            while (rows.size() < maxRows && table.hasNext()) {
                rows.add(table.next());
            }
            return new FilePreview(settings, List.copyOf(reasons), table.header(), table.headerLine(), table.junk(),
                    List.copyOf(rows));
        }
    }
}
