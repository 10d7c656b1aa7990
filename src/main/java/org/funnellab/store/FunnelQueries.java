package org.funnellab.store;

import org.funnellab.domain.CostCategory;
import org.funnellab.domain.Filters;
import org.funnellab.domain.FunnelFacts;
import org.funnellab.domain.LeadStatus;
import org.funnellab.domain.Stage;
import org.funnellab.domain.Target;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The read side of the workspace: the counts and sums behind every metric, for any {@link Filters}.
 * Lead counts come from {@code lead_summary}, never from a scan of the lead table; aggregated funnel rows add to
 * the same facts (they have no owner, so an owner filter leaves them out); medians and the cycle histogram read
 * the WON leads through a partial index. Costs are filtered by period, channel and campaign (they have no owner):
 * with a channel filter shared costs (no channel) are left out. These are the raw costs of the rows read; which costs
 * a channel or a selection carries (shared costs by lead share, none under an owner filter) is decided only by the
 * application service's {@code CostAttribution}, which replaces them.
 */
public final class FunnelQueries {
    /** Lower bounds of the sales-cycle histogram buckets, in days. */
    static final int[] CYCLE_BUCKETS = {0, 8, 15, 31, 61, 91, 181};

    private final Connection c;
    private final MedianQueries medians;

    FunnelQueries(Connection c) {
        this.c = c;
        this.medians = new MedianQueries(c);
    }

    /** Facts of the whole selection; win rate counts leads that reached {@code winRateStage}. */
    public FunnelFacts facts(Filters f, Stage winRateStage) {
        return compute(f, winRateStage, false).getOrDefault("", FunnelFacts.empty(months(f)));
    }

    /**
     * Facts per channel (key "" = leads without a channel), each with its own costs only (shared costs are
     * not allocated here), sorted by channel name.
     */
    public Map<String, FunnelFacts> factsByChannel(Filters f, Stage winRateStage) {
        return compute(f, winRateStage, true);
    }

