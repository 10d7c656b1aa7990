package org.funnellab.ui.whatif.tools;

import java.util.List;
import java.util.Map;

/** Where the uncertainty tool sends the scenarios it creates (the application saves them in the workspace). */
@FunctionalInterface
public interface ScenarioSink {
    /**
     * One scenario to save: the current working state with one panel's inputs set to {@code values}.
     *
     * @param values parameter id → value for {@code panel}
     */
    record Generated(String name, String note, String panel, Map<String, Double> values) {
    }

    void save(List<Generated> scenarios);
}
