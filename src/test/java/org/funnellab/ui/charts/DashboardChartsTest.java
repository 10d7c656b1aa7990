package org.funnellab.ui.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

import java.awt.Paint;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The dashboard's charts hold what they are given, draw once per update, and say what each bar is. */
@ExtendWith(ApplicationExtension.class)
class DashboardChartsTest {
    private static final NumberFormat COUNT = NumberFormat.getIntegerInstance(Locale.US);
    private static final ChartStyle STYLE = ChartStyle.light();

    private static AtomicInteger redraws(JFreeChart chart) {
        AtomicInteger n = new AtomicInteger();
        chart.addChangeListener(e -> n.incrementAndGet());
        return n;
    }

    @Test
    void funnelBarsCarryTheirLabelsAndTooltipsAndRedrawOncePerUpdate() {
        FunnelBarChart c = new FunnelBarChart("Funnel", "Leads", COUNT, STYLE);
        AtomicInteger redraws = redraws(c.chart());
        c.update(List.of("Lead", "MQL", "SQL"), new long[] {1000, 400, 100}, List.of("1,000 · 100%", "400 · 40%",
                "100 · 25%"), List.of("t0", "t1", "t2"));

        assertThat(redraws.get()).isEqualTo(1);
        CategoryPlot plot = c.chart().getCategoryPlot();
        assertThat(c.dataset().getValue(0, 1).intValue()).isEqualTo(400);
        assertThat(c.barLabel(2)).isEqualTo("100 · 25%");
        assertThat(plot.getRenderer().getDefaultToolTipGenerator().generateToolTip(plot.getDataset(), 0, 1))
                .isEqualTo("t1");
    }

    /** Ten pixels a character: label widths a test can work out by hand. */
    private static final java.awt.FontMetrics TEN_PER_CHAR = new java.awt.FontMetrics(new java.awt.Font("Dialog",
            java.awt.Font.PLAIN, 12)) {
        @Override
        public int stringWidth(String str) {
            return 10 * str.length();
        }
    };

    @Test
    void theCountAxisLeavesRoomForEveryBarsLabel() {
        FunnelBarChart c = new FunnelBarChart("Funnel", "Leads", COUNT, STYLE);
        c.update(List.of("Lead", "MQL"), new long[] {1000, 500}, List.of("aaaaaaaaaa", "aaaaa"), List.of("t", "t"));
        // bar 0: 1000 × 600 / (600 − 24 − 100) = 1260.504…; bar 1: 500 × 600 / (600 − 24 − 50) = 570.3…
        assertThat(c.upperBoundFor(TEN_PER_CHAR, 600)).isCloseTo(1000 * 600 / 476.0, within(1e-9));
        // a label wider than two thirds of the plot gets two thirds: the bar keeps a third
        c.update(List.of("Lead"), new long[] {90}, List.of("a".repeat(80)), List.of("t"));
        assertThat(c.upperBoundFor(TEN_PER_CHAR, 600)).isCloseTo(270, within(1e-9));
        // nothing to fit: no bound
        c.update(List.of("Lead"), new long[] {0}, List.of("0"), List.of("t"));
        assertThat(c.upperBoundFor(TEN_PER_CHAR, 600)).isZero();
    }

