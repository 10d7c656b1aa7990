package org.funnellab.ui.dashboard;

import org.funnellab.calc.FunnelMetrics;
import org.funnellab.calc.Unit;
import org.funnellab.domain.FunnelFacts;
import org.funnellab.domain.MetricValue;
import org.funnellab.service.Economics;
import org.funnellab.service.MetricSettings;
import org.funnellab.service.Metrics;
import org.funnellab.ui.common.Formats;
import org.funnellab.ui.common.ShortForms;

import java.util.ArrayList;
import java.util.List;

/**
 * The KPI strip from one {@link FunnelFacts} slice: every value through {@link FunnelMetrics} and
 * the application service's {@link Metrics}, formatted by {@link Formats}; each card carries its formula with the actual inputs.
 */
final class Kpis {
    static final String LEADS = "leads";
    static final String NON_TARGET = "nonTarget";
    static final String WIN_RATE = "winRate";
    static final String AVERAGE_DEAL = "averageDeal";
    static final String SALES_CYCLE = "salesCycle";
    static final String VELOCITY = "velocity";
    static final String CAC = "cac";
    static final String REVENUE = "revenue";
    /** The order of the cards on screen. */
    static final List<String> ORDER = List.of(LEADS, NON_TARGET, WIN_RATE, AVERAGE_DEAL, SALES_CYCLE, VELOCITY, CAC,
            REVENUE);

    private final Formats formats;

    Kpis(Formats formats) {
        this.formats = formats;
    }

    List<Kpi> of(Metrics m) {
        FunnelFacts f = m.selection().total();
        List<Kpi> out = new ArrayList<>();
        out.add(kpi(LEADS, MetricValue.of(f.leads()), Unit.COUNT,
                "dashboard.kpi.leads.detail", List.of(count(FunnelMetrics.leadsPerMonth(f))),
                List.of(count(f.leads()), count(f.months()))));
        out.add(kpi(NON_TARGET, FunnelMetrics.nonTargetShare(f), Unit.SHARE,
                "dashboard.kpi.nonTarget.detail", List.of(count(f.unknown())),
                List.of(count(f.nonTarget()), count(f.target()))));
        out.add(kpi(WIN_RATE, FunnelMetrics.winRate(f), Unit.SHARE, null, List.of(),
                List.of(count(f.closedAtOpportunityWon()), count(f.closedAtOpportunityLost()))));
        out.add(kpi(AVERAGE_DEAL, FunnelMetrics.averageDealValue(f), Unit.MONEY,
                "dashboard.kpi.median", List.of(formats.format(FunnelMetrics.medianDealValue(f), Unit.MONEY)),
                List.of(formats.money(f.wonRevenue().doubleValue()), count(f.wonWithValue()))));
        out.add(kpi(SALES_CYCLE, FunnelMetrics.salesCycleMeanDays(f), Unit.DAYS,
                "dashboard.kpi.median", List.of(formats.format(FunnelMetrics.salesCycleMedianDays(f), Unit.DAYS)),
                List.of(formats.number(f.cycleDaysSum(), 0), count(f.wonWithCycle()))));
        out.add(kpi(VELOCITY, FunnelMetrics.pipelineVelocityPerMonth(f), Unit.MONEY,
                "dashboard.kpi.velocity.detail",
                List.of(formats.format(FunnelMetrics.pipelineVelocityPerDay(f), Unit.MONEY)),
                List.of(count(f.openOpportunities()), formats.format(FunnelMetrics.averageDealValue(f), Unit.MONEY),
                        formats.format(FunnelMetrics.winRate(f), Unit.SHARE),
                        formats.format(FunnelMetrics.salesCycleMeanDays(f), Unit.DAYS),
                        formats.number(FunnelMetrics.DAYS_PER_MONTH, 2))));
        Economics e = m.total();
        MetricSettings settings = m.selection().settings();
        List<String> cac = ShortForms.of(e.cac(), Unit.MONEY, formats, true);
        out.add(new Kpi(CAC, cac.get(0),
                "dashboard.kpi.cac.detail." + settings.cacCosts().choice().name(), List.of(),
                "dashboard.kpi.cac.formula", List.of(formats.format(e.costs(), Unit.MONEY), count(f.won())),
                e.cac().reason(), cacNotes(settings), cac.subList(1, cac.size())));
        out.add(kpi(REVENUE, MetricValue.of(f.wonRevenue().doubleValue()), Unit.MONEY,
                "dashboard.kpi.revenue.detail", List.of(formats.money(FunnelMetrics.wonRevenuePerMonth(f))),
                List.of(count(f.won()))));
        return List.copyOf(out);
    }

    /** The tooltip lines naming the categories CAC counts and how shared costs reach a channel. */
    static List<String> cacNotes(MetricSettings settings) {
        List<String> cats = new ArrayList<>();
        settings.cacCosts().categoryNames().forEach(c -> cats.add("costCategory." + c));
        return List.of("dashboard.kpi.cac.counted=" + String.join(",", cats),
                "settings.sharedCosts." + settings.sharedCosts().name());
    }

    private Kpi kpi(String id, MetricValue v, Unit unit, String detailKey, List<String> detailArgs,
                    List<String> formulaArgs) {
        List<String> forms = ShortForms.of(v, unit, formats, true);
        return new Kpi(id, forms.get(0), detailKey, detailArgs, "dashboard.kpi." + id + ".formula",
                formulaArgs, v.reason(), List.of(), forms.subList(1, forms.size()));
    }

    private String count(double v) {
        return formats.format(v, Unit.COUNT);
    }
}
