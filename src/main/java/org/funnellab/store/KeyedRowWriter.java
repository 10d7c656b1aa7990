package org.funnellab.store;

import org.funnellab.domain.CostEntry;
import org.funnellab.domain.FunnelAggregateRow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Cost entries and aggregated funnel rows, keyed by what they describe rather than by the file they came from:
 * a cost by (period, channel, campaign, category), a funnel row by (month, channel, campaign).
 * Rows of one import with the same key are added together; the import then sets each key's stored values,
 * so re-importing the same file changes nothing and an updated file replaces the amounts it states.
 * Keys the file does not mention are left alone.
 */
final class KeyedRowWriter {
    private record CostKey(String period, String channel, String campaign, String category) {
        @Override
        public String toString() {
            return "the costs of " + period + ", channel " + (channel == null ? "(shared)" : channel)
                    + (campaign == null ? "" : ", campaign " + campaign) + ", category " + category;
        }
    }

    private record FunnelKey(String month, String channel, String campaign) {
        @Override
        public String toString() {
            return "the funnel rows of " + month + (channel == null ? "" : ", channel " + channel)
                    + (campaign == null ? "" : ", campaign " + campaign);
        }
    }

    private final Map<CostKey, Object[]> costs = new LinkedHashMap<>();
    private final Map<FunnelKey, long[]> funnel = new LinkedHashMap<>();
    private long rowsAdded;
    private long inserted;
    private long updated;
    private long unchanged;
    private long costsReplaced;
    private long costsReplacedMinor;

    void add(CostEntry e) {
        CostKey key = new CostKey(DbValues.month(e.period()), blankToNull(e.channel()), blankToNull(e.campaign()),
                e.category().name());
        long minor = DbValues.toMinor(e.amount());
        costs.merge(key, new Object[] {minor, e.currency()},
                (old, add) -> new Object[] {add(key.toString(), (Long) old[0], (Long) add[0]),
                        add[1] != null ? add[1] : old[1]});
        rowsAdded++;
    }

    void add(FunnelAggregateRow r) {
        FunnelKey key = new FunnelKey(DbValues.month(r.month()), blankToNull(r.channel()), blankToNull(r.campaign()));
        long revenue = r.revenue() == null ? 0 : DbValues.toMinor(r.revenue());
        long[] v = {r.leads(), r.mql(), r.sql(), r.opportunities(), r.won(), r.lost(), r.nonTarget(), revenue};
        funnel.merge(key, v, (a, b) -> {
            long[] s = new long[a.length];
            for (int i = 0; i < a.length; i++) {
                s[i] = add(key.toString(), a[i], b[i]);
            }
            return s;
        });
        rowsAdded++;
    }

    /** The exact sum of two stored values of one key, or the import fails saying which key overflowed. */
    private static long add(String key, long a, long b) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException e) {
            throw new WorkspaceException(Character.toUpperCase(key.charAt(0)) + key.substring(1)
                    + " add up to more than can be stored; the import was not saved", e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Cost rows that replaced a different amount already stored for the same month, channel, campaign and category. */
    long costsReplaced() {
        return costsReplaced;
    }

    /** The amounts those rows replaced, in minor units. */
    long costsReplacedMinor() {
        return costsReplacedMinor;
    }

    void write(Connection c, long batchId) throws SQLException {
        if (!costs.isEmpty()) {
            writeCosts(c, batchId);
        }
        if (!funnel.isEmpty()) {
            writeFunnel(c, batchId);
        }
    }

    private void writeCosts(Connection c, long batchId) throws SQLException {
        try (PreparedStatement find = c.prepareStatement("SELECT id, amount, currency FROM cost_entry"
                + " WHERE period = ? AND channel IS ? AND campaign IS ? AND category = ?");
             PreparedStatement insert = c.prepareStatement("INSERT INTO cost_entry (period, channel, campaign,"
                     + " category, amount, currency, import_batch_id) VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement update = c.prepareStatement(
                     "UPDATE cost_entry SET amount = ?, currency = ?, import_batch_id = ? WHERE id = ?")) {
            for (Map.Entry<CostKey, Object[]> e : costs.entrySet()) {
                CostKey k = e.getKey();
                long amount = (Long) e.getValue()[0];
                String currency = (String) e.getValue()[1];
                find.setString(1, k.period());
                find.setString(2, k.channel());
                find.setString(3, k.campaign());
                find.setString(4, k.category());
                try (ResultSet rs = find.executeQuery()) {
                    if (!rs.next()) {
                        insert.setString(1, k.period());
                        insert.setString(2, k.channel());
                        insert.setString(3, k.campaign());
                        insert.setString(4, k.category());
                        insert.setLong(5, amount);
                        insert.setString(6, currency);
                        insert.setLong(7, batchId);
                        insert.executeUpdate();
                        inserted++;
                    } else if (rs.getLong(2) == amount && Objects.equals(rs.getString(3), currency)) {
                        unchanged++;
                    } else {
                        long id = rs.getLong(1);
                        costsReplaced++;
                        costsReplacedMinor += rs.getLong(2);
                        update.setLong(1, amount);
                        update.setString(2, currency);
                        update.setLong(3, batchId);
                        update.setLong(4, id);
                        update.executeUpdate();
                        updated++;
                    }
                }
            }
        }
    }

    private void writeFunnel(Connection c, long batchId) throws SQLException {
        String cols = "leads, mql, sql, opportunities, won, lost, non_target, revenue";
        try (PreparedStatement find = c.prepareStatement("SELECT id, " + cols + " FROM funnel_aggregate"
                + " WHERE month = ? AND channel IS ? AND campaign IS ?");
             PreparedStatement insert = c.prepareStatement("INSERT INTO funnel_aggregate (month, channel, campaign, "
                     + cols + ", import_batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement update = c.prepareStatement("UPDATE funnel_aggregate SET leads = ?, mql = ?, sql = ?,"
                     + " opportunities = ?, won = ?, lost = ?, non_target = ?, revenue = ?, import_batch_id = ?"
                     + " WHERE id = ?")) {
            for (Map.Entry<FunnelKey, long[]> e : funnel.entrySet()) {
                FunnelKey k = e.getKey();
                long[] v = e.getValue();
                find.setString(1, k.month());
                find.setString(2, k.channel());
                find.setString(3, k.campaign());
                try (ResultSet rs = find.executeQuery()) {
                    if (!rs.next()) {
                        insert.setString(1, k.month());
                        insert.setString(2, k.channel());
                        insert.setString(3, k.campaign());
                        for (int i = 0; i < v.length; i++) {
                            insert.setLong(4 + i, v[i]);
                        }
                        insert.setLong(12, batchId);
                        insert.executeUpdate();
                        inserted++;
                        continue;
                    }
                    long[] stored = new long[v.length];
                    for (int i = 0; i < v.length; i++) {
                        stored[i] = rs.getLong(2 + i);
                    }
                    if (Arrays.equals(stored, v)) {
                        unchanged++;
                    } else {
                        for (int i = 0; i < v.length; i++) {
                            update.setLong(1 + i, v[i]);
                        }
                        update.setLong(9, batchId);
                        update.setLong(10, rs.getLong(1));
                        update.executeUpdate();
                        updated++;
                    }
                }
            }
        }
    }

    /** Rows handed in, before same-key rows were added together. */
    long rowsAdded() {
        return rowsAdded;
    }

    long inserted() {
        return inserted;
    }

    long updated() {
        return updated;
    }

    long unchanged() {
        return unchanged;
    }
}
