package org.funnellab.ui.dashboard;

import org.funnellab.domain.MetricValue;
import org.funnellab.domain.Stage;

/**
 * One bar of the funnel chart: leads that reached {@code stage}, both conversions, and the label shown on the bar
 * (count and the conversion the toggle chose).
 */
public record FunnelStep(Stage stage, long count, MetricValue ofPrevious, MetricValue ofFirst, String label) {
}
