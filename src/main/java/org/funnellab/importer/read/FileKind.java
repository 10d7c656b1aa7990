package org.funnellab.importer.read;

/** How a source file's bytes are laid out. */
public enum FileKind {
    /** CSV, TSV, semicolon- or pipe-separated text. */
    DELIMITED,
    /** An Office Open XML workbook. */
    XLSX,
    /** An HTML table saved with an Excel extension (Bitrix24's "Excel" export). */
    HTML_TABLE
}
