package org.funnellab.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Past imports and the rows each one rejected, for the import report and its CSV export. */
public final class ImportHistory {
    /** One committed import with its counts; {@code finishedAt} is null only for an import still running. */
    public record Batch(long id, ImportKind kind, String fileName, String sha256, String preset, String mappingJson,
                        long read, long imported, long updated, long unchanged, long rejected,
                        Instant startedAt, Instant finishedAt) {
    }

    /** A row that was not imported: its line in the file, why, and the row as read. */
    public record Rejection(long line, String reason, String raw) {
    }

    private final Connection connection;

    ImportHistory(Connection connection) {
        this.connection = connection;
    }

    /** Every import, newest first. */
    public List<Batch> batches() {
        List<Batch> out = new ArrayList<>();
        Workspace.ensureNoImportRunning(connection);
        try (PreparedStatement ps = connection.prepareStatement("SELECT id, kind, file_name, sha256, preset,"
                + " mapping_json, read_count, imported_count, updated_count, unchanged_count, rejected_count,"
                + " started_at, finished_at FROM import_batch ORDER BY id DESC");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String finished = rs.getString(13);
                out.add(new Batch(rs.getLong(1), DbValues.known(ImportKind.class, rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getLong(7), rs.getLong(8),
                        rs.getLong(9), rs.getLong(10), rs.getLong(11), Instant.parse(rs.getString(12)),
                        finished == null ? null : Instant.parse(finished)));
            }
        } catch (SQLException e) {
            throw new WorkspaceException(SqliteErrors.kind(e), null,
                    "Cannot read the import history: " + SqliteErrors.describe(e), e);
        }
        return out;
    }

    /** The rows batch {@code batchId} rejected, in file order. */
    public List<Rejection> rejections(long batchId) {
        List<Rejection> out = new ArrayList<>();
        Workspace.ensureNoImportRunning(connection);
        try (PreparedStatement ps = connection.prepareStatement("SELECT line, reason, raw FROM import_rejection"
                + " WHERE import_batch_id = ? ORDER BY line, id")) {
            ps.setLong(1, batchId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Rejection(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
        } catch (SQLException e) {
            throw new WorkspaceException(SqliteErrors.kind(e), null,
                    "Cannot read the rejected rows: " + SqliteErrors.describe(e), e);
        }
        return out;
    }
}
