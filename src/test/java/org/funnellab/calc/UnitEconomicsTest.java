package org.funnellab.calc;

import org.funnellab.domain.CostCategory;
import org.funnellab.domain.FunnelFacts;
import org.funnellab.domain.MetricValue;
import org.funnellab.domain.UndefinedReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.funnellab.calc.Facts.facts;
import static org.funnellab.domain.CostCategory.CONTENT;
import static org.funnellab.domain.CostCategory.PAID_MEDIA;
import static org.funnellab.domain.CostCategory.SALES_SALARIES;

class UnitEconomicsTest {
    private static final Set<CostCategory> ALL = EnumSet.allOf(CostCategory.class);

    /** 300,000 media + 100,000 content + 200,000 sales salaries; 200 leads (80 target); 20 won. */
    private static FunnelFacts slice() {
        return facts().leads(200).target(80, 100, 20).status(20, 50, 130).cost(PAID_MEDIA, "300000")
                .cost(CONTENT, "100000").cost(SALES_SALARIES, "200000").build();
    }

    @Test
    void blendedCacCountsOnlyTheIncludedCategories() {
        assertThat(UnitEconomics.cacBlended(slice(), ALL).value()).isEqualTo(30_000);             // 600,000 ÷ 20
        assertThat(UnitEconomics.cacBlended(slice(), EnumSet.of(PAID_MEDIA)).value()).isEqualTo(15_000); // 300k ÷ 20
        assertThat(UnitEconomics.cacBlended(slice(), EnumSet.of(PAID_MEDIA, CONTENT)).value()).isEqualTo(20_000);
        // No included costs: not "customers were free" but "no costs in the selection".
        assertThat(UnitEconomics.cacBlended(slice(), EnumSet.noneOf(CostCategory.class)).reason())
                .isEqualTo(org.funnellab.domain.UndefinedReason.NO_COSTS);
    }

    @Test
    void withoutCostsCplAndCacAreUndefinedNotZero() {
        FunnelFacts noCosts = facts().leads(200).target(80, 100, 20).status(20, 50, 130).build();
        assertThat(UnitEconomics.costPerLead(noCosts, ALL).reason()).isEqualTo(org.funnellab.domain.UndefinedReason.NO_COSTS);
        assertThat(UnitEconomics.cacBlended(noCosts, ALL).reason()).isEqualTo(org.funnellab.domain.UndefinedReason.NO_COSTS);
        FunnelFacts noWins = facts().leads(200).target(80, 100, 20).status(0, 70, 130).cost(PAID_MEDIA, "1000").build();
        assertThat(UnitEconomics.cacBlended(noWins, ALL).reason()).isEqualTo(org.funnellab.domain.UndefinedReason.NO_WON_LEADS);
    }

    @Test
    void costPerLeadAndPerTargetLeadDivideTheSameCosts() {
        Set<CostCategory> media = EnumSet.of(PAID_MEDIA);
        assertThat(UnitEconomics.costPerLead(slice(), ALL).value()).isEqualTo(3_000);         // 600,000 ÷ 200
        assertThat(UnitEconomics.costPerLead(slice(), media).value()).isEqualTo(1_500);       // 300,000 ÷ 200
        assertThat(UnitEconomics.costPerTargetLead(slice(), ALL).value()).isEqualTo(7_500);   // 600,000 ÷ 80
        assertThat(UnitEconomics.costPerTargetLead(slice(), media).value()).isEqualTo(3_750); // 300,000 ÷ 80
    }

    @ParameterizedTest(name = "{0} × {1}/yr × {2} yr × {3} → {4}")
    @CsvSource({
            "10000, 4,  3,   0.5, 60000",    // 10,000 × 4 × 3 × 0.5
            "200000, 2, 3,   0.4, 480000",   // 200,000 × 2 × 3 × 0.4
            "500,   12, 0.5, 1.0, 3000",     // 500 × 12 × 0.5 × 1
            "1000,  1,  5,   0,   0"})       // no margin, no value
    void purchaseBasedClvMultipliesItsFourFactors(double purchase, double perYear, double years, double margin,
                                                  double clv) {
        assertThat(UnitEconomics.clvPurchaseBased(purchase, perYear, years, margin)).isCloseTo(clv, within(1e-9));
    }

