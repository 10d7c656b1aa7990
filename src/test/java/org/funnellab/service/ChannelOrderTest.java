package org.funnellab.service;

import org.funnellab.domain.Filters;
import org.funnellab.domain.MetricValue;
import org.funnellab.domain.UndefinedReason;
import org.funnellab.store.DemoData;
import org.funnellab.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ChannelOrderTest {
    private static final MetricValue NONE = MetricValue.undefined(UndefinedReason.NO_COSTS);

    private static Economics channel(String name, MetricValue costs) {
        return new Economics(name, 10, 5, 1, costs, NONE, NONE, NONE, NONE, NONE, NONE, NONE);
    }

    private static Metrics metrics(Economics... channels) {
        Map<String, Economics> by = new LinkedHashMap<>();
        for (Economics e : channels) {
            by.put(e.channel(), e);
        }
        return new Metrics(Selection.empty(MetricSettings.DEFAULT), channel(null, NONE), by);
    }

    @Test
    void largestSpendFirstThenByNameAndUndefinedSpendCountsAsNone() {
        Metrics m = metrics(channel("Ads", MetricValue.of(100)), channel("SEO", MetricValue.of(300)),
                channel("Email", MetricValue.of(100)), channel("", NONE), channel("Referral", MetricValue.of(0)));
        // 300 SEO; 100 Ads and Email by name; then "" and Referral (both nothing) by name
        assertThat(ChannelOrder.of(m)).containsExactly("SEO", "Ads", "Email", "", "Referral");
    }

    @Test
    void itemsFollowTheOrderAndUnknownChannelsComeLastByName() {
        Metrics m = metrics(channel("Ads", MetricValue.of(1)), channel("SEO", MetricValue.of(2)));
        List<String> items = new ArrayList<>(List.of("Zeta", "Ads", "Beta", "SEO"));
        assertThat(ChannelOrder.sort(items, s -> s, m)).containsExactly("SEO", "Ads", "Beta", "Zeta");
        // null is the channel-less ""
        Metrics withNone = metrics(channel("", MetricValue.of(5)), channel("Ads", MetricValue.of(1)));
        List<String> nulls = new ArrayList<>();
        nulls.add("Ads");
        nulls.add(null);
        assertThat(ChannelOrder.sort(nulls, s -> s, withNone)).containsExactly(null, "Ads");
    }

    @Test
    void anyOrderOfTheSameChannelsGivesTheSameNonIncreasingSpendOrder() {
        Random random = new Random(20261201L);
        for (int round = 0; round < 300; round++) {
            int n = 1 + random.nextInt(8);
            List<Economics> list = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                MetricValue spend = random.nextInt(4) == 0 ? NONE : MetricValue.of(random.nextInt(4) * 50.0);
                list.add(channel("c" + i, spend));
            }
            List<String> first = ChannelOrder.of(metrics(list.toArray(Economics[]::new)));
            java.util.Collections.shuffle(list, random);
            List<String> again = ChannelOrder.of(metrics(list.toArray(Economics[]::new)));
            assertThat(again).isEqualTo(first).hasSize(n);
            Map<String, Double> spend = new LinkedHashMap<>();
            list.forEach(e -> spend.put(e.channel(), e.costs().isDefined() ? e.costs().value() : 0));
            for (int i = 1; i < first.size(); i++) {
                double a = spend.get(first.get(i - 1));
                double b = spend.get(first.get(i));
                assertThat(a).isGreaterThanOrEqualTo(b);
                if (a == b) {
                    assertThat(first.get(i - 1)).isLessThan(first.get(i));
                }
            }
        }
    }

    @Test
    void theDemoWorkspacesChannelsReadLargestSpendFirst(@TempDir Path dir) {
        Path file = dir.resolve("demo.sqlite");
        try (Workspace w = Workspace.open(file)) {
            DemoData.fill(w, YearMonth.of(2025, 12), 1500, 4);
            Metrics m = Metrics.of(new MetricsService(w).select(Filters.ALL));
            List<String> order = ChannelOrder.of(m);
            assertThat(order).containsExactlyInAnyOrderElementsOf(m.byChannel().keySet());
            for (int i = 1; i < order.size(); i++) {
                assertThat(m.byChannel().get(order.get(i - 1)).costs().value())
                        .isGreaterThanOrEqualTo(m.byChannel().get(order.get(i)).costs().value());
            }
        }
    }
}
