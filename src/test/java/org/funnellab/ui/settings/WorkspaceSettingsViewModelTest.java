package org.funnellab.ui.settings;

import org.funnellab.domain.CostCategory;
import org.funnellab.service.CacCostCategories;
import org.funnellab.service.ClvAssumptions;
import org.funnellab.service.MetricSettings;
import org.funnellab.service.SharedCosts;
import org.funnellab.store.DemoData;
import org.funnellab.store.Workspace;
import org.funnellab.ui.common.CurrentThreadTaskExecutor;
import org.funnellab.ui.shell.FiltersViewModel;
import org.funnellab.ui.shell.WorkspaceViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

class WorkspaceSettingsViewModelTest {
    @TempDir
    Path dir;
    private Path file;
    private WorkspaceViewModel workspace;

    @BeforeEach
    void open() {
        file = dir.resolve("demo.sqlite");
        try (Workspace ws = Workspace.open(file)) {
            DemoData.fill(ws, YearMonth.of(2025, 12), 500, 3);
        }
        workspace = new WorkspaceViewModel(new CurrentThreadTaskExecutor(), new FiltersViewModel());
        workspace.open(file);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void opensOnTheWorkspacesSettingsFullyLoadedByDefault() {
        WorkspaceSettingsViewModel vm = new WorkspaceSettingsViewModel(workspace);
        assertThat(vm.cacChoiceProperty().get()).isEqualTo(CacCostCategories.Choice.ALL);
        for (CostCategory c : CostCategory.values()) {
            assertThat(vm.categoryProperty(c).get()).as(c.name()).isTrue();
        }
        assertThat(vm.marginPercentProperty().get()).isEqualTo(50.0);
        assertThat(vm.currency()).isEqualTo("RUB");
        assertThat(vm.problemProperty().get()).isEmpty();
    }

    @Test
    void choosingMarketingTicksItsCategoriesAndEditingThemMakesACustomSet() {
        WorkspaceSettingsViewModel vm = new WorkspaceSettingsViewModel(workspace);
        vm.cacChoiceProperty().set(CacCostCategories.Choice.MARKETING);
        assertThat(vm.categoryProperty(CostCategory.SALES_SALARIES).get()).isFalse();
        assertThat(vm.categoryProperty(CostCategory.OVERHEAD).get()).isFalse();
        assertThat(vm.categoryProperty(CostCategory.PAID_MEDIA).get()).isTrue();
        vm.categoryProperty(CostCategory.OVERHEAD).set(true);
        assertThat(vm.cacChoiceProperty().get()).isEqualTo(CacCostCategories.Choice.CUSTOM);
        vm.categoryProperty(CostCategory.SALES_SALARIES).set(true);
        assertThat(vm.cacChoiceProperty().get()).as("every category again is 'all'")
                .isEqualTo(CacCostCategories.Choice.ALL);
    }

    @Test
    void noCategoryCannotBeSaved() {
        WorkspaceSettingsViewModel vm = new WorkspaceSettingsViewModel(workspace);
        for (CostCategory c : CostCategory.values()) {
            vm.categoryProperty(c).set(false);
        }
        assertThat(vm.problemProperty().get()).isEqualTo("settings.problem.noCategory");
        assertThat(vm.save()).isFalse();
        assertThat(workspace.settings()).isEqualTo(MetricSettings.DEFAULT);
    }

    @Test
    void savingStoresTheSettingsAndEveryFigureIsReadAgainUnderThem() {
        WorkspaceSettingsViewModel vm = new WorkspaceSettingsViewModel(workspace);
        double fullyLoaded = workspace.snapshotProperty().get().metrics().total().cac().value();
        vm.cacChoiceProperty().set(CacCostCategories.Choice.MARKETING);
        vm.sharedCostsProperty().set(SharedCosts.EXCLUDED);
        vm.clvModelProperty().set(ClvAssumptions.Model.SUBSCRIPTION);
        vm.monthlyRevenuePerAccountProperty().set(20_000);
        vm.churnPercentProperty().set(2.5);
        vm.marginPercentProperty().set(60);
        assertThat(vm.save()).isTrue();

        MetricSettings shown = workspace.snapshotProperty().get().settings();
        assertThat(shown.cacCosts()).isEqualTo(CacCostCategories.MARKETING);
        assertThat(shown.sharedCosts()).isEqualTo(SharedCosts.EXCLUDED);
        assertThat(shown.clv().model()).isEqualTo(ClvAssumptions.Model.SUBSCRIPTION);
        assertThat(shown.clv().monthlyChurn()).isEqualTo(0.025);
        assertThat(shown.clv().grossMargin()).isEqualTo(0.6);
        // 20,000 × 0.6 ÷ 0.025 = 480,000 for every customer
        assertThat(workspace.snapshotProperty().get().metrics().total().clv().value()).isEqualTo(480_000.0);
        assertThat(workspace.snapshotProperty().get().metrics().total().cac().value()).isLessThan(fullyLoaded);
        try (Workspace ws = Workspace.open(dir.resolve("demo.sqlite"))) {
            assertThat(MetricSettings.read(ws.settings())).isEqualTo(shown);
        }
    }
}
