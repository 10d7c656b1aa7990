package org.funnellab.ui.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;

import java.util.ArrayList;
import java.util.List;

/**
 * A chart whose data is empty or all zeros has no scale to show: JFreeChart would still invent one ("0 0 0 -0").
 * While that is so, the value axes hide their ticks and a line under the title says there is no data.
 */
final class EmptyChart {
    private final JFreeChart chart;
    private final TextTitle note;
    private boolean empty;
    private boolean applying;

    private EmptyChart(JFreeChart chart, ChartStyle style) {
        this.chart = chart;
        this.note = style.noDataText() == null ? null : new TextTitle(style.noDataText(), style.font(13, false));
        if (note != null) {
            note.setPaint(style.text());
            note.setPosition(RectangleEdge.TOP);
            // Shown and hidden silently: the change that emptied the chart redraws it anyway (one redraw per update).
            note.setVisible(false);
            note.setNotify(false);
            chart.addSubtitle(0, note);
        }
    }

    static EmptyChart install(JFreeChart chart, ChartStyle style) {
        EmptyChart e = new EmptyChart(chart, style);
        chart.addChangeListener(event -> e.refresh());
        e.refresh();
        return e;
    }

    /** Brings the axes and the note in line with the data; called inside a batch (no extra redraw) or after one. */
    void refresh() {
        if (applying) {
            return;
        }
        boolean now = isEmpty(chart.getPlot());
        if (now == empty) {
            return;
        }
        applying = true;
        try {
            empty = now;
            for (ValueAxis axis : valueAxes(chart.getPlot())) {
                axis.setTickLabelsVisible(!now);
                axis.setTickMarksVisible(!now);
            }
            if (note != null) {
                note.setVisible(now);
            }
        } finally {
            applying = false;
        }
    }

    static boolean isEmpty(Plot plot) {
        if (plot instanceof CategoryPlot cp) {
            for (int i = 0; i < cp.getDatasetCount(); i++) {
                CategoryDataset d = cp.getDataset(i);
                if (d == null) {
                    continue;
                }
                for (int r = 0; r < d.getRowCount(); r++) {
                    for (int c = 0; c < d.getColumnCount(); c++) {
                        Number v = d.getValue(r, c);
                        if (v != null && Math.abs(v.doubleValue()) > 1e-12) {
                            return false;
                        }
                    }
                }
            }
            return true;
        }
        if (plot instanceof XYPlot xp) {
            for (int i = 0; i < xp.getDatasetCount(); i++) {
                XYDataset d = xp.getDataset(i);
                if (d == null) {
                    continue;
                }
                for (int s = 0; s < d.getSeriesCount(); s++) {
                    for (int j = 0; j < d.getItemCount(s); j++) {
                        double y = d.getYValue(s, j);
                        if (!Double.isNaN(y) && Math.abs(y) > 1e-12) {
                            return false;
                        }
                    }
                }
            }
            return true;
        }
        return false;
    }

    private static List<ValueAxis> valueAxes(Plot plot) {
        List<ValueAxis> out = new ArrayList<>();
        if (plot instanceof CategoryPlot cp) {
            for (int i = 0; i < cp.getRangeAxisCount(); i++) {
                if (cp.getRangeAxis(i) != null) {
                    out.add(cp.getRangeAxis(i));
                }
            }
        } else if (plot instanceof XYPlot xp) {
            for (int i = 0; i < xp.getRangeAxisCount(); i++) {
                if (xp.getRangeAxis(i) != null) {
                    out.add(xp.getRangeAxis(i));
                }
            }
            for (int i = 0; i < xp.getDomainAxisCount(); i++) {
                if (xp.getDomainAxis(i) != null) {
                    out.add(xp.getDomainAxis(i));
                }
            }
        }
        return out;
    }
}
