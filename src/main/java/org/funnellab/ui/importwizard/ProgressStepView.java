package org.funnellab.ui.importwizard;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import org.funnellab.ui.common.Formats;
import org.funnellab.ui.common.I18n;

/** Step 5: the running import: how far, how fast, and a Cancel that leaves the workspace as it was. */
final class ProgressStepView extends VBox {
    ProgressStepView(ImportWizardViewModel wizard, I18n i18n, Formats formats) {
        super(16);
        setId("importStep");
        setAlignment(Pos.CENTER);
        ProgressStepViewModel vm = wizard.progress();
        Label title = new Label(i18n.get("importWizard.progress.title"));
        title.getStyleClass().add("panel-title");
        ProgressBar bar = new ProgressBar();
        bar.setId("importProgress");
        bar.setPrefWidth(520);
        bar.progressProperty().bind(vm.fractionProperty());
        Label speed = new Label();
        speed.setId("importSpeed");
        speed.textProperty().bind(Bindings.createStringBinding(() -> i18n.format(vm.passProperty().get() == 1
                                ? "importWizard.progress.dates" : "importWizard.progress.rows",
                        formats.number(vm.rowsProperty().get(), 0), formats.number(vm.rowsPerSecondProperty().get(), 0)),
                vm.rowsProperty(), vm.rowsPerSecondProperty(), vm.passProperty()));
        Label hint = new Label(i18n.get("importWizard.progress.hint"));
        hint.getStyleClass().add("wizard-hint");
        hint.setWrapText(true);
        hint.setMaxWidth(520);
        Button cancel = new Button(i18n.get("importWizard.progress.cancel"));
        cancel.setId("cancelImport");
        cancel.setOnAction(e -> wizard.cancelImport());
        getChildren().addAll(title, bar, speed, hint, cancel);
    }
}
