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
    ValuesStepView(ValuesStepViewModel vm, I18n i18n, org.funnellab.ui.common.Formats formats) {
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
        // a lost value that does not say how far the deal got shows where it will count (the choice above)
        TableColumn<StageValueRow, Stage> stage = WizardTables.choiceColumn(i18n.get("importWizard.values.col.stage"),
                StageValueRow::stageProperty, java.util.List.of(Stage.values()), (row, st) -> {
                    if (st == null) {
                        return i18n.get("importWizard.values.choose");
                    }
                    if (st == Stage.LEAD && row.statusProperty().get() == LeadStatus.LOST) {
                        return i18n.format("importWizard.values.lostUnsaid",
                                i18n.get("importWizard.stage." + vm.lostStageProperty().get().name()));
                    }
                    return i18n.get("importWizard.stage." + st.name());
                }, row -> "stage-" + row.value(), 230);
        TableColumn<StageValueRow, LeadStatus> status = WizardTables.choiceColumn(
                i18n.get("importWizard.values.col.status"), StageValueRow::statusProperty,
                java.util.List.of(LeadStatus.values()),
                (row, st) -> st == null ? "" : i18n.get("importWizard.status." + st.name()),
                row -> "status-" + row.value(), 150);
        stages.getColumns().add(WizardTables.textColumn(i18n.get("importWizard.values.col.value"),
                StageValueRow::value, 170));
        stages.getColumns().add(WizardTables.countColumn(i18n.get("importWizard.values.col.count"),
                StageValueRow::count));
        stages.getColumns().add(stage);
        stages.getColumns().add(status);
        stages.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(StageValueRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("unmapped-row", "figure-row");
                setTooltip(null);
                if (!empty && item != null && (item.isUnmapped() || item.guessedProperty().get())) {
                    getStyleClass().add("unmapped-row");
                    if (item.guessedProperty().get()) {
                        setTooltip(new javafx.scene.control.Tooltip(i18n.get("importWizard.values.guessed")));
                    }
                } else if (!empty && item != null && ValuesStepViewModel.movesFigures(item)) {
                    getStyleClass().add("figure-row");
                }
            }
        });
        vm.stages().addListener((javafx.collections.ListChangeListener<StageValueRow>) c -> stages.refresh());
        vm.lostStageProperty().addListener((obs, o, n) -> stages.refresh());
        VBox.setVgrow(stages, Priority.ALWAYS);

        Label reasonsTitle = new Label(i18n.get("importWizard.values.reasons"));
        reasonsTitle.getStyleClass().add("group-title");
        TableView<ReasonRow> reasons = new TableView<>(vm.reasons());
        reasons.setId("reasonsTable");
        reasons.setEditable(true);
        reasons.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        reasons.setPlaceholder(new Label(i18n.get("importWizard.values.noReasons")));
        TableColumn<ReasonRow, Target> target = WizardTables.choiceColumn(i18n.get("importWizard.values.col.target"),
                ReasonRow::targetProperty, ValuesStepViewModel.reasonTargets(),
                (row, t) -> t == null ? "" : i18n.get("importWizard.target." + t.name()), row -> "reason-" + row.value(),
                260);
        reasons.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ReasonRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("figure-row");
                if (!empty && item != null && item.targetProperty().get() == Target.NON_TARGET) {
                    getStyleClass().add("figure-row");
                }
            }
        });
        vm.reasons().addListener((javafx.collections.ListChangeListener<ReasonRow>) c -> reasons.refresh());
        reasons.getColumns().add(WizardTables.textColumn(i18n.get("importWizard.values.col.reason"),
                ReasonRow::value, 260));
        reasons.getColumns().add(WizardTables.countColumn(i18n.get("importWizard.values.col.count"), ReasonRow::count));
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
        TableColumn<StatusValueRow, LeadStatus> statusChoice = WizardTables.choiceColumn(
                i18n.get("importWizard.values.col.status"), StatusValueRow::statusProperty,
                java.util.List.of(LeadStatus.values()), (row, st) -> st == null ? i18n.get("importWizard.values.choose")
                        : i18n.get("importWizard.status." + st.name()), row -> "statusValue-" + row.value(), 240);
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
        javafx.scene.control.ComboBox<Stage> lostAt = new javafx.scene.control.ComboBox<>(
                javafx.collections.FXCollections.observableArrayList(ValuesStepViewModel.lostStages()));
        lostAt.setId("lostStageChoice");
        lostAt.setMinWidth(150);
        lostAt.setConverter(WizardTexts.enumConverter(i18n, st -> "importWizard.stage." + st.name()));
        lostAt.valueProperty().bindBidirectional(vm.lostStageProperty());
        Label lostAtLabel = new Label(i18n.get("importWizard.values.lostAt"));
        lostAtLabel.setWrapText(true);
        lostAtLabel.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox lostRow = new HBox(8, lostAtLabel, lostAt);
        lostRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(lostAtLabel, Priority.ALWAYS);
        Label lostHint = new Label(i18n.get("importWizard.values.lostAt.hint"));
        lostHint.getStyleClass().add("wizard-hint");
        lostHint.setWrapText(true);
        lostHint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label legend = new Label(i18n.get("importWizard.values.legend"));
        legend.getStyleClass().add("wizard-hint");
        legend.setWrapText(true);
        legend.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox left = new VBox(8, stagesTitle, unmapped, lostRow, lostHint, legend, stages);
        meanings.setMaxHeight(120);
        VBox right = new VBox(8, figures(vm, i18n, formats), statusTitle, statusHint, statusTable, reasonsTitle,
                reasons, meanings);
        for (VBox column : new VBox[]{left, right}) {
            HBox.setHgrow(column, Priority.ALWAYS);
            column.setPrefWidth(600);
            column.setMaxWidth(Double.MAX_VALUE);
        }
        getChildren().addAll(left, right);
    }

    /** The figures the choices give, over the whole file, updated as a value changes. */
    private static javafx.scene.Node figures(ValuesStepViewModel vm, I18n i18n, org.funnellab.ui.common.Formats formats) {
        Label title = new Label(i18n.get("importWizard.values.figures"));
        title.getStyleClass().add("group-title");
        title.setWrapText(true);
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setHgap(18);
        grid.setVgap(2);
        String[][] cells = {{"leads", "previewLeads"}, {"won", "previewWon"}, {"lost", "previewLost"},
                {"open", "previewOpen"}, {"winRate", "previewWinRate"}, {"nonTarget", "previewNonTarget"},
                {"velocity", "previewVelocity"}};
        Label[] values = new Label[cells.length];
        for (int i = 0; i < cells.length; i++) {
            Label name = new Label(i18n.get("importWizard.values.figure." + cells[i][0]));
            name.getStyleClass().add("wizard-hint");
            values[i] = new Label("—");
            values[i].setId(cells[i][1]);
            values[i].getStyleClass().add("wizard-figure-value");
            int col = i < 4 ? i : i - 4;
            int row = i < 4 ? 0 : 2;
            grid.add(name, col, row);
            grid.add(values[i], col, row + 1);
        }
        Label rejected = new Label();
        rejected.setId("previewRejected");
        rejected.getStyleClass().add("wizard-hint");
        Runnable show = () -> {
            ValuesStepViewModel.Figures f = vm.figuresProperty().get();
            if (f == null) {
                return;
            }
            values[0].setText(formats.number(f.leads(), 0));
            values[1].setText(formats.number(f.won(), 0));
            values[2].setText(formats.number(f.lost(), 0));
            values[3].setText(formats.number(f.open(), 0));
            org.funnellab.domain.MetricValue[] metrics = {f.winRate(), f.nonTargetShare(), f.velocityPerMonth()};
            org.funnellab.calc.Unit[] units = {org.funnellab.calc.Unit.SHARE, org.funnellab.calc.Unit.SHARE,
                    org.funnellab.calc.Unit.MONEY};
            for (int i = 0; i < 3; i++) {
                org.funnellab.domain.MetricValue m = metrics[i];
                values[4 + i].setText(formats.format(m, units[i]));
                values[4 + i].setTooltip(m.isDefined() ? null
                        : new javafx.scene.control.Tooltip(i18n.get("reason." + m.reason().name())));
            }
            rejected.setText(i18n.format("importWizard.values.figure.rejected", formats.number(f.rejected(), 0)));
        };
        vm.figuresProperty().addListener((obs, o, n) -> show.run());
        show.run();
        Label computing = new Label(i18n.get("importWizard.values.figures.computing"));
        computing.getStyleClass().add("wizard-hint");
        computing.visibleProperty().bind(vm.computingProperty());
        HBox head = new HBox(10, title, computing);
        head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox box = new VBox(6, head, grid, rejected);
        box.setId("figuresPreview");
        box.getStyleClass().add("wizard-figures");
        return box;
    }
}
