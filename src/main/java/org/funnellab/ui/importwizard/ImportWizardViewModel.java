package org.funnellab.ui.importwizard;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.funnellab.importer.ImportProgress;
import org.funnellab.importer.RejectedRowsCsv;
import org.funnellab.importer.mapping.Mapping;
import org.funnellab.importer.mapping.MappingJson;
import org.funnellab.importer.read.FilePreview;
import org.funnellab.store.ImportKind;
import org.funnellab.store.Workspace;
import org.funnellab.ui.common.BackgroundTask;
import org.funnellab.ui.common.Formats;
import org.funnellab.ui.common.TaskExecutor;
import org.funnellab.ui.shell.WorkspaceViewModel;

import java.nio.file.Path;
import java.util.List;

/**
 * The import wizard: file → mapping → values → check → import → result, for lead exports; cost and
 * aggregated-funnel sheets go from the file straight to the check. Every read of the file and every write to the
 * workspace runs as a {@link BackgroundTask} on the executor given (the workspace's own single thread in the app).
 * Texts are i18n keys ({@link #noticeKeyProperty()}); {@link #errorProperty()} carries the failing file's message.
 */
public final class ImportWizardViewModel {
    private final WorkspaceViewModel workspace;
    private final TaskExecutor executor;
    private final Formats formats;
    private final FileStepViewModel file;
    private final MappingStepViewModel mapping = new MappingStepViewModel();
    private final ValuesStepViewModel values = new ValuesStepViewModel();
    private final CheckStepViewModel check = new CheckStepViewModel();
    private final ProgressStepViewModel progress = new ProgressStepViewModel();
    private final ResultStepViewModel result = new ResultStepViewModel();
    private final ImportRun importRun = new ImportRun();
    private final ReadOnlyObjectWrapper<WizardStep> step = new ReadOnlyObjectWrapper<>(WizardStep.FILE);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper noticeKey = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final BooleanBinding canGoNext;
    private final BooleanBinding canGoBack;
    private TaskExecutor.Cancellable running;
    private Path checkOptionsFor;
    /** The mapping of the last check, so a re-check runs only when an option really changed it. */
    private Mapping lastChecked;
    private TaskExecutor.Cancellable figuresRunning;
    private Runnable onFinished = () -> { };

    public ImportWizardViewModel(WorkspaceViewModel workspace, TaskExecutor executor, Formats formats) {
        this.workspace = workspace;
        this.executor = executor;
        this.formats = formats;
        this.file = new FileStepViewModel(executor);
        canGoNext = Bindings.createBooleanBinding(() -> !busy.get() && !file.busyProperty().get()
                        && switch (step.get()) {
                    case FILE -> file.previewProperty().get() != null && file.errorProperty().get().isEmpty();
                    case MAPPING, VALUES -> true;
                    case CHECK, IMPORT, RESULT -> false;
                }, step, busy, file.busyProperty(), file.previewProperty(), file.errorProperty());
        javafx.collections.ListChangeListener<Object> choiceChanged = c -> {
            while (c.next()) {
                if (c.wasUpdated()) {
                    refreshFigures();
                    return;
                }
            }
        };
        values.stages().addListener(choiceChanged);
        values.reasons().addListener(choiceChanged);
        values.statuses().addListener(choiceChanged);
        values.lostStageProperty().addListener((obs, o, n) -> refreshFigures());
        // the Import screen starts fresh for another workspace (an import running into the old one finishes first)
        workspace.workspaceProperty().addListener((obs, o, n) -> {
            if (o != null && n != o && step.get() != WizardStep.IMPORT) {
                reset();
            }
        });
        canGoBack = Bindings.createBooleanBinding(() -> !busy.get() && switch (step.get()) {
            case MAPPING, VALUES, CHECK -> true;
            case FILE, IMPORT, RESULT -> false;
        }, step, busy);
    }

    /** Opens the wizard on the first step with {@code path} chosen (a file dropped onto the main window). */
    public void startWith(Path path) {
        if (step.get() == WizardStep.IMPORT) {
            return; // one import at a time; the running one is finished or cancelled first
        }
        noticeKey.set("");
        error.set("");
        step.set(WizardStep.FILE);
        file.choose(path);
    }

    public void next() {
        if (!canGoNext.get()) {
            return;
        }
        noticeKey.set("");
        error.set("");
        switch (step.get()) {
            case FILE -> {
                if (isLeads()) {
                    enterMapping();
                } else {
                    enterCheck();
                }
            }
            case MAPPING -> enterValues();
            case VALUES -> enterCheck();
            default -> { }
        }
    }

