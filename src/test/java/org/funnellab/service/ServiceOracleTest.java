package org.funnellab.service;

import org.funnellab.domain.CostCategory;
import org.funnellab.domain.CostEntry;
import org.funnellab.domain.Filters;
import org.funnellab.domain.FunnelAggregateRow;
import org.funnellab.domain.Lead;
import org.funnellab.domain.LeadStatus;
import org.funnellab.domain.MetricValue;
import org.funnellab.domain.SourceSystem;
import org.funnellab.domain.Stage;
import org.funnellab.domain.Target;
import org.funnellab.domain.UndefinedReason;
import org.funnellab.store.BruteForceFacts;
import org.funnellab.store.ImportBatchInfo;
import org.funnellab.store.ImportKind;
import org.funnellab.store.ImportTransaction;
import org.funnellab.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application service against an oracle that counts lead by lead, aggregated row by row and cost by cost
 * ({@link BruteForceFacts}): CAC, cost per lead, cost per target lead and the non-target share of the selection and of
 * each channel, under seeded random workspaces (lead rows, aggregated rows, channel and shared costs), random filters
 * (periods, channels, campaigns, owners) and random settings (cost categories, shared-cost rule).
 */
class ServiceOracleTest {
    private static final int WORKSPACES = 8;
    private static final int FILTERS_PER_WORKSPACE = 10;
    private static final String[] CHANNELS = {"A", "B", "Ц", null};
    private static final String[] CAMPAIGNS = {"x", "y", null};
    private static final String[] OWNERS = {"o1", "o2", null};
    private static final YearMonth FIRST = YearMonth.of(2024, 1);
    private static final int MONTHS = 12;

    @TempDir
    Path dir;

