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
    CheckStepView(CheckStepViewModel vm, I18n i18n) {
        super(10);
        setId("checkStep");
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
                CheckStepViewModel.ReasonCount::reason, 600));
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
        getChildren().addAll(summary, dates, previewTitle, preview, rejectionsTitle, reasons);
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
