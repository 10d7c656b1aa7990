package org.funnellab.calc;

import org.funnellab.domain.MetricValue;
import org.funnellab.domain.UndefinedReason;

import java.util.ArrayList;
import java.util.List;

/**
 * The pipeline velocity panel.
 * <pre>
 * revenue / day   = opportunities × average deal × win rate ÷ cycle days
 * revenue / month = revenue / day × {@link FunnelMetrics#DAYS_PER_MONTH}
 * </pre>
 * Lever uplift for an improvement {@code p} (0.1 = 10 %): opportunities, average deal and win rate are multiplied
 * by (1 + p) (win rate capped at 1); the cycle is <em>shortened</em> by p, days × (1 − p), because "cut the cycle
 * by 10 %" is how sales teams state that goal. So shortening the cycle gives 1 ÷ (1 − p) − 1 (11.1 % for 10 %),
 * slightly more than the other levers' p.
 */
public final class PipelineVelocityModel extends AbstractWhatIfModel {
    public static final String ID = "velocity";

    /** Inputs; win rate is a fraction 0..1. */
    public record Inputs(double opportunities, double averageDeal, double winRate, double cycleDays) {
        public double[] toArray() {
            return new double[] {opportunities, averageDeal, winRate, cycleDays};
        }

        public static Inputs fromArray(double[] v) {
            return new Inputs(v[0], v[1], v[2], v[3]);
        }
    }

    public record Result(MetricValue revenuePerDay, MetricValue revenuePerMonth) {
    }

    /** The four things a team can improve. */
    public enum Lever { OPPORTUNITIES, AVERAGE_DEAL, WIN_RATE, CYCLE_DAYS }

    /**
     * What improving one lever gives.
     *
     * @param improvedInput the lever's value after the improvement
     * @param upliftPerDay  velocity after − velocity before, revenue per day
     * @param upliftShare   that uplift ÷ velocity before (0.1 = +10 %)
     */
    public record LeverUplift(Lever lever, double improvedInput, MetricValue revenuePerDay, MetricValue upliftPerDay,
                              MetricValue upliftShare) {
    }

    public static final List<OutputSpec> OUTPUTS = List.of(
            new OutputSpec("revenueDay", Unit.MONEY),
            new OutputSpec("revenueMonth", Unit.MONEY));


    /** A model whose slider ranges fit the given baseline. */
    public PipelineVelocityModel(Inputs b) {
        super(ID, OUTPUTS, List.of(
                new Parameter("opportunities", Unit.COUNT, 0, roomAbove(b.opportunities(), 500), false),
                new Parameter("averageDeal", Unit.MONEY, 0, roomAbove(b.averageDeal(), 1_000_000), false),
                new Parameter("winRate", Unit.SHARE, 0, 1, false),
                new Parameter("cycleDays", Unit.DAYS, 1, roomAbove(b.cycleDays(), 365), false)));
    }

    /** 50 open opportunities × 200,000 × 25 % ÷ 60 days. */
    public static Inputs example() {
        return new Inputs(50, 200_000, 0.25, 60);
    }

    public PipelineVelocityModel() {
        this(example());
    }


    public static Result compute(Inputs in) {
        MetricValue perDay = MetricValue.ratio(in.opportunities() * in.averageDeal() * in.winRate(), in.cycleDays(),
                UndefinedReason.ZERO_SALES_CYCLE);
        return new Result(perDay, perDay.map(v -> v * FunnelMetrics.DAYS_PER_MONTH));
    }

    /**
     * Uplift of each lever improved by {@code pct} alone (see the class comment), in {@link Lever} order.
     *
     * @param pct improvement as a fraction, 0 ≤ pct &lt; 1
     */
    public static List<LeverUplift> leverUplifts(Inputs in, double pct) {
        if (!(pct >= 0 && pct < 1)) {
            throw new IllegalArgumentException("improvement must be in [0, 1), was " + pct);
        }
        MetricValue before = compute(in).revenuePerDay();
        List<LeverUplift> out = new ArrayList<>(Lever.values().length);
        for (Lever lever : Lever.values()) {
            Inputs improved = switch (lever) {
                case OPPORTUNITIES -> new Inputs(in.opportunities() * (1 + pct), in.averageDeal(), in.winRate(),
                        in.cycleDays());
                case AVERAGE_DEAL -> new Inputs(in.opportunities(), in.averageDeal() * (1 + pct), in.winRate(),
                        in.cycleDays());
                case WIN_RATE -> new Inputs(in.opportunities(), in.averageDeal(),
                        in.winRate() >= 1 ? in.winRate() : Math.min(1.0, in.winRate() * (1 + pct)),
                        in.cycleDays());
                case CYCLE_DAYS -> new Inputs(in.opportunities(), in.averageDeal(), in.winRate(),
                        in.cycleDays() * (1 - pct));
            };
            double improvedInput = improved.toArray()[lever.ordinal()];
            MetricValue after = compute(improved).revenuePerDay();
            MetricValue uplift = before.isDefined() && after.isDefined()
                    ? MetricValue.of(after.value() - before.value())
                    : (before.isDefined() ? after : before);
            MetricValue share = MetricMath.divide(uplift, before, UndefinedReason.ZERO_VELOCITY);
            out.add(new LeverUplift(lever, improvedInput, after, uplift, share));
        }
        return List.copyOf(out);
    }




    @Override
    public String headlineOutput() {
        return "revenueMonth";
    }

    @Override
    public MetricValue[] evaluate(double[] inputs) {
        Result r = compute(Inputs.fromArray(inputs));
        return new MetricValue[] {r.revenuePerDay(), r.revenuePerMonth()};
    }
}
