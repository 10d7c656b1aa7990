package org.funnellab.service;

import org.funnellab.domain.CostCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.funnellab.domain.CostCategory.OVERHEAD;
import static org.funnellab.domain.CostCategory.PAID_MEDIA;
import static org.funnellab.domain.CostCategory.SOFTWARE;

class CostAttributionTest {
    /*
     * Period: A 300 leads, 10 won, own 100,000 media; B 100 leads, 5 won, own 50,000 media;
     * shared (no channel) 40,000 overhead + 8,000 software.
     * Media + overhead counted: A carries 100,000 + 40,000 × 300/400 = 130,000 → CAC 13,000;
     *                           B carries  50,000 + 40,000 × 100/400 =  60,000 → CAC 12,000.
     * Software too:             A 100,000 + 48,000 × 3/4 = 136,000 → 13,600; B 50,000 + 12,000 → 12,400.
     * Excluded: A 100,000 → 10,000; B 50,000 → 10,000.
     */
    private static final Map<String, Map<CostCategory, BigDecimal>> OWN = Map.of(
            "A", Map.of(PAID_MEDIA, new BigDecimal("100000")), "B", Map.of(PAID_MEDIA, new BigDecimal("50000")));
    private static final Map<CostCategory, BigDecimal> SHARED = Map.of(OVERHEAD, new BigDecimal("40000"),
            SOFTWARE, new BigDecimal("8000"));
    private static final Map<String, Long> LEADS = Map.of("A", 300L, "B", 100L);
    private static final Map<String, Long> WON = Map.of("A", 10L, "B", 5L);

    private static double counted(Map<CostCategory, BigDecimal> costs, Set<CostCategory> included) {
        return costs.entrySet().stream().filter(e -> included.contains(e.getKey()))
                .mapToDouble(e -> e.getValue().doubleValue()).sum();
    }

    @ParameterizedTest(name = "{0}, software counted {1} → CAC A {2}, B {3}")
    @CsvSource({
            "BY_LEAD_SHARE, false, 13000, 12000",
            "EXCLUDED,      false, 10000, 10000",
            "BY_LEAD_SHARE, true,  13600, 12400",
            "EXCLUDED,      true,  10000, 10000"})
    void aChannelCarriesItsLeadShareOfSharedCostsOrNone(SharedCosts policy, boolean software, double a, double b) {
        Set<CostCategory> included = software ? EnumSet.of(PAID_MEDIA, OVERHEAD, SOFTWARE)
                : EnumSet.of(PAID_MEDIA, OVERHEAD);
        CostAttribution att = new CostAttribution(OWN, SHARED, LEADS, policy);
        assertThat(counted(att.channel("A"), included) / WON.get("A")).isCloseTo(a, within(1e-9));
        assertThat(counted(att.channel("B"), included) / WON.get("B")).isCloseTo(b, within(1e-9));
    }

    @Test
    void leadsWithoutAChannelTakeTheirShareToo() {
        // 100 leads without a channel: A's share is 300/500, so 40,000 × 0.6 = 24,000 reaches A.
        Map<String, Long> leads = new HashMap<>(LEADS);
        leads.put("", 100L);
        CostAttribution att = new CostAttribution(OWN, SHARED, leads, SharedCosts.BY_LEAD_SHARE);
        assertThat(counted(att.channel("A"), EnumSet.of(PAID_MEDIA, OVERHEAD))).isCloseTo(124_000, within(1e-9));
        assertThat(counted(att.channel(""), EnumSet.of(OVERHEAD))).isCloseTo(8_000, within(1e-9));
    }

    @Test
    void aChannelFilterSumsTheSelectedChannelsAndKeepsEachChannelsShare() {
        CostAttribution att = new CostAttribution(Map.of("A", OWN.get("A")), SHARED, LEADS,
                SharedCosts.BY_LEAD_SHARE);
        // A alone: 100,000 + 48,000 × 3/4 — B being filtered out does not give A B's share.
        assertThat(counted(att.selection(Set.of("A")), EnumSet.allOf(CostCategory.class)))
                .isCloseTo(136_000, within(1e-9));
    }

    @Test
    void withoutAChannelFilterEveryCostOfThePeriodCountsWhateverThePolicy() {
        for (SharedCosts policy : SharedCosts.values()) {
            CostAttribution att = new CostAttribution(OWN, SHARED, LEADS, policy);
            assertThat(counted(att.selection(Set.of()), EnumSet.allOf(CostCategory.class))).as(policy.name())
                    .isCloseTo(198_000, within(1e-9));
        }
    }

    @Test
    void aPeriodWithoutLeadsGivesNoChannelAnySharedCost() {
        CostAttribution att = new CostAttribution(OWN, SHARED, Map.of(), SharedCosts.BY_LEAD_SHARE);
        assertThat(att.channel("A")).isEqualTo(Map.of(PAID_MEDIA, new BigDecimal("100000")));
        assertThat(att.leadShare("A")).isZero();
    }

    @Test
    void attributedCostsAlwaysAddUpToOwnPlusSharedCosts() {
        Random random = new Random(7);
        for (int run = 0; run < 300; run++) {
            Map<String, Map<CostCategory, BigDecimal>> own = new HashMap<>();
            Map<String, Long> leads = new HashMap<>();
            double expected = 0;
            for (int c = 0, n = 1 + random.nextInt(8); c < n; c++) {
                BigDecimal cost = BigDecimal.valueOf(random.nextInt(1_000_000), 2);
                expected += cost.doubleValue();
                own.put("ch" + c, Map.of(PAID_MEDIA, cost));
                leads.put("ch" + c, 1L + random.nextInt(5000));
            }
            if (random.nextBoolean()) {
                leads.put("", 1L + random.nextInt(500));
            }
            BigDecimal shared = BigDecimal.valueOf(random.nextInt(50_000_000), 2);
            expected += shared.doubleValue();
            CostAttribution att = new CostAttribution(own, Map.of(OVERHEAD, shared), leads,
                    SharedCosts.BY_LEAD_SHARE);
            double sum = 0;
            for (String c : leads.keySet()) {
                sum += counted(att.channel(c), EnumSet.allOf(CostCategory.class));
            }
            assertThat(sum).as("run %d", run).isCloseTo(expected, within(1e-6));
            assertThat(counted(att.selection(leads.keySet()), EnumSet.allOf(CostCategory.class)))
                    .isCloseTo(expected, within(1e-6));
        }
    }
}
