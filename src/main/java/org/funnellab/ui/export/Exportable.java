package org.funnellab.ui.export;

import org.funnellab.export.Drawing;
import org.funnellab.export.ExportPalette;
import org.funnellab.export.TableData;

import java.util.function.Function;

/**
 * Something on screen that can be copied and exported: a chart, a group of cards or a table. {@code pageTitle} is
 * drawn above the body (null for charts, which draw their own title); {@code table} is null for charts.
 */
public record Exportable(Kind kind, String title, String pageTitle, Function<ExportPalette, Drawing> drawing,
                         TableData table) {
    public enum Kind { CHART, CARDS, TABLE }
}
