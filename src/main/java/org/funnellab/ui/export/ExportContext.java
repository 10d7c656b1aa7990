package org.funnellab.ui.export;

import org.funnellab.ui.common.I18n;
import org.funnellab.ui.common.TaskExecutor;

import java.awt.Color;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * What every export needs from the app: the language, a background executor for writing files, the notes that travel
 * with every export (filters, the data's date range), the theme, and how the theme's chart colours map to light ones.
 */
public record ExportContext(I18n i18n, TaskExecutor executor, Supplier<List<String>> notes, boolean darkTheme,
                            UnaryOperator<Color> toLight) {
}
