package org.funnellab.calc;

import org.funnellab.domain.FunnelFacts;
import org.funnellab.domain.MetricValue;
import org.funnellab.domain.Stage;
import org.funnellab.domain.UndefinedReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.funnellab.calc.Facts.facts;

class FunnelMetricsTest {
    private static final double EPS = 1e-9;

    /*
     * A hand-worked slice over 4 months:
     * stages 1000 → 600 → 300 → 120 → 30; of previous 1, .6, .5, .4, .25; of first 1, .6, .3, .12, .03
     * target 500, non-target 300, unknown 200 → share 300 ÷ 800 = 0.375
     * at the opportunity stage 30 won, 60 lost, 30 open → win rate 30 ÷ 90 = 1/3
     * 25 won deals with values summing to 5,000,000 → average 200,000 (median 150,000)
     * 20 won leads with dates, 900 days in all → mean cycle 45 days (median 40)
     * velocity = 30 × 200,000 × 1/3 ÷ 45 = 2,000,000 ÷ 45 = 44,444.44…/day; × 30.4375 = 1,352,777.77…/month
     * leads per month 1000 ÷ 4 = 250; won revenue per month 5,000,000 ÷ 4 = 1,250,000
     */
    private static FunnelFacts worked() {
        return facts().months(4).reached(1000, 600, 300, 120, 30).target(500, 300, 200).status(30, 600, 370)
                .opportunities(30, 60, 30).deals(25, "5000000", "150000").cycle(20, 900, 40.0).build();
    }

    @Test
    void stageCountsAndBothConversionsFollowTheWorkedSlice() {
        List<FunnelMetrics.StageConversion> stages = FunnelMetrics.stages(worked());
        assertThat(stages).extracting(FunnelMetrics.StageConversion::count).containsExactly(1000L, 600L, 300L, 120L,
                30L);
        double[] ofPrevious = {1, 0.6, 0.5, 0.4, 0.25};
        double[] ofFirst = {1, 0.6, 0.3, 0.12, 0.03};
        for (int i = 0; i < 5; i++) {
            assertThat(stages.get(i).ofPrevious().value()).isCloseTo(ofPrevious[i], within(EPS));
            assertThat(stages.get(i).ofFirst().value()).isCloseTo(ofFirst[i], within(EPS));
        }
    }

    @Test
    void everyRateOfTheWorkedSliceMatchesTheHandCalculation() {
        FunnelFacts f = worked();
        assertThat(FunnelMetrics.nonTargetShare(f).value()).isEqualTo(0.375);
        assertThat(FunnelMetrics.unknownCount(f)).isEqualTo(200);
        assertThat(FunnelMetrics.winRate(f).value()).isCloseTo(1.0 / 3, within(EPS));
        assertThat(FunnelMetrics.averageDealValue(f).value()).isEqualTo(200_000);
        assertThat(FunnelMetrics.medianDealValue(f).value()).isEqualTo(150_000);
        assertThat(FunnelMetrics.salesCycleMeanDays(f).value()).isEqualTo(45);
        assertThat(FunnelMetrics.salesCycleMedianDays(f).value()).isEqualTo(40);
        assertThat(FunnelMetrics.pipelineVelocityPerDay(f).value()).isCloseTo(2_000_000.0 / 45, within(1e-6));
        assertThat(FunnelMetrics.pipelineVelocityPerMonth(f).value()).isCloseTo(60_875_000.0 / 45, within(1e-6));
        assertThat(FunnelMetrics.leadsPerMonth(f)).isEqualTo(250);
        assertThat(FunnelMetrics.wonRevenuePerMonth(f)).isEqualTo(1_250_000);
    }

    @Test
    void aMonthIsAQuarterOfAJulianYearDividedByThree() {
        assertThat(FunnelMetrics.DAYS_PER_MONTH).isEqualTo(30.4375);
    }

