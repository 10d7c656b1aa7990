package org.funnellab.ui.whatif.tools;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.funnellab.calc.MonteCarlo;
import org.funnellab.calc.OutputSpec;
import org.funnellab.calc.Parameter;
import org.funnellab.calc.Triangular;
import org.funnellab.calc.Unit;
import org.funnellab.calc.WhatIfModel;
import org.funnellab.domain.UndefinedReason;
import org.funnellab.export.SamplesCsv;
import org.funnellab.ui.common.BackgroundTask;
import org.funnellab.ui.common.Formats;
import org.funnellab.ui.common.I18n;
import org.funnellab.ui.common.TaskExecutor;
import org.funnellab.ui.whatif.WhatIfViewModel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Uncertainty of one output of a what-if panel: each included input drawn from its low / likely / high estimate,
 * the rest held at their current values ({@link MonteCarlo}, fixed seed so a run can be repeated). The simulation
 * runs as a {@link BackgroundTask} with progress and Cancel; the samples can be exported to CSV.
 */
public final class UncertaintyViewModel {
    public static final int DEFAULT_DRAWS = 10_000;
    public static final int MAX_DRAWS = 1_000_000;
    public static final long DEFAULT_SEED = 42;
    static final int BINS = 40;

    /** Where a run stands. */
    public enum State { IDLE, RUNNING, DONE, CANCELLED, FAILED }

