package org.funnellab.store;

import org.funnellab.domain.LeadStatus;
import org.funnellab.domain.Stage;
import org.funnellab.domain.Target;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The workspace's dictionary of repeated lead texts (table {@code term}): a channel, campaign, owner, loss reason,
 * source system or currency is stored once and each lead holds its small integer id — a million leads name a few
 * dozen channels. Stage, status and target names have fixed ids (see {@code V007__compact_leads.sql}), so partial
 * indexes can name them.
 *
 * <p>At most {@value #MAX_TERMS} texts are kept: past that (free text typed into a CRM column) a new text is stored
 * in the lead row itself. Every reader accepts both forms ({@link #decode}); the stored lead view and the summaries
 * always show the text. Not thread-safe: the import's reading thread assigns ids, the writer thread stores the new
 * texts ({@link #takeNew()}) before the rows that use them.
 */
final class Terms {
    /** Texts the dictionary holds at most; an id costs a lookup in memory while importing, ~120 bytes each. */
    static final int MAX_TERMS = 50_000;

    static final int WON = 5;
    static final int LOST = 7;

    private static final Map<String, Integer> FIXED = Map.ofEntries(
            Map.entry(Stage.LEAD.name(), 1), Map.entry(Stage.MQL.name(), 2), Map.entry(Stage.SQL.name(), 3),
            Map.entry(Stage.OPPORTUNITY.name(), 4), Map.entry(Stage.WON.name(), WON),
            Map.entry(LeadStatus.OPEN.name(), 6), Map.entry(LeadStatus.LOST.name(), LOST),
            Map.entry(Target.TARGET.name(), 8), Map.entry(Target.NON_TARGET.name(), 9),
            Map.entry(Target.UNKNOWN.name(), 10));

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<Object[]> added = new ArrayList<>();
    private int next;

    private Terms() {
    }

    /** The dictionary as stored (up to {@value #MAX_TERMS} texts are loaded). */
    static Terms load(Connection c) throws SQLException {
        Terms t = new Terms();
        int max = 0;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, text FROM term ORDER BY id LIMIT " + MAX_TERMS)) {
            while (rs.next()) {
                t.ids.put(rs.getString(2), rs.getInt(1));
                max = Math.max(max, rs.getInt(1));
            }
        }
        t.next = Math.max(max, Workspace.intQuery(c, "SELECT ifnull(max(id), 0) FROM term")) + 1;
        return t;
    }

    /** The fixed id of a stage, status or target name. */
    static int fixed(Enum<?> name) {
        return FIXED.get(name.name());
    }

    /** What to store for {@code text}: its id, a new id, or (dictionary full) the text itself; null stays null. */
    Object ref(String text) {
        if (text == null) {
            return null;
        }
        Integer id = ids.get(text);
        if (id != null) {
            return id;
        }
        if (ids.size() >= MAX_TERMS) {
            return text;
        }
        int fresh = next++;
        ids.put(text, fresh);
        added.add(new Object[] {fresh, text});
        return fresh;
    }

    /** The id of {@code text} if the dictionary has it (for lookups that must not add one), else the text. */
    Object existingRef(String text) {
        if (text == null) {
            return null;
        }
        Integer id = ids.get(text);
        return id != null ? id : text;
    }

    /** Every text held, by id. */
    Map<Integer, String> texts() {
        Map<Integer, String> out = new HashMap<>(ids.size() * 2);
        ids.forEach((text, id) -> out.put(id, text));
        return out;
    }

    boolean hasNew() {
        return !added.isEmpty();
    }

    /** Texts given an id since the last call, as (id, text) rows; they must be stored before rows using them. */
    List<Object[]> takeNew() {
        if (added.isEmpty()) {
            return List.of();
        }
        List<Object[]> out = new ArrayList<>(added);
        added.clear();
        return out;
    }

    /** Stores new texts (on the connection's thread). */
    static void insert(Connection c, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO term (id, text) VALUES (?, ?)")) {
            for (Object[] r : rows) {
                ps.setInt(1, (Integer) r[0]);
                ps.setString(2, (String) r[1]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The SQL expression giving the text of a stored reference column: a term id or the text itself. */
    static String decode(String column) {
        return "CASE typeof(" + column + ") WHEN 'integer' THEN (SELECT text FROM term WHERE id = " + column
                + ") ELSE " + column + " END";
    }

    /**
     * The SQL condition "the reference column names one of {@code n} texts" (both forms), taking the texts twice as
     * parameters: once looked up in the dictionary, once compared inline.
     */
    static String in(String column, int n) {
        String marks = "?, ".repeat(n - 1) + "?";
        return "(" + column + " IN (SELECT id FROM term WHERE text IN (" + marks + ")) OR " + column + " IN (" + marks
                + "))";
    }
}
