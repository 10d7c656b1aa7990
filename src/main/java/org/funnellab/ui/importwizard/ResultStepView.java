package org.funnellab.ui.importwizard;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.funnellab.importer.RejectedRow;
import org.funnellab.ui.common.Formats;
import org.funnellab.ui.common.I18n;

import java.io.File;
import java.util.stream.Collectors;

/** Step 6: what was written, every rejected row (exportable as CSV), date layouts used and warnings. */
final class ResultStepView extends VBox {
    ResultStepView(ImportWizardViewModel wizard, I18n i18n, Formats formats) {
        super(12);
        setId("resultStep");
        ResultStepViewModel vm = wizard.result();
        HBox counts = new HBox(12,
                card("insertedCount", i18n.get("importWizard.result.inserted"), vm.insertedProperty(), formats),
                card("updatedCount", i18n.get("importWizard.result.updated"), vm.updatedProperty(), formats),
                card("unchangedCount", i18n.get("importWizard.result.unchanged"), vm.unchangedProperty(), formats),
                card("rejectedCount", i18n.get("importWizard.result.rejected"), vm.rejectedProperty(), formats));
        Label details = new Label();
        details.setId("resultDetails");
        details.setWrapText(true);
        details.getStyleClass().add("wizard-hint");
        details.setMinHeight(Region.USE_PREF_SIZE);
        Runnable showDetails = () -> {
            StringBuilder sb = new StringBuilder();
            vm.dates().forEach(d -> sb.append("• ").append(WizardTexts.date(i18n, d)).append('\n'));
            vm.warnings().stream().limit(ResultStepViewModel.SHOWN_WARNINGS)
                    .forEach(w -> sb.append("⚠ ").append(w).append('\n'));
            if (vm.moreWarnings() > 0) {
                sb.append(i18n.format("importWizard.result.moreWarnings", vm.moreWarnings())).append('\n');
            }
            details.setText(sb.toString().strip());
        };
        vm.dates().addListener((ListChangeListener<Object>) c -> showDetails.run());
        vm.warnings().addListener((ListChangeListener<Object>) c -> showDetails.run());

        Label rejectedTitle = new Label(i18n.get("importWizard.result.rejectedRows"));
        rejectedTitle.getStyleClass().add("group-title");
        Button export = new Button(i18n.get("importWizard.result.export"));
        export.setId("exportRejected");
        export.disableProperty().bind(Bindings.isEmpty(vm.rejectedRows()));
        export.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName("rejected-rows.csv");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
            File f = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
            if (f != null) {
                wizard.exportRejected(f.toPath());
            }
        });
        Button exportWarnings = new Button(i18n.get("importWizard.result.exportWarnings"));
        exportWarnings.setId("exportWarnings");
        exportWarnings.disableProperty().bind(Bindings.isEmpty(vm.warnings()));
        exportWarnings.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName("import-warnings.txt");
            File f = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
            if (f != null) {
                wizard.exportWarnings(f.toPath());
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox rejectedHeader = new HBox(10, rejectedTitle, spacer, exportWarnings, export);
        rejectedHeader.setAlignment(Pos.CENTER_LEFT);

        TableView<RejectedRow> rejected = new TableView<>(vm.rejectedRows());
        rejected.setId("rejectedTable");
        rejected.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        rejected.setPlaceholder(new Label(i18n.get("importWizard.result.noRejected")));
        rejected.getColumns().add(WizardTables.textColumn(i18n.get("importWizard.result.col.line"),
                r -> Long.toString(r.line()), 90));
        rejected.getColumns().get(0).setMinWidth(80);
        rejected.getColumns().get(0).setMaxWidth(110);
        rejected.getColumns().add(WizardTables.textColumn(i18n.get("importWizard.check.col.reason"),
                r -> r.notice().in(i18n.locale()), 420));
        rejected.getColumns().add(WizardTables.textColumn(i18n.get("importWizard.result.col.cells"),
                r -> r.cells().stream().collect(Collectors.joining(" | ")), 600));
        VBox.setVgrow(rejected, Priority.ALWAYS);
        getChildren().addAll(counts, details, rejectedHeader, rejected);
    }

    private static VBox card(String id, String title, ReadOnlyLongProperty value, Formats formats) {
        Label number = new Label();
        number.setId(id);
        number.getStyleClass().add("wizard-count");
        number.textProperty().bind(Bindings.createStringBinding(() -> formats.number(value.get(), 0), value));
        Label caption = new Label(title);
        caption.getStyleClass().add("wizard-hint");
        VBox card = new VBox(2, number, caption);
        card.getStyleClass().add("output-card");
        card.setMinWidth(150);
        return card;
    }
}
