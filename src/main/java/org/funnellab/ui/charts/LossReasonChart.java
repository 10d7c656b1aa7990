package org.funnellab.ui.charts;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.Paint;
import java.awt.Rectangle;
import java.text.NumberFormat;
import java.util.List;

/** The most frequent loss reasons as horizontal bars, the non-target ones in the warning colour. */
public final class LossReasonChart extends FxChart {
    private final DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    private final TextTable texts = new TextTable();
    private final String series;
    private boolean[] highlighted = new boolean[0];

    public LossReasonChart(String title, String highlightedName, String otherName, NumberFormat countFormat,
                           ChartStyle style) {
        this.series = title;
        JFreeChart c = ChartFactory.createBarChart(title, null, null, dataset, PlotOrientation.HORIZONTAL,
                true, true, false);
        CategoryPlot plot = c.getCategoryPlot();
        Paint hot = style.series(2);
        Paint calm = style.series(0);
        BarRenderer r = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return column < highlighted.length && highlighted[column] ? hot : calm;
            }
        };
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setMaximumBarWidth(0.1);
        r.setDefaultToolTipGenerator(texts);
        plot.setRenderer(r);
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(new LegendItem(highlightedName, null, null, null, new Rectangle(10, 10), hot));
        legend.add(new LegendItem(otherName, null, null, null, new Rectangle(10, 10), calm));
        plot.setFixedLegendItems(legend);
        ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(countFormat);
        plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        ((NumberAxis) plot.getRangeAxis()).setRangeType(org.jfree.data.RangeType.POSITIVE);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.4f);
        init(c, style);
    }

    /** Replaces the bars: reason i lost {@code counts[i]} leads; {@code nonTarget[i]} highlights it. */
    public void update(List<String> reasons, long[] counts, boolean[] nonTarget, List<String> tooltips) {
        batch(() -> {
            dataset.clear();
            texts.clear();
            highlighted = nonTarget.clone();
            for (int i = 0; i < reasons.size(); i++) {
                dataset.addValue(counts[i], series, reasons.get(i));
                texts.put(0, i, tooltips.get(i));
            }
        });
    }

    public DefaultCategoryDataset dataset() {
        return dataset;
    }

    public boolean highlighted(int i) {
        return highlighted[i];
    }
}
