package org.funnellab.importer;

import java.util.List;

/** A source row that was not imported: where it is, why, and its cells as read. */
public record RejectedRow(long line, String reason, String externalId, List<String> cells) {
    public RejectedRow {
        cells = List.copyOf(cells);
    }
}
