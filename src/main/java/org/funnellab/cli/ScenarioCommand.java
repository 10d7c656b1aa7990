package org.funnellab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.funnellab.calc.Parameter;
import org.funnellab.domain.Filters;
import org.funnellab.domain.MetricValue;
import org.funnellab.export.ScenarioComparisonExport;
import org.funnellab.service.MetricsService;
import org.funnellab.service.PanelEvaluation;
import org.funnellab.service.Scenario;
import org.funnellab.service.ScenarioComparison;
import org.funnellab.service.ScenarioEvaluator;
import org.funnellab.service.ScenarioService;
import org.funnellab.service.Selection;
import org.funnellab.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code scenario list|show|compare|export|delete|save}: the workspace's saved what-if scenarios, evaluated by the
 * same service as the window (built-in assumptions: the window's remembered ones are per user, a scenario stores
 * every assumption it changes).
 */
@Command(name = "scenario", mixinStandardHelpOptions = true, description = "Saved what-if scenarios.",
        subcommands = {ScenarioCommand.ListScenarios.class, ScenarioCommand.Show.class, ScenarioCommand.Compare.class,
                ScenarioCommand.Export.class, ScenarioCommand.Delete.class, ScenarioCommand.Save.class})
final class ScenarioCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    static final ScenarioEvaluator EVALUATOR = new ScenarioEvaluator(ScenarioEvaluator.Assumptions.DEFAULTS);

    /** Runs a scenario operation, turning a refused one into a data error with its message. */
    static <T> T refused(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (ScenarioService.ScenarioException e) {
            throw e.problem() == ScenarioService.ScenarioException.Problem.BAD_NAME ? CliException.usage(e.getMessage())
                    : CliException.data(e.getMessage());
        }
    }

    static ObjectNode definition(Scenario s) {
        ObjectNode n = Json.object();
        n.put("name", s.name());
        n.put("note", s.note());
        try {
            n.set("filters", Json.MAPPER.readTree(ScenarioService.filtersJson(s.filters())));
            n.set("overrides", Json.MAPPER.readTree(ScenarioService.overridesJson(s.overrides())));
        } catch (IOException e) {
            throw new IllegalStateException("own JSON is readable", e);
        }
        n.put("createdAt", s.createdAt() == null ? null : s.createdAt().toString());
        n.put("updatedAt", s.updatedAt() == null ? null : s.updatedAt().toString());
        return n;
    }

    static void putValue(ObjectNode n, String key, MetricValue v) {
        if (v.isDefined()) {
            n.put(key, v.value());
        } else {
            n.putNull(key);
            n.put(key + "Reason", v.reason().english());
        }
    }

    static void addValue(ArrayNode a, MetricValue v) {
        if (v.isDefined()) {
            a.add(v.value());
        } else {
            a.addNull();
        }
    }

    static String number(MetricValue v) {
        return v.isDefined() ? plain(v.value()) : "undefined (" + v.reason().english() + ")";
    }

    static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).setScale(Math.abs(v) >= 100 ? 0 : 4, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the workspace's scenarios.")
    static final class ListScenarios extends CliCommand {
        @Mixin
        WorkspaceOption workspace;

        @Override
        int execute() {
            List<Scenario> list;
            try (Workspace ws = workspace.openForReading()) {
                list = new ScenarioService(ws).list();
            }
            if (workspace.json) {
                ArrayNode a = Json.MAPPER.createArrayNode();
                list.forEach(s -> a.add(definition(s)));
                out().println(Json.write(a));
            } else if (list.isEmpty()) {
                out().println("no scenarios yet");
            } else {
                for (Scenario s : list) {
                    out().printf("%-30s %3d changed inputs  %s%n", s.name(), s.overrideCount(), s.note());
                }
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "A scenario's inputs and outputs on every panel, over today's baseline.")
    static final class Show extends CliCommand {
        @Mixin
        WorkspaceOption workspace;

        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        int execute() {
            Scenario s;
            Map<String, PanelEvaluation> evals;
            try (Workspace ws = workspace.openForReading()) {
                ScenarioService svc = new ScenarioService(ws);
                s = refused(() -> svc.get(name));
                evals = svc.evaluate(s, EVALUATOR);
            }
            ObjectNode root = definition(s);
            ObjectNode panels = root.putObject("panels");
            evals.forEach((panel, e) -> {
                ObjectNode p = panels.putObject(panel);
                ArrayNode inputs = p.putArray("inputs");
                for (int i = 0; i < e.parameters().size(); i++) {
                    ObjectNode in = inputs.addObject();
                    in.put("id", e.parameters().get(i).id());
                    in.put("unit", e.parameters().get(i).unit().name());
                    in.put("baseline", e.baseline()[i]);
                    in.put("value", e.values()[i]);
                    in.put("overridden", e.overridden()[i]);
                }
                ObjectNode missing = p.putObject("missingOverrides");
                e.missing().forEach(missing::put);
                ArrayNode outputs = p.putArray("outputs");
                for (int i = 0; i < e.outputSpecs().size(); i++) {
                    ObjectNode o = outputs.addObject();
                    o.put("id", e.outputSpecs().get(i).id());
                    o.put("unit", e.outputSpecs().get(i).unit().name());
                    o.put("headline", e.outputSpecs().get(i).id().equals(e.headlineOutput()));
                    putValue(o, "baseline", e.baselineOutputs()[i]);
                    putValue(o, "value", e.outputs()[i]);
                }
            });
            if (workspace.json) {
                out().println(Json.write(root));
                return ExitCodes.OK;
            }
            out().println("Scenario: " + s.name() + (s.note().isEmpty() ? "" : " — " + s.note()));
            evals.forEach((panel, e) -> {
                out().println();
                out().println("[" + panel + "]");
                for (int i = 0; i < e.parameters().size(); i++) {
                    out().printf("  %-32s %16s%s%n", e.parameters().get(i).id(), plain(e.values()[i]),
                            e.overridden()[i] ? "  (baseline " + plain(e.baseline()[i]) + ")" : "");
                }
                e.missing().forEach((id, v) -> out().printf("  %-32s %16s  (no such input in this data)%n", id,
                        plain(v)));
                for (int i = 0; i < e.outputSpecs().size(); i++) {
                    out().printf("  = %-30s %16s  (baseline %s)%n", e.outputSpecs().get(i).id(),
                            number(e.outputs()[i]), number(e.baselineOutputs()[i]));
                }
            });
            return ExitCodes.OK;
        }
    }

    @Command(name = "compare", mixinStandardHelpOptions = true,
            description = "Two to four scenarios side by side, with changes from the baseline.")
    static final class Compare extends CliCommand {
        @Mixin
        WorkspaceOption workspace;

        @Parameters(paramLabel = "NAME", arity = "2..4", description = "Two to four scenario names.")
        List<String> names;

        @Option(names = "--all", description = "Every row, not only those that differ.")
        boolean all;

        @Option(names = "--csv", paramLabel = "FILE", description = "Also write the table as CSV.")
        Path csv;

        @Option(names = "--xlsx", paramLabel = "FILE", description = "Also write the table as XLSX.")
        Path xlsx;

        @Override
        int execute() throws IOException {
            ScenarioComparison c;
            try (Workspace ws = workspace.openForReading()) {
                ScenarioService svc = new ScenarioService(ws);
                List<Scenario> list = new ArrayList<>();
                for (String n : names) {
                    list.add(refused(() -> svc.get(n)));
                }
                c = svc.compare(list, EVALUATOR);
            }
            List<ScenarioComparison.Row> rows = all ? c.rows() : c.changedRows();
            if (csv != null || xlsx != null) {
                ScenarioComparisonExport.Table t = table(c, rows);
                if (csv != null) {
                    ScenarioComparisonExport.writeCsv(csv, t);
                }
                if (xlsx != null) {
                    ScenarioComparisonExport.writeXlsx(xlsx, t, "Comparison");
                }
            }
            if (workspace.json) {
                ObjectNode root = Json.object();
                ArrayNode sc = root.putArray("scenarios");
                c.scenarios().forEach(s -> sc.add(s.name()));
                ArrayNode arr = root.putArray("rows");
                for (ScenarioComparison.Row r : rows) {
                    ObjectNode n = arr.addObject();
                    n.put("panel", r.panel());
                    n.put("kind", r.kind().name().toLowerCase(java.util.Locale.ROOT));
                    n.put("id", r.id());
                    n.put("unit", r.unit().name());
                    n.put("headline", r.headline());
                    putValue(n, "baseline", r.base());
                    ArrayNode v = n.putArray("values");
                    ArrayNode d = n.putArray("deltas");
                    ArrayNode p = n.putArray("percents");
                    ArrayNode o = n.putArray("overridden");
                    for (int i = 0; i < r.values().size(); i++) {
                        addValue(v, r.values().get(i));
                        addValue(d, r.deltas().get(i));
                        addValue(p, r.percents().get(i));
                        o.add(r.overridden().get(i));
                    }
                }
                out().println(Json.write(root));
                return ExitCodes.OK;
            }
            StringBuilder head = new StringBuilder(String.format("%-12s %-30s %16s", "panel", "item", "baseline"));
            c.scenarios().forEach(s -> head.append(String.format(" | %16s %14s %8s", trim(s.name()), "change", "%")));
            out().println(head);
            for (ScenarioComparison.Row r : rows) {
                StringBuilder line = new StringBuilder(String.format("%-12s %-30s %16s", r.panel(),
                        (r.kind() == ScenarioComparison.Kind.OUTPUT ? "= " : "") + r.id(), cell(r.base())));
                for (int i = 0; i < r.values().size(); i++) {
                    line.append(String.format(" | %16s %14s %8s", cell(r.values().get(i))
                                    + (r.overridden().get(i) ? "*" : ""), cell(r.deltas().get(i)),
                            r.percents().get(i).isDefined() ? plain(r.percents().get(i).value() * 100) : "—"));
                }
                out().println(line);
            }
            out().println("* set by the scenario; — undefined");
            return ExitCodes.OK;
        }

        private static String trim(String s) {
            return s.length() <= 16 ? s : s.substring(0, 15) + "…";
        }

        private static String cell(MetricValue v) {
            return v.isDefined() ? plain(v.value()) : "—";
        }

        static ScenarioComparisonExport.Table table(ScenarioComparison c, List<ScenarioComparison.Row> rows) {
            List<String> header = new ArrayList<>(List.of("panel", "kind", "item", "unit", "baseline"));
            for (Scenario s : c.scenarios()) {
                header.addAll(List.of(s.name(), s.name() + ": change", s.name() + ": change %",
                        s.name() + ": set by the scenario"));
            }
            List<List<Object>> out = new ArrayList<>();
            for (ScenarioComparison.Row r : rows) {
                List<Object> row = new ArrayList<>(List.of(r.panel(), r.kind().name().toLowerCase(java.util.Locale.ROOT),
                        r.id(), r.unit().name()));
                row.add(r.base().isDefined() ? r.base().value() : null);
                for (int i = 0; i < r.values().size(); i++) {
                    row.add(r.values().get(i).isDefined() ? r.values().get(i).value() : null);
                    row.add(r.deltas().get(i).isDefined() ? r.deltas().get(i).value() : null);
                    row.add(r.percents().get(i).isDefined() ? r.percents().get(i).value() * 100 : null);
                    row.add(r.overridden().get(i) ? "yes" : "");
                }
                out.add(row);
            }
            return new ScenarioComparisonExport.Table(header, out);
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "A scenario's definition (name, note, filters, overrides) as JSON.")
    static final class Export extends CliCommand {
        @Mixin
        WorkspaceOption workspace;

        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of the standard output.")
        Path file;

        @Override
        int execute() throws IOException {
            Scenario s;
            try (Workspace ws = workspace.openForReading()) {
                ScenarioService svc = new ScenarioService(ws);
                s = refused(() -> svc.get(name));
            }
            String json = Json.write(definition(s));
            if (file != null) {
                java.nio.file.Files.writeString(file, json + System.lineSeparator());
            } else {
                out().println(json);
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a scenario.")
    static final class Delete extends CliCommand {
        @Mixin
        WorkspaceOption workspace;

        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        int execute() {
            try (Workspace ws = workspace.openForReading()) {
                ScenarioService svc = new ScenarioService(ws);
                refused(() -> {
                    svc.delete(name);
                    return null;
                });
            }
            if (workspace.json) {
                ObjectNode n = Json.object();
                n.put("deleted", name);
                out().println(Json.write(n));
            } else {
                out().println("deleted " + name);
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "save", mixinStandardHelpOptions = true,
            description = "Save (or replace) a scenario from the command line.")
    static final class Save extends CliCommand {
        @Mixin
        WorkspaceOption workspace;

        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--set", paramLabel = "PANEL.INPUT=VALUE",
                description = "An input's value in model units (shares as fractions: 0.3 = 30 %%); repeatable. "
                        + "Panels: nonTarget, cacClv, velocity, planner (planner spends: planner.spend.CHANNEL).")
        List<String> sets = new ArrayList<>();

        @Option(names = "--note", description = "A note saved with the scenario.")
        String note = "";

        @Mixin
        FilterOptions filterOptions;

        @Override
        int execute() {
            Filters filters = filterOptions.filters();
            Scenario saved;
            try (Workspace ws = workspace.openForReading()) {
                Selection sel = new MetricsService(ws).select(filters);
                Map<String, Map<String, Double>> overrides = new LinkedHashMap<>();
                for (String set : sets) {
                    parse(set, sel, overrides);
                }
                ScenarioService svc = new ScenarioService(ws);
                saved = refused(() -> svc.save(Scenario.of(name, note, filters, overrides)));
            }
            if (workspace.json) {
                out().println(Json.write(definition(saved)));
            } else {
                out().println("saved " + saved.name() + " (" + saved.overrideCount() + " inputs set)");
            }
            return ExitCodes.OK;
        }

        private static void parse(String set, Selection sel, Map<String, Map<String, Double>> overrides) {
            int eq = set.indexOf('=');
            int dot = set.indexOf('.');
            if (eq < 0 || dot < 0 || dot > eq) {
                throw CliException.usage("--set " + set + ": expected PANEL.INPUT=VALUE, e.g. nonTarget.minutesPerCall=10");
            }
            String panel = set.substring(0, dot);
            String input = set.substring(dot + 1, eq);
            String text = set.substring(eq + 1).strip();
            if (!ScenarioEvaluator.PANELS.contains(panel)) {
                throw CliException.usage("--set " + set + ": no panel '" + panel + "' (panels: "
                        + String.join(", ", ScenarioEvaluator.PANELS) + ")");
            }
            List<String> ids = EVALUATOR.base(panel, sel).model().parameters().stream().map(Parameter::id).toList();
            if (!ids.contains(input)) {
                throw CliException.usage("--set " + set + ": panel " + panel + " has no input '" + input
                        + "' (inputs: " + String.join(", ", ids) + ")");
            }
            double v;
            try {
                v = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw CliException.usage("--set " + set + ": '" + text + "' is not a number");
            }
            if (!Double.isFinite(v) || v < 0) {
                throw CliException.usage("--set " + set + ": the value must be a number ≥ 0");
            }
            overrides.computeIfAbsent(panel, k -> new LinkedHashMap<>()).put(input, v);
        }
    }

    /** Reads a JSON node back (for tests of the contract). */
    static JsonNode read(String json) throws IOException {
        return Json.MAPPER.readTree(json);
    }
}