    private Map<String, FunnelFacts> compute(Filters f, Stage winRateStage, boolean byChannel) {
        try {
            Map<String, FactsAccumulator> acc = new TreeMap<>();
            String key = byChannel ? "ifnull(channel, '')" : "''";
            FilterSql s = FilterSql.of(f, "month", "channel", "campaign", "owner", false);
            query("SELECT " + key + ", stage, status, target, sum(leads), sum(value_sum), sum(value_count),"
                    + " sum(cycle_sum), sum(cycle_count) FROM lead_summary WHERE " + s.clause()
                    + " GROUP BY 1, 2, 3, 4", s, rs -> acc.computeIfAbsent(rs.getString(1),
                            k -> new FactsAccumulator(winRateStage)).addLeads(
                            DbValues.known(Stage.class, rs.getString(2)),
                            DbValues.known(LeadStatus.class, rs.getString(3)),
                            DbValues.known(Target.class, rs.getString(4)), rs.getLong(5),
                            rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9)));
            FilterSql a = FilterSql.of(f, "month", "channel", "campaign", null, false);
            query("SELECT " + key + ", leads, mql, sql, opportunities, won, lost, non_target, revenue"
                    + " FROM funnel_aggregate WHERE " + a.clause(), a, rs -> acc.computeIfAbsent(rs.getString(1),
                            k -> new FactsAccumulator(winRateStage)).addAggregate(rs.getLong(2), rs.getLong(3),
                            rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9)));
            FilterSql cs = FilterSql.of(f, "period", "channel", "campaign", null, true);
            if (byChannel) {
                cs = cs.and("channel IS NOT NULL");
            }
            query("SELECT " + key + ", category, sum(amount) FROM cost_entry WHERE " + cs.clause()
                    + " GROUP BY 1, 2", cs, rs -> acc.computeIfAbsent(rs.getString(1),
                            k -> new FactsAccumulator(winRateStage))
                            .addCost(DbValues.known(CostCategory.class, rs.getString(2)), rs.getLong(3)));
            int months = months(f);
            Map<String, FunnelFacts> out = new TreeMap<>();
            for (Map.Entry<String, FactsAccumulator> e : acc.entrySet()) {
                FactsAccumulator x = e.getValue();
                String channel = byChannel ? e.getKey() : null;
                out.put(e.getKey(), x.build(months, medians.dealValue(f, channel, x.leadRowsWithValue),
                        medians.cycleDays(f, channel, x.leadRowsWithCycle)));
            }
            return out;
        } catch (SQLException | ArithmeticException e) {
            throw new WorkspaceException(kind(e), null, "Cannot compute the funnel: " + SqliteErrors.describe(e), e);
        }
    }

    /**
     * Leads per channel ("" = leads without a channel), lead rows and aggregated rows together, under every filter
     * given (pass filters without channels and owners for "all leads in the period").
     */
    public Map<String, Long> leadsByChannel(Filters f) {
        Map<String, Long> out = new TreeMap<>();
        FilterSql s = FilterSql.of(f, "month", "channel", "campaign", "owner", false);
        run("SELECT ifnull(channel, ''), sum(leads) FROM lead_summary WHERE " + s.clause() + " GROUP BY 1", s,
                rs -> out.merge(rs.getString(1), rs.getLong(2), Long::sum));
        FilterSql a = FilterSql.of(f, "month", "channel", "campaign", null, false);
        run("SELECT ifnull(channel, ''), sum(leads) FROM funnel_aggregate WHERE " + a.clause() + " GROUP BY 1", a,
                rs -> out.merge(rs.getString(1), rs.getLong(2), Long::sum));
        return out;
    }

    /**
     * Costs by channel and category under the period, channel and campaign filters (costs have no owner), with the
     * shared costs (no channel) apart. A channel filter leaves shared costs in: attributing them is the caller's
     * decision.
     */
    public ChannelCosts costsByChannel(Filters f) {
        Map<String, Map<CostCategory, BigDecimal>> byChannel = new TreeMap<>();
        Map<CostCategory, BigDecimal> shared = new EnumMap<>(CostCategory.class);
        FilterSql s = FilterSql.of(f.withChannels(Set.of()), "period", "channel", "campaign", null, true);
        String channelTerm = f.channels().isEmpty() ? "1"
                : "(channel IS NULL OR channel IN (" + "?, ".repeat(f.channels().size() - 1) + "?))";
        FilterSql all = s.and(channelTerm, f.channels().stream().sorted().toArray());
        run("SELECT channel, category, sum(amount) FROM cost_entry WHERE " + all.clause() + " GROUP BY 1, 2", all,
                rs -> {
                    String channel = rs.getString(1);
                    Map<CostCategory, BigDecimal> into = channel == null ? shared
                            : byChannel.computeIfAbsent(channel, k -> new EnumMap<>(CostCategory.class));
                    into.merge(DbValues.known(CostCategory.class, rs.getString(2)), DbValues.fromMinor(rs.getLong(3)),
                            BigDecimal::add);
                });
        return new ChannelCosts(byChannel, shared);
    }

    /**
     * Each channel's months: its own costs by category (period, channel and campaign filters; shared costs left out)
     * and its leads and non-target leads (all filters), sorted by channel then month. Channels without a name are
     * left out: a response curve needs spend booked to the channel. Under an owner filter costs are not read (they
     * have no owner).
     */
    public List<ChannelMonth> monthlyByChannel(Filters f) {
        Map<String, Map<String, Object[]>> by = new TreeMap<>();
        FilterSql s = FilterSql.of(f, "month", "channel", "campaign", "owner", false)
                .and("month IS NOT NULL AND channel IS NOT NULL");
        run("SELECT channel, month, sum(leads), sum(CASE WHEN target = 'NON_TARGET' THEN leads ELSE 0 END)"
                + " FROM lead_summary WHERE " + s.clause() + " GROUP BY 1, 2", s,
                rs -> addLeads(by, rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
        FilterSql a = FilterSql.of(f, "month", "channel", "campaign", null, false).and("channel IS NOT NULL");
        if (f.owners().isEmpty()) {
            run("SELECT channel, month, sum(leads), sum(non_target) FROM funnel_aggregate WHERE " + a.clause()
                    + " GROUP BY 1, 2", a,
                    rs -> addLeads(by, rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
            FilterSql c = FilterSql.of(f, "period", "channel", "campaign", null, true).and("channel IS NOT NULL");
            run("SELECT channel, period, category, sum(amount) FROM cost_entry WHERE " + c.clause()
                    + " GROUP BY 1, 2, 3", c, rs -> {
                        Object[] v = slot(by, rs.getString(1), rs.getString(2));
                        @SuppressWarnings("unchecked")
                        Map<CostCategory, BigDecimal> costs = (Map<CostCategory, BigDecimal>) v[2];
                        costs.merge(CostCategory.valueOf(rs.getString(3)), DbValues.fromMinor(rs.getLong(4)),
                                BigDecimal::add);
                    });
        }
        List<ChannelMonth> out = new ArrayList<>();
        by.forEach((channel, months) -> months.forEach((m, v) -> {
            @SuppressWarnings("unchecked")
            Map<CostCategory, BigDecimal> costs = (Map<CostCategory, BigDecimal>) v[2];
            out.add(new ChannelMonth(channel, YearMonth.parse(m), costs, (Long) v[0], (Long) v[1]));
        }));
        return out;
    }

    private static Object[] slot(Map<String, Map<String, Object[]>> by, String channel, String month) {
        return by.computeIfAbsent(channel, k -> new TreeMap<>()).computeIfAbsent(month,
                k -> new Object[] {0L, 0L, new EnumMap<CostCategory, BigDecimal>(CostCategory.class)});
    }

    private static void addLeads(Map<String, Map<String, Object[]>> by, String channel, String month, long leads,
                                 long nonTarget) {
        Object[] v = slot(by, channel, month);
        v[0] = (Long) v[0] + leads;
        v[1] = (Long) v[1] + nonTarget;
    }

    /** Leads, won leads, won revenue and non-target leads per month, for charts; months without data are absent. */
    public List<MonthlyPoint> monthly(Filters f) {
        Map<String, long[]> byMonth = new TreeMap<>();
        FilterSql s = FilterSql.of(f, "month", "channel", "campaign", "owner", false).and("month IS NOT NULL");
        run("SELECT month, sum(leads), sum(CASE WHEN status = 'WON' THEN leads ELSE 0 END),"
                + " sum(CASE WHEN status = 'WON' THEN value_sum ELSE 0 END),"
                + " sum(CASE WHEN target = 'NON_TARGET' THEN leads ELSE 0 END) FROM lead_summary WHERE " + s.clause()
                + " GROUP BY month", s, rs -> add(byMonth, rs));
        FilterSql a = FilterSql.of(f, "month", "channel", "campaign", null, false);
        run("SELECT month, sum(leads), sum(won), sum(revenue), sum(non_target) FROM funnel_aggregate WHERE "
                + a.clause() + " GROUP BY month", a, rs -> add(byMonth, rs));
        List<MonthlyPoint> out = new ArrayList<>();
        byMonth.forEach((m, v) -> out.add(new MonthlyPoint(YearMonth.parse(m), v[0], v[1], DbValues.fromMinor(v[2]),
                v[3])));
        return out;
    }

    private static void add(Map<String, long[]> byMonth, ResultSet rs) throws SQLException {
        long[] v = byMonth.computeIfAbsent(rs.getString(1), k -> new long[4]);
        for (int i = 0; i < 4; i++) {
            v[i] = Math.addExact(v[i], rs.getLong(2 + i));
        }
    }

    /**
     * Target / non-target / unknown leads per channel ("" = no channel), aggregated rows included: a row's leads
     * beyond its non-target count are target.
     */
    public List<TargetSplit> targetByChannel(Filters f) {
        Map<String, long[]> by = new TreeMap<>();
        FilterSql s = FilterSql.of(f, "month", "channel", "campaign", "owner", false);
        run("SELECT ifnull(channel, ''), target, sum(leads) FROM lead_summary WHERE " + s.clause()
                + " GROUP BY 1, 2", s, rs -> by.computeIfAbsent(rs.getString(1), k -> new long[3])
                [DbValues.known(Target.class, rs.getString(2)).ordinal()] += rs.getLong(3));
        FilterSql a = FilterSql.of(f, "month", "channel", "campaign", null, false);
        run("SELECT ifnull(channel, ''), sum(non_target), sum(leads) - sum(non_target) FROM funnel_aggregate WHERE "
                + a.clause() + " GROUP BY 1", a, rs -> {
                    long[] v = by.computeIfAbsent(rs.getString(1), k -> new long[3]);
                    v[Target.NON_TARGET.ordinal()] += rs.getLong(2);
                    v[Target.TARGET.ordinal()] += rs.getLong(3);
                });
        List<TargetSplit> out = new ArrayList<>();
        by.forEach((k, v) -> out.add(new TargetSplit(k, v[0], v[1], v[2])));
        return out;
    }

    /** Lost leads by loss reason and target flag, most frequent first (lead rows only: aggregates have no reasons). */
    public List<LossReasonCount> lossReasons(Filters f) {
        List<LossReasonCount> out = new ArrayList<>();
        FilterSql s = FilterSql.of(f, "month", "channel", "campaign", "owner", false);
        run("SELECT loss_reason, target, sum(leads) FROM lead_loss_summary WHERE " + s.clause()
                + " GROUP BY 1, 2 ORDER BY 3 DESC, 1", s, rs -> out.add(new LossReasonCount(rs.getString(1),
                DbValues.known(Target.class, rs.getString(2)), rs.getLong(3))));
        return out;
    }

    /** WON leads by sales-cycle length: 0–7, 8–14, 15–30, 31–60, 61–90, 91–180, 181+ days (negative cycles left out). */
    public List<HistogramBucket> cycleDaysHistogram(Filters f) {
        long[] counts = new long[CYCLE_BUCKETS.length];
        StringBuilder bucket = new StringBuilder("CASE");
        for (int i = CYCLE_BUCKETS.length - 1; i > 0; i--) {
            bucket.append(" WHEN cycle_days >= ").append(CYCLE_BUCKETS[i]).append(" THEN ").append(i);
        }
        bucket.append(" ELSE 0 END");
        FilterSql s = FilterSql.ofLeads(f)
                .and("status_id = " + Terms.WON + " AND cycle_days IS NOT NULL AND cycle_days >= 0");
        run("SELECT " + bucket + ", count(*) FROM lead_data INDEXED BY lead_won_by_cycle WHERE " + s.clause()
                + " GROUP BY 1", s,
                rs -> counts[rs.getInt(1)] += rs.getLong(2));
        List<HistogramBucket> out = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            Integer to = i + 1 < CYCLE_BUCKETS.length ? CYCLE_BUCKETS[i + 1] - 1 : null;
            out.add(new HistogramBucket(CYCLE_BUCKETS[i], to, counts[i]));
        }
        return out;
    }

    /**
     * WON leads closed before they were created (negative cycle) in the selection: left out of the cycle and velocity
     * figures, and counted so a screen can say so.
     */
    public long negativeCycles(Filters f) {
        long[] n = new long[1];
        FilterSql s = FilterSql.of(f, "month", "channel", "campaign", "owner", false).and("status = 'WON'");
        run("SELECT ifnull(sum(cycle_negative), 0) FROM lead_summary WHERE " + s.clause(), s,
                rs -> n[0] = rs.getLong(1));
        return n[0];
    }

    /** Every channel named by a lead, an aggregated row or a cost, sorted. */
    public List<String> channels() {
        return names("SELECT channel FROM lead_summary WHERE channel IS NOT NULL UNION SELECT channel FROM"
                + " funnel_aggregate WHERE channel IS NOT NULL UNION SELECT channel FROM cost_entry"
                + " WHERE channel IS NOT NULL ORDER BY 1");
    }

    public List<String> campaigns() {
        return names("SELECT campaign FROM lead_summary WHERE campaign IS NOT NULL UNION SELECT campaign FROM"
                + " funnel_aggregate WHERE campaign IS NOT NULL UNION SELECT campaign FROM cost_entry"
                + " WHERE campaign IS NOT NULL ORDER BY 1");
    }

    public List<String> owners() {
        return names("SELECT DISTINCT owner FROM lead_summary WHERE owner IS NOT NULL ORDER BY 1");
    }

    private List<String> names(String sql) {
        List<String> out = new ArrayList<>();
        run(sql, new FilterSql("1", List.of()), rs -> out.add(rs.getString(1)));
        return out;
    }

    /** First and last month holding leads, aggregated rows or costs; empty for an empty workspace. */
    public Optional<MonthRange> dataRange() {
        String[] range = new String[2];
        run("SELECT min(m), max(m) FROM (SELECT min(month) AS m FROM lead_summary UNION ALL"
                + " SELECT max(month) FROM lead_summary UNION ALL SELECT min(month) FROM funnel_aggregate UNION ALL"
                + " SELECT max(month) FROM funnel_aggregate UNION ALL SELECT min(period) FROM cost_entry UNION ALL"
                + " SELECT max(period) FROM cost_entry)", new FilterSql("1", List.of()), rs -> {
                    range[0] = rs.getString(1);
                    range[1] = rs.getString(2);
                });
        return range[0] == null ? Optional.empty()
                : Optional.of(new MonthRange(YearMonth.parse(range[0]), YearMonth.parse(range[1])));
    }

    /** Calendar months the selection spans: its own bounds, an open end taken from the data; at least 1. */
    int months(Filters f) {
        if (f.from() != null && f.to() != null) {
            return (int) ChronoUnit.MONTHS.between(f.from(), f.to()) + 1;
        }
        Optional<MonthRange> data = dataRange();
        if (data.isEmpty()) {
            return 1;
        }
        YearMonth from = f.from() != null ? f.from() : data.get().from();
        YearMonth to = f.to() != null ? f.to() : data.get().to();
        return from.isAfter(to) ? 1 : (int) ChronoUnit.MONTHS.between(from, to) + 1;
    }

    interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    private void query(String sql, FilterSql params, RowHandler handler) throws SQLException {
        Workspace.ensureNoImportRunning(c);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            params.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    handler.row(rs);
                }
            }
        }
    }

    private void run(String sql, FilterSql params, RowHandler handler) {
        try {
            query(sql, params, handler);
        } catch (SQLException | ArithmeticException e) {
            throw new WorkspaceException(kind(e), null, "Cannot read the workspace: " + SqliteErrors.describe(e), e);
        }
    }

    private static WorkspaceException.Kind kind(Exception e) {
        return e instanceof SQLException se ? SqliteErrors.kind(se) : WorkspaceException.Kind.TOO_LARGE;
    }
}