    @Test
    void everyCostFigureEqualsTheLeadByLeadAndCostByCostOracle() {
        int checked = 0;
        long negativeSeen = 0;
        for (int w = 0; w < WORKSPACES; w++) {
            Random rnd = new Random(31_000 + w);
            List<Lead> leads = new ArrayList<>();
            List<FunnelAggregateRow> aggregates = new ArrayList<>();
            List<CostEntry> costs = new ArrayList<>();
            try (Workspace ws = Workspace.open(dir.resolve("w" + w + ".sqlite"))) {
                fill(ws, rnd, leads, aggregates, costs);
                MetricsService service = new MetricsService(ws);
                for (int k = 0; k < FILTERS_PER_WORKSPACE; k++) {
                    Filters f = randomFilters(rnd);
                    MetricSettings settings = new MetricSettings(randomCategories(rnd),
                            rnd.nextBoolean() ? SharedCosts.BY_LEAD_SHARE : SharedCosts.EXCLUDED, ClvAssumptions.DEFAULT);
                    Metrics m = Metrics.of(service.select(f, settings));
                    String where = "workspace " + w + ", filters " + f + ", " + settings.cacCosts().text() + ", "
                            + settings.sharedCosts();
                    check(where + ", total", m.total(), null, f, settings, leads, aggregates, costs);
                    // about one closed date in twelve lies before its created date: never a negative cycle or velocity
                    var t = m.selection().total();
                    assertThat(org.funnellab.calc.FunnelMetrics.salesCycleMeanDays(t).orElse(0)).as(where)
                            .isGreaterThanOrEqualTo(0);
                    assertThat(org.funnellab.calc.FunnelMetrics.pipelineVelocityPerDay(t).orElse(0)).as(where)
                            .isGreaterThanOrEqualTo(0);
                    long negative = leads.stream().filter(l -> BruteForceFacts.matches(l, f)
                            && l.status() == LeadStatus.WON && l.closedAt() != null && l.createdAt() != null
                            && l.closedAt().toLocalDate().isBefore(l.createdAt().toLocalDate())).count();
                    assertThat(m.selection().negativeCycles()).as(where + " negative cycles").isEqualTo(negative);
                    negativeSeen += negative;
                    Set<String> withLeads = new HashSet<>();
                    for (String c : new String[] {"A", "B", "Ц", ""}) {
                        if (BruteForceFacts.leadsOf(c, leads, aggregates, f) > 0) {
                            withLeads.add(c);
                        }
                    }
                    assertThat(m.byChannel().keySet()).as(where).containsAll(withLeads);
                    for (Map.Entry<String, Economics> e : m.byChannel().entrySet()) {
                        check(where + ", channel '" + e.getKey() + "'", e.getValue(), e.getKey(),
                                f, settings, leads, aggregates, costs);
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(60);
        assertThat(negativeSeen).as("the data held deals closed before created").isPositive();
    }

    private static void check(String where, Economics actual, String channel, Filters f, MetricSettings s,
                              List<Lead> leads, List<FunnelAggregateRow> aggregates, List<CostEntry> costs) {
        Filters slice = channel == null ? f : f.withChannels(Set.of(channel.isEmpty() ? "\u0000" : channel));
        long[] c = channel != null && channel.isEmpty() ? noChannelCounts(leads, aggregates, f)
                : BruteForceFacts.counts(leads, aggregates, slice);
        long n = c[0];
        long target = c[1 + Target.TARGET.ordinal()];
        long won = c[4];
        assertThat(actual.leads()).as(where + " leads").isEqualTo(n);
        assertThat(actual.targetLeads()).as(where + " target").isEqualTo(target);
        assertThat(actual.won()).as(where + " won").isEqualTo(won);
        if (!f.owners().isEmpty()) {
            for (MetricValue v : List.of(actual.costs(), actual.cac(), actual.costPerLead(),
                    actual.costPerTargetLead())) {
                assertThat(v.reason()).as(where).isEqualTo(UndefinedReason.COSTS_NOT_BY_OWNER);
            }
            return;
        }
        double expected = BruteForceFacts.costs(costs, leads, aggregates, f, s.cacCosts().categories(),
                s.sharedCosts() == SharedCosts.BY_LEAD_SHARE, channel);
        assertThat(actual.costs().value()).as(where + " costs").isCloseTo(expected, within(expected));
        assertRatio(where + " CAC", actual.cac(), expected, won, UndefinedReason.NO_WON_LEADS);
        assertRatio(where + " CPL", actual.costPerLead(), expected, n, UndefinedReason.NO_LEADS);
        assertRatio(where + " cost per target lead", actual.costPerTargetLead(), expected, target,
                UndefinedReason.NO_TARGET_LEADS);
    }

    /** The "" slice: lead rows and aggregated rows without a channel. */
    private static long[] noChannelCounts(List<Lead> leads, List<FunnelAggregateRow> aggregates, Filters f) {
        List<Lead> ls = leads.stream().filter(l -> l.channel() == null).toList();
        List<FunnelAggregateRow> as = aggregates.stream().filter(a -> a.channel() == null).toList();
        return BruteForceFacts.counts(ls, as, f);
    }

    private static void assertRatio(String where, MetricValue actual, double costs, long count,
                                    UndefinedReason zeroCount) {
        if (count == 0) {
            assertThat(actual.reason()).as(where).isEqualTo(zeroCount);
        } else if (Math.abs(costs) < 1e-9) {
            assertThat(actual.reason()).as(where).isEqualTo(UndefinedReason.NO_COSTS);
        } else {
            double expected = costs / count;
            assertThat(actual.value()).as(where).isCloseTo(expected, within(expected));
        }
    }

    private static org.assertj.core.data.Offset<Double> within(double expected) {
        return org.assertj.core.data.Offset.offset(Math.max(1e-6, Math.abs(expected) * 1e-9));
    }

    private static void fill(Workspace ws, Random rnd, List<Lead> leads, List<FunnelAggregateRow> aggregates,
                             List<CostEntry> costs) {
        try (ImportTransaction tx = ws.begin(ImportBatchInfo.of(ImportKind.LEADS, "leads.csv"))) {
            for (int i = 0, n = 50 + rnd.nextInt(250); i < n; i++) {
                Lead l = randomLead(rnd, "L" + i);
                tx.upsert(l);
                leads.add(l);
            }
            tx.commit();
        }
        try (ImportTransaction tx = ws.begin(ImportBatchInfo.of(ImportKind.FUNNEL, "funnel.csv"))) {
            for (int i = 0, n = rnd.nextInt(12); i < n; i++) {
                long lead = 1 + rnd.nextInt(200);
                long nonTarget = rnd.nextInt((int) lead + 1);
                long mql = lead - rnd.nextInt((int) lead + 1) / 2;
                long sql = mql / 2;
                long opp = sql / 2;
                long won = rnd.nextInt((int) opp + 1);
                long lost = Math.min(lead - won, nonTarget + rnd.nextInt(10));
                FunnelAggregateRow a = new FunnelAggregateRow(FIRST.plusMonths(rnd.nextInt(MONTHS)), pick(rnd, CHANNELS),
                        pick(rnd, CAMPAIGNS), lead, mql, sql, opp, won, lost, nonTarget,
                        BigDecimal.valueOf(won * (1000 + rnd.nextInt(100_000))));
                tx.addFunnelRow(a);
                aggregates.add(a);
            }
            tx.commit();
        }
        // one cost row per month × channel × campaign × category, as a cost sheet has
        Map<String, CostEntry> byKey = new LinkedHashMap<>();
        for (int i = 0, n = 10 + rnd.nextInt(40); i < n; i++) {
            CostEntry e = new CostEntry(FIRST.plusMonths(rnd.nextInt(MONTHS)), pick(rnd, CHANNELS),
                    pick(rnd, CAMPAIGNS), CostCategory.values()[rnd.nextInt(CostCategory.values().length)],
                    BigDecimal.valueOf(rnd.nextInt(50_000_000), 2), "RUB");
            byKey.put(e.period() + "|" + e.channel() + "|" + e.campaign() + "|" + e.category(), e);
        }
        try (ImportTransaction tx = ws.begin(ImportBatchInfo.of(ImportKind.COSTS, "costs.csv"))) {
            byKey.values().forEach(tx::addCost);
            tx.commit();
        }
        costs.addAll(byKey.values());
    }

    private static Lead randomLead(Random rnd, String id) {
        LocalDateTime created = rnd.nextInt(40) == 0 ? null
                : FIRST.plusMonths(rnd.nextInt(MONTHS)).atDay(1 + rnd.nextInt(28)).atTime(rnd.nextInt(24), 0);
        LocalDateTime closed = created == null || rnd.nextInt(4) == 0 ? null : created.plusDays(rnd.nextInt(130) - 10);
        BigDecimal value = rnd.nextInt(5) == 0 ? null : BigDecimal.valueOf(rnd.nextInt(10_000_000), 2);
        return new Lead(SourceSystem.GENERIC, id, created, closed, pick(rnd, CHANNELS), pick(rnd, CAMPAIGNS),
                pick(rnd, OWNERS), "co", Stage.values()[rnd.nextInt(5)], LeadStatus.values()[rnd.nextInt(3)],
                Target.values()[rnd.nextInt(3)], null, value, "RUB", java.util.List.of("raw"));
    }

    private static CacCostCategories randomCategories(Random rnd) {
        return switch (rnd.nextInt(3)) {
            case 0 -> CacCostCategories.ALL;
            case 1 -> CacCostCategories.MARKETING;
            default -> {
                EnumSet<CostCategory> set = EnumSet.noneOf(CostCategory.class);
                for (CostCategory c : CostCategory.values()) {
                    if (rnd.nextBoolean()) {
                        set.add(c);
                    }
                }
                set.add(CostCategory.values()[rnd.nextInt(CostCategory.values().length)]);
                yield CacCostCategories.of(set);
            }
        };
    }

    private static <T> T pick(Random rnd, T[] values) {
        return values[rnd.nextInt(values.length)];
    }

    private static Filters randomFilters(Random rnd) {
        YearMonth from = rnd.nextInt(3) == 0 ? null : FIRST.plusMonths(rnd.nextInt(MONTHS));
        YearMonth to = rnd.nextInt(3) == 0 ? null : FIRST.plusMonths(rnd.nextInt(MONTHS));
        if (from != null && to != null && from.isAfter(to)) {
            YearMonth t = from;
            from = to;
            to = t;
        }
        Set<String> owners = rnd.nextInt(5) == 0 ? subset(rnd, OWNERS) : Set.of();
        return new Filters(from, to, rnd.nextBoolean() ? subset(rnd, CHANNELS) : Set.of(),
                rnd.nextInt(3) == 0 ? subset(rnd, CAMPAIGNS) : Set.of(), owners);
    }

    private static Set<String> subset(Random rnd, String[] values) {
        Set<String> s = new HashSet<>();
        for (String v : values) {
            if (v != null && rnd.nextBoolean()) {
                s.add(v);
            }
        }
        return s;
    }
}
