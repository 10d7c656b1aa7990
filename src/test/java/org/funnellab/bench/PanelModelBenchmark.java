package org.funnellab.bench;

import org.funnellab.calc.BudgetPlanner;
import org.funnellab.calc.BudgetPlannerModel;
import org.funnellab.calc.CacClvModel;
import org.funnellab.calc.NonTargetCostModel;
import org.funnellab.calc.PipelineVelocityModel;
import org.funnellab.domain.MetricValue;
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

/** One full recompute of each what-if panel, as a slider tick triggers it. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PanelModelBenchmark {
    private NonTargetCostModel nonTarget;
    private CacClvModel cacClv;
    private PipelineVelocityModel velocity;
    private BudgetPlannerModel planner;
    private double[] nonTargetInputs;
    private double[] cacClvInputs;
    private double[] velocityInputs;
    private double[] plannerInputs;
    private int tick;

    @Setup
    public void setUp() {
        nonTarget = new NonTargetCostModel();
        cacClv = new CacClvModel();
        velocity = new PipelineVelocityModel();
        List<BudgetPlanner.ChannelBaseline> channels = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            channels.add(new BudgetPlanner.ChannelBaseline("channel" + i, 50_000 * (i + 1), 500 + 300 * i, 0.05 * i,
                    0.01 + 0.005 * i, 100_000 + 50_000 * i));
        }
        planner = new BudgetPlannerModel(channels, 15, 600_000);
        nonTargetInputs = NonTargetCostModel.Inputs.articleExample().toArray();
        cacClvInputs = CacClvModel.example().toArray();
        velocityInputs = PipelineVelocityModel.example().toArray();
        plannerInputs = planner.baselineInputs(0.3);
    }

    /** A slider moves a little on every call, so nothing can be folded away. */
    private double wiggle() {
        tick = (tick + 1) & 1023;
        return 1 + tick * 1e-4;
    }

    @Benchmark
    public MetricValue[] nonTargetCost() {
        nonTargetInputs[0] = 1000 * wiggle();
        return nonTarget.evaluate(nonTargetInputs);
    }

    @Benchmark
    public MetricValue[] cacClv() {
        cacClvInputs[0] = 300_000 * wiggle();
        return cacClv.evaluate(cacClvInputs);
    }

    @Benchmark
    public Object pipelineVelocityWithLeverUplifts() {
        velocityInputs[0] = 50 * wiggle();
        MetricValue[] out = velocity.evaluate(velocityInputs);
        return new Object[] {out, PipelineVelocityModel.leverUplifts(
                PipelineVelocityModel.Inputs.fromArray(velocityInputs), 0.1)};
    }

    @Benchmark
    public BudgetPlanner.Plan budgetPlannerEightChannels() {
        plannerInputs[0] = 50_000 * wiggle();
        return planner.plan(plannerInputs);
    }
}
