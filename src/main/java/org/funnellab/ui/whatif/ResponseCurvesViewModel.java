package org.funnellab.ui.whatif;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import org.funnellab.calc.ResponseCurve;
import org.funnellab.service.PlannerService;

import java.util.ArrayList;
import java.util.List;

/**
 * The response curves view: one row per planner channel (model, source, months, elasticity, interval for b, R²,
 * fitted spend range), and for the selected channel the observed months, the fitted curve (inside the fitted range
 * and, marked apart, beyond it) and the planner's point. A channel's elasticity can be overridden; every change
 * bumps {@link #versionProperty()} so the planner can be rebuilt on the new curves.
 * Spend on the chart is the planner's (the channel's CAC costs with its share of shared costs); observed months are
 * scaled to it by the same factor as the curve (see {@code PlannerService.planned}).
 */
public final class ResponseCurvesViewModel {
    /** Points to draw: x = spend, y = leads. */
    public record Series(double[] x, double[] y) {
    }

    private final List<PlannerService.ChannelCurve> curves;
    private final Double[] overrides;
    private final IntegerProperty selected = new SimpleIntegerProperty(0);
    private final ReadOnlyIntegerWrapper version = new ReadOnlyIntegerWrapper();

    public ResponseCurvesViewModel(List<PlannerService.ChannelCurve> curves) {
        this.curves = List.copyOf(curves);
        this.overrides = new Double[curves.size()];
    }

    public List<PlannerService.ChannelCurve> channels() {
        return curves;
    }

    public IntegerProperty selectedProperty() {
        return selected;
    }

    /** Incremented whenever a channel's curve changes (an override set or cleared). */
    public ReadOnlyIntegerProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    /** The curve channel {@code i} is planned on: the fitted one through its baseline, or the user's elasticity. */
    public ResponseCurve planned(int i) {
        PlannerService.ChannelCurve c = curves.get(i);
        return overrides[i] == null ? c.planned() : c.planned().withElasticity(overrides[i], c.baselineSpend());
    }

    /** Every channel's planned curve, in channel order. */
    public List<ResponseCurve> plannedCurves() {
        List<ResponseCurve> out = new ArrayList<>();
        for (int i = 0; i < curves.size(); i++) {
            out.add(planned(i));
        }
        return out;
    }

    /** Sets channel {@code i}'s elasticity (0 &lt; e ≤ 1); false (and nothing changes) outside that range. */
    public boolean override(int i, double elasticity) {
        if (!(elasticity > 0 && elasticity <= 1)) {
            return false;
        }
        overrides[i] = elasticity;
        version.set(version.get() + 1);
        return true;
    }

    public void clearOverride(int i) {
        if (overrides[i] != null) {
            overrides[i] = null;
            version.set(version.get() + 1);
        }
    }

    public boolean overridden(int i) {
        return overrides[i] != null;
    }

    /** Planner spend per unit of the channel's own spend (the scale between the months and the plan). */
    private double scale(int i) {
        PlannerService.ChannelCurve c = curves.get(i);
        double own = c.fitted().fit().maxSpend();
        double planned = c.planned().fit().maxSpend();
        return own > 0 && planned > 0 ? planned / own : 1;
    }

    /** The observed months of channel {@code i}, spend in the planner's units. */
    public Series observed(int i) {
        List<PlannerService.MonthPoint> m = curves.get(i).months();
        double r = scale(i);
        return new Series(m.stream().mapToDouble(p -> p.spend() * r).toArray(),
                m.stream().mapToDouble(PlannerService.MonthPoint::leads).toArray());
    }

    /** The planned curve of channel {@code i} from 0 to {@code 2 ×} the largest spend seen, 80 points. */
    public Series curve(int i, boolean insideFittedRange) {
        ResponseCurve c = planned(i);
        double lo = c.fit().minSpend();
        double hi = c.fit().maxSpend();
        double end = 2 * Math.max(hi, curves.get(i).baselineSpend());
        List<double[]> pts = new ArrayList<>();
        boolean skipped = false;
        for (int k = 0; k <= 80; k++) {
            double s = end * k / 80;
            boolean inside = c.fit().months() > 0 && s >= lo && s <= hi;
            if (inside == insideFittedRange) {
                if (skipped && !pts.isEmpty()) {
                    // A gap (NaN leads) so the chart does not join the two sides of the fitted range.
                    pts.add(new double[] {s, Double.NaN});
                }
                pts.add(new double[] {s, c.leads(s)});
                skipped = false;
            } else {
                skipped = true;
            }
        }
        if (insideFittedRange && c.fit().months() > 0) {
            pts.add(0, new double[] {lo, c.leads(lo)});
            pts.add(new double[] {hi, c.leads(hi)});
        }
        return new Series(pts.stream().mapToDouble(p -> p[0]).toArray(), pts.stream().mapToDouble(p -> p[1])
                .toArray());
    }

    /** The planner's spend and leads of channel {@code i} at {@code spend}. */
    public Series point(int i, double spend) {
        return new Series(new double[] {spend}, new double[] {planned(i).leads(spend)});
    }
}
