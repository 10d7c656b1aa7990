package org.funnellab.calc;

import org.funnellab.domain.CostCategory;
import org.funnellab.domain.FunnelFacts;
import org.funnellab.domain.Stage;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/** Builds {@link FunnelFacts} for tests, naming each field; everything not set is zero / absent. */
final class Facts {
    private int months = 1;
    private final Map<Stage, Long> reached = new EnumMap<>(Stage.class);
    private long target;
    private long nonTarget;
    private long unknown;
    private long won;
    private long lost;
    private long open;
    private long oppWon;
    private long oppLost;
    private long openOpps;
    private long wonWithValue;
    private BigDecimal wonRevenue = BigDecimal.ZERO;
    private BigDecimal medianDeal;
    private long wonWithCycle;
    private double cycleDaysSum;
    private Double medianCycle;
    private final Map<CostCategory, BigDecimal> costs = new EnumMap<>(CostCategory.class);

    static Facts facts() {
        return new Facts();
    }

    Facts months(int m) {
        months = m;
        return this;
    }

    /** Counts reaching LEAD, MQL, SQL, OPPORTUNITY, WON in order. */
    Facts reached(long... counts) {
        for (int i = 0; i < counts.length; i++) {
            reached.put(Stage.values()[i], counts[i]);
        }
        return this;
    }

    Facts leads(long n) {
        reached.put(Stage.LEAD, n);
        return this;
    }

    Facts target(long t, long nt, long unk) {
        target = t;
        nonTarget = nt;
        unknown = unk;
        return this;
    }

    Facts status(long w, long l, long o) {
        won = w;
        lost = l;
        open = o;
        return this;
    }

    Facts opportunities(long closedWon, long closedLost, long stillOpen) {
        oppWon = closedWon;
        oppLost = closedLost;
        openOpps = stillOpen;
        return this;
    }

    Facts deals(long withValue, String revenue, String median) {
        wonWithValue = withValue;
        wonRevenue = new BigDecimal(revenue);
        medianDeal = median == null ? null : new BigDecimal(median);
        return this;
    }

    Facts cycle(long withCycle, double daysSum, Double median) {
        wonWithCycle = withCycle;
        cycleDaysSum = daysSum;
        medianCycle = median;
        return this;
    }

    Facts cost(CostCategory c, String amount) {
        costs.put(c, new BigDecimal(amount));
        return this;
    }

    FunnelFacts build() {
        return new FunnelFacts(months, reached, target, nonTarget, unknown, won, lost, open, oppWon, oppLost, openOpps,
                wonWithValue, wonRevenue, medianDeal, wonWithCycle, cycleDaysSum, medianCycle, costs);
    }
}
