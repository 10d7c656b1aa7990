package org.funnellab.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.funnellab.domain.Filters;
import org.funnellab.store.ScenarioStore;
import org.funnellab.store.Workspace;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Saved scenarios and the panels' working state in one workspace: save, rename, duplicate, delete, read, evaluate
 * and compare. For the window and the command line alike. Not thread-safe: call it on the workspace's thread.
 */
public final class ScenarioService {
    /** A scenario name may be at most this long. */
    public static final int MAX_NAME = 80;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Workspace workspace;
    private final Clock clock;

    public ScenarioService(Workspace workspace) {
        this(workspace, Clock.systemUTC());
    }

    public ScenarioService(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
    }

    /** Why a scenario operation was refused, in the words of the command line; the window says it in its own. */
    public static final class ScenarioException extends RuntimeException {
        public enum Problem { NOT_FOUND, EXISTS, BAD_NAME }

        private final Problem problem;
        private final String name;

        ScenarioException(Problem problem, String name, String message) {
            super(message);
            this.problem = problem;
            this.name = name;
        }

        public Problem problem() {
            return problem;
        }

        public String name() {
            return name;
        }
    }

    public List<Scenario> list() {
        List<Scenario> out = new ArrayList<>();
        for (ScenarioStore.Row r : workspace.scenarios().list()) {
            out.add(fromRow(r));
        }
        return out;
    }

    public Optional<Scenario> find(String name) {
        return workspace.scenarios().find(name).map(ScenarioService::fromRow);
    }

    public Scenario get(String name) {
        return find(name).orElseThrow(() -> new ScenarioException(ScenarioException.Problem.NOT_FOUND, name,
                "no scenario named '" + name + "'"));
    }

    /** Saves (or replaces) a scenario under its name and returns it as stored. */
    public Scenario save(Scenario s) {
        checkName(s.name());
        workspace.scenarios().save(s.name().strip(), s.note(), filtersJson(s.filters()), overridesJson(s.overrides()),
                clock.instant());
        return get(s.name().strip());
    }

    public Scenario rename(String from, String to) {
        checkName(to);
        String target = to.strip();
        if (!target.equals(from) && find(target).isPresent()) {
            throw new ScenarioException(ScenarioException.Problem.EXISTS, target,
                    "a scenario named '" + target + "' already exists");
        }
        if (!workspace.scenarios().rename(from, target, clock.instant())) {
            throw new ScenarioException(ScenarioException.Problem.NOT_FOUND, from, "no scenario named '" + from + "'");
        }
        return get(target);
    }

    /** A copy under a new name; the copy's name is "<name> (2)", "(3)"... when {@code newName} is null. */
    public Scenario duplicate(String name, String newName) {
        Scenario s = get(name);
        String target = newName == null ? freeName(name) : newName.strip();
        if (find(target).isPresent()) {
            throw new ScenarioException(ScenarioException.Problem.EXISTS, target,
                    "a scenario named '" + target + "' already exists");
        }
        return save(s.withName(target));
    }

    /** "name (2)", "name (3)"...: the first that is free. */
    public String freeName(String name) {
        for (int i = 2; ; i++) {
            String candidate = name + " (" + i + ")";
            if (find(candidate).isEmpty()) {
                return candidate;
            }
        }
    }

    public void delete(String name) {
        if (!workspace.scenarios().delete(name)) {
            throw new ScenarioException(ScenarioException.Problem.NOT_FOUND, name, "no scenario named '" + name + "'");
        }
    }

