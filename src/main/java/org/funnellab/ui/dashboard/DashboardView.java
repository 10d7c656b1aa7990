package org.funnellab.ui.dashboard;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.funnellab.service.CacCostCategories;
import org.funnellab.ui.charts.ChartStyle;
import org.funnellab.ui.common.I18n;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The funnel dashboard: a KPI strip and six charts in two columns, scrolling when the window is short.
 * It only binds to {@link DashboardViewModel}.
 */
public final class DashboardView extends BorderPane {
    /** Navigation label key for the screen list. */
    public static final String NAV_KEY = "nav.dashboard";
    private static final int KPI_COLUMNS = 4;
    private static final double CHART_HEIGHT = 300;

    /** Held here: the view model listens to the workspace weakly, so it lives as long as its view. */
    private final DashboardViewModel vm;
    private final DashboardCharts charts;
    private final Map<String, KpiCard> cards = new LinkedHashMap<>();
    private final ComboBox<CacCostCategories.Choice> cacCostsChoice;
    private Runnable onOpenSettings = () -> { };
    private boolean showingSettings;
    private final Label warning;

    public DashboardView(DashboardViewModel vm, I18n i18n, ChartStyle chartStyle) {
        this.vm = vm;
        setId("dashboardView");
        getStyleClass().add("dashboard");
        getStylesheets().add(Objects.requireNonNull(
                DashboardView.class.getResource("/org/funnellab/ui/dashboard.css")).toExternalForm());

        Label title = new Label(i18n.get("dashboard.title"));
        title.getStyleClass().add("panel-title");
        Label subtitle = new Label(i18n.get("dashboard.subtitle"));
        subtitle.getStyleClass().add("panel-subtitle");
        subtitle.setWrapText(true);
        Label status = new Label();
        status.setId("dashboardStatus");
        status.getStyleClass().add("dashboard-status");
        ComboBox<CacCostCategories.Choice> cacCosts = new ComboBox<>();
        cacCosts.setId("dashboardCacCosts");
        cacCosts.getItems().setAll(CacCostCategories.Choice.values());
        cacCosts.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(CacCostCategories.Choice c) {
                return c == null ? "" : i18n.get("settings.cacCosts." + c.name());
            }

            @Override
            public CacCostCategories.Choice fromString(String s) {
                return null;
            }
        });
        cacCosts.setTooltip(new Tooltip(i18n.get("settings.cac.hint")));
        Hyperlink settings = new Hyperlink(i18n.get("dashboard.cacCosts.settings"));
        settings.setId("dashboardSettings");
        settings.setOnAction(e -> onOpenSettings.run());
        cacCosts.valueProperty().addListener((obs, o, n) -> {
            if (showingSettings || n == null) {
                return;
            }
            switch (n) {
                case ALL -> vm.setCacCosts(CacCostCategories.ALL);
                case MARKETING -> vm.setCacCosts(CacCostCategories.MARKETING);
                case CUSTOM -> {
                    onOpenSettings.run();
                    showSettings(cacCosts);
                }
            }
        });
        this.cacCostsChoice = cacCosts;
        HBox settingsLine = new HBox(6, new Label(i18n.get("dashboard.cacCosts.label")), cacCosts, settings);
        settingsLine.setAlignment(Pos.CENTER_LEFT);
        Label warning = new Label();
        warning.setId("negativeCyclesWarning");
        warning.getStyleClass().add("dashboard-warning");
        warning.setWrapText(true);
        this.warning = warning;
        VBox header = new VBox(2, title, subtitle, settingsLine, status, warning);
        header.getStyleClass().add("panel-header");

        GridPane kpis = new GridPane();
        kpis.getStyleClass().add("kpi-strip");
        org.funnellab.ui.export.Exportables.markCards(kpis, i18n.get("export.cards.kpis"));
        kpis.setHgap(10);
        kpis.setVgap(10);
        for (int c = 0; c < KPI_COLUMNS; c++) {
            ColumnConstraints col = new ColumnConstraints();
            col.setPercentWidth(100.0 / KPI_COLUMNS);
            kpis.getColumnConstraints().add(col);
        }
        for (String id : Kpis.ORDER) {
            KpiCard card = new KpiCard(id, i18n);
            GridPane.setHgrow(card, Priority.ALWAYS);
            kpis.add(card, cards.size() % KPI_COLUMNS, cards.size() / KPI_COLUMNS);
            cards.put(id, card);
        }

        charts = new DashboardCharts(i18n, vm.formats(), chartStyle);
        ToggleButton toggle = new ToggleButton();
        toggle.setId("conversionToggle");
        toggle.setTooltip(new Tooltip(i18n.get("dashboard.conversion.tooltip")));
        toggle.selectedProperty().bindBidirectional(vm.conversionOfFirstProperty());
        toggle.textProperty().bind(javafx.beans.binding.Bindings.when(toggle.selectedProperty())
                .then(i18n.get("dashboard.conversion.ofFirst")).otherwise(i18n.get("dashboard.conversion.ofPrevious")));
        Region funnelNode = charts.funnel.node("funnelChart", CHART_HEIGHT);
        StackPane funnelBox = new StackPane(funnelNode, toggle);
        StackPane.setAlignment(toggle, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(toggle, new Insets(0, 12, 12, 0));

        Label omitted = new Label();
        omitted.setId("cacClvOmitted");
        omitted.getStyleClass().add("chart-note");
        omitted.setWrapText(true);
        VBox cacBox = new VBox(2, charts.cacClv.node("cacClvChart", CHART_HEIGHT), omitted);

        GridPane grid = new GridPane();
        grid.getStyleClass().add("chart-grid");
        grid.setHgap(12);
        grid.setVgap(12);
        for (int c = 0; c < 2; c++) {
            ColumnConstraints col = new ColumnConstraints();
            col.setPercentWidth(50);
            grid.getColumnConstraints().add(col);
        }
        grid.add(funnelBox, 0, 0);
        grid.add(charts.monthly.node("monthlyChart", CHART_HEIGHT), 1, 0);
        grid.add(charts.target.node("targetChart", CHART_HEIGHT), 0, 1);
        grid.add(charts.loss.node("lossReasonChart", CHART_HEIGHT), 1, 1);
        grid.add(cacBox, 0, 2);
        grid.add(charts.cycle.node("cycleChart", CHART_HEIGHT), 1, 2);

        VBox content = new VBox(14, header, kpis, grid);
        content.setPadding(new Insets(16));
        content.getStyleClass().add("dashboard-content");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setId("dashboardScroll");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("dashboard-scroll");
        setCenter(scroll);
        // Charts grow with the window: two rows of charts share most of the visible height, never below the minimum.
        javafx.beans.binding.DoubleBinding chartHeight = javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(CHART_HEIGHT, (scroll.getViewportBounds().getHeight() - 24) / 2),
                scroll.viewportBoundsProperty());
        for (Region r : List.of(funnelNode, (Region) cacBox.getChildren().get(0), (Region) grid.getChildren().get(1),
                (Region) grid.getChildren().get(2), (Region) grid.getChildren().get(3),
                (Region) grid.getChildren().get(5))) {
            r.prefHeightProperty().bind(chartHeight);
        }

        Runnable showStatus = () -> {
            String error = vm.errorProperty().get();
            String missing = vm.missingDataKey();
            boolean reading = vm.loadingProperty().get() || vm.workspaceLoadingProperty().get();
            status.setText(!error.isEmpty() ? error : reading ? i18n.get("dashboard.loading")
                    : missing.isEmpty() ? "" : i18n.get(missing));
            status.setManaged(!status.getText().isEmpty());
            // no cards of zeros while the first figures are still being read (a large workspace opening or upgrading)
            boolean figures = vm.showsFigures() || !reading;
            kpis.setVisible(figures);
            grid.setVisible(figures);
        };
        Runnable refresh = () -> {
            DashboardData d = vm.data();
            showSettings(cacCosts);
            long negative = d.negativeCycles();
            warning.setText(negative == 0 ? "" : i18n.format("dashboard.negativeCycles", negative));
            warning.setManaged(negative != 0);
            warning.setVisible(negative != 0);
            d.kpis().forEach(k -> cards.get(k.id()).show(k));
            charts.show(d);
            omitted.setText(charts.cacClvOmitted(d.channels()));
            omitted.setManaged(!omitted.getText().isEmpty());
            showStatus.run();
        };
        vm.dataProperty().addListener((obs, o, n) -> refresh.run());
        vm.loadingProperty().addListener((obs, o, n) -> showStatus.run());
        vm.workspaceLoadingProperty().addListener((obs, o, n) -> showStatus.run());
        vm.errorProperty().addListener((obs, o, n) -> showStatus.run());
        refresh.run();
    }

    /** Shows the CAC cost choice the figures were computed under, without saving it again. */
    private void showSettings(ComboBox<CacCostCategories.Choice> box) {
        showingSettings = true;
        try {
            box.setValue(vm.data().settings().cacCosts().choice());
        } finally {
            showingSettings = false;
        }
    }

    /** What "Settings…" (and choosing a custom set) opens: the workspace settings dialog. */
    public void setOnOpenSettings(Runnable action) {
        onOpenSettings = action == null ? () -> { } : action;
    }

    ComboBox<CacCostCategories.Choice> cacCostsChoice() {
        return cacCostsChoice;
    }

    public DashboardViewModel viewModel() {
        return vm;
    }

    DashboardCharts charts() {
        return charts;
    }
}
