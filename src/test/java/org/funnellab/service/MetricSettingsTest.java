package org.funnellab.service;

import org.funnellab.domain.CostCategory;
import org.funnellab.domain.MetricValue;
import org.funnellab.domain.UndefinedReason;
import org.funnellab.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class MetricSettingsTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "''{0}'' → {1}, {2} categories")
    @CsvSource(delimiter = ';', value = {
            "all; ALL; 8",
            "ALL ; ALL; 8",
            "marketing; MARKETING; 6",
            "paid_media, content; CUSTOM; 2",
            "PAID_MEDIA,CONTENT,SOFTWARE,AGENCY,MARKETING_SALARIES,OTHER; MARKETING; 6",
            "sales-salaries; CUSTOM; 1"})
    void costCategoriesReadAllMarketingOrAList(String text, CacCostCategories.Choice choice, int count) {
        CacCostCategories c = CacCostCategories.parse(text);
        assertThat(c.choice()).isEqualTo(choice);
        assertThat(c.categories()).hasSize(count);
        assertThat(CacCostCategories.parse(c.text())).isEqualTo(c);
    }

    @Test
    void marketingOnlyLeavesOutSalesSalariesAndOverhead() {
        assertThat(EnumSet.complementOf(EnumSet.copyOf(CacCostCategories.MARKETING.categories())))
                .containsExactlyInAnyOrder(CostCategory.SALES_SALARIES, CostCategory.OVERHEAD);
    }

    @Test
    void anUnknownCategoryIsRefusedByName() {
        assertThatThrownBy(() -> CacCostCategories.parse("PAID_MEDIA, tv")).hasMessageStartingWith("'tv' is not");
        assertThatThrownBy(() -> CacCostCategories.parse(" , ")).hasMessageContaining("no cost category");
    }

    @Test
    void anyCustomSetSurvivesTheWorkspaceRoundTrip() {
        Random rnd = new Random(5);
        try (Workspace ws = Workspace.open(dir.resolve("s.sqlite"))) {
            assertThat(MetricSettings.read(ws.settings())).isEqualTo(MetricSettings.DEFAULT);
            for (int i = 0; i < 50; i++) {
                EnumSet<CostCategory> set = EnumSet.of(CostCategory.values()[rnd.nextInt(8)]);
                for (CostCategory c : CostCategory.values()) {
                    if (rnd.nextBoolean()) {
                        set.add(c);
                    }
                }
                MetricSettings s = new MetricSettings(CacCostCategories.of(set),
                        SharedCosts.values()[rnd.nextInt(2)], new ClvAssumptions(
                        ClvAssumptions.Model.values()[rnd.nextInt(2)], rnd.nextInt(12), rnd.nextDouble() * 10,
                        rnd.nextDouble(), rnd.nextInt(100_000), rnd.nextDouble()));
                s.write(ws.settings());
                assertThat(MetricSettings.read(ws.settings())).isEqualTo(s);
            }
        }
    }

    @Test
    void unreadableStoredValuesFallBackToTheDefaults() {
        try (Workspace ws = Workspace.open(dir.resolve("bad.sqlite"))) {
            ws.settings().put(MetricSettings.CAC_COSTS, "tv, radio");
            ws.settings().put(MetricSettings.SHARED_COSTS, "sometimes");
            ws.settings().put(MetricSettings.CLV_GROSS_MARGIN, "1.7");
            assertThat(MetricSettings.read(ws.settings())).isEqualTo(MetricSettings.DEFAULT);
        }
    }

    @ParameterizedTest(name = "deal {0}: CLV {1}, payback at CAC 30,000 {2} months")
    @CsvSource({
            "100000, 150000, 7.2",   // 100,000 × 1 × 3 × 0.5; 30,000 ÷ (100,000 ÷ 12 × 0.5)
            "24000,  36000,  30"})   // 24,000 × 1 × 3 × 0.5; 30,000 ÷ 1,000
    void purchaseBasedClvAndPaybackFromTheAverageDeal(double deal, double clv, double payback) {
        ClvAssumptions a = ClvAssumptions.DEFAULT;
        assertThat(a.clv(MetricValue.of(deal)).value()).isCloseTo(clv, within(1e-9));
        assertThat(a.paybackMonths(MetricValue.of(30_000), MetricValue.of(deal)).value()).isCloseTo(payback,
                within(1e-9));
    }

    @Test
    void subscriptionClvIsGrossProfitOverChurnForEveryCustomer() {
        // 5,000 a month × 80 % ÷ 2 % churn = 200,000; payback 30,000 ÷ 4,000 = 7.5 months
        ClvAssumptions a = new ClvAssumptions(ClvAssumptions.Model.SUBSCRIPTION, 0, 0, 0.8, 5_000, 0.02);
        assertThat(a.clv(MetricValue.undefined(UndefinedReason.NO_DEAL_VALUES)).value()).isCloseTo(200_000,
                within(1e-9));
        assertThat(a.paybackMonths(MetricValue.of(30_000), MetricValue.of(1)).value()).isCloseTo(7.5, within(1e-12));
        // the panel's purchase-based formula gives the same CLV: ARPA × 12 × 1 ÷ (12 × churn) × margin
        assertThat(5_000 * a.panelPurchasesPerYear() * a.panelLifetimeYears().value() * 0.8)
                .isCloseTo(200_000, within(1e-6));
        assertThat(new ClvAssumptions(ClvAssumptions.Model.SUBSCRIPTION, 0, 0, 0.8, 5_000, 0).clv(MetricValue.of(1))
                .reason()).isEqualTo(UndefinedReason.ZERO_CHURN);
    }

    @Test
    void withoutADealValueThereIsNoPurchaseBasedClv() {
        assertThat(ClvAssumptions.DEFAULT.clv(MetricValue.undefined(UndefinedReason.NO_DEAL_VALUES)).reason())
                .isEqualTo(UndefinedReason.NO_DEAL_VALUES);
    }
}
