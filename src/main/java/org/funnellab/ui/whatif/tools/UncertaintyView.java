package org.funnellab.ui.whatif.tools;

import javafx.beans.property.StringProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.funnellab.calc.MonteCarlo;
import org.funnellab.ui.charts.ChartStyle;
import org.funnellab.ui.charts.HistogramChart;
import org.funnellab.ui.common.I18n;

import java.io.File;

/**
 * Uncertainty: the inputs' low / likely / high table on the left; output, draws, seed, Run / Cancel and progress on
 * top; percentiles and the histogram on the right. It only binds; the simulation runs in the view model's task.
 */
public final class UncertaintyView extends VBox {
    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private final UncertaintyViewModel vm;
    private final I18n i18n;
    private final HistogramChart histogram;
    private final Label p10 = value("uncertaintyP10");
    private final Label p50 = value("uncertaintyP50");
    private final Label p90 = value("uncertaintyP90");
    private final Label mean = value("uncertaintyMean");

    public UncertaintyView(UncertaintyViewModel vm, I18n i18n, ChartStyle style) {
        this(vm, i18n, style, null);
    }

    /** @param scenarios where "Create scenarios P10 / P50 / P90" saves them; null: no such button */
    public UncertaintyView(UncertaintyViewModel vm, I18n i18n, ChartStyle style, ScenarioSink scenarios) {
        super(12);
        this.vm = vm;
        this.i18n = i18n;
        setId("uncertaintyView");

        ComboBox<String> output = GoalSeekDialog.combo("uncertaintyOutput", vm.outputs(), vm::outputLabel);
        output.valueProperty().bindBidirectional(vm.outputProperty());
        output.setPrefWidth(360);
        TextField draws = field("uncertaintyDraws", vm.drawsTextProperty(), 7);
        TextField seed = field("uncertaintySeed", vm.seedTextProperty(), 5);
        Runnable decorate = () -> {
            draws.pseudoClassStateChanged(INVALID, vm.draws() == 0);
            seed.pseudoClassStateChanged(INVALID, vm.seed() == null);
        };
        draws.textProperty().addListener((obs, o, n) -> decorate.run());
        seed.textProperty().addListener((obs, o, n) -> decorate.run());
        Button run = new Button(i18n.get("tools.uncertainty.run"));
        run.setId("uncertaintyRun");
        run.setDefaultButton(true);
        run.disableProperty().bind(vm.canRunProperty().not());
        run.setOnAction(e -> vm.run());
        Button cancel = new Button(i18n.get("tools.uncertainty.cancel"));
        cancel.setId("uncertaintyCancel");
        cancel.disableProperty().bind(vm.stateProperty().isNotEqualTo(UncertaintyViewModel.State.RUNNING));
        cancel.setOnAction(e -> vm.cancel());
        ProgressBar progress = new ProgressBar();
        progress.setId("uncertaintyProgress");
        progress.setPrefWidth(140);
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.stateProperty().isEqualTo(UncertaintyViewModel.State.RUNNING));
        HBox controls = new HBox(8, label("tools.uncertainty.output"), output, label("tools.uncertainty.draws"), draws,
                label("tools.uncertainty.seed"), seed, run, cancel, progress);
        controls.setAlignment(Pos.CENTER_LEFT);

        Label hint = new Label(i18n.get("tools.uncertainty.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().addAll("tool-hint", "text-muted");

        ScrollPane table = new ScrollPane(new EstimatesTable(vm.rows(), vm::unitSuffix, i18n));
        table.setFitToWidth(true);
        table.setPrefWidth(700);
        table.setMinWidth(480);
        table.getStyleClass().add("inputs-scroll");

        histogram = new HistogramChart(null, null, i18n.get("tools.uncertainty.count"),
                i18n.get("tools.uncertainty.series"), ToolLabels.axisFormat(i18n.locale(), vm.resultUnit()), style);
        Region chart = histogram.node("histogramChart", 260);
        GridPane stats = new GridPane();
        stats.setHgap(18);
        stats.setVgap(2);
        stats.addRow(0, statName("P10"), statName("P50"), statName("P90"), statName(i18n.get("tools.uncertainty.mean")));
        stats.addRow(1, p10, p50, p90, mean);
        Label status = new Label();
        status.setId("uncertaintyStatus");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(vm.statusTextProperty());
        Button export = new Button(i18n.get("tools.uncertainty.export"));
        export.setId("exportSamplesButton");
        export.disableProperty().bind(vm.resultProperty().isNull());
        export.setOnAction(e -> export());
        Label exported = new Label();
        exported.setId("exportStatus");
        exported.setWrapText(true);
        exported.setMinHeight(Region.USE_PREF_SIZE);
        exported.textProperty().bind(vm.exportTextProperty());
        HBox exportRow = new HBox(10, export, exported);
        if (scenarios != null) {
            Button create = new Button(i18n.get("tools.uncertainty.scenarios"));
            create.setId("createScenariosButton");
            create.setTooltip(new javafx.scene.control.Tooltip(i18n.get("tools.uncertainty.scenarios.tooltip")));
            create.disableProperty().bind(vm.resultProperty().isNull());
            create.setOnAction(e -> vm.createScenarios(scenarios));
            exportRow.getChildren().add(1, create);
        }
        exportRow.setAlignment(Pos.CENTER_LEFT);
        VBox results = new VBox(10, stats, status, chart, exportRow);
        VBox.setVgrow(chart, Priority.ALWAYS);
        HBox.setHgrow(results, Priority.ALWAYS);
        results.setMinWidth(380);

        HBox body = new HBox(16, table, results);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(hint, controls, body);
        setPrefSize(1340, 680);
        vm.resultProperty().addListener((obs, o, r) -> showResult(r));
        if (vm.outputProperty().get() == null && !vm.outputs().isEmpty()) {
            vm.outputProperty().set(vm.headlineOutput());
        }
        showResult(vm.resultProperty().get());
    }

    static TextField field(String id, StringProperty text, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(columns);
        f.setAlignment(Pos.CENTER_RIGHT);
        f.textProperty().bindBidirectional(text);
        return f;
    }

    private Label label(String key) {
        Label l = new Label(i18n.get(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label statName(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("output-name");
        return l;
    }

    private static Label value(String id) {
        Label l = new Label("—");
        l.setId(id);
        l.getStyleClass().addAll("stat-value", "title-3");
        return l;
    }

    private void showResult(MonteCarlo.Result r) {
        if (r == null) {
            for (Label l : new Label[] {p10, p50, p90, mean}) {
                l.setText("—");
            }
            histogram.clear();
            return;
        }
        p10.setText(vm.p10Text());
        p50.setText(vm.p50Text());
        p90.setText(vm.p90Text());
        mean.setText(vm.meanText());
        if (r.p10().isDefined()) {
            histogram.update(r.histogram().counts(), r.histogram().edges(),
                    ToolLabels.axisFormat(i18n.locale(), vm.resultUnit()),
                    new double[] {r.p10().value(), r.p50().value(), r.p90().value()},
                    new String[] {"P10 " + vm.p10Text(), "P50 " + vm.p50Text(), "P90 " + vm.p90Text()});
        } else {
            histogram.clear();
        }
    }

    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("tools.uncertainty.export"));
        chooser.setInitialFileName(vm.suggestedFileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("tools.uncertainty.csvFiles"),
                "*.csv"));
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            vm.exportSamples(file.toPath());
        }
    }

    public HistogramChart histogram() {
        return histogram;
    }
}