    private static void checkName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            throw new ScenarioException(ScenarioException.Problem.BAD_NAME, name,
                    "a scenario name must be 1 to " + MAX_NAME + " characters");
        }
    }

    /** The panels' working state saved last, if any. */
    public Optional<String> workingState() {
        return workspace.settings().get(WorkingState.SETTING_KEY);
    }

    public void saveWorkingState(String json) {
        workspace.settings().put(WorkingState.SETTING_KEY, json);
    }

    /** Evaluates a scenario's four panels for its own filters. */
    public Map<String, PanelEvaluation> evaluate(Scenario s, ScenarioEvaluator evaluator) {
        return withCurves(evaluator).evaluate(s, new MetricsService(workspace).select(s.filters()));
    }

    /** Compares scenarios, reading each distinct set of filters once. */
    public ScenarioComparison compare(List<Scenario> scenarios, ScenarioEvaluator evaluator) {
        MetricsService metrics = new MetricsService(workspace);
        return compare(scenarios, withCurves(evaluator), metrics::select);
    }

    /** {@code evaluator} with its budget planner on the response curves fitted over this workspace. */
    public ScenarioEvaluator withCurves(ScenarioEvaluator evaluator) {
        return evaluator.withCurves(curvesOver(workspace));
    }

    /**
     * The planner's response curves fitted over {@code workspace} for each selection asked (each one fitted once);
     * call on the workspace's thread.
     */
    public static ScenarioEvaluator.CurveSource curvesOver(Workspace workspace) {
        PlannerService planner = new PlannerService(new MetricsService(workspace));
        Map<Selection, List<PlannerService.ChannelCurve>> fitted = new java.util.IdentityHashMap<>();
        return s -> fitted.computeIfAbsent(s, planner::fit);
    }

    /**
     * Compares scenarios with selections from {@code selections} (the window passes the one it has already read
     * for the current filters); each distinct set of filters is asked for once.
     */
    public static ScenarioComparison compare(List<Scenario> scenarios, ScenarioEvaluator evaluator,
                                             Function<Filters, Selection> selections) {
        Map<Filters, Selection> cache = new HashMap<>();
        Function<Filters, Selection> read = f -> cache.computeIfAbsent(f, selections);
        Selection first = read.apply(scenarios.get(0).filters());
        Map<String, PanelEvaluation> base = new LinkedHashMap<>();
        for (String p : ScenarioEvaluator.PANELS) {
            base.put(p, evaluator.evaluate(p, first, Map.of()));
        }
        List<Map<String, PanelEvaluation>> evaluations = new ArrayList<>();
        for (Scenario s : scenarios) {
            evaluations.add(evaluator.evaluate(s, read.apply(s.filters())));
        }
        return new ScenarioComparison(scenarios, base, evaluations);
    }

    // --- JSON of filters and overrides (stored as text in the scenario table) ---

    public static String filtersJson(Filters f) {
        ObjectNode n = MAPPER.createObjectNode();
        if (f.from() != null) {
            n.put("from", f.from().toString());
        }
        if (f.to() != null) {
            n.put("to", f.to().toString());
        }
        sorted(n.putArray("channels"), f.channels());
        sorted(n.putArray("campaigns"), f.campaigns());
        sorted(n.putArray("owners"), f.owners());
        return n.toString();
    }

    private static void sorted(ArrayNode arr, Set<String> values) {
        values.stream().sorted().forEach(arr::add);
    }

    public static Filters parseFilters(String json) {
        try {
            JsonNode n = MAPPER.readTree(json);
            return new Filters(month(n.get("from")), month(n.get("to")), strings(n.get("channels")),
                    strings(n.get("campaigns")), strings(n.get("owners")));
        } catch (IOException | RuntimeException e) {
            return Filters.ALL;
        }
    }

    private static YearMonth month(JsonNode n) {
        return n == null || n.isNull() ? null : YearMonth.parse(n.asText());
    }

    private static Set<String> strings(JsonNode n) {
        Set<String> out = new LinkedHashSet<>();
        if (n != null) {
            n.forEach(v -> out.add(v.asText()));
        }
        return out;
    }

    public static String overridesJson(Map<String, Map<String, Double>> overrides) {
        ObjectNode n = MAPPER.createObjectNode();
        overrides.forEach((panel, values) -> {
            ObjectNode p = n.putObject(panel);
            values.forEach(p::put);
        });
        return n.toString();
    }

    public static Map<String, Map<String, Double>> parseOverrides(String json) {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        try {
            JsonNode n = MAPPER.readTree(json);
            n.fields().forEachRemaining(panel -> {
                Map<String, Double> values = new LinkedHashMap<>();
                panel.getValue().fields().forEachRemaining(v -> {
                    if (v.getValue().isNumber()) {
                        values.put(v.getKey(), v.getValue().doubleValue());
                    }
                });
                out.put(panel.getKey(), values);
            });
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return out;
    }

    private static Scenario fromRow(ScenarioStore.Row r) {
        return new Scenario(r.name(), r.note(), parseFilters(r.filtersJson()), parseOverrides(r.overridesJson()),
                r.createdAt(), r.updatedAt());
    }

    /** When the scenario was stored last (null for one not stored). */
    public static Instant updated(Scenario s) {
        return s.updatedAt();
    }
}
