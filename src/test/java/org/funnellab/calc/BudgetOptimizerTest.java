package org.funnellab.calc;

import org.funnellab.calc.BudgetOptimizer.Bound;
import org.funnellab.calc.BudgetOptimizer.Channel;
import org.funnellab.calc.BudgetOptimizer.ChannelResult;
import org.funnellab.calc.BudgetOptimizer.Problem;
import org.funnellab.calc.BudgetOptimizer.Result;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BudgetOptimizerTest {
    private static final ResponseCurve.Fit NONE = ResponseCurveFit.fit(new double[0], new double[0]).fit();

    private static ResponseCurve power(double k, double b) {
        return ResponseCurve.power(k, b, ResponseCurve.Source.FITTED, NONE);
    }

    @Test
    void twoSquareRootChannelsSplitAsTheClosedFormSays() {
        // v·k·0.5·s^−½ equal ⇒ s₁ : s₂ = (v₁k₁)² : (v₂k₂)². v₁k₁ = 0.02·10 = 0.2, v₂k₂ = 0.01·10 = 0.1 ⇒ 4 : 1.
        List<Channel> ch = List.of(
                new Channel("A", power(10, 0.5), 0.02, 0.02, 0.25, 500_000, 0, 1_000_000, false),
                new Channel("B", power(10, 0.5), 0.01, 0.01, 0.25, 500_000, 0, 1_000_000, false));
        Result r = BudgetOptimizer.optimise(new Problem(ch, 1_000_000, Double.POSITIVE_INFINITY));
        assertEquals(800_000, r.channels().get(0).optimal(), 1e-4);
        assertEquals(200_000, r.channels().get(1).optimal(), 1e-4);
        assertEquals(1_000_000, r.spent(), 1e-6);
        // λ = 0.2·0.5/√800,000; customers = 0.2·√800,000 + 0.1·√200,000.
        assertEquals(0.1 / Math.sqrt(800_000), r.budgetPrice(), 1e-12);
        assertEquals(0.2 * Math.sqrt(800_000) + 0.1 * Math.sqrt(200_000), r.value(), 1e-6);
        // The next customer costs the same in both channels at the optimum: 1 ÷ (0.02·10·0.5/√800,000).
        assertEquals(Math.sqrt(800_000) / 0.1, r.channels().get(0).marginalCac().value(), 1e-6);
        assertEquals(r.channels().get(0).marginalCac().value(), r.channels().get(1).marginalCac().value(), 1e-6);
        assertFalse(r.capacityBinds());
        assertTrue(r.value() > r.currentValue());
    }

    @Test
    void whenCapacityBindsSpendMovesToTheChannelWithFewerNonTargetLeads() {
        // Same curve, same conversion of target leads (10 %); A has 20 % non-target leads, B 70 %. Every lead costs
        // 0.5 h of first qualification. The team has 80 % of the hours the unconstrained plan needs.
        double conv = 0.10;
        List<Channel> ch = List.of(
                new Channel("A", power(2, 0.6), conv * 0.8, conv * 0.8, 0.5, 300_000, 0, 900_000, false),
                new Channel("B", power(2, 0.6), conv * 0.3, conv * 0.3, 0.5, 300_000, 0, 900_000, false));
        Result free = BudgetOptimizer.optimise(new Problem(ch, 600_000, Double.POSITIVE_INFINITY));
        double hours = 0.8 * free.hours();
        Result tight = BudgetOptimizer.optimise(new Problem(ch, 600_000, hours));
        assertTrue(tight.capacityBinds());
        assertEquals(hours, tight.hours(), 1e-6);
        double shareFree = free.channels().get(0).optimal() / free.spent();
        double shareTight = tight.channels().get(0).optimal() / tight.spent();
        assertTrue(shareTight > shareFree, "A's share " + shareTight + " > " + shareFree);
        assertTrue(tight.hourPrice() > 0);
        // B's leads are worth less than the hour they take at that price: it drops to its minimum.
        assertEquals(Bound.AT_MIN, tight.channels().get(1).bound());
        assertTrue(tight.value() < free.value());
    }

    @Test
    void lockedChannelsStayAndBoundsHold() {
        List<Channel> ch = List.of(
                new Channel("A", power(10, 0.5), 0.02, 0.02, 0.25, 100_000, 0, 1_000_000, true),
                new Channel("B", power(10, 0.5), 0.01, 0.01, 0.25, 500_000, 0, 350_000, false),
                new Channel("C", power(10, 0.5), 0.001, 0.001, 0.25, 500_000, 200_000, 1_000_000, false));
        Result r = BudgetOptimizer.optimise(new Problem(ch, 1_000_000, Double.POSITIVE_INFINITY));
        assertEquals(Bound.LOCKED, r.channels().get(0).bound());
        assertEquals(100_000, r.channels().get(0).optimal());
        assertEquals(Bound.AT_MAX, r.channels().get(1).bound());
        assertEquals(350_000, r.channels().get(1).optimal(), 1e-6);
        assertEquals(550_000, r.channels().get(2).optimal(), 1e-6);
    }

    @Test
    void budgetBelowTheMinimumsIsNamedNotBent() {
        List<Channel> ch = List.of(
                new Channel("A", power(10, 0.5), 0.02, 0.02, 0.25, 100_000, 80_000, 200_000, false),
                new Channel("B", power(10, 0.5), 0.01, 0.01, 0.25, 100_000, 80_000, 200_000, false));
        Result r = BudgetOptimizer.optimise(new Problem(ch, 100_000, Double.POSITIVE_INFINITY));
        assertEquals(List.of(BudgetOptimizer.Issue.BUDGET_BELOW_MINIMUMS), r.issues());
        assertEquals(160_000, r.spent(), 1e-9);
    }

    @Test
    void linearChannelsAreFilledBestFirstAndTheBudgetIsExact() {
        List<Channel> ch = List.of(
                new Channel("A", power(0.01, 1), 1, 1, 0, 0, 0, 300, false),
                new Channel("B", power(0.02, 1), 1, 1, 0, 0, 0, 300, false),
                new Channel("C", power(0.005, 1), 1, 1, 0, 0, 0, 300, false));
        Result r = BudgetOptimizer.optimise(new Problem(ch, 500, Double.POSITIVE_INFINITY));
        assertEquals(300, r.channels().get(1).optimal(), 1e-6);
        assertEquals(200, r.channels().get(0).optimal(), 1e-6);
        assertEquals(0, r.channels().get(2).optimal(), 1e-6);
        assertEquals(500, r.spent(), 1e-9);
    }

    @Test
    void theLeastBudgetForATargetReachesItAndNoLessDoes() {
        List<Channel> ch = List.of(
                new Channel("A", power(10, 0.5), 0.02, 0.02, 0.25, 100_000, 0, 1_000_000, false),
                new Channel("B", power(10, 0.5), 0.01, 0.01, 0.25, 100_000, 0, 1_000_000, false));
        Problem p = new Problem(ch, 0, Double.POSITIVE_INFINITY);
        Result r = BudgetOptimizer.leastBudgetFor(p, 150).orElseThrow();
        assertEquals(150, r.value(), 1e-6);
        // Closed form: value = √(B·(0.2² + 0.1²)) ⇒ B = 150² ÷ 0.05.
        assertEquals(150 * 150 / 0.05, r.budget(), 1e-3);
        assertTrue(BudgetOptimizer.leastBudgetFor(p, 1e9).isEmpty());
    }

    /** 300 seeded random concave problems: bounds, budget, capacity, KKT and no better split among 1,000 random. */
    @Test
    void randomProblemsMeetTheOptimalityConditionsAndBeatRandomSplits() {
        Random rnd = new Random(20261201);
        int capacityBound = 0;
        for (int trial = 0; trial < 300; trial++) {
            int n = 2 + rnd.nextInt(7);
            List<Channel> ch = new ArrayList<>();
            double lo = 0;
            double hi = 0;
            for (int i = 0; i < n; i++) {
                ResponseCurve curve = rnd.nextBoolean()
                        ? power(0.05 + rnd.nextDouble() * 5, 0.2 + 0.8 * rnd.nextDouble())
                        : ResponseCurve.saturating(50 + rnd.nextDouble() * 500, 20_000 + rnd.nextDouble() * 400_000,
                                ResponseCurve.Source.FITTED, NONE);
                double current = 20_000 + rnd.nextDouble() * 400_000;
                boolean locked = rnd.nextInt(8) == 0;
                double min = rnd.nextInt(3) == 0 ? 0 : current * 0.7;
                double max = rnd.nextInt(4) == 0 ? current * 3 : current * 1.3;
                double conv = 0.01 + rnd.nextDouble() * 0.1;
                double nonTarget = rnd.nextDouble() * 0.8;
                ch.add(new Channel("c" + i, curve, conv * (1 - nonTarget), conv * (1 - nonTarget), 0.25, current,
                        min, max, locked));
                lo += locked ? current : min;
                hi += locked ? current : max;
            }
            double budget = lo + (hi - lo) * (0.05 + 0.9 * rnd.nextDouble());
            double capacity = Double.POSITIVE_INFINITY;
            if (rnd.nextBoolean()) {
                Result free = BudgetOptimizer.optimise(new Problem(ch, budget, Double.POSITIVE_INFINITY));
                double minHours = 0;
                for (Channel c : ch) {
                    minHours += c.hoursPerLead() * c.curve().leads(c.locked() ? c.current() : c.min());
                }
                capacity = minHours + (free.hours() - minHours) * (0.3 + 0.6 * rnd.nextDouble());
            }
            Problem p = new Problem(ch, budget, capacity);
            Result r = BudgetOptimizer.optimise(p);
            String at = "trial " + trial;
            assertTrue(r.issues().isEmpty(), at);
            double[] s = r.spends();
            for (int i = 0; i < n; i++) {
                Channel c = ch.get(i);
                double cLo = c.locked() ? c.current() : c.min();
                double cHi = c.locked() ? c.current() : c.max();
                assertTrue(s[i] >= cLo - 1e-6 && s[i] <= cHi + 1e-6, at + " bounds of " + c.name());
            }
            assertTrue(r.spent() <= budget * (1 + 1e-12), at + " spent " + r.spent() + " of " + budget);
            if (!r.capacityBinds()) {
                assertEquals(budget, r.spent(), budget * 1e-10, at + " budget spent exactly");
            } else {
                capacityBound++;
            }
            assertTrue(r.hours() <= capacity * (1 + 1e-9), at + " hours " + r.hours() + " > " + capacity);
            // KKT: every free channel at the same net marginal λ; those at a bound on the right side of it.
            double lambda = r.budgetPrice();
            double scale = 0;
            for (Channel c : ch) {
                scale = Math.max(scale, c.valuePerLead() * c.curve().marginal(Math.max(1, c.current())));
            }
            double slack = 1e-9 * scale;
            for (ChannelResult c : r.channels()) {
                switch (c.bound()) {
                    case FREE -> assertEquals(lambda, c.netMarginal(), 0.005 * lambda + slack, at + " " + c.name());
                    case AT_MIN -> assertTrue(c.netMarginal() <= lambda * 1.005 + slack, at + " " + c.name()
                            + " at min");
                    case AT_MAX -> assertTrue(c.netMarginal() >= lambda * 0.995 - slack, at + " " + c.name()
                            + " at max");
                    case LOCKED -> { }
                }
            }
            double best = r.value();
            double tol = 1e-9 * Math.max(1, best);
            double[] current = ch.stream().mapToDouble(Channel::current).toArray();
            if (feasible(ch, current, budget, capacity)) {
                assertTrue(BudgetOptimizer.value(ch, current) <= best + tol, at + " current split is better: " + BudgetOptimizer.value(ch, current) + " > " + r
                        + " capacity " + capacity + " currentHours " + BudgetOptimizer.hours(ch, current) + " " + ch);
            }
            for (int k = 0; k < 1000; k++) {
                double[] x = randomSplit(ch, budget, rnd);
                if (x != null && BudgetOptimizer.hours(ch, x) <= capacity) {
                    assertTrue(BudgetOptimizer.value(ch, x) <= best + tol, at + " random split " + k + " is better");
                }
            }
        }
        assertTrue(capacityBound >= 50, "capacity bound in " + capacityBound + " problems");
    }

    private static boolean feasible(List<Channel> ch, double[] s, double budget, double capacity) {
        double t = 0;
        for (int i = 0; i < s.length; i++) {
            Channel c = ch.get(i);
            if (!c.locked() && (s[i] < c.min() || s[i] > c.max())) {
                return false;
            }
            t += s[i];
        }
        return t <= budget && BudgetOptimizer.hours(ch, s) <= capacity;
    }

    /** A random split within the bounds that spends the budget exactly (null when the draw cannot). */
    private static double[] randomSplit(List<Channel> ch, double budget, Random rnd) {
        int n = ch.size();
        double[] s = new double[n];
        double base = 0;
        double room = 0;
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            Channel c = ch.get(i);
            double lo = c.locked() ? c.current() : c.min();
            double hi = c.locked() ? c.current() : c.max();
            s[i] = lo;
            base += lo;
            w[i] = rnd.nextDouble() * (hi - lo);
            room += w[i];
        }
        double t = (budget - base) / room;
        if (!(t >= 0 && t <= 1)) {
            return null;
        }
        for (int i = 0; i < n; i++) {
            s[i] += t * w[i];
        }
        return s;
    }

    // --- the best split at a target blended CAC ---

    private static final double NO_LIMIT = Double.POSITIVE_INFINITY;

    @Test
    void atATargetCacTwoEqualSquareRootChannelsGrowUntilTheCacMeetsIt() {
        // leads = 2√s, 5 % become customers: split evenly, customers = 2 · 0.1·√(B/2), CAC = B ÷ that = 7.07·√B.
        // CAC = 10,000 ⇒ √B = 10,000 ÷ 7.0711 ⇒ B = 2,000,000: 1,000,000 each, 200 customers.
        List<Channel> ch = List.of(
                new Channel("A", power(2, 0.5), 0.05, 0.05, 0, 500_000, 0, 5_000_000, false),
                new Channel("B", power(2, 0.5), 0.05, 0.05, 0, 500_000, 0, 5_000_000, false));
        BudgetOptimizer.TargetCac t = BudgetOptimizer.bestAtTargetCac(new Problem(ch, 10_000_000, NO_LIMIT), 10_000);
        Result r = t.result().orElseThrow();
        assertEquals(2_000_000, r.spent(), 1e-3);
        assertEquals(1_000_000, r.channels().get(0).optimal(), 1e-3);
        assertEquals(200, r.value(), 1e-6);
        assertTrue(r.spent() / r.value() <= 10_000 * (1 + 1e-12));
        // The CAC only rises with the budget here: its lowest is at the smallest budgets (→ 0).
        assertTrue(t.lowestCac().value() < 10);

        // A budget below that is all spent: 1,000,000 ⇒ CAC 7,071 ≤ 10,000, customers 0.2·√500,000.
        Result capped = BudgetOptimizer.bestAtTargetCac(new Problem(ch, 1_000_000, NO_LIMIT), 10_000)
                .result().orElseThrow();
        assertEquals(1_000_000, capped.spent(), 1e-6);
        assertEquals(0.2 * Math.sqrt(500_000), capped.value(), 1e-9);
    }

    @Test
    void aTargetBelowTheLowestReachableCacIsNotReachableAndSaysWhatIs() {
        // One channel that must spend at least 1,000,000: 0.05 · 2·√1,000,000 = 100 customers, CAC 10,000; more
        // spend only raises it. A target of 5,000 is out of reach; the lowest CAC is 10,000.
        List<Channel> ch = List.of(new Channel("A", power(2, 0.5), 0.05, 0.05, 0, 1_000_000, 1_000_000, 5_000_000,
                false));
        BudgetOptimizer.TargetCac t = BudgetOptimizer.bestAtTargetCac(new Problem(ch, 5_000_000, NO_LIMIT), 5_000);
        assertTrue(t.result().isEmpty());
        assertEquals(10_000, t.lowestCac().value(), 1e-6);
    }

    @Test
    void whenALockedExpensiveChannelComesFirstTheCacFallsThenRises() {
        // A is locked at 1,000,000 for 1,000 leads × 1 % = 10 customers. B: leads 2√x, 5 % ⇒ 0.1·√x = 0.1u, u = √x.
        // CAC(u) = (1,000,000 + u²) ÷ (10 + 0.1u). Lowest where u² + 200u − 1,000,000 = 0: u = −100 + √1,010,000.
        // CAC ≤ 30,000 ⇔ u² − 3,000u + 700,000 ≤ 0 ⇔ u ≤ (3,000 + √6,200,000) ÷ 2: the most customers at that u.
        List<Channel> ch = List.of(
                new Channel("A", power(0.001, 1), 0.01, 0.01, 0, 1_000_000, 0, 0, true),
                new Channel("B", power(2, 0.5), 0.05, 0.05, 0, 100_000, 0, 10_000_000, false));
        Problem p = new Problem(ch, 20_000_000, NO_LIMIT);
        double uLow = -100 + Math.sqrt(1_010_000);
        double lowest = (1_000_000 + uLow * uLow) / (10 + 0.1 * uLow);
        BudgetOptimizer.TargetCac t = BudgetOptimizer.bestAtTargetCac(p, 30_000);
        assertEquals(lowest, t.lowestCac().value(), 1e-6 * lowest);
        double u = (3_000 + Math.sqrt(6_200_000)) / 2;
        Result r = t.result().orElseThrow();
        assertEquals(u * u, r.channels().get(1).optimal(), 1e-6 * u * u);
        assertEquals(10 + 0.1 * u, r.value(), 1e-9 * r.value());
        assertEquals(1_000_000, r.channels().get(0).optimal(), 1e-9);
        // 15,000 is below the lowest CAC (≈ 18,100): not reachable.
        assertTrue(lowest > 18_000 && lowest < 18_200);
        assertTrue(BudgetOptimizer.bestAtTargetCac(p, 15_000).result().isEmpty());
    }

    @Test
    void atATargetCacNoRandomFeasibleSplitBringsMoreCustomers() {
        Random rnd = new Random(20261201);
        for (int trial = 0; trial < 20; trial++) {
            int n = 2 + rnd.nextInt(4);
            List<Channel> ch = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                double current = 50_000 + rnd.nextDouble() * 500_000;
                double conv = 0.005 + rnd.nextDouble() * 0.05;
                ch.add(new Channel("C" + i, power(0.5 + rnd.nextDouble() * 5, 0.3 + rnd.nextDouble() * 0.7), conv,
                        conv, 0, current, current * 0.5, current * 1.5, false));
            }
            double cap = ch.stream().mapToDouble(Channel::current).sum() * (0.8 + rnd.nextDouble() * 0.6);
            Problem p = new Problem(ch, cap, NO_LIMIT);
            Result atCap = BudgetOptimizer.bestAtTargetCac(p, 1e12).result().orElseThrow();
            double target = atCap.spent() / atCap.value() * (0.8 + rnd.nextDouble() * 0.3);
            BudgetOptimizer.TargetCac t = BudgetOptimizer.bestAtTargetCac(p, target);
            if (t.result().isEmpty()) {
                assertTrue(t.lowestCac().value() > target, "trial " + trial);
                continue;
            }
            Result r = t.result().get();
            assertTrue(r.spent() / r.value() <= target * (1 + 1e-9), "trial " + trial);
            assertTrue(r.spent() <= cap * (1 + 1e-12));
            for (int k = 0; k < 1_000; k++) {
                double[] s = new double[n];
                double spend = 0;
                for (int i = 0; i < n; i++) {
                    s[i] = ch.get(i).min() + rnd.nextDouble() * (ch.get(i).max() - ch.get(i).min());
                    spend += s[i];
                }
                double customers = BudgetOptimizer.value(ch, s);
                if (spend <= cap && spend / customers <= target) {
                    assertTrue(customers <= r.value() * (1 + 1e-9), "trial " + trial + " split " + k);
                }
            }
        }
    }
}
