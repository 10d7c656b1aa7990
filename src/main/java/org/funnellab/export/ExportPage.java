package org.funnellab.export;

import java.util.List;

/**
 * One exported page: an optional title drawn above the body (charts draw their own), the body, and the context that
 * must travel with it — the filters and the data's date range — written as notes beneath it.
 */
public record ExportPage(String title, List<String> notes, Drawing body) {
    public ExportPage {
        notes = List.copyOf(notes);
    }
}
