package org.funnellab.ui.importwizard;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.funnellab.ui.common.I18n;

import java.util.List;
import java.util.stream.Collectors;

/** Step 4: the first rows as they will be imported, date layouts chosen, and what would be rejected and why. */
final class CheckStepView extends VBox {
    CheckStepView(ImportWizardViewModel wizard, I18n i18n) {
        super(10);
        setId("checkStep");
        CheckStepViewModel vm = wizard.check();
        // while the whole file is read: a bar, the rows read so far, and Cancel
        javafx.scene.control.ProgressBar bar = new javafx.scene.control.ProgressBar();
        bar.setId("checkProgress");
        bar.setPrefWidth(420);
        bar.progressProperty().bind(vm.fractionProperty());
        Label read = new Label();
        read.setId("checkRowsRead");
        read.textProperty().bind(Bindings.createStringBinding(() -> i18n.format("importWizard.check.running",
                vm.rowsReadProperty().get()), vm.rowsReadProperty()));
        javafx.scene.control.Button cancel = new javafx.scene.control.Button(i18n.get("importWizard.check.cancel"));
        cancel.setId("cancelCheck");
        cancel.setOnAction(e -> wizard.cancelCheck());
        javafx.scene.layout.HBox running = new javafx.scene.layout.HBox(12, bar, read, cancel);
        running.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        running.visibleProperty().bind(vm.checkingProperty());
        running.managedProperty().bind(vm.checkingProperty());
        javafx.scene.Node options = options(wizard, vm, i18n);
        Label summary = new Label();
        summary.setId("checkSummary");
        summary.setWrapText(true);
        summary.getStyleClass().add("wizard-summary");
        summary.textProperty().bind(Bindings.createStringBinding(() -> i18n.format("importWizard.check.summary",
                        vm.checkedProperty().get(), vm.acceptedProperty().get(), vm.rejectedProperty().get()),
                vm.checkedProperty(), vm.acceptedProperty(), vm.rejectedProperty()));
        Label dates = new Label();
        dates.setId("checkDates");
        dates.setWrapText(true);
        dates.getStyleClass().add("wizard-hint");
        dates.setMinHeight(Region.USE_PREF_SIZE);
        dates.managedProperty().bind(dates.textProperty().isNotEmpty());
        dates.visibleProperty().bind(dates.managedProperty());
        summary.setMinHeight(Region.USE_PREF_SIZE);
        Runnable showDates = () -> dates.setText(vm.dates().isEmpty() ? "" : i18n.get("importWizard.check.dates") + "\n"
                + vm.dates().stream().map(d -> "• " + WizardTexts.date(i18n, d)).collect(Collectors.joining("\n")));
        vm.dates().addListener((ListChangeListener<Object>) c -> showDates.run());

        TableView<CheckStepViewModel.ReasonCount> reasons = new TableView<>(vm.rejections());
        reasons.setId("checkRejections");
        reasons.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        reasons.setPlaceholder(new Label(i18n.get("importWizard.check.noRejections")));
        reasons.getColumns().add(WizardTables.textColumn(i18n.get("importWizard.check.col.reason"),
                r -> r.in(i18n.locale()), 600));
        reasons.getColumns().add(WizardTables.countColumn(i18n.get("importWizard.values.col.count"),
                CheckStepViewModel.ReasonCount::count));
        reasons.setPrefHeight(150);

        Label previewTitle = new Label(i18n.get("importWizard.check.preview"));
        previewTitle.getStyleClass().add("group-title");
        TableView<List<String>> preview = new TableView<>();
        preview.setId("checkTable");
        preview.setPlaceholder(new Label(i18n.get("importWizard.check.noRows")));
        Runnable showColumns = () -> WizardTables.setRows(preview,
                vm.columns().stream().map(c -> i18n.get("importWizard.check.col." + c)).toList(), vm.rows(),
                (column, cell) -> translated(i18n, vm.columns().get(column), cell));
        vm.columns().addListener((ListChangeListener<String>) c -> showColumns.run());
        showColumns.run();
        VBox.setVgrow(preview, Priority.ALWAYS);
        Label rejectionsTitle = new Label(i18n.get("importWizard.check.rejections"));
        rejectionsTitle.getStyleClass().add("group-title");
        summary.visibleProperty().bind(vm.checkingProperty().not());
        getChildren().addAll(running, summary, options, dates, previewTitle, preview, rejectionsTitle, reasons);
    }

