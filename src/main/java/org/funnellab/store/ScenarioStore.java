package org.funnellab.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The workspace's saved what-if scenarios: a name (unique), a note, and the filters and overrides as JSON text the
 * application service writes and reads. Names compare exactly as typed.
 */
public final class ScenarioStore {
    /** One stored scenario, as text. */
    public record Row(String name, String note, String filtersJson, String overridesJson, Instant createdAt,
                      Instant updatedAt) {
    }

    private final Connection connection;

    ScenarioStore(Connection connection) {
        this.connection = connection;
    }

    /** Every scenario, by name. */
    public List<Row> list() {
        Workspace.ensureNoImportRunning(connection);
        List<Row> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT name, note, filters_json, overrides_json, created_at, updated_at FROM scenario"
                        + " ORDER BY name COLLATE NOCASE, name");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(row(rs));
            }
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot read the scenarios: " + e.getMessage(), e);
        }
        return out;
    }

    public Optional<Row> find(String name) {
        Workspace.ensureNoImportRunning(connection);
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT name, note, filters_json, overrides_json, created_at, updated_at FROM scenario WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot read scenario " + name + ": " + e.getMessage(), e);
        }
    }

    /** Saves a scenario under its name, replacing one of the same name (its creation time is kept). */
    public void save(String name, String note, String filtersJson, String overridesJson, Instant now) {
        update("INSERT INTO scenario (name, note, filters_json, overrides_json, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET note = excluded.note,"
                        + " filters_json = excluded.filters_json, overrides_json = excluded.overrides_json,"
                        + " updated_at = excluded.updated_at",
                name, note == null ? "" : note, filtersJson, overridesJson, now.toString(), now.toString());
    }

    /** Renames a scenario; false when there is none of that name. */
    public boolean rename(String from, String to, Instant now) {
        return update("UPDATE scenario SET name = ?, updated_at = ? WHERE name = ?", to, now.toString(), from) > 0;
    }

    /** Deletes a scenario; false when there is none of that name. */
    public boolean delete(String name) {
        return update("DELETE FROM scenario WHERE name = ?", name) > 0;
    }

    private int update(String sql, String... params) {
        Workspace.ensureNoImportRunning(connection);
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot save the scenario: " + e.getMessage(), e);
        }
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                Instant.parse(rs.getString(5)), Instant.parse(rs.getString(6)));
    }
}
