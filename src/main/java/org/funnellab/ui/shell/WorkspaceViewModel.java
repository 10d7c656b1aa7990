package org.funnellab.ui.shell;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.funnellab.domain.Filters;
import org.funnellab.domain.Stage;
import org.funnellab.service.MetricSettings;
import org.funnellab.service.MetricsService;
import org.funnellab.store.FunnelQueries;
import org.funnellab.store.MonthRange;
import org.funnellab.store.Workspace;
import org.funnellab.ui.common.BackgroundTask;
import org.funnellab.store.SourceRows;
import org.funnellab.ui.common.TaskExecutor;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The open workspace: its name and data range, the global filters, and the snapshot of facts for those filters.
 * Opening a file and reading facts run as background tasks on a single workspace thread (one SQLite connection);
 * a filter change reloads the snapshot, and a result that arrives after a newer request is dropped.
 */
public final class WorkspaceViewModel implements AutoCloseable {
    /** The stage whose leads count for the win rate: the application service's. */
    public static final Stage WIN_RATE_STAGE = MetricsService.WIN_RATE_STAGE;

    /** The workspace setting naming its time zone (an IANA id); absent means the system's. */
    static final String TIME_ZONE_KEY = "workspace.timeZone";

    private record Opened(Workspace workspace, String name, boolean demo, String currency, String chosenCurrency,
                          String timeZone, Optional<MonthRange> range, List<String> channels, List<String> campaigns,
                          List<String> owners) {
    }

    private final TaskExecutor executor;
    private final FiltersViewModel filters;
    private final ReadOnlyObjectWrapper<Workspace> workspace = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper demo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper currency = new ReadOnlyStringWrapper("RUB");
    private final ReadOnlyStringWrapper chosenCurrency = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper timeZone = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<MonthRange> dataRange = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<WorkspaceSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    /** The i18n key of the last failure's kind ({@code workspace.error.<KIND>}), empty when there is none. */
    private final ReadOnlyStringWrapper errorKey = new ReadOnlyStringWrapper("");
    /** The name of the file the last failure concerns (argument {0} of {@link #errorKey}). */
    private final ReadOnlyStringWrapper errorFile = new ReadOnlyStringWrapper("");
    private long requestSeq;

    public WorkspaceViewModel(TaskExecutor workspaceExecutor, FiltersViewModel filters) {
        this.executor = workspaceExecutor;
        this.filters = filters;
        filters.filtersProperty().addListener((obs, o, n) -> reload());
    }

    /** Opens a workspace file (creating or migrating it). The previous workspace closes once the new one is open. */
    public void open(Path file) {
        open(() -> Workspace.open(file), () -> Workspace.needsUpgrade(file));
    }

    /** Opens whatever {@code opener} returns (e.g. the default workspace, created with demo data on first start). */
    public void open(Supplier<Workspace> opener) {
        open(opener, () -> false);
    }

    private void open(Supplier<Workspace> opener, java.util.function.BooleanSupplier upgrade) {
        loading.set(true);
        BackgroundTask<Opened> task = BackgroundTask.of(ctx -> {
            if (upgrade.getAsBoolean()) {
                ctx.updateMessage(UPGRADING);
            }
            return read(opener.get());
        });
        task.messageProperty().addListener((obs, o, n) -> upgrading.set(UPGRADING.equals(n)));
        task.onSuccess(o -> {
            upgrading.set(false);
            opened(o);
        }).onFailure(e -> {
            upgrading.set(false);
            failed(e);
        });
        executor.execute(task);
    }

    private static final String UPGRADING = "upgrading";
    private final ReadOnlyBooleanWrapper upgrading = new ReadOnlyBooleanWrapper(false);

    /**
     * True while an older workspace is being upgraded on open (backup copy, then the move to the current layout): the
     * window says so, since a large workspace takes a minute once.
     */
    public ReadOnlyBooleanProperty upgradingProperty() {
        return upgrading.getReadOnlyProperty();
    }

    private static Opened read(Workspace ws) {
        try {
            FunnelQueries q = ws.queries();
            return readOpened(ws, q);
        } catch (RuntimeException e) {
            ws.close();
            throw e;
        }
    }

    private static Opened readOpened(Workspace ws, FunnelQueries q) {
        return new Opened(ws, displayName(ws), ws.settings().isDemo(), ws.settings().currency(),
                ws.settings().chosenCurrency().orElse(""), ws.settings().getString(TIME_ZONE_KEY, ""), q.dataRange(), q.channels(), q.campaigns(), q.owners());
    }

    /** The workspace's own name, or its file name without the extension when it has none. */
    static String displayName(Workspace ws) {
        String name = ws.settings().displayName();
        if (name != null && !name.isBlank()) {
            return name;
        }
        String file = ws.file().getFileName().toString();
        for (String ext : new String[] {".funnellab.sqlite", ".sqlite", ".db"}) {
            if (file.endsWith(ext) && file.length() > ext.length()) {
                return file.substring(0, file.length() - ext.length());
            }
        }
        return file;
    }

    private java.util.function.Consumer<java.nio.file.Path> onOpened = file -> { };

    /**
     * Called with the file of every workspace that opened successfully (the recent list is kept from these, so a
     * file that failed to open never becomes the workspace the next launch tries first).
     */
    public void setOnOpened(java.util.function.Consumer<java.nio.file.Path> onOpened) {
        this.onOpened = onOpened == null ? file -> { } : onOpened;
    }

