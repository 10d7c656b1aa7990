package org.funnellab.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Workspace settings: text key/value pairs in the {@code setting} table with typed accessors. */
public final class Settings {
    public static final String CURRENCY = "workspace.currency";
    /** The workspace's time zone, an IANA id ("Europe/Moscow"); absent = the system's. */
    public static final String TIME_ZONE = "workspace.timeZone";
    public static final String DISPLAY_NAME = "workspace.name";
    public static final String DEMO = "demo";
    /** The slides chosen for the meeting (JSON array of page keys), see the service's SlideChoice. */
    public static final String PRESENT_SLIDES = "present.slides";
    public static final String DEFAULT_CURRENCY = "RUB";

    private final Connection connection;

    Settings(Connection connection) {
        this.connection = connection;
    }

    public Optional<String> get(String key) {
        Workspace.ensureNoImportRunning(connection);
        try (PreparedStatement ps = connection.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new WorkspaceException(SqliteErrors.kind(e), null,
                    "Cannot read setting " + key + ": " + SqliteErrors.describe(e), e);
        }
    }

    public String getString(String key, String fallback) {
        return get(key).orElse(fallback);
    }

    /** The stored integer, or {@code fallback} when absent or not a number. */
    public int getInt(String key, int fallback) {
        return get(key).map(v -> {
            try {
                return Integer.parseInt(v.trim());
            } catch (NumberFormatException e) {
                return fallback;
            }
        }).orElse(fallback);
    }

    /** The stored number, or {@code fallback} when absent or not a number. */
    public double getDouble(String key, double fallback) {
        return get(key).map(v -> {
            try {
                return Double.parseDouble(v.trim());
            } catch (NumberFormatException e) {
                return fallback;
            }
        }).orElse(fallback);
    }

    public boolean getBoolean(String key, boolean fallback) {
        return get(key).map(v -> v.trim().equalsIgnoreCase("true")).orElse(fallback);
    }

    /** Stores {@code value}; null removes the key. */
    public void put(String key, Object value) {
        String sql = value == null ? "DELETE FROM setting WHERE key = ?"
                : "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value";
        Workspace.ensureNoImportRunning(connection);
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, key);
            if (value != null) {
                ps.setString(2, value.toString());
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new WorkspaceException(SqliteErrors.kind(e), null,
                    "Cannot save setting " + key + ": " + SqliteErrors.describe(e), e);
        }
    }

    /** ISO code of the workspace's currency, "RUB" unless set. */
    public String currency() {
        return getString(CURRENCY, DEFAULT_CURRENCY);
    }

    public void setCurrency(String isoCode) {
        put(CURRENCY, isoCode);
    }

    /** The currency chosen for this workspace (on creation or by its first import with amounts), if any. */
    public Optional<String> chosenCurrency() {
        return get(CURRENCY).filter(c -> !c.isBlank());
    }

    /**
     * The zone timestamps with an offset are converted to: the stored IANA id, or the system's zone when none is set
     * or the stored one is not a zone.
     */
    public java.time.ZoneId timeZone() {
        return get(TIME_ZONE).map(id -> {
            try {
                return java.time.ZoneId.of(id.strip());
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }).orElse(java.time.ZoneId.systemDefault());
    }

    public void setTimeZone(java.time.ZoneId zone) {
        put(TIME_ZONE, zone == null ? null : zone.getId());
    }

    /** The name shown in the title bar; empty when never set. */
    public String displayName() {
        return getString(DISPLAY_NAME, "");
    }

    public void setDisplayName(String name) {
        put(DISPLAY_NAME, name);
    }

    /** True for a workspace filled with generated demo data. */
    public boolean isDemo() {
        return getBoolean(DEMO, false);
    }
}
