package org.funnellab.ui.charts;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;

/**
 * One channel's response curve: the observed months as dots, the fitted curve solid inside the spend range it was
 * fitted on and dashed beyond it (extrapolation), today's point and the optimiser's point.
 */
public final class ResponseCurveChart extends FxChart {
    private final XYSeriesCollection data = new XYSeriesCollection();
    private final XYSeries observed;
    private final XYSeries fitted;
    private final XYSeries beyond;
    private final XYSeries current;
    private final XYSeries optimal;

    public ResponseCurveChart(String title, String spendAxis, String leadsAxis, String[] names,
                              NumberFormat moneyFormat, ChartStyle style) {
        observed = new XYSeries(names[0], false);
        fitted = new XYSeries(names[1], false);
        beyond = new XYSeries(names[2], false);
        current = new XYSeries(names[3], false);
        optimal = new XYSeries(names[4], false);
        for (XYSeries s : new XYSeries[] {observed, fitted, beyond, current, optimal}) {
            data.addSeries(s);
        }
        JFreeChart c = ChartFactory.createXYLineChart(title, spendAxis, leadsAxis, data, PlotOrientation.VERTICAL,
                true, true, false);
        XYPlot plot = c.getXYPlot();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
        r.setSeriesLinesVisible(0, false);
        r.setSeriesShapesVisible(0, true);
        r.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        r.setSeriesPaint(0, style.series(0));
        r.setSeriesShapesVisible(1, false);
        r.setSeriesStroke(1, new BasicStroke(2.5f));
        r.setSeriesPaint(1, style.series(1));
        r.setSeriesShapesVisible(2, false);
        r.setSeriesStroke(2, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                new float[] {6f, 5f}, 0));
        r.setSeriesPaint(2, style.series(1));
        r.setSeriesLinesVisible(3, false);
        r.setSeriesShape(3, new Rectangle2D.Double(-6, -6, 12, 12));
        r.setSeriesPaint(3, style.series(3));
        r.setSeriesLinesVisible(4, false);
        r.setSeriesShape(4, new Ellipse2D.Double(-7, -7, 14, 14));
        r.setSeriesPaint(4, style.series(2));
        plot.setRenderer(r);
        // Draw in series order, so the planned and optimal points sit on top of the months and the curve.
        plot.setSeriesRenderingOrder(org.jfree.chart.plot.SeriesRenderingOrder.FORWARD);
        ((NumberAxis) plot.getDomainAxis()).setNumberFormatOverride(moneyFormat);
        init(c, style);
    }

    /** Replaces every series; {@code optimalX} may be empty (not optimised yet). */
    public void update(String title, double[][] observedXy, double[][] fittedXy, double[][] beyondXy,
                       double[][] currentXy, double[][] optimalXy) {
        batch(() -> {
            chart().setTitle(title);
            fill(observed, observedXy);
            fill(fitted, fittedXy);
            fill(beyond, beyondXy);
            fill(current, currentXy);
            fill(optimal, optimalXy);
        });
    }

    private static void fill(XYSeries s, double[][] xy) {
        s.clear();
        for (int i = 0; i < xy[0].length; i++) {
            // NaN marks a gap between two stretches of one line.
            s.add(xy[0][i], Double.isNaN(xy[1][i]) ? null : (Number) xy[1][i], false);
        }
        s.fireSeriesChanged();
    }

    /** Items in a series, for tests: 0 observed, 1 fitted, 2 beyond, 3 current, 4 optimal. */
    public int itemCount(int series) {
        return data.getSeries(series).getItemCount();
    }
}
