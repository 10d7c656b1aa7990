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
    /**
     * One summary table: its group keys (as lead_data columns, as the texts they stand for, and as its own columns),
     * aggregates and which leads count. The leads are grouped by their stored references first and the few groups then
     * named, so a million rows are never decoded one by one; the outer GROUP BY merges a text stored both as a term
     * and inline.
     */
    record Spec(String table, List<String> leadKeys, List<String> decoded, String keys, List<String> aggregates,
                String totals, String leads) {
        String insertSelect(String extraWhere) {
            StringBuilder inner = new StringBuilder("SELECT ");
            StringBuilder outer = new StringBuilder("SELECT ");
            StringBuilder groups = new StringBuilder();
            for (int i = 0; i < leadKeys.size(); i++) {
                inner.append(leadKeys.get(i)).append(" AS k").append(i).append(", ");
                outer.append(decoded.get(i).replace("$", "k" + i)).append(", ");
                groups.append(i == 0 ? "" : ", ").append(i + 1);
            }
            for (int i = 0; i < aggregates.size(); i++) {
                inner.append(i == 0 ? "" : ", ").append(aggregates.get(i)).append(" AS a").append(i);
                outer.append(i == 0 ? "" : ", ").append("sum(a").append(i).append(")");
            }
            inner.append(" FROM lead_data WHERE ").append(leads).append(extraWhere).append(" GROUP BY ")
                    .append(String.join(", ", leadKeys));
            return "INSERT INTO " + table + " (" + keys + ", " + totals + ") " + outer + " FROM (" + inner
                    + ") GROUP BY " + groups;
        }

        int keyCount() {
            return leadKeys.size();
        }

        int totalCount() {
            return aggregates.size();
        }
    }

    private static final String STAGE = "(SELECT text FROM term WHERE id = $)";

    static final Spec MAIN = new Spec("lead_summary",
            List.of("created_month", "channel_ref", "campaign_ref", "owner_ref", "stage_id", "status_id", "target_id"),
            List.of("$", Terms.decode("$"), Terms.decode("$"), Terms.decode("$"), STAGE, STAGE, STAGE),
            "month, channel, campaign, owner, stage, status, target",
            List.of("count(*)", "ifnull(sum(deal_value), 0)", "count(deal_value)",
                    "ifnull(sum(CASE WHEN cycle_days >= 0 THEN cycle_days END), 0)",
                    "count(CASE WHEN cycle_days >= 0 THEN 1 END)", "count(CASE WHEN cycle_days < 0 THEN 1 END)"),
            "leads, value_sum, value_count, cycle_sum, cycle_count, cycle_negative", "1");
    static final Spec LOSS = new Spec("lead_loss_summary",
            List.of("created_month", "channel_ref", "campaign_ref", "owner_ref", "target_id", "loss_reason_ref"),
            List.of("$", Terms.decode("$"), Terms.decode("$"), Terms.decode("$"), STAGE, Terms.decode("$")),
            "month, channel, campaign, owner, target, loss_reason",
            List.of("count(*)"), "leads", "status_id = " + Terms.LOST);
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
