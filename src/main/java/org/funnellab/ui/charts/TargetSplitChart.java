package org.funnellab.ui.charts;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.Color;
import java.text.NumberFormat;
import java.util.List;

/**
 * Leads per channel stacked target / non-target / unknown, as horizontal bars so long channel names stay readable.
 * Non-target is drawn in a warning colour, unknown in grey: unknown is never silently counted as target.
 */
public final class TargetSplitChart extends FxChart {
    private final DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    private final TextTable texts = new TextTable();
    private final List<String> seriesNames;

    /** @param seriesNames names of the target, non-target and unknown series, in that order */
    public TargetSplitChart(String title, List<String> seriesNames, NumberFormat countFormat, ChartStyle style) {
        this.seriesNames = List.copyOf(seriesNames);
        JFreeChart c = ChartFactory.createStackedBarChart(title, null, null, dataset, PlotOrientation.HORIZONTAL,
                true, true, false);
        CategoryPlot plot = c.getCategoryPlot();
        StackedBarRenderer r = (StackedBarRenderer) plot.getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setMaximumBarWidth(0.12);
        r.setSeriesPaint(0, style.series(1));
        r.setSeriesPaint(1, style.series(2));
        r.setSeriesPaint(2, style.dark() ? new Color(0x6E7781) : new Color(0xB8C0C8));
        r.setDefaultToolTipGenerator(texts);
        ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(countFormat);
        plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        ((NumberAxis) plot.getRangeAxis()).setRangeType(org.jfree.data.RangeType.POSITIVE);
        CategoryAxis domain = plot.getDomainAxis();
        domain.setMaximumCategoryLabelWidthRatio(0.35f);
        init(c, style);
    }

    /**
     * Replaces the bars. {@code counts[i]} = {target, nonTarget, unknown} of {@code channels.get(i)};
     * {@code tooltips[i][s]} the tooltip of series s of channel i.
     */
    public void update(List<String> channels, long[][] counts, String[][] tooltips) {
        batch(() -> {
            dataset.clear();
            texts.clear();
            for (int i = 0; i < channels.size(); i++) {
                for (int s = 0; s < 3; s++) {
                    dataset.addValue(counts[i][s], seriesNames.get(s), channels.get(i));
                    texts.put(s, i, tooltips[i][s]);
                }
            }
        });
    }

    public DefaultCategoryDataset dataset() {
        return dataset;
    }
}
