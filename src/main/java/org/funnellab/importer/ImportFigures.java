package org.funnellab.importer;

import org.funnellab.domain.FunnelFacts;
import org.funnellab.domain.Lead;
import org.funnellab.domain.LeadStatus;
import org.funnellab.domain.SourceSystem;
import org.funnellab.domain.Stage;
import org.funnellab.domain.Target;
import org.funnellab.domain.LeadField;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A sink that writes nothing and adds up the {@link FunnelFacts} the accepted leads would give once imported (last
 * row wins for a repeated id, as in the workspace): what the wizard shows while the user chooses what values mean.
 * Facts are counted as the workspace counts them: a lead reaches every stage up to its own; the win rate counts lost
 * leads that reached {@code winRateStage}; the sales cycle is whole days from the created to the closed date.
 * Medians are left out (null). A linked file changes leads already imported, so it adds up nothing.
 */
public final class ImportFigures implements LeadSink {
    private final Stage winRateStage;
    /** What each accepted lead adds to the facts, by id: a few fields, not the lead with its raw row. */
    private final Map<String, Counted> leads = new LinkedHashMap<>();
    private boolean linked;
    private long rejected;

    public ImportFigures(Stage winRateStage) {
        this.winRateStage = winRateStage;
    }

    @Override
    public void start(SourceSystem source, boolean linkedFile, Set<LeadField> updatedFields) {
        leads.clear();
        rejected = 0;
        linked = linkedFile;
    }

    @Override
    public void accept(Lead lead) {
        if (!linked) {
            leads.remove(lead.externalId()); // a repeated id moves to its last place, as the last row wins
            leads.put(lead.externalId(), Counted.of(lead));
        }
    }

    @Override
    public void reject(RejectedRow row) {
        rejected++;
    }

    @Override
    public boolean restartable() {
        return true;
    }

    @Override
    public void restart() {
        leads.clear();
        rejected = 0;
    }

    /** Rows the import would reject. */
    public long rejected() {
        return rejected;
    }

    /** The facts of the leads received so far (every lead of the file once the import has run). */
    public FunnelFacts facts() {
        Map<Stage, Long> reached = new EnumMap<>(Stage.class);
        long target = 0;
        long nonTarget = 0;
        long unknown = 0;
        long won = 0;
        long lost = 0;
        long open = 0;
        long closedLost = 0;
        long openOpportunities = 0;
        long wonWithValue = 0;
        BigDecimal revenue = BigDecimal.ZERO;
        long wonWithCycle = 0;
        double cycleDays = 0;
        YearMonth first = null;
        YearMonth last = null;
        for (Counted l : leads.values()) {
            for (Stage s : Stage.values()) {
                if (l.stage().hasReached(s)) {
                    reached.merge(s, 1L, Long::sum);
                }
            }
            if (l.target() == Target.TARGET) {
                target++;
            } else if (l.target() == Target.NON_TARGET) {
                nonTarget++;
            } else {
                unknown++;
            }
            boolean atStage = l.stage().hasReached(winRateStage);
            if (l.status() == LeadStatus.WON) {
                won++;
                if (l.dealValue() != null) {
                    wonWithValue++;
                    revenue = revenue.add(l.dealValue());
                }
                // a deal closed before it was created is no sales cycle (as in the workspace's figures)
                if (l.cycleDays() != null && l.cycleDays() >= 0) {
                    wonWithCycle++;
                    cycleDays += l.cycleDays();
                }
            } else if (l.status() == LeadStatus.LOST) {
                lost++;
                closedLost += atStage ? 1 : 0;
            } else {
                open++;
                openOpportunities += atStage ? 1 : 0;
            }
            if (l.month() != null) {
                YearMonth m = l.month();
                first = first == null || m.isBefore(first) ? m : first;
                last = last == null || m.isAfter(last) ? m : last;
            }
        }
        int months = first == null ? 1 : (int) ChronoUnit.MONTHS.between(first, last) + 1;
        return new FunnelFacts(months, reached, target, nonTarget, unknown, won, lost, open, won, closedLost,
                openOpportunities, wonWithValue, revenue, null, wonWithCycle, cycleDays, null, Map.of());
    }

    /** The fields of a lead the facts are made of. */
    private record Counted(Stage stage, LeadStatus status, Target target, BigDecimal dealValue, Long cycleDays,
                           YearMonth month) {
        static Counted of(Lead l) {
            Long cycle = l.createdAt() != null && l.closedAt() != null
                    ? ChronoUnit.DAYS.between(l.createdAt().toLocalDate(), l.closedAt().toLocalDate()) : null;
            return new Counted(l.stage(), l.status(), l.target(), l.dealValue(), cycle,
                    l.createdAt() == null ? null : YearMonth.from(l.createdAt()));
        }
    }
}
