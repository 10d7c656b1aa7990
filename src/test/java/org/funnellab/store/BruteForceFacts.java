package org.funnellab.store;

import org.funnellab.domain.CostCategory;
import org.funnellab.domain.CostEntry;
import org.funnellab.domain.Filters;
import org.funnellab.domain.FunnelAggregateRow;
import org.funnellab.domain.FunnelFacts;
import org.funnellab.domain.Lead;
import org.funnellab.domain.LeadStatus;
import org.funnellab.domain.Stage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The facts counted lead by lead, aggregated row by row and cost by cost in plain Java: the reference the
 * SQL summary and the application service are checked against.
 */
public final class BruteForceFacts {
    private BruteForceFacts() {
    }

    public static boolean matches(Lead l, Filters f) {
        YearMonth m = l.createdAt() == null ? null : YearMonth.from(l.createdAt());
        if ((f.from() != null || f.to() != null) && (m == null || !f.includesMonth(m))) {
            return false;
        }
        return in(f.channels(), l.channel()) && in(f.campaigns(), l.campaign()) && in(f.owners(), l.owner());
    }

    private static boolean in(Collection<String> set, String v) {
        return set.isEmpty() || v != null && set.contains(v);
    }

    public static FunnelFacts facts(Collection<Lead> all, Filters f, Stage winRateStage, int months) {
        Map<Stage, Long> reached = new EnumMap<>(Stage.class);
        long target = 0, nonTarget = 0, unknown = 0, won = 0, lost = 0, open = 0, cw = 0, cl = 0, oo = 0;
        List<BigDecimal> values = new ArrayList<>();
        List<Long> cycles = new ArrayList<>();
        BigDecimal revenue = BigDecimal.ZERO;
        long cycleSum = 0;
        for (Lead l : all) {
            if (!matches(l, f)) {
                continue;
            }
            for (Stage s : Stage.values()) {
                if (l.stage().hasReached(s)) {
                    reached.merge(s, 1L, Long::sum);
                }
            }
            switch (l.target()) {
                case TARGET -> target++;
                case NON_TARGET -> nonTarget++;
                case UNKNOWN -> unknown++;
            }
            boolean at = l.stage().hasReached(winRateStage);
            if (l.status() == LeadStatus.WON) {
                won++;
                cw++;
                if (l.dealValue() != null) {
                    BigDecimal v = l.dealValue().setScale(2, RoundingMode.HALF_UP);
                    values.add(v);
                    revenue = revenue.add(v);
                }
                if (l.createdAt() != null && l.closedAt() != null) {
                    long d = ChronoUnit.DAYS.between(l.createdAt().toLocalDate(), l.closedAt().toLocalDate());
                    if (d >= 0) { // closed before created is no cycle
                        cycles.add(d);
                        cycleSum += d;
                    }
                }
            } else if (l.status() == LeadStatus.LOST) {
                lost++;
                cl += at ? 1 : 0;
            } else {
                open++;
                oo += at ? 1 : 0;
            }
        }
        values.sort(null);
        cycles.sort(null);
        BigDecimal medianValue = values.isEmpty() ? null : values.size() % 2 == 1 ? values.get(values.size() / 2)
                : values.get(values.size() / 2 - 1).add(values.get(values.size() / 2)).divide(BigDecimal.valueOf(2));
        Double medianCycle = cycles.isEmpty() ? null : cycles.size() % 2 == 1 ? (double) cycles.get(cycles.size() / 2)
                : (cycles.get(cycles.size() / 2 - 1) + cycles.get(cycles.size() / 2)) / 2.0;
        return new FunnelFacts(months, reached, target, nonTarget, unknown, won, lost, open, cw, cl, oo,
                values.size(), revenue, medianValue, cycles.size(), cycleSum, medianCycle, Map.of());
    }

    /** An aggregated row matches the period, channels and campaigns; it has no owner, so an owner filter drops it. */
    public static boolean matches(FunnelAggregateRow a, Filters f) {
        return f.owners().isEmpty() && f.includesMonth(a.month()) && in(f.channels(), a.channel())
                && in(f.campaigns(), a.campaign());
    }

    /** Leads, target, non-target, unknown and won of lead rows and aggregated rows (their non-NON_TARGET are TARGET). */
    public static long[] counts(Collection<Lead> leads, Collection<FunnelAggregateRow> aggregates, Filters f) {
        long[] c = new long[5];
        for (Lead l : leads) {
            if (matches(l, f)) {
                c[0]++;
                c[1 + l.target().ordinal()]++;
                c[4] += l.status() == LeadStatus.WON ? 1 : 0;
            }
        }
        for (FunnelAggregateRow a : aggregates) {
            if (matches(a, f)) {
                c[0] += a.leads();
                c[1 + org.funnellab.domain.Target.TARGET.ordinal()] += a.leads() - a.nonTarget();
                c[1 + org.funnellab.domain.Target.NON_TARGET.ordinal()] += a.nonTarget();
                c[4] += a.won();
            }
        }
        return c;
    }

    /** Leads of one channel key ("" = no channel) under {@code f}, lead rows and aggregated rows. */
    public static long leadsOf(String channel, Collection<Lead> leads, Collection<FunnelAggregateRow> aggregates,
                               Filters f) {
        long n = 0;
        for (Lead l : leads) {
            if (matches(l, f) && channel.equals(l.channel() == null ? "" : l.channel())) {
                n++;
            }
        }
        for (FunnelAggregateRow a : aggregates) {
            if (matches(a, f) && channel.equals(a.channel() == null ? "" : a.channel())) {
                n += a.leads();
            }
        }
        return n;
    }

    /**
     * Costs of the included categories a slice carries, cost row by cost row: {@code channel} null for the whole
     * selection, else that channel's key. A channel's own costs count whole; a shared cost (no channel) reaches a
     * channel by its share of the leads of the period and campaigns (all channels, all owners) when
     * {@code byLeadShare}; without a channel filter the selection counts every cost of the period and campaigns.
     */
    public static double costs(Collection<CostEntry> costs, Collection<Lead> leads,
                               Collection<FunnelAggregateRow> aggregates, Filters f, Set<CostCategory> included,
                               boolean byLeadShare, String channel) {
        Filters period = new Filters(f.from(), f.to(), Set.of(), f.campaigns(), Set.of());
        long all = counts(leads, aggregates, period)[0];
        double sum = 0;
        for (CostEntry e : costs) {
            if (!included.contains(e.category()) || !f.includesMonth(e.period()) || !in(f.campaigns(), e.campaign())) {
                continue;
            }
            double amount = e.amount().doubleValue();
            if (e.channel() != null) {
                boolean selected = channel == null ? in(f.channels(), e.channel()) : channel.equals(e.channel());
                sum += selected ? amount : 0;
            } else if (channel == null && f.channels().isEmpty()) {
                sum += amount;
            } else if (byLeadShare && all > 0) {
                for (String c : channel == null ? f.channels() : Set.of(channel)) {
                    sum += amount * leadsOf(c, leads, aggregates, period) / all;
                }
            }
        }
        return sum;
    }
}
