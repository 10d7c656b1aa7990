package org.funnellab.ui.importwizard;

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
import org.funnellab.importer.preset.Presets;
import org.funnellab.importer.detect.FileContent;
import org.funnellab.importer.read.FileKind;
import org.funnellab.importer.read.FilePreview;
import org.funnellab.importer.read.FormatDetector;
import org.funnellab.importer.read.ReadSettings;
import org.funnellab.store.ImportKind;
import org.funnellab.ui.common.BackgroundTask;
import org.funnellab.ui.common.TaskExecutor;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Step 1: the file and what it holds (leads, costs, aggregated funnel). Detection and every re-read after an override
 * (encoding, separator, header line, sheet) run in the background; a result that arrives after a newer request is dropped.
 */
public final class FileStepViewModel {
    /** Rows read for the preview: enough for five sample values per column and a first look. */
    static final int PREVIEW_ROWS = 20;
    public static final List<Charset> ENCODINGS = List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
            StandardCharsets.UTF_16BE, Charset.forName("windows-1251"));
    public static final List<Character> DELIMITERS = List.of(',', ';', '\t', '|');

    /** What one read found: the settings always; the preview, or why the file cannot be read with them. */
    private record Read(ReadSettings settings, List<String> reasons, List<String> sheets, FilePreview preview,
                        String failure) {
    }

    private final TaskExecutor executor;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<ImportKind> kind = new SimpleObjectProperty<>(ImportKind.LEADS);
    private final ReadOnlyObjectWrapper<FilePreview> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ReadSettings> settings = new ReadOnlyObjectWrapper<>();
    private List<String> reasons = List.of();
    private final ObservableList<String> sheetNames = FXCollections.observableArrayList();
    /** One read-only view, kept: listeners on a view made per call would be lost with it. */
    private final ObservableList<String> sheetNamesView = FXCollections.unmodifiableObservableList(sheetNames);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private long seq;

    /** True from choosing a file until its header has proposed the kind of import. */
    private boolean kindFromHeader;

    FileStepViewModel(TaskExecutor executor) {
        this.executor = executor;
    }

    /** Forgets the file (a new workspace was opened): nothing chosen, a read still running is dropped. */
    void clear() {
        seq++;
        file.set(null);
        preview.set(null);
        settings.set(null);
        reasons = List.of();
        sheetNames.clear();
        busy.set(false);
        error.set("");
        kind.set(ImportKind.LEADS);
    }

    /** Detects how to read {@code path} and previews it. */
    public void choose(Path path) {
        kindFromHeader = true;
        file.set(path);
        preview.set(null);
        settings.set(null);
        sheetNames.clear();
        run(() -> {
            FormatDetector.Detection d = FormatDetector.detect(path);
            List<String> sheets = d.settings().kind() == FileKind.XLSX ? FormatDetector.sheetNames(path) : List.of();
            return read(path, d.settings(), d.reasons(), sheets);
        });
    }

    private static Read read(Path path, ReadSettings s, List<String> why, List<String> sheets) {
        try {
            return new Read(s, why, sheets, FilePreview.of(path, s, why, Presets.knownHeaders(), PREVIEW_ROWS), null);
        } catch (IOException | RuntimeException e) {
            // the settings stay, so the user can correct the one that is wrong (separator, header line)
            return new Read(s, why, sheets, null, ImportWizardViewModel.messageOf(e));
        }
    }

    public void setCharset(Charset charset) {
        ReadSettings s = settings.get();
        if (s != null && !s.charset().equals(charset)) {
            reread(s.withCharset(charset));
        }
    }

    public void setDelimiter(char delimiter) {
        ReadSettings s = settings.get();
        if (s != null && s.delimiter() != delimiter) {
            reread(s.withDelimiter(delimiter));
        }
    }

    /** The 1-based line of the header row; the preview shows the detected one until the user changes it. */
    public void setHeaderLine(long line) {
        ReadSettings s = settings.get();
        FilePreview p = preview.get();
        long shown = p != null ? p.headerLine() : s == null ? 0 : s.headerLine();
        if (s != null && line > 0 && line != shown) {
            reread(s.withHeaderLine(line));
        }
    }

    public void setSheet(int index) {
        ReadSettings s = settings.get();
        if (s != null && s.sheetIndex() != index && index >= 0) {
            reread(s.withSheetIndex(index).withHeaderLine(0));
        }
    }

    private void reread(ReadSettings newSettings) {
        Path path = file.get();
        List<String> why = reasons;
        List<String> sheets = List.copyOf(sheetNames);
        run(() -> read(path, newSettings, why, sheets));
    }

    private void run(java.util.concurrent.Callable<Read> work) {
        long mine = ++seq;
        busy.set(true);
        error.set("");
        BackgroundTask<Read> task = BackgroundTask.of(ctx -> work.call());
        task.onSuccess(r -> {
            if (mine == seq) {
                busy.set(false);
                reasons = r.reasons();
                sheetNames.setAll(r.sheets());
                settings.set(r.settings());
                preview.set(r.preview());
                error.set(r.failure() == null ? "" : r.failure());
                if (kindFromHeader && r.preview() != null) {
                    // a cost sheet or aggregated funnel file is offered as such, not read as leads
                    kindFromHeader = false;
                    kind.set(switch (FileContent.of(r.preview().header())) {
                        case COSTS -> ImportKind.COSTS;
                        case FUNNEL -> ImportKind.FUNNEL;
                        case LEADS -> ImportKind.LEADS;
                    });
                }
            }
        }).onFailure(e -> {
            if (mine == seq) {
                busy.set(false);
                error.set(ImportWizardViewModel.messageOf(e));
            }
        });
        executor.execute(task);
    }

    /** The settings the preview was read with, null before the first detection ends. */
    public ReadSettings settings() {
        return settings.get();
    }

    /** Why the detector chose as it did (technical: encoding statistics, byte-order marks). */
    public List<String> reasons() {
        return reasons;
    }

    /** How the file is being read: detected, then as the user overrode it; null before detection ends. */
    public ReadOnlyObjectProperty<ReadSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ObjectProperty<ImportKind> kindProperty() {
        return kind;
    }

    public ReadOnlyObjectProperty<FilePreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ObservableList<String> sheetNames() {
        return sheetNamesView;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The last failure (the file cannot be read as set), empty when the preview is current. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
