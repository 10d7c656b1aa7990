package org.funnellab.ui.charts;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The tornado and histogram charts' data, as drawn (a toolkit is needed for their viewers). */
@ExtendWith(ApplicationExtension.class)
class ToolChartsTest {
    private static final NumberFormat FORMAT = NumberFormat.getNumberInstance(Locale.US);

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 100, 100));
    }

    @Test
    void tornadoPutsTheFirstBarOnTopAndSpansEachFromTheBase() {
        TornadoChart chart = new TornadoChart(null, null, "low", "high", FORMAT, ChartStyle.light());
        chart.update(List.of("big", "small", "none"), 100, "Now: 100", new double[] {80, 98, 100},
                new double[] {120, 101, 100});
        XYPlot plot = chart.chart().getXYPlot();
        XYIntervalSeriesCollection data = (XYIntervalSeriesCollection) plot.getDataset();
        assertThat(chart.barCount()).isEqualTo(3);
        SymbolAxis axis = (SymbolAxis) plot.getDomainAxis();
        assertThat(axis.valueToString(2)).as("largest swing on top").isEqualTo("big");
        assertThat(axis.valueToString(0)).isEqualTo("none");
        // Items are kept in x order: item 2 is the top row ("big"), item 0 the bottom one ("none").
        assertThat(data.getXValue(0, 2)).isEqualTo(2.0);
        assertThat(data.getStartYValue(0, 2)).isEqualTo(80.0);
        assertThat(data.getEndYValue(0, 2)).isEqualTo(100.0);
        assertThat(data.getStartYValue(1, 2)).isEqualTo(100.0);
        assertThat(data.getEndYValue(1, 2)).isEqualTo(120.0);
        assertThat(data.getStartYValue(0, 0)).isEqualTo(data.getEndYValue(0, 0)).isEqualTo(100.0);
        ValueMarker base = (ValueMarker) plot.getRangeMarkers(Layer.FOREGROUND).iterator().next();
        assertThat(base.getValue()).isEqualTo(100.0);
        assertThat(base.getLabel()).isEqualTo("Now: 100");

        chart.update(List.of("only"), 5, "Now: 5", new double[] {4}, new double[] {6});
        assertThat(chart.barCount()).as("an update replaces the bars").isEqualTo(1);
        chart.setSeriesNames("−20 %", "+20 %");
        assertThat(data.getSeriesKey(0)).isEqualTo("−20 %");
    }

    @Test
    void histogramDrawsOneBarPerBinAndThreePercentileLines() {
        HistogramChart chart = new HistogramChart(null, null, "draws", "draws", FORMAT, ChartStyle.light());
        chart.update(new long[] {1, 5, 2}, new double[] {0, 10, 20, 30}, FORMAT, new double[] {8, 14, 24},
                new String[] {"P10", "P50", "P90"});
        XYIntervalSeriesCollection data = (XYIntervalSeriesCollection) chart.chart().getXYPlot().getDataset();
        assertThat(chart.binCount()).isEqualTo(3);
        assertThat(data.getStartXValue(0, 1)).isEqualTo(10.0);
        assertThat(data.getEndXValue(0, 1)).isEqualTo(20.0);
        assertThat(data.getYValue(0, 1)).isEqualTo(5.0);
        assertThat(chart.chart().getXYPlot().getDomainMarkers(Layer.FOREGROUND))
                .extracting(m -> ((ValueMarker) m).getValue()).containsExactly(8.0, 14.0, 24.0);

        chart.clear();
        assertThat(chart.binCount()).isZero();
        assertThat(chart.chart().getXYPlot().getDomainMarkers(Layer.FOREGROUND)).isNullOrEmpty();
    }

    @Test
    void aHistogramOfEqualSamplesStillHasAVisibleBar() {
        HistogramChart chart = new HistogramChart(null, null, "draws", "draws", FORMAT, ChartStyle.light());
        chart.update(new long[] {10_000}, new double[] {125, 125}, FORMAT, new double[] {125, 125, 125},
                new String[] {"P10", "P50", "P90"});
        XYIntervalSeriesCollection data = (XYIntervalSeriesCollection) chart.chart().getXYPlot().getDataset();
        assertThat(data.getEndXValue(0, 0)).isGreaterThan(data.getStartXValue(0, 0));
        assertThat(data.getXValue(0, 0)).isEqualTo(125.0);
    }
}
