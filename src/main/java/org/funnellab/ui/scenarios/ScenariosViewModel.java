package org.funnellab.ui.scenarios;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.funnellab.export.ScenarioComparisonExport;
import org.funnellab.service.PanelEvaluation;
import org.funnellab.service.Scenario;
import org.funnellab.service.ScenarioComparison;
import org.funnellab.service.ScenarioEvaluator;
import org.funnellab.service.ScenarioService;
import org.funnellab.service.Selection;
import org.funnellab.service.Waterfall;
import org.funnellab.service.WorkingState;
import org.funnellab.store.Workspace;
import org.funnellab.ui.common.BackgroundTask;
import org.funnellab.ui.common.Formats;
import org.funnellab.ui.common.I18n;
import org.funnellab.ui.common.TaskExecutor;
import org.funnellab.ui.shell.WorkspaceViewModel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The Scenarios screen and the scenario selector on each panel: the workspace's saved scenarios; save the panels'
 * working state as a named scenario (Ctrl+S saves over the current one), rename, duplicate, delete, open (apply);
 * compare two to four side by side with the waterfall of why one differs from another; export the comparison.
 * Workspace work runs on the workspace's thread; messages are in the user's language.
 */
public final class ScenariosViewModel {
    /** What the scenarios act on: the panels' working state and the filters. */
    public interface Workbench {
        /** The scenario the panels and filters show now, under a name. */
        Scenario capture(String name, String note);

        /** Makes a scenario's filters and overrides the working state of the filters and panels. */
        void apply(Scenario scenario);
    }

    /** An override the scenario's panel no longer has an input for (a channel gone from the data). */
    public record Missing(String panel, String input, double value) {
    }

    private final WorkspaceViewModel workspace;
    private final TaskExecutor executor;
    private final Workbench bench;
    private final WorkingState working;
    private final ScenarioEvaluator evaluator;
    private final I18n i18n;
    private final Formats formats;
    private final ObservableList<Scenario> scenarios = FXCollections.observableArrayList();
    private final ObservableList<String> compared = FXCollections.observableArrayList();
    private final ObservableList<Missing> missing = FXCollections.observableArrayList();
    private final ObjectProperty<Scenario> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ScenarioComparison> comparison = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ScenarioTexts texts;
    private long comparisonMillis = -1;

    public ScenariosViewModel(WorkspaceViewModel workspace, TaskExecutor workspaceExecutor, Workbench bench,
                              WorkingState working, ScenarioEvaluator evaluator, I18n i18n, Formats formats) {
        this.workspace = workspace;
        this.executor = workspaceExecutor;
        this.bench = bench;
        this.working = working;
        this.evaluator = evaluator;
        this.i18n = i18n;
        this.formats = formats;
        this.texts = new ScenarioTexts(i18n, formats);
        current.set(working.currentScenario());
        selected.addListener((obs, o, n) -> refreshMissing(n));
    }

    // --- the list ---

    public ObservableList<Scenario> scenarios() {
        return scenarios;
    }

    public List<String> names() {
        return scenarios.stream().map(Scenario::name).toList();
    }

    public ObjectProperty<Scenario> selectedProperty() {
        return selected;
    }

    /** The scenario opened or saved last: what Ctrl+S saves over. */
    public ReadOnlyStringProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Reads the scenarios again. */
    public void reload() {
        run(ScenarioService::list, list -> {
            String sel = selected.get() == null ? null : selected.get().name();
            scenarios.setAll(list);
            compared.removeIf(n -> list.stream().noneMatch(s -> s.name().equals(n)));
            selected.set(list.stream().filter(s -> s.name().equals(sel)).findFirst().orElse(null));
        });
    }

    /** Null when {@code name} can be a new scenario's name; what is wrong with it otherwise. */
    public String nameProblem(String name, String except) {
        if (name == null || name.isBlank()) {
            return i18n.get("scenarios.error.blank");
        }
        if (name.strip().length() > ScenarioService.MAX_NAME) {
            return i18n.format("scenarios.error.long", ScenarioService.MAX_NAME);
        }
        if (!name.strip().equals(except) && scenarios.stream().anyMatch(s -> s.name().equals(name.strip()))) {
            return i18n.format("scenarios.error.exists", name.strip());
        }
        return null;
    }

    /** Saves the panels' working state and filters as a new scenario; false (with a message) when refused. */
    public boolean saveAs(String name, String note) {
        String problem = nameProblem(name, null);
        if (problem != null) {
            message.set(problem);
            return false;
        }
        Scenario s = bench.capture(name.strip(), note);
        run(svc -> svc.save(s), saved -> {
            setCurrent(saved.name());
            message.set(i18n.format("scenarios.saved", saved.name(), saved.overrideCount()));
            reload();
        });
        return true;
    }

