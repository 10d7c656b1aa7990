package org.funnellab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.funnellab.store.DemoData;
import org.funnellab.store.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** {@code plan fit} and {@code plan optimise} over a real demo workspace. */
class PlanCommandTest {
    @TempDir
    Path dir;
    private Path ws;

    @BeforeEach
    void demoWorkspace() {
        ws = dir.resolve("demo.sqlite");
        try (Workspace w = Workspace.open(ws)) {
            DemoData.fill(w, YearMonth.of(2025, 6), 3_000, 11);
        }
    }

    private double todaysSpend() {
        Cli.Result r = Cli.run("plan", "optimise", "--workspace", ws.toString(), "--budget", "1", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        return r.json().get("current").get("spend").asDouble();
    }

    @Test
    void fitListsEveryPlannerChannelWithItsMonthsAndQuality() {
        Cli.Result r = Cli.run("plan", "fit", "--workspace", ws.toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("prior").get("elasticity").asDouble()).isEqualTo(0.7);
        assertThat(j.get("channels")).hasSize(6);
        for (JsonNode c : j.get("channels")) {
            assertThat(c.get("months").asInt()).isEqualTo(18);
            assertThat(c.get("points")).hasSize(18);
            assertThat(c.get("bLow").asDouble()).isLessThanOrEqualTo(c.get("bHigh").asDouble());
            assertThat(c.get("minSpend").decimalValue()).isLessThanOrEqualTo(c.get("maxSpend").decimalValue());
            assertThat(c.has("r2")).isTrue();
        }
    }

    @Test
    void optimiseSpendsTheBudgetWithinBoundsAndIsNoWorseThanToday() {
        double today = todaysSpend();
        Cli.Result r = Cli.run("plan", "optimise", "--workspace", ws.toString(), "--budget", String.valueOf(today),
                "--objective", "customers", "--json");
        JsonNode o = r.json();
        assertThat(o.get("spent").asDouble()).isCloseTo(today, within(0.01));
        assertThat(o.get("optimal").get("customers").asDouble())
                .isGreaterThanOrEqualTo(o.get("current").get("customers").asDouble() - 1e-9);
        for (JsonNode c : o.get("channels")) {
            double cur = c.get("currentSpend").asDouble();
            assertThat(c.get("optimalSpend").asDouble()).isBetween(cur * 0.7 - 0.01, cur * 1.3 + 0.01);
        }
    }

    @Test
    void aLockedChannelStaysAndMinMaxAreHonoured() {
        Cli.Result r = Cli.run("plan", "optimise", "--workspace", ws.toString(), "--budget",
                String.valueOf(todaysSpend()), "--lock", "SEO", "--min", "Email=300000", "--max",
                "VK Реклама=600000", "--objective", "revenue", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        for (JsonNode c : r.json().get("channels")) {
            switch (c.get("channel").asText()) {
                case "SEO" -> {
                    assertThat(c.get("optimalSpend").decimalValue()).isEqualByComparingTo(c.get("currentSpend")
                            .decimalValue());
                    assertThat(c.get("bound").asText()).isEqualTo("locked");
                }
                case "Email" -> assertThat(c.get("optimalSpend").asDouble()).isGreaterThanOrEqualTo(300_000 - 0.01);
                case "VK Реклама" -> assertThat(c.get("optimalSpend").asDouble()).isLessThanOrEqualTo(600_000.01);
                default -> { }
            }
        }
    }

    @Test
    void capacityBelowWhatTheLeadsNeedBinds() {
        String budget = String.valueOf(todaysSpend());
        Cli.Result free = Cli.run("plan", "optimise", "--workspace", ws.toString(), "--budget", budget, "--json");
        double needed = free.json().get("hoursNeeded").asDouble();
        Cli.Result r = Cli.run("plan", "optimise", "--workspace", ws.toString(), "--budget", budget,
                "--capacity-hours", String.valueOf(needed * 0.97), "--json");
        JsonNode o = r.json();
        assertThat(o.get("capacityBinds").asBoolean()).as(r.out() + free.out()).isTrue();
        assertThat(o.get("hoursNeeded").asDouble()).isLessThanOrEqualTo(needed * 0.97 + 1e-6);
        assertThat(o.get("objectivePerExtraHour").asDouble()).isPositive();
    }

    @Test
    void anUnknownChannelIsAUsageErrorNamingIt() {
        Cli.Result r = Cli.run("plan", "optimise", "--workspace", ws.toString(), "--budget", "1000", "--lock",
                "Radio");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("Radio").doesNotContain("Exception");
        Cli.Result bad = Cli.run("plan", "optimise", "--workspace", ws.toString(), "--budget", "1000",
                "--objective", "likes");
        assertThat(bad.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("likes");
    }

    @Test
    void aTargetGivesTheLeastBudgetThatReachesIt() {
        double today = todaysSpend();
        Cli.Result now = Cli.run("plan", "optimise", "--workspace", ws.toString(), "--budget", String.valueOf(today),
                "--json");
        double best = now.json().get("optimal").get("customers").asDouble();
        Cli.Result r = Cli.run("plan", "optimise", "--workspace", ws.toString(), "--target", String.valueOf(best),
                "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        // The optimum at today's budget reaches `best`, so the least budget for it is today's (to the bisection).
        assertThat(r.json().get("budget").asDouble()).isCloseTo(today, within(today * 1e-6));
        assertThat(r.json().get("optimal").get("customers").asDouble()).isGreaterThanOrEqualTo(best - 1e-9);
        Cli.Result both = Cli.run("plan", "optimise", "--workspace", ws.toString(), "--target", "5", "--budget", "5");
        assertThat(both.exit()).isEqualTo(ExitCodes.USAGE);
        Cli.Result far = Cli.run("plan", "optimise", "--workspace", ws.toString(), "--target", "1e9");
        assertThat(far.exit()).isEqualTo(ExitCodes.DATA);
        assertThat(far.err()).contains("no budget reaches");
    }

    @Test
    void aTargetCacGivesTheMostCustomersWithinIt() {
        double today = todaysSpend();
        Cli.Result now = Cli.run("plan", "optimise", "--workspace", ws.toString(), "--budget", String.valueOf(today),
                "--json");
        double cac = now.json().get("optimal").get("cac").asDouble();
        double customers = now.json().get("optimal").get("customers").asDouble();
        // Today's budget at its best split has this CAC: the best split at it brings at least as many customers.
        Cli.Result r = Cli.run("plan", "optimise", "--workspace", ws.toString(), "--target-cac",
                String.valueOf(Math.ceil(cac)), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode o = r.json();
        assertThat(o.get("optimal").get("cac").asDouble()).isLessThanOrEqualTo(Math.ceil(cac) + 0.01);
        assertThat(o.get("optimal").get("customers").asDouble()).isGreaterThanOrEqualTo(customers - 1e-6);
        assertThat(o.get("targetCac").asDouble()).isEqualTo(Math.ceil(cac));
        assertThat(o.get("lowestCac").asDouble()).isLessThanOrEqualTo(cac);

        Cli.Result far = Cli.run("plan", "optimise", "--workspace", ws.toString(), "--target-cac", "1");
        assertThat(far.exit()).isEqualTo(ExitCodes.DATA);
        assertThat(far.err()).contains("blended CAC of 1").contains("lowest reachable").doesNotContain("Exception");
        Cli.Result revenue = Cli.run("plan", "optimise", "--workspace", ws.toString(), "--target-cac", "5000",
                "--objective", "revenue");
        assertThat(revenue.exit()).isEqualTo(ExitCodes.USAGE);
        Cli.Result both = Cli.run("plan", "optimise", "--workspace", ws.toString(), "--target-cac", "5000",
                "--target", "5");
        assertThat(both.exit()).isEqualTo(ExitCodes.USAGE);
    }
}
