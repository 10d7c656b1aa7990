package org.funnellab.bench;

import org.funnellab.calc.BudgetPlanner;
import org.funnellab.service.PlannerService;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Planner channels with a monthly spend × leads history drawn from known power curves (leads = k·s^b with noise):
 * the input of the planner benchmarks. Deterministic for a seed.
 */
record GeneratedPlannerChannels(List<BudgetPlanner.ChannelBaseline> channels,
                                Map<String, List<PlannerService.MonthPoint>> history) {
    static GeneratedPlannerChannels of(int channelCount, int monthCount, long seed) {
        Random rnd = new Random(seed);
        List<BudgetPlanner.ChannelBaseline> channels = new ArrayList<>();
        Map<String, List<PlannerService.MonthPoint>> history = new LinkedHashMap<>();
        for (int c = 0; c < channelCount; c++) {
            double base = 50_000 + rnd.nextDouble() * 500_000;
            double b = 0.3 + 0.6 * rnd.nextDouble();
            double k = 0.05 + rnd.nextDouble();
            List<PlannerService.MonthPoint> months = new ArrayList<>();
            double leadsSum = 0;
            for (int m = 0; m < monthCount; m++) {
                double s = base * (0.6 + 0.8 * rnd.nextDouble());
                long leads = Math.max(1, Math.round(k * Math.pow(s, b) * Math.exp(0.1 * rnd.nextGaussian())));
                months.add(new PlannerService.MonthPoint(YearMonth.of(2024, 1).plusMonths(m), s, leads, leads / 3));
                leadsSum += leads;
            }
            String name = "channel" + c;
            history.put(name, months);
            channels.add(new BudgetPlanner.ChannelBaseline(name, base, base / (leadsSum / monthCount),
                    0.1 + 0.6 * rnd.nextDouble(), 0.01 + 0.05 * rnd.nextDouble(), 100_000 + 400_000 * rnd.nextDouble()));
        }
        return new GeneratedPlannerChannels(channels, history);
    }
}
