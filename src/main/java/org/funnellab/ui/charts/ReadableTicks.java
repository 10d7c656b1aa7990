package org.funnellab.ui.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleInsets;

/**
 * JFreeChart packs value ticks as tightly as their labels fit, which on a tall chart gives a label every few
 * pixels. Padding each label makes the axis choose coarser, readable steps; a right margin keeps the last
 * label of a horizontal axis from being cut at the chart's edge.
 */
public final class ReadableTicks {
    private ReadableTicks() {
    }

    public static void apply(BaselineScenarioChart chart) {
        apply(chart.chart());
    }

    static void apply(JFreeChart chart) {
        if (chart.getPlot() instanceof CategoryPlot cp) {
            pad(cp.getRangeAxis(), cp.getOrientation() == PlotOrientation.VERTICAL);
        } else if (chart.getPlot() instanceof XYPlot xp) {
            pad(xp.getRangeAxis(), true);
            pad(xp.getDomainAxis(), false);
        }
        chart.setPadding(new RectangleInsets(4, 4, 4, 24));
    }

    private static void pad(ValueAxis axis, boolean vertical) {
        axis.setTickLabelInsets(vertical ? new RectangleInsets(10, 4, 10, 4) : new RectangleInsets(4, 12, 4, 12));
    }
}