    /** Currency (and rate), date layout and undated rows: each change checks the file again. */
    private static javafx.scene.Node options(ImportWizardViewModel wizard, CheckStepViewModel vm, I18n i18n) {
        javafx.scene.control.ComboBox<String> currency = new javafx.scene.control.ComboBox<>(
                javafx.collections.FXCollections.observableArrayList("RUB", "USD", "EUR", "GBP", "KZT", "BYN",
                        "UAH", "CNY", "AED", "TRY"));
        currency.setId("currencyChoice");
        currency.setEditable(true);
        currency.setPrefWidth(130);
        currency.setPromptText(i18n.get("importWizard.check.currency.auto"));
        currency.valueProperty().bindBidirectional(vm.currencyProperty());
        javafx.scene.control.TextField rate = new javafx.scene.control.TextField();
        rate.setId("rateField");
        rate.setPrefColumnCount(7);
        rate.textProperty().bindBidirectional(vm.rateProperty());
        Label rateLabel = new Label();
        Label rateHint = new Label();
        rateHint.getStyleClass().add("wizard-hint");
        rateHint.setWrapText(true);
        Runnable showRate = () -> {
            boolean needed = vm.needsRate();
            String code = vm.currencyProperty().get() == null ? "" : vm.currencyProperty().get().strip();
            rateLabel.setText(i18n.format("importWizard.check.rate", code, vm.workspaceCurrencyProperty().get()));
            rateHint.setText(i18n.format("importWizard.check.rate.hint", code, vm.workspaceCurrencyProperty().get()));
            for (javafx.scene.Node n : new javafx.scene.Node[]{rate, rateLabel, rateHint}) {
                n.setVisible(needed);
                n.setManaged(needed);
            }
        };
        vm.currencyProperty().addListener((obs, o, n) -> showRate.run());
        vm.workspaceCurrencyProperty().addListener((obs, o, n) -> showRate.run());
        showRate.run();
        currency.setOnAction(e -> wizard.recheck());
        rate.setOnAction(e -> wizard.recheck());
        rate.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                wizard.recheck();
            }
        });

        javafx.scene.control.ComboBox<org.funnellab.importer.parse.DatePattern> layout =
                new javafx.scene.control.ComboBox<>();
        layout.setId("dateLayoutChoice");
        layout.getItems().add(null);
        layout.getItems().addAll(org.funnellab.importer.parse.DatePattern.values());
        layout.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(org.funnellab.importer.parse.DatePattern p) {
                return p == null ? i18n.get("importWizard.check.dateLayout.auto") : p.display();
            }

            @Override
            public org.funnellab.importer.parse.DatePattern fromString(String s) {
                return null;
            }
        });
        layout.valueProperty().bindBidirectional(vm.dateLayoutProperty());
        layout.setOnAction(e -> wizard.recheck());
        Label layoutHint = new Label(i18n.get("importWizard.check.dateLayout.hint"));
        layoutHint.setId("dateLayoutHint");
        layoutHint.getStyleClass().addAll("wizard-hint", "wizard-attention");
        layoutHint.setWrapText(true);
        Runnable showLayoutHint = () -> {
            boolean needed = vm.datesNeedAChoice() || vm.dateLayoutProperty().get() != null;
            layoutHint.setVisible(vm.datesNeedAChoice());
            layoutHint.setManaged(vm.datesNeedAChoice());
            layout.getStyleClass().remove("wizard-attention-control");
            if (vm.datesNeedAChoice()) {
                layout.getStyleClass().add("wizard-attention-control");
            }
            layout.setDisable(!needed && vm.dates().isEmpty());
        };
        vm.dates().addListener((ListChangeListener<Object>) c -> showLayoutHint.run());
        showLayoutHint.run();

        javafx.scene.control.CheckBox undated = new javafx.scene.control.CheckBox(i18n.get("importWizard.check.keepUndated"));
        undated.setId("keepUndatedCheck");
        undated.selectedProperty().bindBidirectional(vm.keepUndatedProperty());
        undated.setOnAction(e -> wizard.recheck());

        javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(10,
                new Label(i18n.get("importWizard.check.currency")), currency, rateLabel, rate,
                new Label(i18n.get("importWizard.check.dateLayout")), layout);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label title = new Label(i18n.get("importWizard.check.options"));
        title.getStyleClass().add("group-title");
        VBox box = new VBox(6, title, row, rateHint, layoutHint, undated);
        box.setId("checkOptions");
        box.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> wizard.file().kindProperty().get() == org.funnellab.store.ImportKind.LEADS
                        && !vm.checkingProperty().get(), wizard.file().kindProperty(), vm.checkingProperty()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** Canonical stage, status and target names in the user's language; other cells as parsed. */
    private static String translated(I18n i18n, String column, String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        return switch (column) {
            case "stage" -> i18n.get("importWizard.stage." + cell);
            case "status" -> i18n.get("importWizard.status." + cell);
            case "target" -> i18n.get("importWizard.check.target." + cell);
            case "category" -> i18n.get("importWizard.category." + cell);
            default -> cell;
        };
    }
}