    @ParameterizedTest(name = "{0} target, {1} non-target → {2}")
    @CsvSource({
            // non-target ÷ (target + non-target)
            "100, 100, 0.5",     // 100 ÷ 200
            "0,    40, 1.0",     // 40 ÷ 40
            "40,    0, 0.0",     // 0 ÷ 40
            "750, 250, 0.25",    // 250 ÷ 1000
            "1,     2, 0.6666666666666666"})
    void nonTargetShareIgnoresUnknownLeads(long target, long nonTarget, double expected) {
        FunnelFacts f = facts().target(target, nonTarget, 999).build();
        assertThat(FunnelMetrics.nonTargetShare(f).value()).isCloseTo(expected, within(EPS));
    }

    @ParameterizedTest(name = "{0} won, {1} lost → {2}")
    @CsvSource({
            "1,  1,  0.5",     // 1 ÷ 2
            "3,  1,  0.75",    // 3 ÷ 4
            "0,  5,  0.0",     // 0 ÷ 5
            "7,  0,  1.0",     // 7 ÷ 7
            "20, 80, 0.2"})    // 20 ÷ 100
    void winRateCountsOnlyLeadsClosedAtTheOpportunityStage(long won, long lost, double expected) {
        // 500 leads lost earlier in the funnel must not lower the win rate
        FunnelFacts f = facts().status(won, lost + 500, 0).opportunities(won, lost, 10).build();
        assertThat(FunnelMetrics.winRate(f).value()).isCloseTo(expected, within(EPS));
    }

    @ParameterizedTest(name = "{0} deals summing {1} → {2}; {3} leads with {4} days → {5}")
    @CsvSource({
            // revenue ÷ deals with value ; days ÷ leads with dates
            "4, 1000,    250,     2, 30,   15",
            "3, 100.5,   33.5,    4, 10,   2.5",
            "1, 99999,   99999,   1, 0,    0",
            "8, 1.6e7,   2.0e6,   5, 365,  73"})
    void averageDealAndMeanCycleAreSumsOverTheirOwnCounts(long deals, String revenue, double avg,
                                                          long withCycle, double days, double meanDays) {
        FunnelFacts f = facts().deals(deals, revenue, null).cycle(withCycle, days, null).build();
        assertThat(FunnelMetrics.averageDealValue(f).value()).isCloseTo(avg, within(EPS));
        assertThat(FunnelMetrics.salesCycleMeanDays(f).value()).isCloseTo(meanDays, within(EPS));
    }

    @ParameterizedTest(name = "{0} open × avg {1} × win {2}/{3} ÷ {4} days → {5}/day")
    @CsvSource({
            // open × (revenue ÷ deals) × won ÷ (won + lost) ÷ (days ÷ leads)
            "10, 100000, 1, 1, 10, 50000",     // 10 × 100,000 × 0.5 ÷ 10
            "50, 200000, 1, 3, 60, 41666.666666666664", // 50 × 200,000 × 0.25 ÷ 60
            "0,  500000, 1, 1, 30, 0",         // no open opportunities
            "12, 30000,  2, 0, 90, 4000"})     // 12 × 30,000 × 1 ÷ 90
    void velocityIsOpenTimesDealTimesWinRateOverCycle(long open, long avgDeal, long won, long lost, double cycle,
                                                      double perDay) {
        FunnelFacts f = facts().opportunities(won, lost, open).deals(1, Long.toString(avgDeal), null)
                .cycle(1, cycle, null).build();
        assertThat(FunnelMetrics.pipelineVelocityPerDay(f).value()).isCloseTo(perDay, within(1e-6));
        assertThat(FunnelMetrics.pipelineVelocityPerMonth(f).value()).isCloseTo(perDay * 30.4375, within(1e-6));
    }

