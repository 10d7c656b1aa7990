package org.funnellab.ui.settings;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.funnellab.domain.CostCategory;
import org.funnellab.service.CacCostCategories;
import org.funnellab.service.ClvAssumptions;
import org.funnellab.service.SharedCosts;
import org.funnellab.ui.common.I18n;

import java.time.ZoneId;

/**
 * Workspace settings: which costs CAC counts, how shared costs reach a channel, the CLV assumptions, and (read only)
 * the workspace's currency and time zone. It only binds to {@link WorkspaceSettingsViewModel}.
 */
public final class WorkspaceSettingsView extends VBox {
    public WorkspaceSettingsView(WorkspaceSettingsViewModel vm, I18n i18n) {
        setId("workspaceSettings");
        setSpacing(10);
        setPadding(new Insets(16, 20, 8, 20));
        setPrefWidth(600);
        setMaxWidth(600);

        ComboBox<CacCostCategories.Choice> choice = new ComboBox<>();
        choice.setId("settingsCacChoice");
        choice.getItems().setAll(CacCostCategories.Choice.values());
        choice.setConverter(names(c -> i18n.get("settings.cacCosts." + c.name())));
        choice.valueProperty().bindBidirectional(vm.cacChoiceProperty());
        FlowPane boxes = new FlowPane(12, 6);
        boxes.setPrefWrapLength(520);
        for (CostCategory c : CostCategory.values()) {
            CheckBox box = new CheckBox(i18n.get("costCategory." + c.name()));
            box.setId("settingsCategory" + c.name());
            box.selectedProperty().bindBidirectional(vm.categoryProperty(c));
            boxes.getChildren().add(box);
        }

        ComboBox<SharedCosts> shared = new ComboBox<>();
        shared.setId("settingsSharedCosts");
        shared.getItems().setAll(SharedCosts.values());
        shared.setConverter(names(c -> i18n.get("settings.sharedCosts.short." + c.name())));
        shared.valueProperty().bindBidirectional(vm.sharedCostsProperty());
        Label sharedNote = new Label();
        sharedNote.setWrapText(true);
        sharedNote.getStyleClass().add("chart-note");
        sharedNote.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.sharedCostsProperty().get() == null ? ""
                        : i18n.get("settings.sharedCosts." + vm.sharedCostsProperty().get().name()),
                vm.sharedCostsProperty()));

        ComboBox<ClvAssumptions.Model> model = new ComboBox<>();
        model.setId("settingsClvModel");
        model.getItems().setAll(ClvAssumptions.Model.values());
        model.setConverter(names(c -> i18n.get("settings.clv.model." + c.name())));
        model.valueProperty().bindBidirectional(vm.clvModelProperty());
        GridPane clv = new GridPane();
        clv.setHgap(10);
        clv.setVgap(6);
        Node purchases = number("settingsPurchasesPerYear", vm.purchasesPerYearProperty(), 0, 365, 0.5);
        Node lifetime = number("settingsLifetimeYears", vm.lifetimeYearsProperty(), 0, 50, 0.5);
        Node margin = number("settingsMargin", vm.marginPercentProperty(), 0, 100, 5);
        Node arpa = number("settingsArpa", vm.monthlyRevenuePerAccountProperty(), 0, 1e12, 1000);
        Node churn = number("settingsChurn", vm.churnPercentProperty(), 0, 100, 0.5);
        clv.addRow(0, new Label(i18n.get("settings.clv.model")), model);
        clv.addRow(1, new Label(i18n.get("settings.clv.purchasesPerYear")), purchases);
        clv.addRow(2, new Label(i18n.get("settings.clv.lifetimeYears")), lifetime);
        clv.addRow(3, new Label(i18n.format("settings.clv.arpa", vm.currency())), arpa);
        clv.addRow(4, new Label(i18n.get("settings.clv.churn")), churn);
        clv.addRow(5, new Label(i18n.get("settings.clv.margin")), margin);
        Runnable modelShown = () -> {
            boolean sub = vm.clvModelProperty().get() == ClvAssumptions.Model.SUBSCRIPTION;
            for (Node n : clv.getChildren()) {
                Integer row = GridPane.getRowIndex(n);
                int r = row == null ? 0 : row;
                boolean show = r == 0 || r == 5 || (sub ? r >= 3 : r <= 2);
                n.setVisible(show);
                n.setManaged(show);
            }
        };
        vm.clvModelProperty().addListener((obs, o, n) -> modelShown.run());
        modelShown.run();

        String zone = vm.timeZone().isEmpty()
                ? i18n.format("settings.timeZone.system", ZoneId.systemDefault().getId()) : vm.timeZone();
        Label workspaceLine = new Label(i18n.format("settings.workspace", vm.currency(), zone));
        workspaceLine.setId("settingsWorkspaceLine");
        workspaceLine.setWrapText(true);
        Label problem = new Label();
        problem.setId("settingsProblem");
        problem.getStyleClass().add("error-text");
        problem.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.problemProperty().get().isEmpty() ? "" : i18n.get(vm.problemProperty().get()),
                vm.problemProperty()));

        Label hint = new Label(i18n.get("settings.cac.hint"));
        hint.setWrapText(true);
        getChildren().addAll(heading(i18n.get("settings.cac.title")), hint,
                choice, boxes, heading(i18n.get("settings.shared.title")), shared, sharedNote,
                heading(i18n.get("settings.clv.title")), clv, heading(i18n.get("settings.workspace.title")),
                workspaceLine, problem);
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("group-title");
        return l;
    }

    private static <E extends Enum<E>> StringConverter<E> names(java.util.function.Function<E, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? "" : name.apply(e);
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        };
    }

    private static Spinner<Double> number(String id, javafx.beans.property.DoubleProperty p, double min, double max,
                                          double step) {
        Spinner<Double> s = new Spinner<>();
        SpinnerValueFactory.DoubleSpinnerValueFactory f = new SpinnerValueFactory.DoubleSpinnerValueFactory(min, max,
                p.get(), step);
        s.setValueFactory(f);
        s.setEditable(true);
        s.setId(id);
        s.setPrefWidth(140);
        f.valueProperty().addListener((obs, o, n) -> {
            if (n != null) {
                p.set(n);
            }
        });
        p.addListener((obs, o, n) -> f.setValue(n.doubleValue()));
        return s;
    }

    /** The settings as a dialog; OK saves them into the workspace (every screen then follows). */
    public static Dialog<ButtonType> dialog(WorkspaceSettingsViewModel vm, I18n i18n, Node owner) {
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(i18n.get("settings.title"));
        d.getDialogPane().setId("workspaceSettingsDialog");
        d.getDialogPane().setContent(new WorkspaceSettingsView(vm, i18n));
        ButtonType save = new ButtonType(i18n.get("settings.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("settings.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().setAll(save, cancel);
        Node saveButton = d.getDialogPane().lookupButton(save);
        saveButton.disableProperty().bind(vm.problemProperty().isNotEmpty());
        saveButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (!vm.save()) {
                e.consume();
            }
        });
        org.funnellab.ui.common.Dialogs.ownedBy(d, owner);
        return d;
    }
}
