package org.funnellab.ui.importwizard;

import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.funnellab.domain.SourceSystem;
import org.funnellab.importer.mapping.ColumnRole;
import org.funnellab.ui.common.I18n;

/** Step 2: which preset or saved mapping to start from, and the role of each column with its first values. */
final class MappingStepView extends VBox {
    private boolean updating;

    MappingStepView(ImportWizardViewModel wizard, I18n i18n) {
        super(12);
        setId("mappingStep");
        MappingStepViewModel vm = wizard.mapping();

        ComboBox<PresetChoice> preset = new ComboBox<>(vm.presets());
        preset.setId("presetChoice");
        preset.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(PresetChoice p) {
                return p == null ? "" : p.saved() ? i18n.format("importWizard.mapping.saved", p.name()) : p.name();
            }

            @Override
            public PresetChoice fromString(String s) {
                return null;
            }
        });
        preset.setValue(vm.presetProperty().get());
        vm.presetProperty().addListener((obs, o, n) -> {
            updating = true;
            preset.setValue(n);
            updating = false;
        });
        preset.setOnAction(e -> {
            if (!updating) {
                wizard.choosePreset(preset.getValue());
            }
        });
        ComboBox<SourceSystem> source = new ComboBox<>(FXCollections.observableArrayList(SourceSystem.values()));
        source.setId("sourceSystemChoice");
        source.setConverter(WizardTexts.enumConverter(i18n, s -> "importWizard.source." + s.name()));
        source.valueProperty().bindBidirectional(vm.sourceSystemProperty());
        Button save = new Button(i18n.get("importWizard.mapping.saveAs"));
        save.setId("saveMapping");
        save.setOnAction(e -> {
            TextInputDialog dialog = new TextInputDialog(vm.presetProperty().get() == null ? ""
                    : vm.presetProperty().get().name());
            dialog.setTitle(i18n.get("importWizard.mapping.saveAs"));
            dialog.setHeaderText(i18n.get("importWizard.mapping.saveAs.prompt"));
            dialog.showAndWait().ifPresent(wizard::saveMappingAs);
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(10, new Label(i18n.get("importWizard.mapping.preset")), preset,
                new Label(i18n.get("importWizard.mapping.source")), source, spacer, save);
        top.setAlignment(Pos.CENTER_LEFT);

        CheckBox linked = new CheckBox(i18n.get("importWizard.mapping.linked"));
        linked.setId("linkedCheck");
        linked.selectedProperty().bindBidirectional(vm.linkedProperty());
        Label linkedHint = new Label(i18n.get("importWizard.mapping.linked.hint"));
        linkedHint.getStyleClass().add("wizard-hint");
        linkedHint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        linkedHint.setWrapText(true);

        TableView<ColumnRow> table = new TableView<>(vm.columns());
        table.setId("mappingTable");
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        TableColumn<ColumnRow, String> header = WizardTables.textColumn(i18n.get("importWizard.mapping.col.header"),
                ColumnRow::header, 220);
        // one click opens a column's roles, a second picks one
        TableColumn<ColumnRow, ColumnRole> role = WizardTables.choiceColumn(i18n.get("importWizard.mapping.col.role"),
                ColumnRow::roleProperty, MappingStepViewModel.roleChoices(),
                (row, r) -> r == null ? "" : i18n.get("importWizard.role." + r.name()), row -> "role-" + row.index(), 240);
        TableColumn<ColumnRow, String> samples = WizardTables.textColumn(i18n.get("importWizard.mapping.col.samples"),
                r -> String.join("  ·  ", r.samples()), 480);
        table.getColumns().add(header);
        table.getColumns().add(role);
        table.getColumns().add(samples);
        VBox.setVgrow(table, Priority.ALWAYS);
        Label editHint = new Label(i18n.get("importWizard.mapping.editHint"));
        editHint.getStyleClass().add("wizard-hint");
        editHint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label missing = new Label();
        missing.setId("missingRoles");
        missing.setWrapText(true);
        missing.getStyleClass().addAll("wizard-hint", "wizard-attention");
        missing.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        missing.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            var roles = vm.missingRequired();
            return roles.isEmpty() ? "" : i18n.format("importWizard.mapping.missing", roles.stream()
                    .map(r -> i18n.get("importWizard.role." + r.name())).collect(java.util.stream.Collectors.joining(", ")));
        }, vm.columns()));
        missing.visibleProperty().bind(missing.textProperty().isNotEmpty());
        missing.managedProperty().bind(missing.visibleProperty());
        getChildren().addAll(top, missing, editHint, table, linked, linkedHint);
    }
}