    private void opened(Opened o) {
        onOpened.accept(o.workspace().file());
        Workspace old = workspace.get();
        workspace.set(o.workspace());
        name.set(o.name());
        demo.set(o.demo());
        currency.set(o.currency());
        chosenCurrency.set(o.chosenCurrency());
        timeZone.set(o.timeZone());
        dataRange.set(o.range().orElse(null));
        error.set("");
        errorKey.set("");
        errorFile.set("");
        if (old != null && old != o.workspace()) {
            executor.execute(BackgroundTask.of(ctx -> {
                old.close();
                return null;
            }));
        }
        MonthRange r = o.range().orElse(null);
        filters.setAvailable(r == null ? null : r.from(), r == null ? null : r.to(), o.channels(), o.campaigns(),
                o.owners());
        reload();
    }

    /**
     * Reads the open workspace's name, data range and filter choices again, then its facts: after an import, which may
     * bring new months, channels, campaigns or owners the filters must offer. The workspace stays open.
     */
    public void refreshAfterImport() {
        Workspace ws = workspace.get();
        if (ws == null) {
            return;
        }
        loading.set(true);
        BackgroundTask<Opened> task = BackgroundTask.of(ctx -> readOpened(ws, ws.queries()));
        task.onSuccess(this::opened).onFailure(this::failed);
        executor.execute(task);
    }

    /** Reads the facts for the current filters again (after a filter change or an import). */
    public void reload() {
        Workspace ws = workspace.get();
        if (ws == null) {
            return;
        }
        long seq = ++requestSeq;
        Filters f = filters.filters();
        loading.set(true);
        BackgroundTask<WorkspaceSnapshot> task = BackgroundTask.of(
                ctx -> WorkspaceSnapshot.read(new MetricsService(ws), f));
        task.onSuccess(s -> {
            if (seq == requestSeq) {
                snapshot.set(s);
                loading.set(false);
            }
        }).onFailure(this::failed);
        executor.execute(task);
    }

    /**
     * Stores the workspace's metric settings (CAC cost categories, shared costs, CLV assumptions) on the workspace
     * thread, then reads every figure again: each screen follows the new snapshot.
     */
    public void saveSettings(MetricSettings settings) {
        Workspace ws = workspace.get();
        if (ws == null) {
            return;
        }
        BackgroundTask<Void> task = BackgroundTask.of(ctx -> {
            new MetricsService(ws).saveSettings(settings);
            return null;
        });
        task.onSuccess(v -> reload()).onFailure(this::failed);
        executor.execute(task);
    }

    /**
     * Looks a lead up by its CRM id on the workspace thread, with the file row it was imported from; the result (one
     * entry per source system with that id, empty when none) or the failure is handed back on the UI thread.
     */
    public void findLead(String externalId, java.util.function.Consumer<java.util.List<SourceRows.Found>> onFound,
                         java.util.function.Consumer<Throwable> onFailure) {
        Workspace ws = workspace.get();
        if (ws == null) {
            onFound.accept(java.util.List.of());
            return;
        }
        BackgroundTask<java.util.List<SourceRows.Found>> task = BackgroundTask.of(ctx -> ws.findLead(externalId));
        task.onSuccess(onFound).onFailure(onFailure);
        executor.execute(task);
    }

    /** The settings the current snapshot was read under (the defaults before a workspace is open). */
    public MetricSettings settings() {
        WorkspaceSnapshot s = snapshot.get();
        return s == null ? MetricSettings.DEFAULT : s.settings();
    }

    private void failed(Throwable e) {
        loading.set(false);
        error.set(org.funnellab.ui.common.UserMessages.of(e));
        org.funnellab.store.WorkspaceException we = null;
        for (Throwable t = e; t != null && we == null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.funnellab.store.WorkspaceException w) {
                we = w;
            }
        }
        java.nio.file.Path concerned = we == null ? null
                : we.file() != null ? we.file() : workspace.get() != null ? workspace.get().file() : null;
        if (we != null && we.kind() != org.funnellab.store.WorkspaceException.Kind.OTHER && concerned != null
                && concerned.getFileName() != null) {
            errorFile.set(concerned.getFileName().toString());
            errorKey.set("workspace.error." + we.kind().name());
        } else {
            errorFile.set("");
            errorKey.set("");
        }
    }

    /** The i18n key of the last failure ({@code workspace.error.<KIND>}); empty: show {@link #errorProperty()}. */
    public ReadOnlyStringProperty errorKeyProperty() {
        return errorKey.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorFileProperty() {
        return errorFile.getReadOnlyProperty();
    }

    public FiltersViewModel filters() {
        return filters;
    }

    public ReadOnlyObjectProperty<Workspace> workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty demoProperty() {
        return demo.getReadOnlyProperty();
    }

    /**
     * The currency the workspace was given (on creation or by its first import with amounts), "" while it has none;
     * read on the workspace's thread with the rest, so screens never query the workspace themselves.
     */
    public ReadOnlyStringProperty chosenCurrencyProperty() {
        return chosenCurrency.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty currencyProperty() {
        return currency.getReadOnlyProperty();
    }

    /** The workspace's time zone id, empty when it follows the system's. */
    public ReadOnlyStringProperty timeZoneProperty() {
        return timeZone.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MonthRange> dataRangeProperty() {
        return dataRange.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<WorkspaceSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The last failure's message (file, problem), empty when the last operation succeeded. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    @Override
    public void close() {
        Workspace ws = workspace.get();
        if (ws != null) {
            ws.close();
        }
    }
}
