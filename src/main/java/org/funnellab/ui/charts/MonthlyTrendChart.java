package org.funnellab.ui.charts;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.BasicStroke;
import java.text.NumberFormat;
import java.util.List;

/** Leads and won deals per month as bars (left axis) and won revenue as a line on a second axis (right). */
public final class MonthlyTrendChart extends FxChart {
    private final DefaultCategoryDataset counts = new DefaultCategoryDataset();
    private final DefaultCategoryDataset revenue = new DefaultCategoryDataset();
    private final TextTable countTexts = new TextTable();
    private final TextTable revenueTexts = new TextTable();
    private final String leadsName;
    private final String wonName;
    private final String revenueName;

    public MonthlyTrendChart(String title, String leadsName, String wonName, String revenueName, String countAxis,
                             String revenueAxis, NumberFormat countFormat, NumberFormat moneyFormat,
                             ChartStyle style) {
        this.leadsName = leadsName;
        this.wonName = wonName;
        this.revenueName = revenueName;
        JFreeChart c = ChartFactory.createBarChart(title, null, countAxis, counts, PlotOrientation.VERTICAL,
                true, true, false);
        CategoryPlot plot = c.getCategoryPlot();
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setItemMargin(0.02);
        bars.setSeriesPaint(0, style.series(1));
        bars.setSeriesPaint(1, style.series(3));
        bars.setDefaultToolTipGenerator(countTexts);
        ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(countFormat);
        plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        ((NumberAxis) plot.getRangeAxis()).setRangeType(org.jfree.data.RangeType.POSITIVE);

        NumberAxis money = new NumberAxis(revenueAxis);
        money.setNumberFormatOverride(moneyFormat);
        money.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        money.setRangeType(org.jfree.data.RangeType.POSITIVE);
        plot.setRangeAxis(1, money);
        plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
        plot.setDataset(1, revenue);
        plot.mapDatasetToRangeAxis(1, 1);
        LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
        line.setSeriesPaint(0, style.series(2));
        line.setSeriesStroke(0, new BasicStroke(2.5f));
        line.setDefaultToolTipGenerator(revenueTexts);
        plot.setRenderer(1, line);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);

        CategoryAxis months = new SparseCategoryAxis();
        plot.setDomainAxis(months);
        months.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        months.setCategoryMargin(0.15);
        init(c, style);
        style.apply(c);
        money.setLabelFont(style.font(12, false));
        money.setLabelPaint(style.text());
        money.setTickLabelFont(style.font(12, false));
        money.setTickLabelPaint(style.text());
        money.setAxisLinePaint(style.grid());
    }

    /**
     * Replaces the months: {@code leads[i]}, {@code won[i]} and {@code revenue[i]} belong to {@code months.get(i)};
     * {@code tooltips[i]} = {leads tooltip, won tooltip, revenue tooltip}.
     */
    public void update(List<String> months, long[] leads, long[] won, double[] wonRevenue, String[][] tooltips) {
        batch(() -> {
            counts.clear();
            revenue.clear();
            countTexts.clear();
            revenueTexts.clear();
            for (int i = 0; i < months.size(); i++) {
                counts.addValue(leads[i], leadsName, months.get(i));
                counts.addValue(won[i], wonName, months.get(i));
                revenue.addValue(wonRevenue[i], revenueName, months.get(i));
                countTexts.put(0, i, tooltips[i][0]);
                countTexts.put(1, i, tooltips[i][1]);
                revenueTexts.put(0, i, tooltips[i][2]);
            }
        });
    }

    public DefaultCategoryDataset counts() {
        return counts;
    }

    public DefaultCategoryDataset revenue() {
        return revenue;
    }
}
