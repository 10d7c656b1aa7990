package org.funnellab.ui.importwizard;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.funnellab.domain.LeadStatus;
import org.funnellab.domain.Stage;
import org.funnellab.domain.Target;
import org.funnellab.ui.common.I18n;

/** Step 3: what each stage value and each loss reason of the file means; unmapped stage values stand out. */
final class ValuesStepView extends javafx.scene.layout.HBox {
    ValuesStepView(ValuesStepViewModel vm, I18n i18n) {
        super(16);
        setId("valuesStep");
        Label stagesTitle = new Label(i18n.get("importWizard.values.stages"));
        stagesTitle.getStyleClass().add("group-title");
        Label unmapped = new Label();
        unmapped.setId("unmappedHint");
        unmapped.setWrapText(true);
        unmapped.textProperty().bind(Bindings.createStringBinding(() -> vm.unmappedCountProperty().get() == 0
                        ? i18n.get("importWizard.values.allMapped")
                        : i18n.format("importWizard.values.unmapped", vm.unmappedCountProperty().get()),
                vm.unmappedCountProperty()));
        unmapped.getStyleClass().add("wizard-hint");
        unmapped.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        TableView<StageValueRow> stages = new TableView<>(vm.stages());
        stages.setId("stageValuesTable");
        stages.setEditable(true);
        stages.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        TableColumn<StageValueRow, Stage> stage = new TableColumn<>(i18n.get("importWizard.values.col.stage"));
        stage.setCellValueFactory(cd -> cd.getValue().stageProperty());
        stage.setCellFactory(ComboBoxTableCell.forTableColumn(
                WizardTexts.enumConverter(i18n, s -> "importWizard.stage." + s.name(),
                        i18n.get("importWizard.values.choose")), Stage.values()));
        TableColumn<StageValueRow, LeadStatus> status = new TableColumn<>(i18n.get("importWizard.values.col.status"));
        status.setCellValueFactory(cd -> cd.getValue().statusProperty());
        status.setCellFactory(ComboBoxTableCell.forTableColumn(
                WizardTexts.enumConverter(i18n, s -> "importWizard.status." + s.name()), LeadStatus.values()));
        stages.getColumns().add(WizardTables.textColumn(i18n.get("importWizard.values.col.value"),
                StageValueRow::value, 260));
        stages.getColumns().add(WizardTables.countColumn(i18n.get("importWizard.values.col.count"),
                StageValueRow::count));
        stage.setPrefWidth(190);
        status.setPrefWidth(140);
        stages.getColumns().add(stage);
        stages.getColumns().add(status);
        stages.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(StageValueRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("unmapped-row");
                if (!empty && item != null && item.isUnmapped()) {
                    getStyleClass().add("unmapped-row");
                }
            }
        });
        vm.stages().addListener((javafx.collections.ListChangeListener<StageValueRow>) c -> stages.refresh());
        VBox.setVgrow(stages, Priority.ALWAYS);

        Label reasonsTitle = new Label(i18n.get("importWizard.values.reasons"));
        reasonsTitle.getStyleClass().add("group-title");
        TableView<ReasonRow> reasons = new TableView<>(vm.reasons());
        reasons.setId("reasonsTable");
        reasons.setEditable(true);
        reasons.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        reasons.setPlaceholder(new Label(i18n.get("importWizard.values.noReasons")));
        TableColumn<ReasonRow, Target> target = new TableColumn<>(i18n.get("importWizard.values.col.target"));
        target.setCellValueFactory(cd -> cd.getValue().targetProperty());
        target.setCellFactory(ComboBoxTableCell.forTableColumn(
                WizardTexts.enumConverter(i18n, s -> "importWizard.target." + s.name()),
                ValuesStepViewModel.reasonTargets().toArray(Target[]::new)));
        reasons.getColumns().add(WizardTables.textColumn(i18n.get("importWizard.values.col.reason"),
                ReasonRow::value, 260));
        reasons.getColumns().add(WizardTables.countColumn(i18n.get("importWizard.values.col.count"), ReasonRow::count));
        target.setPrefWidth(260);
        reasons.getColumns().add(target);
        VBox.setVgrow(reasons, Priority.ALWAYS);
        Label editHint = new Label(i18n.get("importWizard.values.editHint"));
        editHint.getStyleClass().add("wizard-hint");
        editHint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label statusHint = new Label(i18n.get("importWizard.values.statusColumn"));
        statusHint.getStyleClass().add("wizard-hint");
        statusHint.setWrapText(true);
        statusHint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        statusHint.visibleProperty().bind(vm.statusColumnProperty());
        statusHint.managedProperty().bind(vm.statusColumnProperty());
        TableView<StatusValueRow> statusTable = new TableView<>(vm.statuses());
        statusTable.setId("statusValuesTable");
        statusTable.setEditable(true);
        statusTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        TableColumn<StatusValueRow, LeadStatus> statusChoice = new TableColumn<>(
                i18n.get("importWizard.values.col.status"));
        statusChoice.setCellValueFactory(cd -> cd.getValue().statusProperty());
        statusChoice.setCellFactory(ComboBoxTableCell.forTableColumn(
                WizardTexts.enumConverter(i18n, s -> "importWizard.status." + s.name(),
                        i18n.get("importWizard.values.choose")), LeadStatus.values()));
        statusChoice.setPrefWidth(240);
        statusTable.getColumns().add(WizardTables.textColumn(i18n.get("importWizard.values.col.statusValue"),
                StatusValueRow::value, 320));
        statusTable.getColumns().add(WizardTables.countColumn(i18n.get("importWizard.values.col.count"),
                StatusValueRow::count));
        statusTable.getColumns().add(statusChoice);
        statusTable.setPrefHeight(200);
        statusTable.visibleProperty().bind(vm.statusColumnProperty());
        statusTable.managedProperty().bind(vm.statusColumnProperty());
        Label statusTitle = new Label(i18n.get("importWizard.values.statuses"));
        statusTitle.getStyleClass().add("group-title");
        statusTitle.visibleProperty().bind(vm.statusColumnProperty());
        statusTitle.managedProperty().bind(vm.statusColumnProperty());
        // stages on the left (the main decision), the file's statuses and loss reasons on the right
        Label meanings = new Label();
        meanings.setId("meaningsHint");
        meanings.setWrapText(true);
        meanings.getStyleClass().add("wizard-hint");
        meanings.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        meanings.textProperty().bind(Bindings.createStringBinding(() -> vm.rules().stream()
                .map(n -> "• " + n.in(i18n.locale())).collect(java.util.stream.Collectors.joining("\n")), vm.rules()));
        VBox left = new VBox(8, stagesTitle, unmapped, meanings, editHint, stages);
        VBox right = new VBox(8, statusTitle, statusHint, statusTable, reasonsTitle, reasons);
        for (VBox column : new VBox[]{left, right}) {
            HBox.setHgrow(column, Priority.ALWAYS);
            column.setPrefWidth(600);
            column.setMaxWidth(Double.MAX_VALUE);
        }
        getChildren().addAll(left, right);
    }
}