    /** Ctrl+S: saves over the current scenario, keeping its note; false when there is none (ask for a name). */
    public boolean saveCurrent() {
        String name = current.get();
        Scenario existing = name == null ? null
                : scenarios.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
        if (existing == null) {
            return false;
        }
        Scenario s = bench.capture(name, existing.note());
        run(svc -> svc.save(s), saved -> {
            message.set(i18n.format("scenarios.saved", saved.name(), saved.overrideCount()));
            reload();
        });
        return true;
    }

    public boolean rename(String from, String to) {
        String problem = nameProblem(to, from);
        if (problem != null) {
            message.set(problem);
            return false;
        }
        run(svc -> svc.rename(from, to), renamed -> {
            if (from.equals(current.get())) {
                setCurrent(renamed.name());
            }
            compared.replaceAll(n -> n.equals(from) ? renamed.name() : n);
            message.set(i18n.format("scenarios.renamed", from, renamed.name()));
            reload();
        });
        return true;
    }

    public void editNote(String name, String note) {
        run(svc -> svc.save(svc.get(name).withNote(note)), s -> reload());
    }

    public void duplicate(String name) {
        run(svc -> svc.duplicate(name, null), copy -> {
            message.set(i18n.format("scenarios.duplicated", name, copy.name()));
            reload();
        });
    }

    public void delete(String name) {
        run(svc -> {
            svc.delete(name);
            return name;
        }, n -> {
            if (n.equals(current.get())) {
                setCurrent(null);
            }
            compared.remove(n);
            message.set(i18n.format("scenarios.deleted", n));
            reload();
        });
    }

    /** Opens a scenario: its filters and overrides become the filters and the panels' working state. */
    public void open(String name) {
        run(svc -> svc.get(name), s -> {
            bench.apply(s);
            setCurrent(s.name());
            message.set(i18n.format("scenarios.opened", s.name()));
        });
    }

    /** Saves several scenarios at once (e.g. Pessimistic / Likely / Optimistic), replacing ones of the same name. */
    public void saveAll(List<Scenario> list) {
        run(svc -> {
            list.forEach(svc::save);
            return list.size();
        }, n -> {
            message.set(i18n.format("scenarios.created", String.join(", ", list.stream().map(Scenario::name).toList())));
            reload();
        });
    }

    /** Removes one override the scenario's panel has no input for. */
    public void dropOverride(String name, Missing m) {
        run(svc -> svc.save(svc.get(name).withoutOverride(m.panel(), m.input())), s -> {
            message.set(i18n.format("scenarios.dropped", texts.inputLabel(m.panel(), m.input()), s.name()));
            reload();
        });
    }

    public ObservableList<Missing> missing() {
        return missing;
    }

    private void refreshMissing(Scenario s) {
        missing.clear();
        if (s == null || workspace.workspaceProperty().get() == null) {
            return;
        }
        Selection current = currentSelection();
        Function<org.funnellab.domain.Filters, Selection> sel = selections(current);
        ScenarioEvaluator withCurves = evaluator.withCurves(curves());
        run(svc -> withCurves.evaluate(s, sel.apply(s.filters())), evals -> {
            List<Missing> out = new ArrayList<>();
            evals.forEach((panel, e) -> e.missing().forEach((id, v) -> out.add(new Missing(panel, id, v))));
            missing.setAll(out);
        });
    }

    private void setCurrent(String name) {
        current.set(name);
        working.setCurrentScenario(name);
    }

    // --- comparison ---

    /** The names chosen for comparison (2–4), in column order. */
    public ObservableList<String> compared() {
        return compared;
    }

    /** Adds or removes a scenario from the comparison; at most four. */
    public void toggleCompared(String name, boolean on) {
        if (on && !compared.contains(name)) {
            if (compared.size() >= ScenarioComparison.MAX) {
                message.set(i18n.format("scenarios.error.tooMany", ScenarioComparison.MAX));
                return;
            }
            compared.add(name);
        } else if (!on) {
            compared.remove(name);
        }
    }

    public boolean canCompare() {
        return compared.size() >= ScenarioComparison.MIN && compared.size() <= ScenarioComparison.MAX;
    }

    public ReadOnlyObjectProperty<ScenarioComparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    /** Compares the chosen scenarios; the data the window has already read for the current filters is reused. */
    public void compare() {
        if (!canCompare()) {
            message.set(i18n.format("scenarios.error.compareCount", ScenarioComparison.MIN, ScenarioComparison.MAX));
            return;
        }
        List<String> names = List.copyOf(compared);
        Function<org.funnellab.domain.Filters, Selection> selections = selections(currentSelection());
        ScenarioEvaluator withCurves = evaluator.withCurves(curves());
        run(svc -> {
            long t = System.nanoTime();
            List<Scenario> list = names.stream().map(svc::get).toList();
            ScenarioComparison c = ScenarioService.compare(list, withCurves, selections);
            comparisonMillis = (System.nanoTime() - t) / 1_000_000;
            return c;
        }, c -> {
            comparison.set(c);
            message.set("");
        });
    }