    public void back() {
        if (!canGoBack.get()) {
            return;
        }
        noticeKey.set("");
        error.set("");
        step.set(switch (step.get()) {
            case MAPPING -> WizardStep.FILE;
            case VALUES -> WizardStep.MAPPING;
            case CHECK -> isLeads() ? WizardStep.VALUES : WizardStep.FILE;
            default -> step.get();
        });
    }

    private boolean isLeads() {
        return file.kindProperty().get() == ImportKind.LEADS;
    }

    private void enterMapping() {
        FilePreview preview = file.previewProperty().get();
        if (mapping.isSetUpFor(preview)) {
            step.set(WizardStep.MAPPING);
            return;
        }
        Workspace ws = workspace.workspaceProperty().get();
        background(ctx -> ws == null ? List.<String>of() : ws.savedMappings().names(ImportKind.LEADS), names -> {
            mapping.setUp(preview, names);
            step.set(WizardStep.MAPPING);
        });
    }

    /** Chooses the mapping to start from: a built-in preset at once, a saved one read from the workspace. */
    public void choosePreset(PresetChoice choice) {
        if (choice == null || choice.equals(mapping.presetProperty().get())) {
            return;
        }
        if (!choice.saved()) {
            mapping.chooseBuiltIn(choice);
            return;
        }
        Workspace ws = workspace.workspaceProperty().get();
        background(ctx -> MappingJson.fromJson(ws.savedMappings().load(choice.name(), ImportKind.LEADS).orElseThrow()),
                m -> mapping.apply(choice, m));
    }

    /** Saves the current mapping (with the values step's meanings, once visited) under {@code name} in the workspace. */
    public void saveMappingAs(String name) {
        String trimmed = name == null ? "" : name.strip();
        Workspace ws = workspace.workspaceProperty().get();
        if (trimmed.isEmpty() || ws == null) {
            return;
        }
        String json = MappingJson.toJson(currentMapping().withName(trimmed));
        background(ctx -> {
            ws.savedMappings().save(trimmed, ImportKind.LEADS, json);
            return trimmed;
        }, saved -> {
            mapping.addSaved(saved);
            noticeKey.set("importWizard.notice.mappingSaved");
        });
    }

    /** The mapping the import will use: columns from the mapping step, meanings from the values step. */
    public Mapping currentMapping() {
        Mapping m = values.applyTo(mapping.mapping());
        return java.util.Objects.equals(checkOptionsFor, file.fileProperty().get()) ? check.applyTo(m) : m;
    }

    private void enterValues() {
        Path path = file.fileProperty().get();
        var settings = file.settings();
        Mapping m = mapping.mapping();
        background(ctx -> ValuesStepViewModel.read(path, settings, m), found -> {
            values.show(found, m);
            step.set(WizardStep.VALUES);
            refreshFigures();
        });
    }

    /**
     * Computes again, over the whole file and in the background, the figures the values step's choices give; a
     * computation still running for older choices is cancelled first.
     */
    void refreshFigures() {
        if (step.get() != WizardStep.VALUES) {
            return;
        }
        if (figuresRunning != null) {
            figuresRunning.cancel();
        }
        Workspace ws = workspace.workspaceProperty().get();
        Path path = file.fileProperty().get();
        var settings = file.settings();
        Mapping m = currentMapping();
        values.computing(true);
        BackgroundTask<ValuesStepViewModel.Figures> task = BackgroundTask.of(
                ctx -> ValuesStepViewModel.figures(ws, path, settings, m, ctx::isCancelled));
        TaskExecutor.Cancellable[] self = new TaskExecutor.Cancellable[1];
        task.onSuccess(f -> {
            if (figuresRunning == self[0]) {
                figuresRunning = null;
                values.computing(false);
            }
            if (f != null) {
                values.showFigures(f);
            }
        }).onCancelled(() -> {
            if (figuresRunning == self[0]) {
                figuresRunning = null;
                values.computing(false);
            }
        }).onFailure(e -> {
            if (figuresRunning == self[0]) {
                figuresRunning = null;
                values.computing(false);
            }
            error.set(messageOf(e));
        });
        self[0] = executor.execute(task);
        if (values.computingProperty().get()) {
            figuresRunning = self[0];
        }
    }

