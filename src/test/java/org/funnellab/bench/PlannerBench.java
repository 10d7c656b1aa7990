package org.funnellab.bench;

import org.funnellab.calc.BudgetOptimizer;
import org.funnellab.calc.BudgetPlanner;
import org.funnellab.calc.PlannerObjective;
import org.funnellab.calc.ResponseCurve;
import org.funnellab.service.PlannerService;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fit + optimise for 20 channels × 24 months, against a reference measured in the same run: one recompute of the
 * planner over the same 20 channels (what a slider tick costs). Prints the median of each in microseconds and their
 * ratio, for the fit alone, the optimiser alone (with and without a binding capacity) and both together.
 * Run: {@code ./mvnw -q -Pbench test-compile exec:exec -Dbench.main=org.funnellab.bench.PlannerBench -Dbench.args=}
 */
public final class PlannerBench {
    private static final int CHANNELS = 20;
    private static final int MONTHS = 24;

    public static void main(String[] args) {
        GeneratedPlannerChannels generated = GeneratedPlannerChannels.of(CHANNELS, MONTHS, 7);
        List<BudgetPlanner.ChannelBaseline> channels = generated.channels();
        Map<String, List<PlannerService.MonthPoint>> history = generated.history();
        double[] spends = channels.stream().mapToDouble(BudgetPlanner.ChannelBaseline::spend).toArray();
        double budget = Arrays.stream(spends).sum();
        BudgetPlanner.Settings settings = new BudgetPlanner.Settings(0.3, 15, 600_000);
        List<ResponseCurve> curves = PlannerService.plannedCurves(PlannerService.fit(channels, history));
        BudgetOptimizer.Problem free = PlannerService.problem(channels, curves, spends,
                new PlannerService.OptimiseRequest(PlannerObjective.CUSTOMERS, budget, 0.3, Set.of(), Map.of(),
                        Map.of(), Double.POSITIVE_INFINITY), 15, 600_000);
        double hours = BudgetOptimizer.optimise(free).hours();
        BudgetOptimizer.Problem tight = new BudgetOptimizer.Problem(free.channels(), budget, hours * 0.9);

        double[] sink = {0};
        Runnable reference = () -> sink[0] += BudgetPlanner.plan(channels, spends, settings).total().customers()
                .value();
        Runnable fit = () -> sink[0] += PlannerService.fit(channels, history).size();
        Runnable optimise = () -> sink[0] += BudgetOptimizer.optimise(free).value();
        Runnable optimiseTight = () -> sink[0] += BudgetOptimizer.optimise(tight).value();
        Runnable both = () -> {
            List<ResponseCurve> c = PlannerService.plannedCurves(PlannerService.fit(channels, history));
            sink[0] += BudgetOptimizer.optimise(PlannerService.problem(channels, c, spends,
                    new PlannerService.OptimiseRequest(PlannerObjective.CUSTOMERS, budget, 0.3, Set.of(), Map.of(),
                            Map.of(), Double.POSITIVE_INFINITY), 15, 600_000)).value();
        };
        for (int round = 0; round < 3; round++) {
            double ref = median(reference, 20_000);
            double f = median(fit, 300);
            double o = median(optimise, 300);
            double ot = median(optimiseTight, 100);
            double b = median(both, 300);
            System.out.printf("round %d: reference (planner recompute, %d channels) %.2f µs; fit %d×%d %.1f µs (%.0f×);"
                            + " optimise %.1f µs (%.0f×); optimise, capacity binding %.1f µs (%.0f×);"
                            + " fit + optimise %.1f µs (%.0f×)%n", round, CHANNELS, ref, CHANNELS, MONTHS, f, f / ref,
                    o, o / ref, ot, ot / ref, b, b / ref);
        }
        System.out.println("(checksum " + (sink[0] != 0) + ")");
    }

    /** Median of {@code runs} timings in microseconds, after as many warm-up runs. */
    private static double median(Runnable r, int runs) {
        for (int i = 0; i < runs; i++) {
            r.run();
        }
        long[] t = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            r.run();
            t[i] = System.nanoTime() - t0;
        }
        Arrays.sort(t);
        return t[runs / 2] / 1e3;
    }
}
