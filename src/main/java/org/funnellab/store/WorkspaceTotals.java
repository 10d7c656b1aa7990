package org.funnellab.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The guarantee behind every total the queries add up: before an import commits, the sums of absolute values of every
 * stored count and amount — what any filter could add together, leads and aggregated funnel rows combined — must fit
 * 64 bits. SQLite's {@code sum()} fails on an integer overflow rather than wrapping, and the combined totals are added
 * with {@link Math#addExact}; either failure refuses the import with a message, so a total is right or absent, never
 * negative garbage.
 */
final class WorkspaceTotals {
    private WorkspaceTotals() {
    }

    static void check(Connection c) throws SQLException {
        long[] lead = sums(c, "SELECT ifnull(sum(leads), 0), ifnull(sum(abs(value_sum)), 0), ifnull(sum(value_count), 0),"
                + " ifnull(sum(abs(cycle_sum)), 0) FROM lead_summary", 4);
        long[] funnel = sums(c, "SELECT ifnull(sum(leads), 0), ifnull(sum(abs(revenue)), 0), ifnull(sum(won), 0),"
                + " ifnull(sum(mql), 0), ifnull(sum(sql), 0), ifnull(sum(opportunities), 0), ifnull(sum(lost), 0),"
                + " ifnull(sum(non_target), 0) FROM funnel_aggregate", 8);
        sums(c, "SELECT ifnull(sum(abs(amount)), 0) FROM cost_entry", 1);
        try {
            Math.addExact(lead[0], funnel[0]);
            Math.addExact(lead[1], funnel[1]);
            Math.addExact(lead[2], funnel[2]);
            long stages = funnel[0];
            for (int i = 2; i < funnel.length; i++) {
                stages = Math.addExact(stages, funnel[i]);
            }
            Math.addExact(lead[0], stages);
        } catch (ArithmeticException e) {
            throw new WorkspaceException("The workspace's totals would be larger than can be stored;"
                    + " the import was not saved", e);
        }
    }

    private static long[] sums(Connection c, String sql, int n) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            long[] out = new long[n];
            if (rs.next()) {
                for (int i = 0; i < n; i++) {
                    out[i] = rs.getLong(1 + i);
                }
            }
            return out;
        } catch (SQLException e) {
            if (e.getMessage() != null && e.getMessage().contains("integer overflow")) {
                throw new WorkspaceException("The workspace's totals would be larger than can be stored;"
                        + " the import was not saved", e);
            }
            throw e;
        }
    }
}