    private void enterCheck() {
        Workspace ws = workspace.workspaceProperty().get();
        if (isLeads() && !java.util.Objects.equals(checkOptionsFor, file.fileProperty().get())) {
            checkOptionsFor = file.fileProperty().get();
            // read by the workspace's thread when it opened or was last imported into: no query on the FX thread
            String chosen = workspace.chosenCurrencyProperty().get();
            String code = ws == null || chosen.isEmpty() ? null : chosen;
            check.resetOptions(code, mapping.mapping());
        }
        runCheck(step.get());
    }

    /** Checks the file again after an option of the check step changed (currency, rate, date layout, undated rows). */
    public void recheck() {
        // a control that merely lost the focus (the user clicking Import) changes nothing: no second check then
        if (step.get() == WizardStep.CHECK && !busy.get() && isLeads() && !currentMapping().equals(lastChecked)) {
            runCheck(WizardStep.CHECK);
        }
    }

    /**
     * Checks the whole file in the background; the check step shows its progress and Cancel at once. A cancelled
     * check returns to {@code from} (or stays on the check step, empty, when it was a re-check).
     */
    private void runCheck(WizardStep from) {
        Workspace ws = workspace.workspaceProperty().get();
        Path path = file.fileProperty().get();
        var settings = file.settings();
        ImportKind kind = file.kindProperty().get();
        Mapping m = kind == ImportKind.LEADS ? currentMapping() : null;
        lastChecked = m;
        check.clear();
        check.checking(true);
        step.set(WizardStep.CHECK);
        BackgroundTask<DryRun.Result> task = BackgroundTask.of(ctx -> switch (kind) {
            case LEADS -> DryRun.leads(ws, path, settings, m, formats, p -> {
                ctx.updateDetail(p);
                return !ctx.isCancelled();
            });
            case COSTS -> DryRun.costs(path, settings, formats);
            case FUNNEL -> DryRun.funnel(path, settings, formats);
        });
        task.detailProperty().addListener((obs, o, n) -> {
            if (n instanceof ImportProgress p) {
                check.progress(p);
            }
        });
        busy.set(true);
        task.onSuccess(r -> {
            busy.set(false);
            running = null;
            check.checking(false);
            if (r == null) {
                checkCancelled(from);
            } else {
                check.show(r);
            }
        }).onCancelled(() -> {
            busy.set(false);
            running = null;
            check.checking(false);
            checkCancelled(from);
        }).onFailure(e -> {
            busy.set(false);
            running = null;
            check.checking(false);
            error.set(messageOf(e));
            step.set(from == WizardStep.CHECK ? (isLeads() ? WizardStep.VALUES : WizardStep.FILE) : from);
        });
        TaskExecutor.Cancellable handle = executor.execute(task);
        if (busy.get()) {
            running = handle;
        }
    }

    private void checkCancelled(WizardStep from) {
        lastChecked = null; // nothing was checked: the same options check again
        noticeKey.set("importWizard.notice.checkCancelled");
        if (from != WizardStep.CHECK) {
            step.set(from);
        }
    }

    /** Stops a running check of the file; the wizard goes back to the step it came from. */
    public void cancelCheck() {
        TaskExecutor.Cancellable r = running;
        if (r != null && step.get() == WizardStep.CHECK && check.checkingProperty().get()) {
            r.cancel();
        }
    }

    /** Step 4 → 5: imports the whole file in one transaction, off the FX thread. */
    public void startImport() {
        Workspace ws = workspace.workspaceProperty().get();
        if (step.get() != WizardStep.CHECK || busy.get() || ws == null) {
            return;
        }
        ImportKind kind = file.kindProperty().get();
        Path path = file.fileProperty().get();
        var settings = file.settings();
        List<String> header = file.previewProperty().get().header();
        if (check.checkingProperty().get()) {
            return;
        }
        Mapping m = kind == ImportKind.LEADS ? currentMapping() : null;
        String presetName = m == null ? null : mapping.presetProperty().get().name();
        progress.reset();
        noticeKey.set("");
        error.set("");
        step.set(WizardStep.IMPORT);
        BackgroundTask<ImportRun.Done> task = BackgroundTask.of(ctx -> importRun.run(ctx, ws, kind, path, settings, m,
                presetName, header));
        task.detailProperty().addListener((obs, o, n) -> {
            if (n instanceof ImportProgress p) {
                progress.show(p);
            }
        });
        // The executor reports "cancelled" only once the work has stopped, with nothing written; a cancel that
        // arrives after the last row is reported as success, and the result says the import finished first.
        task.onCancelled(() -> importEnded(null, true));
        busy.set(true);
        running = executor.execute(task.onSuccess(done -> importEnded(done, done != null && done.finishedBeforeCancel())).onFailure(this::importFailed));
    }

