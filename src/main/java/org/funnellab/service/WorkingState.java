package org.funnellab.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The working state of every what-if panel for one window, kept by the application (not by any screen) so it
 * survives a language switch, a theme switch, a filter change and navigation. Saved in the workspace as JSON
 * (setting {@value #SETTING_KEY}) and read back on the next start.
 *
 * <p>JSON: {@code {"panels": {"nonTarget": {"moved": {"minutesPerCall": 25.0}, "undo": [["minutesPerCall", 15.0,
 * 25.0]], "redo": []}, ...}}}; undo and redo steps newest first.
 */
public final class WorkingState {
    /** The workspace setting that holds the saved working state. */
    public static final String SETTING_KEY = "whatif.workingState";
    /** Undo steps kept per panel when saved: the oldest beyond it are dropped. */
    public static final int SAVED_STEPS = 200;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Map<String, PanelState> panels = new LinkedHashMap<>();
    private Runnable onChange = () -> { };
    private Consumer<String> onReplaced = p -> { };
    private String currentScenario;

    /** The scenario opened or saved last (what Ctrl+S saves over); null when none. */
    public String currentScenario() {
        return currentScenario;
    }

    public void setCurrentScenario(String name) {
        this.currentScenario = name;
        onChange.run();
    }

    /** The state of a panel (model id), created empty on first use. */
    public PanelState panel(String panelId) {
        return panels.computeIfAbsent(panelId, k -> {
            PanelState s = new PanelState();
            s.onChange(() -> onChange.run());
            return s;
        });
    }

    /** Called after any change of any panel (one listener: the application's autosave). */
    public void setOnChange(Runnable r) {
        this.onChange = Objects.requireNonNull(r);
    }

    /**
     * Called with a panel's id when its state was replaced from outside (a saved state restored, a scenario
     * opened), so the live panel can show it. One listener: the screens of the current language and theme set it
     * and replace the previous screens' one.
     */
    public void setOnReplaced(Consumer<String> r) {
        this.onReplaced = Objects.requireNonNull(r);
    }

    /** Tells the live panel its state was replaced. */
    public void replaced(String panelId) {
        onReplaced.accept(panelId);
    }

    public String toJson() {
        ObjectNode root = MAPPER.createObjectNode();
        if (currentScenario != null) {
            root.put("currentScenario", currentScenario);
        }
        ObjectNode ps = root.putObject("panels");
        panels.forEach((id, s) -> {
            ObjectNode p = ps.putObject(id);
            ObjectNode moved = p.putObject("moved");
            s.moved().forEach(moved::put);
            steps(p.putArray("undo"), s.undo());
            steps(p.putArray("redo"), s.redo());
        });
        return root.toString();
    }

    private static void steps(ArrayNode out, Iterable<PanelState.Step> steps) {
        int n = 0;
        for (PanelState.Step st : steps) {
            if (n++ == SAVED_STEPS) {
                break;
            }
            ArrayNode a = out.addArray().add(st.input()).add(st.before()).add(st.after());
            if (st.withPrevious()) {
                a.add(true);
            }
        }
    }

    /**
     * Replaces every panel's state with the one in {@code json} (panels it does not name keep theirs) and tells each
     * live panel. Unreadable text changes nothing and returns false.
     */
    public boolean restore(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            return false;
        }
        JsonNode ps = root == null ? null : root.get("panels");
        if (ps == null || !ps.isObject()) {
            return false;
        }
        JsonNode current = root.get("currentScenario");
        currentScenario = current != null && current.isTextual() ? current.asText() : null;
        var fields = ps.fields();
        while (fields.hasNext()) {
            var e = fields.next();
            PanelState s = panel(e.getKey());
            Map<String, Double> moved = new LinkedHashMap<>();
            JsonNode m = e.getValue().path("moved");
            m.fields().forEachRemaining(f -> {
                if (f.getValue().isNumber()) {
                    moved.put(f.getKey(), f.getValue().doubleValue());
                }
            });
            s.undo().clear();
            s.redo().clear();
            readSteps(e.getValue().path("undo"), s.undo());
            readSteps(e.getValue().path("redo"), s.redo());
            s.replaceMoved(moved);
            replaced(e.getKey());
        }
        return true;
    }

    private static void readSteps(JsonNode arr, java.util.Deque<PanelState.Step> into) {
        for (JsonNode st : arr) {
            if (st.isArray() && (st.size() == 3 || st.size() == 4 && st.get(3).isBoolean()) && st.get(0).isTextual()
                    && st.get(1).isNumber() && st.get(2).isNumber()) {
                into.addLast(new PanelState.Step(st.get(0).asText(), st.get(1).doubleValue(), st.get(2).doubleValue(),
                        st.size() == 4 && st.get(3).booleanValue()));
            }
        }
    }
}
