package org.funnellab.importer.read;

/** A row that is not data (title, empty, total or footer row): skipped, never imported, always reported. */
public record JunkLine(long line, String reason) {
}
