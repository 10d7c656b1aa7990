package org.funnellab.ui.charts;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** All-zero data shows no invented scale ("0 0 0 -0") but a message; real data brings the ticks back. */
@ExtendWith(ApplicationExtension.class)
class EmptyChartTest {
    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 100, 100));
    }

    private static boolean saysNoData(BaselineScenarioChart c) {
        for (int i = 0; i < c.chart().getSubtitleCount(); i++) {
            if (c.chart().getSubtitle(i) instanceof TextTitle t && "Nothing here".equals(t.getText()) && t.isVisible()) {
                return true;
            }
        }
        return false;
    }

    @Test
    void zerosHideTheTicksAndSaySoUntilThereIsData() {
        BaselineScenarioChart chart = new BaselineScenarioChart("Velocity", "per month", "Baseline", "Scenario",
                List.of("Revenue"), NumberFormat.getNumberInstance(Locale.US),
                new ChartStyle(false, 1f, "Nothing here"));
        chart.update(List.of("Revenue"), new Double[] {0.0}, new Double[] {-0.0});
        var axis = chart.chart().getCategoryPlot().getRangeAxis();
        assertThat(axis.isTickLabelsVisible()).isFalse();
        assertThat(saysNoData(chart)).isTrue();

        chart.update(List.of("Revenue"), new Double[] {1200.0}, new Double[] {1500.0});
        assertThat(axis.isTickLabelsVisible()).isTrue();
        assertThat(saysNoData(chart)).isFalse();

        chart.update(List.of("Revenue"), new Double[] {0.0}, new Double[] {0.0});
        assertThat(axis.isTickLabelsVisible()).isFalse();
        assertThat(saysNoData(chart)).isTrue();
    }
}