    private final WhatIfViewModel panel;
    private final I18n i18n;
    private final Formats formats;
    private final TaskExecutor executor;
    private final List<UncertainInput> rows;
    private final ObjectProperty<String> output = new SimpleObjectProperty<>();
    private final StringProperty drawsText = new SimpleStringProperty();
    private final StringProperty seedText = new SimpleStringProperty(Long.toString(DEFAULT_SEED));
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.IDLE);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyObjectWrapper<MonteCarlo.Result> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper exportText = new ReadOnlyStringWrapper("");
    private final BooleanBinding canRun;
    private Unit resultUnit = Unit.COUNT;
    private String resultOutput;
    private TaskExecutor.Cancellable running;
    /** What the last finished run drew from: the percentile scenarios are drawn again from the same inputs. */
    private Inputs lastRun;

    public UncertaintyViewModel(WhatIfViewModel panel, I18n i18n, TaskExecutor executor) {
        this.panel = panel;
        this.i18n = i18n;
        this.formats = panel.formats();
        this.executor = executor;
        List<Parameter> ps = panel.model().parameters();
        double[] current = panel.currentValues();
        List<UncertainInput> list = new ArrayList<>();
        for (int i = 0; i < ps.size(); i++) {
            list.add(new UncertainInput(ps.get(i), ToolLabels.parameter(i18n, panel.model().id(), ps.get(i).id()),
                    current[i], formats));
        }
        rows = List.copyOf(list);
        drawsText.set(formats.number(DEFAULT_DRAWS, 0));
        List<ObservableValue<?>> deps = new ArrayList<>(List.of(output, drawsText, seedText, state));
        rows.forEach(r -> deps.add(r.validProperty()));
        canRun = Bindings.createBooleanBinding(() -> output.get() != null && state.get() != State.RUNNING
                && draws() > 0 && seed() != null && rows.stream().allMatch(r -> r.validProperty().get()),
                deps.toArray(new ObservableValue<?>[0]));
        output.addListener((obs, o, n) -> {
            if (state.get() != State.RUNNING) {
                clear(State.IDLE, "");
            }
        });
    }

    public List<UncertainInput> rows() {
        return rows;
    }

    /** The output the panel is about: where the tool starts. */
    public String headlineOutput() {
        return panel.model().headlineOutput();
    }

    public List<String> outputs() {
        return panel.outputSpecs().stream().map(OutputSpec::id).toList();
    }

    public String outputLabel(String outputId) {
        return ToolLabels.output(i18n, panel.model().id(), outputId);
    }

    public ObjectProperty<String> outputProperty() {
        return output;
    }

    /** Number of draws as typed (locale grouping allowed), 1 to {@value #MAX_DRAWS}. */
    public StringProperty drawsTextProperty() {
        return drawsText;
    }

    public StringProperty seedTextProperty() {
        return seedText;
    }

    /** The draws typed, or 0 when not a whole number in 1..{@value #MAX_DRAWS}. */
    public int draws() {
        Double d = formats.parseEdit(Unit.COUNT, drawsText.get());
        return d == null || d != Math.rint(d) || d < 1 || d > MAX_DRAWS ? 0 : d.intValue();
    }

    /** The seed typed, or null when not a whole number. */
    public Long seed() {
        try {
            return Long.parseLong(seedText.get().trim());
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }

    public BooleanBinding canRunProperty() {
        return canRun;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** 0..1 while a run goes on (−1 when unknown). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The last completed run; null before one, after a cancel, and when the output changes. */
    public ReadOnlyObjectProperty<MonteCarlo.Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** A line about the run: running, cancelled, failed, or how many draws gave no value and why. */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty exportTextProperty() {
        return exportText.getReadOnlyProperty();
    }

    /** The unit of the last result (for the histogram's axis). */
    public Unit resultUnit() {
        return resultUnit;
    }

    /** The unit written after an input's values ("%", "₽", "min"...). */
    public String unitSuffix(Unit unit) {
        return formats.unitSuffix(unit);
    }

    /** A value of the last result's output as text, e.g. "118 h". */
    public String format(double value) {
        return formats.format(value, resultUnit);
    }

    public String p10Text() {
        return text(r -> r.p10());
    }

    public String p50Text() {
        return text(r -> r.p50());
    }

    public String p90Text() {
        return text(r -> r.p90());
    }

    public String meanText() {
        return text(r -> r.mean());
    }

    private String text(java.util.function.Function<MonteCarlo.Result, org.funnellab.domain.MetricValue> f) {
        MonteCarlo.Result r = result.get();
        return r == null ? "" : formats.format(f.apply(r), resultUnit);
    }

    /** Starts a run in the background; does nothing when the form is not valid or a run is going on. */
    public boolean run() {
        if (!canRun.get()) {
            return false;
        }
        Inputs in = inputs();
        String outputId = in.outputId();
        Unit unit = in.unit();
        int n = in.draws();
        BackgroundTask<MonteCarlo.Result> task = BackgroundTask.of(ctx -> in.simulate((done, total) -> {
            ctx.updateProgress(done, total);
            return !ctx.isCancelled();
        }));
        task.onSuccess(r -> {
            running = null;
            if (r.cancelled()) {
                clear(State.CANCELLED, i18n.get("tools.uncertainty.cancelled"));
                return;
            }
            resultUnit = unit;
            resultOutput = outputId;
            lastRun = in;
            result.set(r);
            state.set(State.DONE);
            statusText.set(undefinedSummary(r));
        });
        task.onCancelled(() -> {
            running = null;
            clear(State.CANCELLED, i18n.get("tools.uncertainty.cancelled"));
        });
        task.onFailure(e -> {
            running = null;
            clear(State.FAILED, i18n.format("tools.uncertainty.failed", String.valueOf(e.getMessage())));
        });
        result.set(null);
        exportText.set("");
        progress.unbind();
        progress.bind(task.progressProperty());
        state.set(State.RUNNING);
        statusText.set(i18n.format("tools.uncertainty.running", formats.number(n, 0)));
        TaskExecutor.Cancellable handle = executor.execute(task);
        if (state.get() == State.RUNNING) {
            running = handle;
        }
        return true;
    }

    /**
     * "Pessimistic", "Likely" and "Optimistic" scenarios from the last run: the draws closest to its P10, P50 and
     * P90, each with the inputs that produced it (stated in the note). Computed in the background (the draws are
     * made again with the run's seed); {@code done} gets them on the FX thread. False when there is no result.
     */
    public boolean createScenarios(ScenarioSink sink) {
        MonteCarlo.Result r = result.get();
        if (r == null || !r.p10().isDefined() || lastRun == null) {
            return false;
        }
        double[] targets = {r.p10().value(), r.p50().value(), r.p90().value()};
        Inputs run = lastRun;
        var model = run.model();
        double[] base = run.base();
        Triangular[] uncertain = run.uncertain();
        int outputIndex = run.outputIndex();
        int n = run.draws();
        long s = run.seed();
        String outputId = resultOutput;
        Unit unit = resultUnit;
        BackgroundTask<org.funnellab.calc.PercentileScenarios.Pick[]> task = BackgroundTask.of(ctx ->
                org.funnellab.calc.PercentileScenarios.nearest(model, base, uncertain, outputIndex, n, s, targets));
        task.onSuccess(picks -> {
            String[] names = {"pessimistic", "likely", "optimistic"};
            String[] levels = {"P10", "P50", "P90"};
            List<ScenarioSink.Generated> out = new ArrayList<>();
            List<Parameter> ps = model.parameters();
            for (int k = 0; k < picks.length; k++) {
                if (picks[k] == null) {
                    continue;
                }
                java.util.Map<String, Double> values = new java.util.LinkedHashMap<>();
                List<String> stated = new ArrayList<>();
                for (int i = 0; i < ps.size(); i++) {
                    values.put(ps.get(i).id(), picks[k].inputs()[i]);
                    if (uncertain[i] != null) {
                        stated.add(ToolLabels.parameter(i18n, model.id(), ps.get(i).id()) + " = "
                                + formats.format(picks[k].inputs()[i], ps.get(i).unit()));
                    }
                }
                String note = i18n.format("tools.uncertainty.scenarios.note", levels[k],
                        ToolLabels.output(i18n, model.id(), outputId), formats.format(picks[k].output(), unit),
                        String.join("; ", stated));
                out.add(new ScenarioSink.Generated(i18n.get("tools.uncertainty.scenarios." + names[k]), note,
                        model.id(), values));
            }
            sink.save(out);
        });
        executor.execute(task);
        return true;
    }

    /**
     * Everything a run needs, read from the panel and the form on the FX thread before the run starts: the model with
     * the sliders' ranges at that moment, the current values, the estimates, draws and seed. Immutable (the arrays are
     * copies no one else holds), so the worker never reads a JavaFX property and a slider moved during the run does
     * not change its result.
     */
    record Inputs(WhatIfModel model, double[] base, Triangular[] uncertain, String outputId, int outputIndex,
                  Unit unit, int draws, long seed) {
        Inputs {
            base = base.clone();
            uncertain = uncertain.clone();
        }

        MonteCarlo.Result simulate(org.funnellab.calc.ProgressListener listener) {
            return MonteCarlo.run(model, base.clone(), uncertain.clone(), outputIndex, draws, seed, BINS, listener);
        }
    }

    /** The inputs of a run started now (FX thread). */
    Inputs inputs() {
        String outputId = output.get();
        int outputIndex = panel.model().outputIndex(outputId);
        return new Inputs(panel.modelSnapshot(), panel.currentValues(),
                rows.stream().map(UncertainInput::distribution).toArray(Triangular[]::new), outputId, outputIndex,
                panel.outputSpecs().get(outputIndex).unit(), draws(), seed());
    }

    /** Asks a running simulation to stop; it ends in the CANCELLED state with no result. */
    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    private void clear(State s, String text) {
        result.set(null);
        state.set(s);
        statusText.set(text);
        exportText.set("");
    }

    private String undefinedSummary(MonteCarlo.Result r) {
        if (r.undefinedDraws() == 0) {
            return i18n.format("tools.uncertainty.done", formats.number(r.completedDraws(), 0));
        }
        StringBuilder sb = new StringBuilder(i18n.format("tools.uncertainty.undefined",
                formats.number(r.undefinedDraws(), 0), formats.number(r.completedDraws(), 0)));
        for (Map.Entry<UndefinedReason, Long> e : r.undefinedByReason().entrySet()) {
            sb.append('\n').append(i18n.format("tools.uncertainty.undefinedReason",
                    i18n.get("reason." + e.getKey().name()), formats.number(e.getValue(), 0)));
        }
        return sb.toString();
    }

    /** True when there are samples to export. */
    public boolean canExport() {
        return result.get() != null && result.get().samples().length > 0;
    }

    /** A file name to suggest, e.g. {@code nonTarget-wastedHoursMonth-samples.csv}. */
    public String suggestedFileName() {
        return panel.model().id() + "-" + (resultOutput == null ? "samples" : resultOutput + "-samples") + ".csv";
    }

    /** Writes the last run's samples to {@code file} in the background ({@link SamplesCsv}). */
    public void exportSamples(Path file) {
        MonteCarlo.Result r = result.get();
        if (r == null) {
            return;
        }
        String column = resultOutput;
        double[] samples = r.samples();
        exportText.set(i18n.get("tools.uncertainty.exporting"));
        BackgroundTask<Path> task = BackgroundTask.of(ctx -> {
            SamplesCsv.write(file, column, samples);
            return file;
        });
        task.onSuccess(p -> exportText.set(i18n.format("tools.uncertainty.exported",
                formats.number(samples.length, 0), p.getFileName().toString())));
        task.onFailure(e -> exportText.set(i18n.format("tools.uncertainty.exportFailed",
                String.valueOf(e.getMessage()))));
        executor.execute(task);
    }
}