    @Test
    void atAnyWidthEveryLabelEndsInsideThePlot() {
        java.util.Random random = new java.util.Random(20261201);
        for (int trial = 0; trial < 500; trial++) {
            FunnelBarChart c = new FunnelBarChart("Funnel", "Leads", COUNT, STYLE);
            int n = 1 + random.nextInt(6);
            long[] counts = new long[n];
            List<String> labels = new java.util.ArrayList<>();
            List<String> stages = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                stages.add("stage " + i);
                counts[i] = random.nextInt(2_000_000);
                labels.add("x".repeat(random.nextInt(25)));
            }
            c.update(stages, counts, labels, java.util.Collections.nCopies(n, "t"));
            double width = 200 + random.nextInt(1500);
            double upper = c.upperBoundFor(TEN_PER_CHAR, width);
            for (int i = 0; i < n; i++) {
                if (counts[i] == 0 || 10.0 * labels.get(i).length() > width * 2 / 3 - FunnelBarChart.LABEL_GAP) {
                    continue;
                }
                double end = counts[i] / upper * width;
                assertThat(end + FunnelBarChart.LABEL_GAP + 10.0 * labels.get(i).length())
                        .as("trial %d bar %d", trial, i).isLessThanOrEqualTo(width + 1e-6);
            }
        }
    }

    @Test
    void slantedMonthLabelsThinOutWhenTheyWouldOverlap() {
        // 45°: neighbours 20 px apart along the axis are 14.14 px apart across; a 17 px line needs every 2nd
        assertThat(SparseCategoryAxis.step(20, 17, -Math.PI / 4)).isEqualTo(2);
        assertThat(SparseCategoryAxis.step(40, 17, -Math.PI / 4)).isEqualTo(1);
        assertThat(SparseCategoryAxis.step(5, 17, -Math.PI / 4)).isEqualTo(5); // 17 / 3.54 = 4.8
        assertThat(SparseCategoryAxis.step(0, 17, -Math.PI / 4)).isEqualTo(1);

        MonthlyTrendChart c = new MonthlyTrendChart("Monthly", "Leads", "Won", "Revenue", "Leads", "Revenue", COUNT,
                COUNT, STYLE);
        List<String> months = new java.util.ArrayList<>();
        for (int i = 0; i < 18; i++) {
            months.add("Month " + i);
        }
        long[] n = new long[18];
        double[] r = new double[18];
        String[][] tips = new String[18][];
        java.util.Arrays.fill(tips, new String[] {"a", "b", "c"});
        c.update(months, n, n, r, tips);
        org.jfree.chart.axis.CategoryAxis axis = c.chart().getCategoryPlot().getDomainAxis();
        java.awt.Graphics2D g2 = new java.awt.image.BufferedImage(10, 10, java.awt.image.BufferedImage.TYPE_INT_ARGB)
                .createGraphics();
        boolean thinned = false;
        for (double width : new double[] {1200, 300, 120}) {
            List<?> ticks = axis.refreshTicks(g2, new org.jfree.chart.axis.AxisState(),
                    new java.awt.geom.Rectangle2D.Double(0, 0, width, 200), org.jfree.chart.ui.RectangleEdge.BOTTOM);
            List<Boolean> labelled = ticks.stream().map(t -> !((org.jfree.chart.axis.CategoryTick) t).getLabel()
                    .getLines().isEmpty()).toList();
            double spacing = width * (1 - axis.getLowerMargin() - axis.getUpperMargin()) / 18;
            int step = SparseCategoryAxis.step(spacing, g2.getFontMetrics(axis.getTickLabelFont()).getHeight(),
                    -Math.PI / 4);
            assertThat(labelled).as("every bar keeps its tick").hasSize(18);
            assertThat(labelled.get(17)).as("the latest month is always named").isTrue();
            assertThat(labelled.stream().filter(b -> b).count()).as("width %.0f", width)
                    .isEqualTo((long) Math.ceil(18.0 / step));
            thinned |= step > 1;
        }
        assertThat(thinned).as("a narrow chart drops labels").isTrue();
        g2.dispose();
    }

    @Test
    void thePanelsCacClvChartPutsANameNearTheRightEdgeLeftOfItsPoint() {
        CacClvChart c = new CacClvChart("CAC and CLV", "CAC", "CLV", List.of("Channels", "Baseline", "Scenario",
                "3:1"), 3, COUNT, (name, cac, clv) -> name, STYLE);
        // VK at 3,000,000 on an axis ending about 15 % past it: right of 75 % of the axis, its name goes left;
        // Direct sits just right of SEO at the same height: SEO's name goes above
        c.update(List.of("SEO", "Direct", "Email", "VK"), new double[] {300_000, 400_000, 350_000, 3_000_000},
                new double[] {300_000, 310_000, 900_000, 250_000}, null, null);
        var r = c.chart().getXYPlot().getRenderer();
        assertThat(r.getPositiveItemLabelPosition(CacClvChart.CHANNELS, 3).getItemLabelAnchor())
                .isEqualTo(org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE9);
        assertThat(r.getPositiveItemLabelPosition(CacClvChart.CHANNELS, 0).getItemLabelAnchor())
                .isEqualTo(org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE12);
        assertThat(r.getPositiveItemLabelPosition(CacClvChart.CHANNELS, 2).getItemLabelAnchor())
                .isEqualTo(org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE3);
    }

    @Test
    void anUpdateReplacesTheBarsInsteadOfAddingToThem() {
        FunnelBarChart c = new FunnelBarChart("Funnel", "Leads", COUNT, STYLE);
        c.update(List.of("Lead", "MQL"), new long[] {10, 5}, List.of("a", "b"), List.of("a", "b"));
        c.update(List.of("Lead"), new long[] {7}, List.of("c"), List.of("c"));
        assertThat(c.dataset().getColumnCount()).isEqualTo(1);
        assertThat(c.dataset().getValue(0, 0).intValue()).isEqualTo(7);
    }

    @Test
    void targetSplitStacksTargetNonTargetAndUnknownPerChannel() {
        TargetSplitChart c = new TargetSplitChart("Split", List.of("Target", "Non-target", "Unknown"), COUNT, STYLE);
        c.update(List.of("SEO", "VK"), new long[][] {{60, 30, 10}, {20, 70, 5}},
                new String[][] {{"a", "b", "c"}, {"d", "e", "f"}});
        CategoryDataset d = c.dataset();
        assertThat(d.getRowKeys()).containsExactly("Target", "Non-target", "Unknown");
        assertThat(d.getValue("Non-target", "VK").intValue()).isEqualTo(70);
        assertThat(d.getValue("Unknown", "SEO").intValue()).isEqualTo(10);
        CategoryPlot plot = c.chart().getCategoryPlot();
        assertThat(plot.getRenderer().getDefaultToolTipGenerator().generateToolTip(d, 1, 1)).isEqualTo("e");
    }

    @Test
    void nonTargetLossReasonsAreDrawnInTheHighlightColour() {
        LossReasonChart c = new LossReasonChart("Loss", "Non-target", "Other", COUNT, STYLE);
        c.update(List.of("No budget", "Spam"), new long[] {50, 40}, new boolean[] {false, true},
                List.of("a", "b"));
        CategoryPlot plot = c.chart().getCategoryPlot();
        Paint budget = plot.getRenderer().getItemPaint(0, 0);
        Paint spam = plot.getRenderer().getItemPaint(0, 1);
        assertThat(spam).isEqualTo(STYLE.series(2)).isNotEqualTo(budget);
        assertThat(plot.getFixedLegendItems().getItemCount()).isEqualTo(2);
    }

    @Test
    void monthlyRevenueIsALineOnItsOwnAxis() {
        MonthlyTrendChart c = new MonthlyTrendChart("Months", "Leads", "Won", "Revenue", "Count", "Money", COUNT,
                COUNT, STYLE);
        c.update(List.of("Jan", "Feb"), new long[] {100, 120}, new long[] {5, 8}, new double[] {5000, 9000},
                new String[][] {{"a", "b", "c"}, {"d", "e", "f"}});
        CategoryPlot plot = c.chart().getCategoryPlot();
        assertThat(plot.getRangeAxisIndex(plot.getRangeAxisForDataset(1))).isEqualTo(1);
        assertThat(c.revenue().getValue(0, 1).doubleValue()).isEqualTo(9000);
        assertThat(c.counts().getValue("Won", "Feb").intValue()).isEqualTo(8);
        assertThat(plot.getRenderer(1).getDefaultToolTipGenerator().generateToolTip(c.revenue(), 0, 1))
                .isEqualTo("f");
    }

    @Test
    void theHealthyLineIsClvEqualsThreeTimesCacAndThePointsFitTheAxes() {
        DashboardCacClvChart c = new DashboardCacClvChart("CAC vs CLV", "assumptions", "CAC", "CLV", "Channels", "3:1", COUNT, STYLE);
        c.update(List.of("SEO", "VK"), new double[] {100, 400}, new double[] {900, 600}, List.of("a", "b"));
        assertThat(c.points().getItemCount()).isEqualTo(2);
        assertThat(c.line().getItemCount()).isEqualTo(2);
        double x = c.line().getX(1).doubleValue();
        assertThat(c.line().getY(1).doubleValue()).isEqualTo(x * DashboardCacClvChart.HEALTHY_RATIO);
        XYPlot plot = c.chart().getXYPlot();
        assertThat(plot.getDomainAxis().getRange().contains(400)).isTrue();
        assertThat(plot.getRangeAxis().getRange().contains(900)).isTrue();
        assertThat(plot.getRenderer().getDefaultToolTipGenerator().generateToolTip(plot.getDataset(), 0, 1))
                .isEqualTo("b");
    }

    @Test
    void pointNamesMoveAwayFromTheRightEdgeAndFromACloseNeighbour() {
        DashboardCacClvChart c = new DashboardCacClvChart("CAC vs CLV", "assumptions", "CAC", "CLV", "Channels", "3:1", COUNT, STYLE);
        c.update(List.of("SEO", "Direct", "Fairs", "VK"), new double[] {150, 330, 260, 1900},
                new double[] {320, 330, 870, 220}, List.of("a", "b", "c", "d"));
        assertThat(c.labelSide(0)).as("Direct sits just right of SEO: SEO's name goes above").isEqualTo(2);
        assertThat(c.labelSide(1)).isZero();
        assertThat(c.labelSide(2)).isZero();
        assertThat(c.labelSide(3)).as("VK is near the right edge: its name goes left").isEqualTo(1);
    }

    @Test
    void noChannelsMeansNoPointsAndNoLine() {
        DashboardCacClvChart c = new DashboardCacClvChart("CAC vs CLV", "assumptions", "CAC", "CLV", "Channels", "3:1", COUNT, STYLE);
        c.update(List.of(), new double[0], new double[0], List.of());
        assertThat(c.points().getItemCount()).isZero();
        assertThat(c.line().getItemCount()).isZero();
    }

    @Test
    void theCycleHistogramHasOneBarPerBucket() {
        CycleHistogramChart c = new CycleHistogramChart("Cycle", "Days", "Won", COUNT, STYLE);
        AtomicInteger redraws = redraws(c.chart());
        c.update(List.of("0–7", "8–14", "15+"), new long[] {3, 9, 2}, List.of("a", "b", "c"));
        assertThat(redraws.get()).isEqualTo(1);
        assertThat(c.dataset().getColumnKeys()).containsExactly("0–7", "8–14", "15+");
        assertThat(c.dataset().getValue(0, 1).intValue()).isEqualTo(9);
    }
}
