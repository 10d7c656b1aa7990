package org.funnellab.store;

import org.funnellab.domain.Filters;
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

/** The facts of SPEC §4 counted lead by lead in plain Java: the reference the SQL summary is checked against. */
final class BruteForceFacts {
    private BruteForceFacts() {
    }

    static boolean matches(Lead l, Filters f) {
        YearMonth m = l.createdAt() == null ? null : YearMonth.from(l.createdAt());
        if ((f.from() != null || f.to() != null) && (m == null || !f.includesMonth(m))) {
            return false;
        }
        return in(f.channels(), l.channel()) && in(f.campaigns(), l.campaign()) && in(f.owners(), l.owner());
    }

    private static boolean in(Collection<String> set, String v) {
        return set.isEmpty() || v != null && set.contains(v);
    }

    static FunnelFacts facts(Collection<Lead> all, Filters f, Stage winRateStage, int months) {
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
                    cycles.add(d);
                    cycleSum += d;
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
}
