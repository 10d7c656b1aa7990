package org.funnellab.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The numbered schema scripts, applied in order; the file's {@code PRAGMA user_version} is the number of the last one
 * applied. A script's number is the one in its name ({@code V006__...} is version 6); numbers may leave gaps, and a
 * file at version v gets every listed script numbered above v. Listed here explicitly because a classpath directory
 * cannot be listed from inside a jar.
 */
final class Migrations {
    static final List<String> SCRIPTS = List.of(
            "V001__initial.sql",
            "V002__lead_summary.sql",
            "V003__negative_cycles.sql",
            "V006__scenario_note.sql",
            "V007__compact_leads.sql");

    /** The version whose script moves leads to the compact table (its source rows are then packed in Java). */
    static final int COMPACT_LEADS = 7;

    static final int LATEST = version(SCRIPTS.get(SCRIPTS.size() - 1));

    private static final String LOCATION = "/org/funnellab/db/migration/";

    private Migrations() {
    }

    /** Applies scripts {@code from + 1 .. to} on the caller's transaction and sets user_version to {@code to}. */
    static void apply(Connection connection, int from, int to) throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (String script : SCRIPTS) {
                int v = version(script);
                if (v <= from || v > to) {
                    continue;
                }
                for (String sql : statements(read(script))) {
                    st.executeUpdate(sql);
                }
                if (v == COMPACT_LEADS) {
                    SourceRowsMigration.run(connection);
                }
            }
            st.executeUpdate("PRAGMA user_version = " + to);
        }
    }

    /** The version a script brings a file to: the number after its leading 'V'. */
    static int version(String script) {
        return Integer.parseInt(script.substring(1, script.indexOf("__")));
    }

    private static String read(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream(LOCATION + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing schema script " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read schema script " + name, e);
        }
    }

    /**
     * Splits a script into statements at a ';' ending a line; a CREATE TRIGGER body runs to its closing "END;".
     * Comment lines are dropped.
     */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inTrigger = false;
        for (String line : script.split("\n")) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("--")) {
                continue;
            }
            if (current.length() == 0 && t.toUpperCase(Locale.ROOT).startsWith("CREATE TRIGGER")) {
                inTrigger = true;
            }
            current.append(line).append('\n');
            boolean ends = inTrigger ? t.equalsIgnoreCase("END;") : t.endsWith(";");
            if (ends) {
                out.add(current.toString().strip());
                current.setLength(0);
                inTrigger = false;
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
