package org.funnellab.export;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.Color;
import java.awt.Font;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plain bar chart for exports made without a window (the command line): light theme, whole-number ticks for
 * counts, and a message instead of made-up ticks when there is no data. Same colours as the app's light theme.
 */
public final class SimpleBarChart {
    private static final Color[] SERIES = {new Color(0x2F6FDB), new Color(0xE07A1F), new Color(0x9AA4AF),
            new Color(0x2A9D6F), new Color(0xB8336A)};
    private static final Color TEXT = new Color(0x1F2328);
    private static final Color GRID = new Color(0xD8DEE4);

    private SimpleBarChart() {
    }

    /**
     * @param series    series name → one value per category, in order (a LinkedHashMap keeps the legend order)
     * @param counts    whole-number ticks (counts of leads, deals)
     * @param noData    the message an empty chart shows
     */
    public static Drawing create(String title, String categoryAxis, String valueAxis, List<String> categories,
                                    Map<String, double[]> series, boolean horizontal, boolean stacked,
                                    boolean counts, String noData) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        boolean any = false;
        for (Map.Entry<String, double[]> s : new LinkedHashMap<>(series).entrySet()) {
            for (int i = 0; i < categories.size(); i++) {
                data.addValue(s.getValue()[i], s.getKey(), categories.get(i));
                any |= s.getValue()[i] != 0;
            }
        }
        if (!any) {
            data.clear();
        }
        BarRenderer r = stacked ? new StackedBarRenderer() : new BarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setItemMargin(0.05);
        for (int i = 0; i < series.size(); i++) {
            r.setSeriesPaint(i, SERIES[i % SERIES.length]);
        }
        NumberAxis values = new NumberAxis(valueAxis);
        if (counts) {
            values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        CategoryAxis cats = new CategoryAxis(categoryAxis);
        if (!horizontal && categories.size() > 8) {
            cats.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        CategoryPlot plot = new CategoryPlot(data, cats, values, r);
        plot.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        plot.setNoDataMessage(noData);
        plot.setNoDataMessageFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        plot.setNoDataMessagePaint(TEXT);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        for (var axis : List.of(cats, values)) {
            axis.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            axis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            axis.setLabelPaint(TEXT);
            axis.setTickLabelPaint(TEXT);
            axis.setAxisLinePaint(GRID);
        }
        if (horizontal) {
            // the first category at the top, as people read a ranking
            cats.setCategoryMargin(0.2);
        }
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 15), plot, series.size() > 1);
        chart.setBackgroundPaint(Color.WHITE);
        TextTitle t = chart.getTitle();
        t.setPaint(TEXT);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            legend.setItemPaint(TEXT);
            legend.setFrame(BlockBorder.NONE);
        }
        return chart::draw;
    }
}
