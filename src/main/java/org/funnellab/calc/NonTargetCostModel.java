package org.funnellab.calc;

import org.funnellab.domain.MetricValue;
import org.funnellab.domain.UndefinedReason;

import java.util.List;

/**
 * What non-target leads cost the sales team (the lead-qualification case).
 * <pre>
 * wasted hours / month  = leads × non-target share × (1 − automated share) × minutes per call ÷ 60
 * loaded hourly cost    = monthly salary × loaded-cost factor ÷ working hours per month
 * wasted salary / month = wasted hours × loaded hourly cost
 * capacity lost         = wasted hours ÷ (managers × working hours per month)
 * media waste / month   = cost per lead × leads × non-target share
 * revenue not earned    = wasted hours × won revenue per month ÷ (managers × working hours per month)
 * </pre>
 * Yearly figures are twelve months. Worked example: 1000 leads, 50 % non-target, 15 min → 125 h;
 * 2 managers × 160 h → 39.0625 %; 100,000 ₽ salary → 625 ₽/h → 78,125 ₽.
 */
public final class NonTargetCostModel extends AbstractWhatIfModel {
    public static final String ID = "nonTarget";

    /** Inputs of the model; shares are fractions 0..1. */
    public record Inputs(double leadsPerMonth, double nonTargetShare, double minutesPerCall, double managers,
                         double monthlySalary, double workingHoursPerMonth, double loadedCostFactor,
                         double automatedShare, double costPerLead, double wonRevenuePerMonth) {

        /** The lead-qualification article's example: 1000 leads, 50 %, 15 min, 2 × 160 h, 100,000 ₽. */
        public static Inputs articleExample() {
            return new Inputs(1000, 0.5, 15, 2, 100_000, 160, 1.0, 0, 0, 0);
        }

        public double[] toArray() {
            return new double[] {leadsPerMonth, nonTargetShare, minutesPerCall, managers, monthlySalary,
                    workingHoursPerMonth, loadedCostFactor, automatedShare, costPerLead, wonRevenuePerMonth};
        }

        public static Inputs fromArray(double[] v) {
            return new Inputs(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9]);
        }
    }

    /** Outputs; money per month unless the name says year. */
    public record Result(double nonTargetLeads, double wastedHoursPerMonth, MetricValue capacityLost,
                         MetricValue loadedHourlyCost, MetricValue wastedSalaryPerMonth, double mediaWastePerMonth,
                         MetricValue revenueNotEarnedPerMonth) {
        public double wastedHoursPerYear() {
            return wastedHoursPerMonth * 12;
        }

        public MetricValue wastedSalaryPerYear() {
            return wastedSalaryPerMonth.map(v -> v * 12);
        }

        public double mediaWastePerYear() {
            return mediaWastePerMonth * 12;
        }

        public MetricValue revenueNotEarnedPerYear() {
            return revenueNotEarnedPerMonth.map(v -> v * 12);
        }
    }

    public static final List<OutputSpec> OUTPUTS = List.of(
            new OutputSpec("nonTargetLeads", Unit.COUNT),
            new OutputSpec("wastedHoursMonth", Unit.HOURS),
            new OutputSpec("wastedHoursYear", Unit.HOURS),
            new OutputSpec("capacityLost", Unit.SHARE),
            new OutputSpec("loadedHourlyCost", Unit.MONEY),
            new OutputSpec("wastedSalaryMonth", Unit.MONEY),
            new OutputSpec("wastedSalaryYear", Unit.MONEY),
            new OutputSpec("mediaWasteMonth", Unit.MONEY),
            new OutputSpec("mediaWasteYear", Unit.MONEY),
            new OutputSpec("revenueNotEarnedMonth", Unit.MONEY),
            new OutputSpec("revenueNotEarnedYear", Unit.MONEY));


    /** A model whose slider ranges fit the given baseline (a range always holds its baseline with room to grow). */
    public NonTargetCostModel(Inputs baseline) {
        super(ID, OUTPUTS, List.of(
                new Parameter("leadsPerMonth", Unit.COUNT, 0, roomAbove(baseline.leadsPerMonth(), 2000), false),
                new Parameter("nonTargetShare", Unit.SHARE, 0, 1, false),
                new Parameter("minutesPerCall", Unit.MINUTES, 0, roomAbove(baseline.minutesPerCall(), 60), true),
                new Parameter("managers", Unit.PEOPLE, 0, roomAbove(baseline.managers(), 20), true),
                new Parameter("monthlySalary", Unit.MONEY, 0, roomAbove(baseline.monthlySalary(), 300_000), true),
                new Parameter("workingHoursPerMonth", Unit.HOURS, 0, roomAbove(baseline.workingHoursPerMonth(), 200), true),
                new Parameter("loadedCostFactor", Unit.FACTOR, 1, roomAbove(baseline.loadedCostFactor(), 2), true),
                new Parameter("automatedShare", Unit.SHARE, 0, 1, true),
                new Parameter("costPerLead", Unit.MONEY, 0, roomAbove(baseline.costPerLead(), 5_000), false),
                new Parameter("wonRevenuePerMonth", Unit.MONEY, 0,
                        roomAbove(baseline.wonRevenuePerMonth(), 10_000_000), false)));
    }

    public NonTargetCostModel() {
        this(Inputs.articleExample());
    }


    /** Computes the model; see the class comment for the formulas. */
    public static Result compute(Inputs in) {
        double nonTargetLeads = in.leadsPerMonth() * in.nonTargetShare();
        double hours = nonTargetLeads * (1 - in.automatedShare()) * in.minutesPerCall() / 60.0;
        double capacityHours = in.managers() * in.workingHoursPerMonth();
        MetricValue capacity = MetricValue.ratio(hours, capacityHours, UndefinedReason.ZERO_CAPACITY);
        MetricValue hourly = MetricValue.ratio(in.monthlySalary() * in.loadedCostFactor(), in.workingHoursPerMonth(),
                UndefinedReason.ZERO_CAPACITY);
        MetricValue salary = hourly.map(h -> h * hours);
        double media = in.costPerLead() * nonTargetLeads;
        MetricValue revenue = MetricValue.ratio(hours * in.wonRevenuePerMonth(), capacityHours,
                UndefinedReason.ZERO_CAPACITY);
        return new Result(nonTargetLeads, hours, capacity, hourly, salary, media, revenue);
    }




    @Override
    public String headlineOutput() {
        return "wastedSalaryMonth";
    }

    @Override
    public MetricValue[] evaluate(double[] inputs) {
        Result r = compute(Inputs.fromArray(inputs));
        return new MetricValue[] {
                MetricValue.of(r.nonTargetLeads()),
                MetricValue.of(r.wastedHoursPerMonth()),
                MetricValue.of(r.wastedHoursPerYear()),
                r.capacityLost(),
                r.loadedHourlyCost(),
                r.wastedSalaryPerMonth(),
                r.wastedSalaryPerYear(),
                MetricValue.of(r.mediaWastePerMonth()),
                MetricValue.of(r.mediaWastePerYear()),
                r.revenueNotEarnedPerMonth(),
                r.revenueNotEarnedPerYear()};
    }
}
