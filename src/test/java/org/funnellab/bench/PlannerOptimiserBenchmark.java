package org.funnellab.bench;

import org.funnellab.calc.BudgetOptimizer;
import org.funnellab.calc.BudgetPlanner;
import org.funnellab.calc.PlannerObjective;
import org.funnellab.calc.ResponseCurve;
import org.funnellab.service.PlannerService;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The budget planner's optimiser and response-curve fit at 12 channels × 24 months (JMH), with one 12-channel planner
 * recompute ({@link #reference()}) measured in the same run to read them against.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PlannerOptimiserBenchmark {
    private static final int CHANNELS = 12;
    private static final int MONTHS = 24;
    private List<BudgetPlanner.ChannelBaseline> channels;
    private Map<String, List<PlannerService.MonthPoint>> history;
    private double[] spends;
    private BudgetPlanner.Settings settings;
    private BudgetOptimizer.Problem free;
    private BudgetOptimizer.Problem tight;
    private double targetCac;

    @Setup
    public void setUp() {
        GeneratedPlannerChannels generated = GeneratedPlannerChannels.of(CHANNELS, MONTHS, 12);
        channels = generated.channels();
        history = generated.history();
        spends = channels.stream().mapToDouble(BudgetPlanner.ChannelBaseline::spend).toArray();
        double budget = Arrays.stream(spends).sum();
        settings = new BudgetPlanner.Settings(0.3, 15, 600_000);
        List<ResponseCurve> curves = PlannerService.plannedCurves(PlannerService.fit(channels, history));
        free = PlannerService.problem(channels, curves, spends,
                new PlannerService.OptimiseRequest(PlannerObjective.CUSTOMERS, budget, 0.3, Set.of(), Map.of(),
                        Map.of(), Double.POSITIVE_INFINITY), 15, 600_000);
        BudgetOptimizer.Result r = BudgetOptimizer.optimise(free);
        tight = new BudgetOptimizer.Problem(free.channels(), budget, r.hours() * 0.9);
        targetCac = r.spent() / r.value() * 0.95;
    }

    /** The reference: one 12-channel planner recompute, as a slider tick does. */
    @Benchmark
    public double reference() {
        return BudgetPlanner.plan(channels, spends, settings).total().customers().value();
    }

    /** One fit of 12 channels × 24 months. */
    @Benchmark
    public int fit() {
        return PlannerService.fit(channels, history).size();
    }

    /** One optimisation of 12 channels within ±30 %. */
    @Benchmark
    public double optimise() {
        return BudgetOptimizer.optimise(free).value();
    }

    /** The same with the sales hours binding (90 % of what the free optimum needs). */
    @Benchmark
    public double optimiseHoursBinding() {
        return BudgetOptimizer.optimise(tight).value();
    }

    /** The best split at a blended CAC 5 % below the free optimum's. */
    @Benchmark
    public boolean targetCac() {
        return BudgetOptimizer.bestAtTargetCac(free, targetCac).result().isPresent();
    }
}