    @ParameterizedTest(name = "{0}/month × {1} ÷ churn {2} → {3}")
    @CsvSource({
            "5000, 0.8, 0.02, 200000",   // 4,000 ÷ 0.02
            "100,  0.5, 0.1,  500",      // 50 ÷ 0.1
            "2500, 1.0, 1.0,  2500"})    // everyone leaves after one month
    void subscriptionClvIsMonthlyGrossProfitOverChurn(double revenue, double margin, double churn, double clv) {
        assertThat(UnitEconomics.clvSubscription(revenue, margin, churn).value()).isCloseTo(clv, within(1e-9));
    }

    @ParameterizedTest(name = "CLV {0} ÷ CAC {1} → {2}, healthy {3}")
    @CsvSource({
            "60000, 20000, 3.0,  true",    // exactly 3:1 is healthy
            "59999, 20000, 2.99995, false",
            "90000, 10000, 9.0,  true",
            "0,     5000,  0.0,  false"})
    void ltvToCacIsHealthyFromThreeToOne(double clv, double cac, double ratio, boolean healthy) {
        MetricValue v = UnitEconomics.ltvToCac(clv, MetricValue.of(cac));
        assertThat(v.value()).isCloseTo(ratio, within(1e-12));
        assertThat(UnitEconomics.isHealthy(v)).isEqualTo(healthy);
    }

    @ParameterizedTest(name = "CAC {0} ÷ ({1} × {2}) → {3} months, healthy {4}")
    @CsvSource({
            "24000, 5000, 0.4, 12, false",   // 24,000 ÷ 2,000: 12 months is not under 12
            "22000, 5000, 0.4, 11, true",    // 22,000 ÷ 2,000
            "3000,  1000, 1.0, 3,  true",
            "90000, 2500, 0.6, 60, false"})  // 90,000 ÷ 1,500
    void paybackIsCacOverMonthlyGrossProfit(double cac, double revenue, double margin, double months,
                                            boolean healthy) {
        MetricValue v = UnitEconomics.cacPaybackMonths(MetricValue.of(cac), revenue, margin);
        assertThat(v.value()).isCloseTo(months, within(1e-9));
        assertThat(UnitEconomics.isHealthyPayback(v)).isEqualTo(healthy);
    }

    @Test
    void cacIsUndefinedWhenNoCustomerWon() {
        FunnelFacts f = facts().leads(10).cost(PAID_MEDIA, "1000").build();
        assertThat(UnitEconomics.cacBlended(f, ALL).reason()).isEqualTo(UndefinedReason.NO_WON_LEADS);
    }

    @Test
    void everyZeroDenominatorGivesItsReason() {
        FunnelFacts empty = FunnelFacts.empty(1);
        assertThat(UnitEconomics.costPerLead(empty, ALL).reason()).isEqualTo(UndefinedReason.NO_LEADS);
        assertThat(UnitEconomics.costPerTargetLead(facts().leads(5).target(0, 5, 0).build(), ALL).reason())
                .isEqualTo(UndefinedReason.NO_TARGET_LEADS);
        assertThat(UnitEconomics.clvSubscription(1000, 0.5, 0).reason()).isEqualTo(UndefinedReason.ZERO_CHURN);
        assertThat(UnitEconomics.ltvToCac(1000, MetricValue.of(0)).reason()).isEqualTo(UndefinedReason.ZERO_CAC);
        assertThat(UnitEconomics.cacPaybackMonths(MetricValue.of(1000), 0, 0.5).reason())
                .isEqualTo(UndefinedReason.ZERO_MARGIN_REVENUE);
        assertThat(UnitEconomics.cacPaybackMonths(MetricValue.of(1000), 500, 0).reason())
                .isEqualTo(UndefinedReason.ZERO_MARGIN_REVENUE);
    }

    @Test
    void anUndefinedCacPassesItsReasonOnAndIsNeverHealthy() {
        MetricValue noWon = MetricValue.undefined(UndefinedReason.NO_WON_LEADS);
        MetricValue ratio = UnitEconomics.ltvToCac(5000, noWon);
        MetricValue payback = UnitEconomics.cacPaybackMonths(noWon, 1000, 0.5);
        assertThat(ratio.reason()).isEqualTo(UndefinedReason.NO_WON_LEADS);
        assertThat(payback.reason()).isEqualTo(UndefinedReason.NO_WON_LEADS);
        assertThat(UnitEconomics.isHealthy(ratio)).isFalse();
        assertThat(UnitEconomics.isHealthyPayback(payback)).isFalse();
    }
}
