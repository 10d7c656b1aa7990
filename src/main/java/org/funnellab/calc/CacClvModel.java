package org.funnellab.calc;

import org.funnellab.domain.CostCategory;
import org.funnellab.domain.MetricValue;
import org.funnellab.domain.UndefinedReason;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The CAC / CLV balance panel, per month.
 * <pre>
 * spend               = media + content & agency + tools & overhead + salaries   (see {@link SpendGroup})
 * customers / month   = leads per month × conversion lead → customer
 * CAC                 = spend ÷ customers        (undefined with no spend: "no costs", never a free customer)
 * CLV                 = average purchase × purchases per year × lifetime years × gross margin
 * LTV:CAC             = CLV ÷ CAC
 * payback months      = CAC ÷ (average purchase × purchases per year ÷ 12 × gross margin)
 * </pre>
 * Spend is grouped in four sliders rather than eight: the eight cost categories are too many to move one by one
 * in a meeting, and the groups are what a budget owner decides on. Lifetime is a parameter in years; a team that
 * thinks in churn uses lifetime = 1 ÷ (12 × monthly churn) (see {@link UnitEconomics#clvSubscription}).
 */
public final class CacClvModel extends AbstractWhatIfModel {
    public static final String ID = "cacClv";

    /** The spend sliders and the cost categories each one stands for. */
    public enum SpendGroup {
        MEDIA(EnumSet.of(CostCategory.PAID_MEDIA)),
        CONTENT_AND_AGENCY(EnumSet.of(CostCategory.CONTENT, CostCategory.AGENCY)),
        TOOLS_AND_OVERHEAD(EnumSet.of(CostCategory.SOFTWARE, CostCategory.OVERHEAD, CostCategory.OTHER)),
        SALARIES(EnumSet.of(CostCategory.MARKETING_SALARIES, CostCategory.SALES_SALARIES));

        private final Set<CostCategory> categories;

        SpendGroup(Set<CostCategory> categories) {
            this.categories = categories;
        }

        public Set<CostCategory> categories() {
            return categories;
        }

        /** The group a category belongs to (every category belongs to exactly one). */
        public static SpendGroup of(CostCategory category) {
            for (SpendGroup g : values()) {
                if (g.categories.contains(category)) {
                    return g;
                }
            }
            throw new IllegalStateException("No spend group for " + category);
        }
    }

    /** Inputs; spends are per month, conversion and margin fractions 0..1. */
    public record Inputs(double mediaSpend, double contentSpend, double toolsSpend, double salariesSpend,
                         double leadsPerMonth, double leadToCustomer, double averagePurchase,
                         double purchasesPerYear, double lifetimeYears, double grossMargin) {

        public double totalSpend() {
            return mediaSpend + contentSpend + toolsSpend + salariesSpend;
        }

        /** The same inputs with every spend multiplied by {@code factor}. */
        public Inputs withSpendScaled(double factor) {
            return new Inputs(mediaSpend * factor, contentSpend * factor, toolsSpend * factor, salariesSpend * factor,
                    leadsPerMonth, leadToCustomer, averagePurchase, purchasesPerYear, lifetimeYears, grossMargin);
        }

        /**
         * Monthly spends by group from costs by category over {@code months} months; categories not
         * {@code included} count as zero (the blended-CAC setting).
         */
        public static double[] spendByGroup(Map<CostCategory, BigDecimal> costs, Set<CostCategory> included,
                                            int months) {
            double[] out = new double[SpendGroup.values().length];
            for (Map.Entry<CostCategory, BigDecimal> e : costs.entrySet()) {
                if (included.contains(e.getKey())) {
                    out[SpendGroup.of(e.getKey()).ordinal()] += e.getValue().doubleValue() / months;
                }
            }
            return out;
        }

        public double[] toArray() {
            return new double[] {mediaSpend, contentSpend, toolsSpend, salariesSpend, leadsPerMonth, leadToCustomer,
                    averagePurchase, purchasesPerYear, lifetimeYears, grossMargin};
        }

        public static Inputs fromArray(double[] v) {
            return new Inputs(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9]);
        }
    }

    /** Outputs, per month where it applies. */
    public record Result(double spendPerMonth, double customersPerMonth, MetricValue cac, double clv,
                         MetricValue ltvToCac, MetricValue paybackMonths) {
    }

    public static final List<OutputSpec> OUTPUTS = List.of(
            new OutputSpec("spendMonth", Unit.MONEY),
            new OutputSpec("customersMonth", Unit.COUNT),
            new OutputSpec("cac", Unit.MONEY),
            new OutputSpec("clv", Unit.MONEY),
            new OutputSpec("ltvToCac", Unit.RATIO),
            new OutputSpec("paybackMonths", Unit.MONTHS));


    /** A model whose slider ranges fit the given baseline (each range holds its baseline with room to grow). */
    public CacClvModel(Inputs b) {
        super(ID, OUTPUTS, List.of(
                new Parameter("mediaSpend", Unit.MONEY, 0, roomAbove(b.mediaSpend(), 1_000_000), false),
                new Parameter("contentSpend", Unit.MONEY, 0, roomAbove(b.contentSpend(), 500_000), false),
                new Parameter("toolsSpend", Unit.MONEY, 0, roomAbove(b.toolsSpend(), 200_000), false),
                new Parameter("salariesSpend", Unit.MONEY, 0, roomAbove(b.salariesSpend(), 1_000_000), false),
                new Parameter("leadsPerMonth", Unit.COUNT, 0, roomAbove(b.leadsPerMonth(), 2000), false),
                new Parameter("leadToCustomer", Unit.SHARE, 0, 1, false),
                new Parameter("averagePurchase", Unit.MONEY, 0, roomAbove(b.averagePurchase(), 500_000), false),
                new Parameter("purchasesPerYear", Unit.COUNT, 0, roomAbove(b.purchasesPerYear(), 12), true),
                new Parameter("lifetimeYears", Unit.YEARS, 0, roomAbove(b.lifetimeYears(), 10), true),
                new Parameter("grossMargin", Unit.SHARE, 0, 1, true)));
    }

    /** A plausible small B2B business, used before any data is imported and in tests. */
    public static Inputs example() {
        return new Inputs(300_000, 100_000, 50_000, 150_000, 1000, 0.02, 200_000, 2, 3, 0.4);
    }

    public CacClvModel() {
        this(example());
    }


    /** Computes the model; see the class comment for the formulas. */
    public static Result compute(Inputs in) {
        double spend = in.totalSpend();
        double customers = in.leadsPerMonth() * in.leadToCustomer();
        // No spend is no CAC, not free customers: the same "no costs" the dashboard and the command line give.
        MetricValue cac = customers == 0 ? MetricValue.undefined(UndefinedReason.NO_CUSTOMERS)
                : spend == 0 ? MetricValue.undefined(UndefinedReason.NO_COSTS) : MetricValue.of(spend / customers);
        double clv = UnitEconomics.clvPurchaseBased(in.averagePurchase(), in.purchasesPerYear(), in.lifetimeYears(),
                in.grossMargin());
        MetricValue ltvToCac = UnitEconomics.ltvToCac(clv, cac);
        MetricValue payback = UnitEconomics.cacPaybackMonths(cac, in.averagePurchase() * in.purchasesPerYear() / 12,
                in.grossMargin());
        return new Result(spend, customers, cac, clv, ltvToCac, payback);
    }




    @Override
    public String headlineOutput() {
        return "ltvToCac";
    }

    @Override
    public MetricValue[] evaluate(double[] inputs) {
        Result r = compute(Inputs.fromArray(inputs));
        return new MetricValue[] {
                MetricValue.of(r.spendPerMonth()),
                MetricValue.of(r.customersPerMonth()),
                r.cac(),
                MetricValue.of(r.clv()),
                r.ltvToCac(),
                r.paybackMonths()};
    }
}
