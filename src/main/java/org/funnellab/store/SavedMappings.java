package org.funnellab.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Named import mappings the user saved ("save it as a named mapping"), stored as JSON per import kind. */
public final class SavedMappings {
    private final Connection connection;

    SavedMappings(Connection connection) {
        this.connection = connection;
    }

    /** Saves {@code json} under {@code name}, replacing a mapping of the same name and kind. */
    public void save(String name, ImportKind kind, String json) {
        update("INSERT INTO saved_mapping (name, kind, json) VALUES (?, ?, ?)"
                + " ON CONFLICT (name, kind) DO UPDATE SET json = excluded.json", name, kind.name(), json);
    }

    public Optional<String> load(String name, ImportKind kind) {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT json FROM saved_mapping WHERE name = ? AND kind = ?")) {
            ps.setString(1, name);
            ps.setString(2, kind.name());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new WorkspaceException(SqliteErrors.kind(e), null,
                    "Cannot read mapping " + name + ": " + SqliteErrors.describe(e), e);
        }
    }

    /** Names of the saved mappings of {@code kind}, sorted. */
    public List<String> names(ImportKind kind) {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT name FROM saved_mapping WHERE kind = ? ORDER BY name")) {
            ps.setString(1, kind.name());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new WorkspaceException(SqliteErrors.kind(e), null,
                    "Cannot list mappings: " + SqliteErrors.describe(e), e);
        }
        return out;
    }

    public void delete(String name, ImportKind kind) {
        update("DELETE FROM saved_mapping WHERE name = ? AND kind = ?", name, kind.name());
    }

    private void update(String sql, String... params) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new WorkspaceException(SqliteErrors.kind(e), null,
                    "Cannot save the mapping: " + SqliteErrors.describe(e), e);
        }
    }
}
