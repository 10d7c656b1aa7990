package org.funnellab.store;

import org.funnellab.domain.CostCategory;
import org.funnellab.domain.Filters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Costs and leads by month × channel add up to the per-channel totals the rest of the store gives. */
class MonthlyByChannelTest {
    @TempDir
    Path dir;

    @Test
    void monthsAddUpToEachChannelsLeadsAndOwnCosts() {
        try (Workspace ws = Workspace.open(dir.resolve("demo.sqlite"))) {
            DemoData.fill(ws, YearMonth.of(2025, 6), 2_000, 5);
            FunnelQueries q = ws.queries();
            for (Filters f : new Filters[] {Filters.ALL,
                Filters.ALL.withPeriod(YearMonth.of(2025, 1), YearMonth.of(2025, 4)),
                Filters.ALL.withChannels(Set.of("SEO", "Email"))}) {
                Map<String, Long> leads = new HashMap<>();
                Map<String, BigDecimal> costs = new HashMap<>();
                Set<CostCategory> all = EnumSet.allOf(CostCategory.class);
                for (ChannelMonth m : q.monthlyByChannel(f)) {
                    assertThat(f.includesMonth(m.month())).isTrue();
                    assertThat(m.nonTarget()).isBetween(0L, m.leads());
                    leads.merge(m.channel(), m.leads(), Long::sum);
                    costs.merge(m.channel(), m.costs(all), BigDecimal::add);
                }
                Map<String, Long> expectedLeads = new HashMap<>(q.leadsByChannel(f));
                expectedLeads.remove("");
                expectedLeads.values().removeIf(v -> v == 0);
                leads.values().removeIf(v -> v == 0);
                assertThat(leads).isEqualTo(expectedLeads);
                q.costsByChannel(f).byChannel().forEach((channel, byCategory) -> {
                    BigDecimal sum = byCategory.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                    assertThat(costs.get(channel)).as(channel).isEqualByComparingTo(sum);
                });
            }
        }
    }

    @Test
    void anOwnerFilterReadsNoCosts() {
        try (Workspace ws = Workspace.open(dir.resolve("demo.sqlite"))) {
            DemoData.fill(ws, YearMonth.of(2025, 6), 500, 5);
            Filters anna = new Filters(null, null, Set.of(), Set.of(), Set.of("Анна Смирнова"));
            assertThat(ws.queries().monthlyByChannel(anna)).isNotEmpty()
                    .allMatch(m -> m.costs().isEmpty());
        }
    }
}
