package org.funnellab.ui.export;

import org.funnellab.export.ImageSize;

/** The choices of one export: the picture size (PNG) and whether to keep the dark background. */
public record ExportOptions(ImageSize size, boolean darkBackground) {
    public static final ExportOptions DEFAULT = new ExportOptions(ImageSize.SLIDE, false);
}
