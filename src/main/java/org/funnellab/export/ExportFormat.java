package org.funnellab.export;

import java.nio.file.Path;
import java.util.Locale;

/** The files FunnelLab writes for a chart, a card group or a table. */
public enum ExportFormat {
    PNG("png"), SVG("svg"), PDF("pdf"), CSV("csv"), XLSX("xlsx");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** True for the formats that hold a picture (a chart, cards, a drawn table); false for data (CSV, XLSX). */
    public boolean picture() {
        return this == PNG || this == SVG || this == PDF;
    }

    /** {@code file} with this format's extension added when the name does not already end with it. */
    public Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith("." + extension) ? file
                : file.resolveSibling(name + "." + extension);
    }

    /** The format a file name ends with, or null. */
    public static ExportFormat ofFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (name.endsWith("." + f.extension)) {
                return f;
            }
        }
        return null;
    }
}
