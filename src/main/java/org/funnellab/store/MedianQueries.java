package org.funnellab.store;

import org.funnellab.domain.Filters;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Exact medians over WON leads: the middle one or two values of an ORDER BY, read at an OFFSET computed from the
 * count the summary already knows, so only one or two rows cross into Java. The partial indexes of WON leads
 * ordered by value and by cycle make that a walk to the middle of an index: no sort, no lead row read.
 */
final class MedianQueries {
    private final Connection c;

    MedianQueries(Connection c) {
        this.c = c;
    }

    /** Median deal value of WON leads in the selection (of one channel when {@code channel} is not null). */
    BigDecimal dealValue(Filters f, String channel, long n) throws SQLException {
        long[] mid = middle(f, channel, "deal_value", n);
        if (mid == null) {
            return null;
        }
        BigDecimal sum = DbValues.fromMinor(mid[0]).add(DbValues.fromMinor(mid[1]));
        return mid[0] == mid[1] ? DbValues.fromMinor(mid[0]) : sum.divide(BigDecimal.valueOf(2));
    }

    /** Median days created → closed of WON leads in the selection. */
    Double cycleDays(Filters f, String channel, long n) throws SQLException {
        long[] mid = middle(f, channel, "cycle_days", n);
        return mid == null ? null : (mid[0] + mid[1]) / 2.0;
    }

    private long[] middle(Filters f, String channel, String column, long n) throws SQLException {
        if (n <= 0) {
            return null;
        }
        FilterSql s = FilterSql.ofLeads(f).and("status_id = " + Terms.WON + " AND " + column
                + (column.equals("cycle_days") ? " >= 0" : " IS NOT NULL"));
        if (channel != null && channel.isEmpty()) {
            s = s.and("channel_ref IS NULL");
        } else if (channel != null) {
            s = s.and(Terms.in("channel_ref", 1), channel, channel);
        }
        long offset = (n - 1) / 2;
        int limit = n % 2 == 0 ? 2 : 1;
        String index = column.equals("deal_value") ? "lead_won_by_value" : "lead_won_by_cycle";
        try (PreparedStatement ps = c.prepareStatement("SELECT " + column + " FROM lead_data INDEXED BY " + index
                + " WHERE " + s.clause()
                + " ORDER BY " + column + " LIMIT ? OFFSET ?")) {
            int i = s.bind(ps, 1);
            ps.setInt(i++, limit);
            ps.setLong(i, offset);
            try (ResultSet rs = ps.executeQuery()) {
                long[] out = new long[2];
                int k = 0;
                while (rs.next() && k < 2) {
                    out[k++] = rs.getLong(1);
                }
                if (k == 0) {
                    return null;
                }
                if (k == 1) {
                    out[1] = out[0];
                }
                return out;
            }
        }
    }
}
