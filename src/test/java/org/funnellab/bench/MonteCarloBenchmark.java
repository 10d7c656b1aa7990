package org.funnellab.bench;

import org.funnellab.calc.BudgetPlanner;
import org.funnellab.calc.BudgetPlannerModel;
import org.funnellab.calc.MonteCarlo;
import org.funnellab.calc.NonTargetCostModel;
import org.funnellab.calc.Triangular;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** 10,000 Monte Carlo draws with every input uncertain: the uncertainty tool's run. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MonteCarloBenchmark {
    private NonTargetCostModel nonTarget;
    private double[] nonTargetBase;
    private Triangular[] nonTargetUncertain;
    private BudgetPlannerModel planner;
    private double[] plannerBase;
    private Triangular[] plannerUncertain;
    private long seed;

    @Setup
    public void setUp() {
        nonTarget = new NonTargetCostModel();
        nonTargetBase = NonTargetCostModel.Inputs.articleExample().toArray();
        nonTargetUncertain = spread(nonTargetBase);
        List<BudgetPlanner.ChannelBaseline> channels = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            channels.add(new BudgetPlanner.ChannelBaseline("channel" + i, 50_000 * (i + 1), 500 + 300 * i, 0.05 * i,
                    0.01 + 0.005 * i, 100_000 + 50_000 * i));
        }
        planner = new BudgetPlannerModel(channels, 15, 600_000);
        plannerBase = planner.baselineInputs(0.3);
        plannerUncertain = spread(plannerBase);
    }

    private static Triangular[] spread(double[] base) {
        Triangular[] u = new Triangular[base.length];
        for (int i = 0; i < base.length; i++) {
            u[i] = new Triangular(base[i] * 0.8, base[i], base[i] * 1.3);
        }
        return u;
    }

    @Benchmark
    public MonteCarlo.Result nonTargetCost10kDraws() {
        return MonteCarlo.run(nonTarget, nonTargetBase, nonTargetUncertain, 1, 10_000, ++seed, 40);
    }

    @Benchmark
    public MonteCarlo.Result budgetPlannerEightChannels10kDraws() {
        return MonteCarlo.run(planner, plannerBase, plannerUncertain, 3, 10_000, ++seed, 40);
    }
}
