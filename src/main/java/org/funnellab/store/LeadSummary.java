package org.funnellab.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Keeps the summary tables equal to GROUP BYs of the lead table: {@code lead_summary} over month × channel ×
 * campaign × owner × stage × status × target, {@code lead_loss_summary} over LOST leads by month × channel ×
 * campaign × owner × target × loss reason. Cycle sums and counts hold non-negative cycles only; a lead closed before
 * it was created counts in {@code cycle_negative} instead. Stale months are those the writer touched plus those the lead
 * triggers recorded in {@code lead_summary_dirty}; only their leads are re-aggregated.
 */
final class LeadSummary {
    /** One summary table: its group keys (as lead columns and as its own), aggregates and which leads count. */
    record Spec(String table, String leadKeys, String keys, String aggregates, String totals, String leads) {
        String insertSelect(String extraWhere) {
            return "INSERT INTO " + table + " (" + keys + ", " + totals + ") SELECT " + leadKeys + ", " + aggregates
                    + " FROM lead WHERE " + leads + extraWhere + " GROUP BY " + leadKeys;
        }

        int keyCount() {
            return keys.split(",").length;
        }

        int totalCount() {
            return totals.split(",").length;
        }
    }

    static final Spec MAIN = new Spec("lead_summary",
            "created_month, channel, campaign, owner, stage, status, target",
            "month, channel, campaign, owner, stage, status, target",
            "count(*), ifnull(sum(deal_value), 0), count(deal_value),"
                    + " ifnull(sum(CASE WHEN cycle_days >= 0 THEN cycle_days END), 0),"
                    + " count(CASE WHEN cycle_days >= 0 THEN 1 END), count(CASE WHEN cycle_days < 0 THEN 1 END)",
            "leads, value_sum, value_count, cycle_sum, cycle_count, cycle_negative", "1");
    static final Spec LOSS = new Spec("lead_loss_summary",
            "created_month, channel, campaign, owner, target, loss_reason",
            "month, channel, campaign, owner, target, loss_reason",
            "count(*)", "leads", "status = 'LOST'");
    private static final List<Spec> ALL = List.of(MAIN, LOSS);

    private LeadSummary() {
    }

    /** Re-aggregates every lead: cheaper than month-by-month when most months changed. */
    static void rebuildAll(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (Spec s : ALL) {
                st.executeUpdate("DELETE FROM " + s.table());
                st.executeUpdate(s.insertSelect(""));
            }
            st.executeUpdate("DELETE FROM lead_summary_dirty");
        }
    }

    /** Replaces both summaries with groups computed while the rows were written. */
    static void replaceAll(Connection c, Map<LeadBatchWriter.SummaryKey, long[]> main,
                           Map<LeadBatchWriter.SummaryKey, long[]> loss)
            throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM lead_summary_dirty");
        }
        insert(c, MAIN, main);
        insert(c, LOSS, loss);
    }

    private static void insert(Connection c, Spec s, Map<LeadBatchWriter.SummaryKey, long[]> groups)
            throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM " + s.table());
        }
        int keys = s.keyCount();
        int totals = s.totalCount();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + s.table() + " (" + s.keys() + ", "
                + s.totals() + ") VALUES (" + "?, ".repeat(keys + totals - 1) + "?)")) {
            for (Map.Entry<LeadBatchWriter.SummaryKey, long[]> e : groups.entrySet()) {
                for (int i = 0; i < keys; i++) {
                    ps.setString(1 + i, e.getKey().column(i));
                }
                for (int i = 0; i < totals; i++) {
                    ps.setLong(1 + keys + i, e.getValue()[i]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Re-aggregates the months in {@code touched} ('' = undated leads) and those marked dirty by triggers. */
    static void rebuild(Connection c, Collection<String> touched) throws SQLException {
        try (PreparedStatement mark = c.prepareStatement(
                "INSERT OR IGNORE INTO lead_summary_dirty (month) VALUES (?)")) {
            for (String m : touched) {
                mark.setString(1, m);
                mark.addBatch();
            }
            mark.executeBatch();
        }
        try (Statement st = c.createStatement()) {
            for (Spec s : ALL) {
                st.executeUpdate("DELETE FROM " + s.table()
                        + " WHERE ifnull(month, '') IN (SELECT month FROM lead_summary_dirty)");
                st.executeUpdate(s.insertSelect(" AND created_month IN (SELECT month FROM lead_summary_dirty)"));
                st.executeUpdate(s.insertSelect(" AND created_month IS NULL"
                        + " AND EXISTS (SELECT 1 FROM lead_summary_dirty WHERE month = '')"));
            }
            st.executeUpdate("DELETE FROM lead_summary_dirty");
        }
    }
}
