package org.funnellab.bench;

import org.funnellab.calc.BudgetPlannerModel;
import org.funnellab.calc.CacClvModel;
import org.funnellab.calc.NonTargetCostModel;
import org.funnellab.calc.PipelineVelocityModel;
import org.funnellab.domain.Filters;
import org.funnellab.service.MetricsService;
import org.funnellab.service.PanelEvaluation;
import org.funnellab.service.Scenario;
import org.funnellab.service.ScenarioComparison;
import org.funnellab.service.ScenarioEvaluator;
import org.funnellab.service.ScenarioService;
import org.funnellab.service.Selection;
import org.funnellab.service.Waterfall;
import org.funnellab.store.Workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Opening and comparing four scenarios on a big workspace, against a reference measured in the same run: reading
 * the data for the current filters (what the window has done before a comparison can be shown).
 * <ul>
 *   <li>reference — {@code MetricsService.select(all)}: the selection's facts and costs (the window's snapshot);</li>
 *   <li>open four — read four scenarios from the workspace and evaluate every panel of each;</li>
 *   <li>compare four — the comparison table of four scenarios plus one waterfall, given the data already read
 *       (what the Scenarios screen computes after "Compare").</li>
 * </ul>
 * {@code ./mvnw -q -Pbench test-compile exec:exec -Dbench.main=org.funnellab.bench.ScenarioBench
 * -Dbench.args="--workspace big.sqlite"} (make it with {@link MakeWorkspace}). Prints medians in ms and the ratios.
 */
public final class ScenarioBench {
    public static void main(String[] args) throws Exception {
        Path file = Path.of("big.sqlite");
        int runs = 15;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--workspace")) {
                file = Path.of(args[++i]);
            } else if (args[i].equals("--runs")) {
                runs = Integer.parseInt(args[++i]);
            }
        }
        ScenarioEvaluator evaluator = new ScenarioEvaluator(ScenarioEvaluator.Assumptions.DEFAULTS);
        try (Workspace ws = Workspace.open(file)) {
            MetricsService metrics = new MetricsService(ws);
            ScenarioService svc = new ScenarioService(ws);
            Selection all = metrics.select(Filters.ALL);
            List<String> channels = new ArrayList<>(all.byChannel().keySet());
            String spend = BudgetPlannerModel.SPEND_PREFIX + channels.get(0);
            List<Scenario> made = List.of(
                    Scenario.of("bench Base", "", Filters.ALL, Map.of()),
                    Scenario.of("bench Cut spend", "", Filters.ALL, Map.of(BudgetPlannerModel.ID, Map.of(spend, 1000.0),
                            CacClvModel.ID, Map.of("mediaSpend", 100_000.0))),
                    Scenario.of("bench Win more", "", Filters.ALL, Map.of(PipelineVelocityModel.ID,
                            Map.of("winRate", 0.4, "opportunities", 500.0))),
                    Scenario.of("bench Fast calls", "", Filters.ALL, Map.of(NonTargetCostModel.ID,
                            Map.of("minutesPerCall", 5.0, "nonTargetShare", 0.2))));
            made.forEach(svc::save);
            List<String> names = made.stream().map(Scenario::name).toList();

            double[] reference = new double[runs];
            double[] open = new double[runs];
            double[] compare = new double[runs];
            for (int r = 0; r < runs; r++) {
                long t0 = System.nanoTime();
                Selection sel = metrics.select(Filters.ALL);
                long t1 = System.nanoTime();
                List<Scenario> list = new ArrayList<>();
                for (String n : names) {
                    Scenario s = svc.get(n);
                    Map<String, PanelEvaluation> e = evaluator.evaluate(s, sel);
                    if (e.size() != 4) {
                        throw new IllegalStateException("four panels expected");
                    }
                    list.add(s);
                }
                long t2 = System.nanoTime();
                ScenarioComparison c = ScenarioService.compare(list, evaluator, f -> sel);
                int rows = c.rows().size();
                Waterfall w = Waterfall.of(PipelineVelocityModel.ID, "revenueMonth",
                        c.evaluations().get(0).get(PipelineVelocityModel.ID),
                        c.evaluations().get(2).get(PipelineVelocityModel.ID), true);
                long t3 = System.nanoTime();
                if (rows == 0 || w.steps().isEmpty()) {
                    throw new IllegalStateException("empty comparison");
                }
                reference[r] = (t1 - t0) / 1e6;
                open[r] = (t2 - t1) / 1e6;
                compare[r] = (t3 - t2) / 1e6;
            }
            names.forEach(svc::delete);
            double ref = median(reference);
            double o = median(open);
            double c = median(compare);
            System.out.printf("workspace %s, %d leads, %d runs (medians)%n", file, all.total().leads(), runs);
            System.out.printf("reference: read the data for the filters   %8.2f ms%n", ref);
            System.out.printf("open four scenarios (read + evaluate)      %8.2f ms  = %.3f × reference%n", o, o / ref);
            System.out.printf("compare four + one waterfall (data read)   %8.2f ms  = %.3f × reference%n", c, c / ref);
        }
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
