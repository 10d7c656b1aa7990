package org.funnellab.ui.importwizard;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.funnellab.importer.read.FileKind;
import org.funnellab.importer.read.FilePreview;
import org.funnellab.importer.read.JunkLine;
import org.funnellab.importer.read.ReadSettings;
import org.funnellab.importer.read.SourceRow;
import org.funnellab.store.ImportKind;
import org.funnellab.ui.common.I18n;

import java.io.File;
import java.nio.charset.Charset;
import java.util.List;
import java.util.stream.Collectors;

/** Step 1: choose the file and its kind; see how it was read and override any part of that. */
final class FileStepView extends VBox {
    private final FileStepViewModel vm;
    private final I18n i18n;
    private final ComboBox<Charset> encoding = new ComboBox<>(FXCollections.observableArrayList(FileStepViewModel.ENCODINGS));
    private final ComboBox<Character> delimiter = new ComboBox<>(
            FXCollections.observableArrayList(FileStepViewModel.DELIMITERS));
    private final Spinner<Integer> headerLine = new Spinner<>(1, 1000, 1);
    private final ComboBox<String> sheet = new ComboBox<>();
    private final Label reasons = new Label();
    private final Label junk = new Label();
    private final TableView<List<String>> table = new TableView<>();
    private final ObservableList<List<String>> rows = FXCollections.observableArrayList();
    private boolean updating;

    FileStepView(FileStepViewModel vm, I18n i18n) {
        super(12);
        this.vm = vm;
        this.i18n = i18n;
        setId("fileStep");

        Label fileName = new Label();
        fileName.setId("fileName");
        fileName.getStyleClass().add("wizard-file-name");
        fileName.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.fileProperty().get()
                == null ? i18n.get("importWizard.file.none") : vm.fileProperty().get().toString(), vm.fileProperty()));
        Button choose = new Button(i18n.get("importWizard.file.choose"));
        choose.setId("chooseFile");
        choose.setOnAction(e -> chooseFile());
        ComboBox<ImportKind> kind = new ComboBox<>(FXCollections.observableArrayList(ImportKind.values()));
        kind.setId("kindChoice");
        kind.setConverter(WizardTexts.enumConverter(i18n, k -> "importWizard.kind." + k.name()));
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        HBox fileRow = new HBox(10, choose, fileName);
        fileRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox kindRow = new HBox(10, new Label(i18n.get("importWizard.file.kind")), kind);
        kindRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        encoding.setId("encodingChoice");
        encoding.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Charset c) {
                return c == null ? "" : c.name();
            }

            @Override
            public Charset fromString(String s) {
                return Charset.forName(s);
            }
        });
        delimiter.setId("delimiterChoice");
        delimiter.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Character c) {
                return c == null ? "" : WizardTexts.delimiter(i18n, c);
            }

            @Override
            public Character fromString(String s) {
                return null;
            }
        });
        headerLine.setId("headerLineSpinner");
        headerLine.setEditable(true);
        headerLine.setPrefWidth(90);
        sheet.setId("sheetChoice");
        sheet.setItems(vm.sheetNames());
        encoding.setOnAction(e -> {
            if (!updating && encoding.getValue() != null) {
                vm.setCharset(encoding.getValue());
            }
        });
        delimiter.setOnAction(e -> {
            if (!updating && delimiter.getValue() != null) {
                vm.setDelimiter(delimiter.getValue());
            }
        });
        headerLine.valueProperty().addListener((obs, o, n) -> {
            if (!updating && n != null) {
                vm.setHeaderLine(n);
            }
        });
        sheet.setOnAction(e -> {
            if (!updating) {
                vm.setSheet(sheet.getSelectionModel().getSelectedIndex());
            }
        });

        GridPane settings = new GridPane();
        settings.setHgap(10);
        settings.setVgap(8);
        settings.addRow(0, new Label(i18n.get("importWizard.file.encoding")), encoding,
                new Label(i18n.get("importWizard.file.delimiter")), delimiter);
        Label sheetLabel = new Label(i18n.get("importWizard.file.sheet"));
        settings.addRow(1, new Label(i18n.get("importWizard.file.headerLine")), headerLine, sheetLabel, sheet);
        // only a workbook has sheets; an empty choice next to a CSV would only puzzle
        sheet.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.sheetNames()));
        sheetLabel.visibleProperty().bind(sheet.visibleProperty());
        reasons.setId("detectionReasons");
        reasons.setWrapText(true);
        reasons.getStyleClass().add("wizard-hint");
        reasons.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        junk.setId("junkLines");
        junk.setWrapText(true);
        junk.getStyleClass().add("wizard-hint");
        junk.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        table.setId("filePreviewTable");
        table.setPlaceholder(new Label(i18n.get("importWizard.file.placeholder")));
        VBox.setVgrow(table, Priority.ALWAYS);
        Label previewTitle = new Label(i18n.get("importWizard.file.preview"));
        previewTitle.getStyleClass().add("group-title");
        getChildren().addAll(fileRow, kindRow, settings, reasons, junk, previewTitle, table);

        vm.previewProperty().addListener((obs, o, n) -> show(n));
        vm.settingsProperty().addListener((obs, o, n) -> show(vm.previewProperty().get()));
        show(vm.previewProperty().get());
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("importWizard.file.choose"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(i18n.get("importWizard.file.filter"), "*.csv", "*.tsv", "*.txt",
                        "*.xlsx", "*.xls"),
                new FileChooser.ExtensionFilter(i18n.get("importWizard.file.filterAll"), "*.*"));
        File f = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (f != null) {
            vm.choose(f.toPath());
        }
    }

    private void show(FilePreview p) {
        updating = true;
        try {
            ReadSettings s = vm.settings();
            boolean delimited = s != null && s.kind() == FileKind.DELIMITED;
            encoding.setDisable(!delimited);
            delimiter.setDisable(!delimited);
            headerLine.setDisable(s == null);
            if (s != null) {
                encoding.setValue(s.charset());
                delimiter.setValue(s.delimiter());
                reasons.setText(i18n.format("importWizard.file.detected." + s.kind().name(), s.charset().name(),
                        WizardTexts.delimiter(i18n, s.delimiter()), p == null ? s.headerLine() : p.headerLine()));
                // the detector's own reasoning (byte statistics, BOM) is technical: there on hover
                reasons.setTooltip(new javafx.scene.control.Tooltip(String.join("\n", vm.reasons())));
                if (!vm.sheetNames().isEmpty()) {
                    sheet.getSelectionModel().select(s.sheetIndex());
                }
            } else {
                reasons.setText("");
            }
            if (p == null) {
                junk.setText("");
                rows.clear();
                return;
            }
            headerLine.getValueFactory().setValue((int) Math.max(1, p.headerLine()));
            junk.setText(p.junkLines().isEmpty() ? i18n.get("importWizard.file.noJunk")
                    : i18n.format("importWizard.file.junk", p.junkLines().size(), p.junkLines().stream().limit(10)
                    .map(JunkLine::line).map(String::valueOf).collect(Collectors.joining(", "))
                    + (p.junkLines().size() > 10 ? ", …" : "")));
            // why each line was skipped (a report footer, a blank line) is there on hover
            junk.setTooltip(p.junkLines().isEmpty() ? null : new javafx.scene.control.Tooltip(p.junkLines().stream()
                    .limit(20).map(j -> j.line() + ": " + j.reason()).collect(Collectors.joining("\n"))));
            rows.setAll(p.rows().stream().map(SourceRow::cells).toList());
            WizardTables.setRows(table, p.header(), rows);
        } finally {
            updating = false;
        }
    }
}
