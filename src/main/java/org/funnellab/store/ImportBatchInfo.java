package org.funnellab.store;

import java.util.Objects;

/**
 * Where an import comes from, recorded with its counts in the {@code import_batch} table.
 *
 * @param sha256      hex digest of the file's bytes (null when unknown)
 * @param mappingJson the column/value mapping used, as JSON (null when none)
 */
public record ImportBatchInfo(ImportKind kind, String fileName, String sha256, String preset, String mappingJson) {
    public ImportBatchInfo {
        Objects.requireNonNull(kind, "kind");
    }

    public static ImportBatchInfo of(ImportKind kind, String fileName) {
        return new ImportBatchInfo(kind, fileName, null, null, null);
    }
}
