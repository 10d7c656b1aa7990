package org.funnellab.ui.dashboard;

import org.funnellab.calc.Unit;
import org.funnellab.domain.Target;
import org.funnellab.store.HistogramBucket;
import org.funnellab.store.LossReasonCount;
import org.funnellab.store.MonthlyPoint;
import org.funnellab.store.TargetSplit;
import org.funnellab.ui.charts.DashboardCacClvChart;
import org.funnellab.ui.charts.ChartStyle;
import org.funnellab.ui.charts.CycleHistogramChart;
import org.funnellab.ui.charts.FunnelBarChart;
import org.funnellab.ui.charts.LossReasonChart;
import org.funnellab.ui.charts.MonthlyTrendChart;
import org.funnellab.ui.charts.TargetSplitChart;
import org.funnellab.ui.common.Formats;
import org.funnellab.ui.common.I18n;

import java.text.NumberFormat;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The dashboard's six charts and the translation of one {@link DashboardData} into their labels and tooltips. */
final class DashboardCharts {
    final FunnelBarChart funnel;
    final TargetSplitChart target;
    final LossReasonChart loss;
    final MonthlyTrendChart monthly;
    final DashboardCacClvChart cacClv;
    final CycleHistogramChart cycle;
    private final I18n i18n;
    private final Formats formats;

    DashboardCharts(I18n i18n, Formats formats, ChartStyle style) {
        this.i18n = i18n;
        this.formats = formats;
        NumberFormat counts = NumberFormat.getIntegerInstance(i18n.locale());
        NumberFormat money = NumberFormat.getIntegerInstance(i18n.locale());
        String currency = formats.currencySymbol();
        funnel = new FunnelBarChart(i18n.get("dashboard.funnel.title"), i18n.get("dashboard.funnel.axis"), counts,
                style);
        target = new TargetSplitChart(i18n.get("dashboard.target.title"), List.of(i18n.get("dashboard.target.target"),
                i18n.get("dashboard.target.nonTarget"), i18n.get("dashboard.target.unknown")), counts, style);
        loss = new LossReasonChart(i18n.get("dashboard.loss.title"), i18n.get("dashboard.loss.nonTarget"),
                i18n.get("dashboard.loss.other"), counts, style);
        monthly = new MonthlyTrendChart(i18n.get("dashboard.monthly.title"), i18n.get("dashboard.monthly.leads"),
                i18n.get("dashboard.monthly.won"), i18n.get("dashboard.monthly.revenue"),
                i18n.get("dashboard.monthly.countAxis"), i18n.format("dashboard.monthly.revenueAxis", currency),
                counts, money, style);
        cacClv = new DashboardCacClvChart(i18n.get("dashboard.cacClv.title"), subtitle(
                org.funnellab.service.MetricSettings.DEFAULT), i18n.format("dashboard.cacClv.cacAxis", currency),
                i18n.format("dashboard.cacClv.clvAxis", currency), i18n.get("dashboard.cacClv.channels"),
                i18n.get("dashboard.cacClv.line"), money, style);
        cycle = new CycleHistogramChart(i18n.get("dashboard.cycle.title"), i18n.get("dashboard.cycle.days"),
                i18n.get("dashboard.cycle.axis"), counts, style);
    }

    /** The CLV assumptions and the cost settings the chart's points follow. */
    String subtitle(org.funnellab.service.MetricSettings s) {
        org.funnellab.ui.common.SettingsTexts t = new org.funnellab.ui.common.SettingsTexts(i18n, formats);
        return t.clv(s.clv()) + "\n" + i18n.format("dashboard.cacClv.costs", t.cacChoice(s.cacCosts()),
                i18n.get("settings.sharedCosts.short." + s.sharedCosts().name()));
    }

    void show(DashboardData d) {
        showFunnel(d.funnel());
        showTarget(d.targetByChannel());
        showLoss(d.lossReasons());
        showMonthly(d.monthly());
        cacClv.setSubtitle(subtitle(d.settings()));
        showCacClv(d.channels());
        showCycle(d.cycleHistogram());
    }

    /** The funnel only: the conversion toggle changes nothing else. */
    void showFunnel(List<FunnelStep> steps) {
        List<String> names = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<String> tips = new ArrayList<>();
        long[] counts = new long[steps.size()];
        for (int i = 0; i < steps.size(); i++) {
            FunnelStep s = steps.get(i);
            String name = i18n.get("dashboard.stage." + s.stage().name());
            names.add(name);
            counts[i] = s.count();
            labels.add(s.label());
            tips.add(i18n.format("dashboard.funnel.tooltip", name, count(s.count()),
                    formats.format(s.ofPrevious(), Unit.SHARE), formats.format(s.ofFirst(), Unit.SHARE)));
        }
        funnel.update(names, counts, labels, tips);
    }