    /** How long the last comparison took to compute, in ms (−1 before the first). */
    public long comparisonMillis() {
        return comparisonMillis;
    }

    /**
     * Selections by filters: the one the window has read already when a scenario looks at the current filters (also
     * when it leaves the period open and the window shows all months), else read on the workspace thread.
     */
    private Function<org.funnellab.domain.Filters, Selection> selections(Selection current) {
        org.funnellab.domain.Filters openEnded = workspace.filters().openEnded();
        Workspace ws = workspace.workspaceProperty().get();
        return f -> current != null && (f.equals(current.filters())
                || f.equals(openEnded) && current.filters().equals(workspace.filters().filters()))
                ? current : new org.funnellab.service.MetricsService(ws).select(f);
    }

    /**
     * The planner's response curves: those the window fitted for the current selection, others fitted on the
     * workspace thread when asked.
     */
    private ScenarioEvaluator.CurveSource curves() {
        var snapshot = workspace.snapshotProperty().get();
        Workspace ws = workspace.workspaceProperty().get();
        ScenarioEvaluator.CurveSource fresh = ws == null ? ScenarioEvaluator.CurveSource.NONE
                : ScenarioService.curvesOver(ws);
        return sel -> snapshot != null && sel == snapshot.selection() ? snapshot.curves() : fresh.curves(sel);
    }

    private Selection currentSelection() {
        var s = workspace.snapshotProperty().get();
        return s == null ? null : s.selection();
    }

    /** Why scenario {@code b} differs from {@code a} in one output (indexes into the comparison's scenarios). */
    public Waterfall waterfall(String panel, String output, int a, int b) {
        ScenarioComparison c = comparison.get();
        PanelEvaluation ea = c.evaluations().get(a).get(panel);
        PanelEvaluation eb = c.evaluations().get(b).get(panel);
        return Waterfall.of(panel, output, ea, eb,
                c.scenarios().get(a).filters().equals(c.scenarios().get(b).filters()));
    }

    /** Names and formatted values of the comparison, in the user's language. */
    public ScenarioTexts texts() {
        return texts;
    }

    public Formats formats() {
        return formats;
    }

    public I18n i18n() {
        return i18n;
    }

    // --- export ---

    /** The comparison as a table (see {@link ScenarioTexts#table}). */
    public ScenarioComparisonExport.Table table(boolean onlyChanged) {
        return texts.table(comparison.get(), onlyChanged);
    }

    public void exportCsv(Path file) {
        ScenarioComparisonExport.Table t = table(false);
        runFile(() -> ScenarioComparisonExport.writeCsv(file, t), file);
    }

    public void exportXlsx(Path file) {
        ScenarioComparisonExport.Table t = table(false);
        runFile(() -> ScenarioComparisonExport.writeXlsx(file, t, i18n.get("scenarios.sheet")), file);
    }

    private interface FileWork {
        void run() throws java.io.IOException;
    }

    private void runFile(FileWork work, Path file) {
        busy.set(true);
        BackgroundTask<Void> task = BackgroundTask.of(ctx -> {
            work.run();
            return null;
        });
        task.onSuccess(v -> {
            busy.set(false);
            message.set(i18n.format("scenarios.exported", file.getFileName()));
        }).onFailure(e -> {
            busy.set(false);
            message.set(i18n.format("scenarios.error.export", file.getFileName(), e.getMessage() == null
                    ? "" : e.getMessage()));
        });
        executor.execute(task);
    }

    // --- running workspace work ---

    private interface Work<T> {
        T run(ScenarioService service);
    }

    private <T> void run(Work<T> work, java.util.function.Consumer<T> done) {
        Workspace ws = workspace.workspaceProperty().get();
        if (ws == null) {
            message.set(i18n.get("scenarios.error.noWorkspace"));
            return;
        }
        busy.set(true);
        BackgroundTask<T> task = BackgroundTask.of(ctx -> work.run(new ScenarioService(ws)));
        task.onSuccess(v -> {
            busy.set(false);
            done.accept(v);
        }).onFailure(e -> {
            busy.set(false);
            message.set(e instanceof ScenarioService.ScenarioException se ? problem(se)
                    : i18n.format("scenarios.error.store", e.getMessage() == null ? "" : e.getMessage()));
        });
        executor.execute(task);
    }

    private String problem(ScenarioService.ScenarioException e) {
        return switch (e.problem()) {
            case NOT_FOUND -> i18n.format("scenarios.error.notFound", e.name());
            case EXISTS -> i18n.format("scenarios.error.exists", e.name());
            case BAD_NAME -> i18n.get("scenarios.error.blank");
        };
    }

    /** Each panel's evaluation of one compared scenario (for charts). */
    public Map<String, PanelEvaluation> evaluation(int index) {
        return comparison.get().evaluations().get(index);
    }
}