    private void importEnded(ImportRun.Done done, boolean cancelRequested) {
        busy.set(false);
        running = null;
        if (done == null) {
            noticeKey.set("importWizard.notice.cancelled");
            step.set(WizardStep.CHECK);
            return;
        }
        result.show(done.counts(), done.header(), done.rejected(), done.dates(), done.warnings());
        noticeKey.set(cancelRequested ? "importWizard.notice.finishedBeforeCancel" : "");
        step.set(WizardStep.RESULT);
    }

    private void importFailed(Throwable e) {
        busy.set(false);
        running = null;
        Throwable cause = e instanceof java.util.concurrent.ExecutionException && e.getCause() != null ? e.getCause() : e;
        error.set(messageOf(cause));
        step.set(WizardStep.CHECK);
    }

    /** Stops the running import; the transaction rolls back, so the workspace stays exactly as it was. */
    public void cancelImport() {
        TaskExecutor.Cancellable r = running;
        if (r != null && step.get() == WizardStep.IMPORT) {
            r.cancel();
        }
    }

    /** Writes every warning of the import (notes on dates first), one a line, as UTF-8 text (in the background). */
    public void exportWarnings(Path target) {
        List<String> lines = new java.util.ArrayList<>();
        result.dates().forEach(d -> lines.add(d.describe()));
        lines.addAll(result.warnings());
        background(ctx -> {
            java.nio.file.Files.write(target, lines, java.nio.charset.StandardCharsets.UTF_8);
            return target;
        }, t -> noticeKey.set("importWizard.notice.exported"));
    }

    /** Starts over on the file step with nothing chosen: another workspace was opened. */
    private void reset() {
        if (figuresRunning != null) {
            figuresRunning.cancel();
            figuresRunning = null;
        }
        if (running != null) {
            running.cancel();
            running = null;
        }
        busy.set(false);
        noticeKey.set("");
        error.set("");
        checkOptionsFor = null;
        file.clear();
        mapping.clear();
        values.clear();
        check.clear();
        result.clear();
        progress.reset();
        step.set(WizardStep.FILE);
    }

    /** Writes the rejected rows the import kept as CSV (in the background). */
    public void exportRejected(Path target) {
        List<String> header = result.header();
        var rows = List.copyOf(result.rejectedRows());
        background(ctx -> {
            RejectedRowsCsv.write(target, header, rows);
            return target;
        }, t -> noticeKey.set("importWizard.notice.exported"));
    }

    /** Closes the wizard after a result: the workspace re-reads its range, filter choices and facts. */
    public void done() {
        if (step.get() == WizardStep.RESULT) {
            workspace.refreshAfterImport();
        }
        onFinished.run();
    }

    /** Leaves the wizard without importing (nothing has been written before the import step). */
    public void close() {
        if (step.get() != WizardStep.IMPORT) {
            onFinished.run();
        }
    }

    /** What the host does when the wizard ends (Done or Cancel): close its window or tab. */
    public void setOnFinished(Runnable action) {
        this.onFinished = action == null ? () -> { } : action;
    }

    private <T> void background(BackgroundTask.Work<T> work, java.util.function.Consumer<T> then) {
        run(BackgroundTask.of(work), then);
    }

    private <T> void run(BackgroundTask<T> task, java.util.function.Consumer<T> then) {
        busy.set(true);
        task.onSuccess(r -> {
            busy.set(false);
            then.accept(r);
        }).onFailure(e -> {
            busy.set(false);
            error.set(messageOf(e));
        });
        executor.execute(task);
    }

    static String messageOf(Throwable e) {
        return org.funnellab.ui.common.UserMessages.of(e);
    }

    public FileStepViewModel file() {
        return file;
    }

    public MappingStepViewModel mapping() {
        return mapping;
    }

    public ValuesStepViewModel values() {
        return values;
    }

    public CheckStepViewModel check() {
        return check;
    }

    public ProgressStepViewModel progress() {
        return progress;
    }

    public ResultStepViewModel result() {
        return result;
    }

    public ReadOnlyObjectProperty<WizardStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding canGoNextProperty() {
        return canGoNext;
    }

    public BooleanBinding canGoBackProperty() {
        return canGoBack;
    }

    /** An i18n key for the latest notice (cancelled, mapping saved, rows exported), empty for none. */
    public ReadOnlyStringProperty noticeKeyProperty() {
        return noticeKey.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
