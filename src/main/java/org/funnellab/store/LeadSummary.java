package org.funnellab.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.Map;

/**
 * Keeps {@code lead_summary} equal to a GROUP BY of the lead table over month × channel × campaign × owner ×
 * stage × status × target × loss reason. Stale months are those the writer touched plus those the lead triggers
 * recorded in {@code lead_summary_dirty}; only their leads are re-aggregated.
 */
final class LeadSummary {
    private static final String AGGREGATE = "INSERT INTO lead_summary (month, channel, campaign, owner, stage, status,"
            + " target, loss_reason, leads, value_sum, value_count, cycle_sum, cycle_count)"
            + " SELECT created_month, channel, campaign, owner, stage, status, target, loss_reason, count(*),"
            + " ifnull(sum(deal_value), 0), count(deal_value), ifnull(sum(cycle_days), 0), count(cycle_days)"
            + " FROM lead";
    private static final String GROUP = " GROUP BY created_month, channel, campaign, owner, stage, status, target,"
            + " loss_reason";

    private LeadSummary() {
    }

    /** Re-aggregates every lead: cheaper than month-by-month when most months changed. */
    static void rebuildAll(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM lead_summary");
            st.executeUpdate(AGGREGATE + GROUP);
            st.executeUpdate("DELETE FROM lead_summary_dirty");
        }
    }

    /** Replaces the whole summary with groups computed while the rows were written. */
    static void replaceAll(Connection c, Map<LeadBatchWriter.SummaryKey, long[]> groups) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM lead_summary");
            st.executeUpdate("DELETE FROM lead_summary_dirty");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO lead_summary (month, channel, campaign, owner,"
                + " stage, status, target, loss_reason, leads, value_sum, value_count, cycle_sum, cycle_count)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<LeadBatchWriter.SummaryKey, long[]> e : groups.entrySet()) {
                LeadBatchWriter.SummaryKey k = e.getKey();
                ps.setString(1, k.month());
                ps.setString(2, k.channel());
                ps.setString(3, k.campaign());
                ps.setString(4, k.owner());
                ps.setString(5, k.stage());
                ps.setString(6, k.status());
                ps.setString(7, k.target());
                ps.setString(8, k.lossReason());
                for (int i = 0; i < 5; i++) {
                    ps.setLong(9 + i, e.getValue()[i]);
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
            st.executeUpdate("DELETE FROM lead_summary WHERE ifnull(month, '') IN (SELECT month FROM lead_summary_dirty)");
            st.executeUpdate(AGGREGATE + " WHERE created_month IN (SELECT month FROM lead_summary_dirty)" + GROUP);
            st.executeUpdate(AGGREGATE + " WHERE created_month IS NULL"
                    + " AND EXISTS (SELECT 1 FROM lead_summary_dirty WHERE month = '')" + GROUP);
            st.executeUpdate("DELETE FROM lead_summary_dirty");
        }
    }
}