    @Test
    void emptySliceGivesEveryRateUndefinedWithItsReason() {
        FunnelFacts f = FunnelFacts.empty(1);
        assertThat(FunnelMetrics.conversionOfPrevious(f, Stage.LEAD).reason())
                .isEqualTo(UndefinedReason.ZERO_FIRST_STAGE);
        assertThat(FunnelMetrics.conversionOfPrevious(f, Stage.MQL).reason())
                .isEqualTo(UndefinedReason.ZERO_PREVIOUS_STAGE);
        assertThat(FunnelMetrics.conversionOfFirst(f, Stage.WON).reason()).isEqualTo(UndefinedReason.ZERO_FIRST_STAGE);
        assertThat(FunnelMetrics.nonTargetShare(f).reason()).isEqualTo(UndefinedReason.NO_CLASSIFIED_LEADS);
        assertThat(FunnelMetrics.winRate(f).reason()).isEqualTo(UndefinedReason.NO_CLOSED_OPPORTUNITIES);
        assertThat(FunnelMetrics.averageDealValue(f).reason()).isEqualTo(UndefinedReason.NO_DEAL_VALUES);
        assertThat(FunnelMetrics.medianDealValue(f).reason()).isEqualTo(UndefinedReason.NO_DEAL_VALUES);
        assertThat(FunnelMetrics.salesCycleMeanDays(f).reason()).isEqualTo(UndefinedReason.NO_CLOSED_DATES);
        assertThat(FunnelMetrics.salesCycleMedianDays(f).reason()).isEqualTo(UndefinedReason.NO_CLOSED_DATES);
        assertThat(FunnelMetrics.leadsPerMonth(f)).isZero();
        assertThat(FunnelMetrics.wonRevenuePerMonth(f)).isZero();
    }

    @Test
    void conversionOfPreviousIsUndefinedOnlyWhereThePreviousStageIsEmpty() {
        FunnelFacts f = facts().reached(10, 0, 0, 0, 0).build();
        assertThat(FunnelMetrics.conversionOfPrevious(f, Stage.MQL).value()).isZero();
        assertThat(FunnelMetrics.conversionOfPrevious(f, Stage.SQL).reason())
                .isEqualTo(UndefinedReason.ZERO_PREVIOUS_STAGE);
        assertThat(FunnelMetrics.conversionOfFirst(f, Stage.SQL).value()).isZero();
    }

    @Test
    void velocityIsUndefinedForAZeroDaySalesCycle() {
        FunnelFacts f = facts().opportunities(1, 1, 5).deals(1, "1000", null).cycle(3, 0, 0.0).build();
        assertThat(FunnelMetrics.pipelineVelocityPerDay(f).reason()).isEqualTo(UndefinedReason.ZERO_SALES_CYCLE);
        assertThat(FunnelMetrics.pipelineVelocityPerMonth(f).reason()).isEqualTo(UndefinedReason.ZERO_SALES_CYCLE);
    }

    @Test
    void velocityCarriesTheReasonOfItsFirstUndefinedFactor() {
        FunnelFacts noValues = facts().opportunities(1, 1, 5).cycle(1, 10, null).build();
        FunnelFacts noClosed = facts().opportunities(0, 0, 5).deals(1, "10", null).cycle(1, 10, null).build();
        FunnelFacts noDates = facts().opportunities(1, 1, 5).deals(1, "10", null).build();
        assertThat(FunnelMetrics.pipelineVelocityPerDay(noValues).reason()).isEqualTo(UndefinedReason.NO_DEAL_VALUES);
        assertThat(FunnelMetrics.pipelineVelocityPerDay(noClosed).reason())
                .isEqualTo(UndefinedReason.NO_CLOSED_OPPORTUNITIES);
        assertThat(FunnelMetrics.pipelineVelocityPerDay(noDates).reason()).isEqualTo(UndefinedReason.NO_CLOSED_DATES);
        assertThat(FunnelMetrics.pipelineVelocityPerMonth(noDates)).isEqualTo(
                MetricValue.undefined(UndefinedReason.NO_CLOSED_DATES));
    }
}
