package org.funnellab.importer;

import java.util.List;

/**
 * A source row that was not imported: where it is, why ({@code notice}: a code with parameters, translated by each
 * front end; {@code reason} is its English text), and its cells as read.
 */
public record RejectedRow(long line, String reason, String externalId, List<String> cells, Notice notice) {
    public RejectedRow {
        cells = List.copyOf(cells);
        if (notice == null) {
            notice = Notice.text(reason);
        }
        if (reason == null) {
            reason = notice.english();
        }
    }

    /** A row rejected for a reason that has no code of its own. */
    public RejectedRow(long line, String reason, String externalId, List<String> cells) {
        this(line, reason, externalId, cells, null);
    }

    public static RejectedRow of(long line, Notice notice, String externalId, List<String> cells) {
        return new RejectedRow(line, null, externalId, cells, notice);
    }
}
