package org.funnellab.ui.importwizard;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.funnellab.store.ImportKind;
import org.funnellab.ui.common.Formats;
import org.funnellab.ui.common.I18n;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The import wizard as a full pane: a step indicator on top, the current step in the middle, Back / Next / Import /
 * Cancel (and Done on the result) below. Control ids: {@code #backButton #nextButton #importButton #cancelWizard
 * #doneButton}, and in the steps {@code #importProgress #cancelImport #insertedCount ...}. It only binds.
 */
public final class ImportWizardView extends BorderPane {
    private final ImportWizardViewModel vm;
    private final I18n i18n;
    private final HBox indicator = new HBox(6);
    private final Map<WizardStep, Node> pages = new EnumMap<>(WizardStep.class);

    public ImportWizardView(ImportWizardViewModel vm, I18n i18n, Formats formats) {
        this.vm = vm;
        this.i18n = i18n;
        setId("importWizard");
        getStyleClass().add("import-wizard");

        Label title = new Label(i18n.get("importWizard.title"));
        title.getStyleClass().add("panel-title");
        indicator.setId("stepIndicator");
        indicator.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(8, title, indicator);
        top.getStyleClass().add("panel-header");
        setTop(top);

        pages.put(WizardStep.FILE, new FileStepView(vm.file(), i18n));
        pages.put(WizardStep.MAPPING, new MappingStepView(vm, i18n));
        pages.put(WizardStep.VALUES, new ValuesStepView(vm.values(), i18n, formats));
        pages.put(WizardStep.CHECK, new CheckStepView(vm, i18n));
        pages.put(WizardStep.IMPORT, new ProgressStepView(vm, i18n, formats));
        pages.put(WizardStep.RESULT, new ResultStepView(vm, i18n, formats));
        StackPane center = new StackPane(pages.values().toArray(Node[]::new));
        setCenter(center);

        Label notice = new Label();
        notice.setId("wizardNotice");
        notice.setWrapText(true);
        notice.textProperty().bind(Bindings.createStringBinding(() -> vm.noticeKeyProperty().get().isEmpty() ? ""
                : i18n.get(vm.noticeKeyProperty().get()), vm.noticeKeyProperty()));
        Label error = new Label();
        error.setId("wizardError");
        error.setWrapText(true);
        error.getStyleClass().add("wizard-error");
        error.textProperty().bind(Bindings.createStringBinding(() -> {
            String e = vm.errorProperty().get().isEmpty() ? vm.file().errorProperty().get() : vm.errorProperty().get();
            return e.isEmpty() ? "" : i18n.format("importWizard.error", e);
        }, vm.errorProperty(), vm.file().errorProperty()));
        Button cancel = button("cancelWizard", "importWizard.cancel");
        cancel.setOnAction(e -> vm.close());
        Button back = button("backButton", "importWizard.back");
        back.setOnAction(e -> vm.back());
        back.disableProperty().bind(vm.canGoBackProperty().not());
        Button next = button("nextButton", "importWizard.next");
        next.setOnAction(e -> vm.next());
        next.disableProperty().bind(vm.canGoNextProperty().not());
        next.setDefaultButton(true);
        Button importButton = button("importButton", "importWizard.import");
        importButton.setOnAction(e -> vm.startImport());
        importButton.disableProperty().bind(vm.busyProperty());
        importButton.getStyleClass().add("accent");
        Button done = button("doneButton", "importWizard.done");
        done.setOnAction(e -> vm.done());
        done.getStyleClass().add("accent");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox messages = new VBox(2, notice, error);
        HBox.setHgrow(messages, Priority.SOMETIMES);
        // reading a large file (every date of it for the check) takes a moment: show that something is happening
        javafx.scene.control.ProgressIndicator working = new javafx.scene.control.ProgressIndicator();
        working.setId("wizardBusy");
        working.setPrefSize(24, 24);
        working.visibleProperty().bind(vm.busyProperty().or(vm.file().busyProperty())
                .and(vm.stepProperty().isNotEqualTo(WizardStep.IMPORT)));
        HBox bottom = new HBox(10, cancel, messages, spacer, working, back, next, importButton, done);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.getStyleClass().add("wizard-buttons");
        setBottom(bottom);

        // a file dropped onto the wizard starts over with it, as long as nothing is being imported
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && vm.stepProperty().get() != WizardStep.IMPORT) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles() && vm.stepProperty().get() != WizardStep.IMPORT;
            if (ok) {
                vm.startWith(e.getDragboard().getFiles().get(0).toPath());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        vm.stepProperty().addListener((obs, o, n) -> showStep(n, cancel, back, next, importButton, done));
        vm.file().kindProperty().addListener((obs, o, n) -> showIndicator());
        showStep(vm.stepProperty().get(), cancel, back, next, importButton, done);
    }

    private Button button(String id, String key) {
        Button b = new Button(i18n.get(key));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private void showStep(WizardStep step, Button cancel, Button back, Button next, Button importButton, Button done) {
        pages.forEach((s, page) -> page.setVisible(s == step));
        show(cancel, step != WizardStep.IMPORT && step != WizardStep.RESULT);
        show(back, step != WizardStep.IMPORT && step != WizardStep.RESULT);
        show(next, step == WizardStep.FILE || step == WizardStep.MAPPING || step == WizardStep.VALUES);
        show(importButton, step == WizardStep.CHECK);
        show(done, step == WizardStep.RESULT);
        showIndicator();
    }

    private static void show(Node n, boolean visible) {
        n.setVisible(visible);
        n.setManaged(visible);
    }

    private void showIndicator() {
        List<WizardStep> steps = vm.file().kindProperty().get() == ImportKind.LEADS ? List.of(WizardStep.values())
                : List.of(WizardStep.FILE, WizardStep.CHECK, WizardStep.IMPORT, WizardStep.RESULT);
        indicator.getChildren().clear();
        WizardStep current = vm.stepProperty().get();
        for (int i = 0; i < steps.size(); i++) {
            WizardStep s = steps.get(i);
            Label l = new Label((i + 1) + ". " + i18n.get(s.titleKey()));
            l.setId("step" + s.name());
            l.getStyleClass().add("wizard-step");
            if (s == current) {
                l.getStyleClass().add("wizard-step-current");
            } else if (s.ordinal() < current.ordinal()) {
                l.getStyleClass().add("wizard-step-done");
            }
            l.setMinWidth(Region.USE_PREF_SIZE);
            indicator.getChildren().add(l);
            if (i < steps.size() - 1) {
                Label arrow = new Label("›");
                arrow.getStyleClass().add("wizard-step-arrow");
                indicator.getChildren().add(arrow);
            }
        }
    }
}