    private void showTarget(List<TargetSplit> splits) {
        List<String> names = new ArrayList<>();
        long[][] counts = new long[splits.size()][];
        String[][] tips = new String[splits.size()][3];
        String[] series = {i18n.get("dashboard.target.target"), i18n.get("dashboard.target.nonTarget"),
                i18n.get("dashboard.target.unknown")};
        for (int i = 0; i < splits.size(); i++) {
            TargetSplit t = splits.get(i);
            String name = channel(t.key());
            names.add(name);
            counts[i] = new long[] {t.target(), t.nonTarget(), t.unknown()};
            for (int s = 0; s < 3; s++) {
                tips[i][s] = i18n.format("dashboard.target.tooltip", name, series[s], count(counts[i][s]),
                        count(t.leads()), formats.percent(t.leads() == 0 ? 0 : (double) counts[i][s] / t.leads()));
            }
        }
        target.update(names, counts, tips);
    }

    private void showLoss(List<LossReasonCount> reasons) {
        List<String> names = new ArrayList<>();
        List<String> tips = new ArrayList<>();
        long[] counts = new long[reasons.size()];
        boolean[] nonTarget = new boolean[reasons.size()];
        long total = reasons.stream().mapToLong(LossReasonCount::leads).sum();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < reasons.size(); i++) {
            LossReasonCount r = reasons.get(i);
            String name = r.reason() == null || r.reason().isBlank() ? i18n.get("dashboard.loss.noReason")
                    : r.reason();
            nonTarget[i] = r.target() == Target.NON_TARGET;
            if (!seen.add(name)) {
                // The same words marked both ways: keep two bars apart.
                name = name + " · " + i18n.get(nonTarget[i] ? "dashboard.loss.nonTarget" : "dashboard.loss.other");
            }
            names.add(name);
            counts[i] = r.leads();
            tips.add(i18n.format("dashboard.loss.tooltip", name, count(r.leads()),
                    formats.percent(total == 0 ? 0 : (double) r.leads() / total)));
        }
        loss.update(names, counts, nonTarget, tips);
    }

    private void showMonthly(List<MonthlyPoint> points) {
        List<String> months = new ArrayList<>();
        int n = points.size();
        long[] leads = new long[n];
        long[] won = new long[n];
        double[] revenue = new double[n];
        String[][] tips = new String[n][3];
        for (int i = 0; i < n; i++) {
            MonthlyPoint p = points.get(i);
            String month = p.month().getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, i18n.locale()) + " "
                    + String.valueOf(p.month().getYear()).substring(2);
            months.add(month);
            leads[i] = p.leads();
            won[i] = p.won();
            revenue[i] = p.wonRevenue().doubleValue();
            tips[i][0] = month + " — " + i18n.get("dashboard.monthly.leads") + ": " + count(p.leads());
            tips[i][1] = month + " — " + i18n.get("dashboard.monthly.won") + ": " + count(p.won());
            tips[i][2] = month + " — " + i18n.get("dashboard.monthly.revenue") + ": " + formats.money(revenue[i]);
        }
        monthly.update(months, leads, won, revenue, tips);
    }

    private void showCacClv(List<ChannelEconomics> channels) {
        List<String> names = new ArrayList<>();
        List<String> tips = new ArrayList<>();
        List<Double> cac = new ArrayList<>();
        List<Double> clv = new ArrayList<>();
        for (ChannelEconomics e : channels) {
            if (e.cac().isDefined() && e.clv().isDefined()) {
                String name = channel(e.channel());
                names.add(name);
                cac.add(e.cac().value());
                clv.add(e.clv().value());
                tips.add(i18n.format("dashboard.cacClv.tooltip", name, formats.format(e.cac(), Unit.MONEY),
                        formats.format(e.clv(), Unit.MONEY), formats.format(e.ltvToCac(), Unit.RATIO)));
            }
        }
        cacClv.update(names, cac.stream().mapToDouble(Double::doubleValue).toArray(),
                clv.stream().mapToDouble(Double::doubleValue).toArray(), tips);
    }

    /** Channels left off the CAC/CLV chart because a value is undefined, for a note beneath it; empty when none. */
    String cacClvOmitted(List<ChannelEconomics> channels) {
        List<String> omitted = channels.stream().filter(e -> !e.cac().isDefined() || !e.clv().isDefined())
                .map(e -> channel(e.channel())).toList();
        return omitted.isEmpty() ? "" : i18n.format("dashboard.cacClv.undefined", String.join(", ", omitted));
    }

    private void showCycle(List<HistogramBucket> buckets) {
        List<String> names = new ArrayList<>();
        List<String> tips = new ArrayList<>();
        long[] counts = new long[buckets.size()];
        for (int i = 0; i < buckets.size(); i++) {
            HistogramBucket b = buckets.get(i);
            String name = b.toDay() == null ? i18n.format("dashboard.cycle.bucketOpen", b.fromDay())
                    : i18n.format("dashboard.cycle.bucket", b.fromDay(), b.toDay());
            names.add(name);
            counts[i] = b.leads();
            tips.add(i18n.format("dashboard.cycle.tooltip", name, count(b.leads())));
        }
        cycle.update(names, counts, tips);
    }

    private String channel(String key) {
        return key == null || key.isEmpty() ? i18n.get("dashboard.noChannel") : key;
    }

    private String count(long v) {
        return formats.format(v, Unit.COUNT);
    }
}
