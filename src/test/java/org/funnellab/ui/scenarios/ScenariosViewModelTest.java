package org.funnellab.ui.scenarios;

import org.funnellab.calc.PipelineVelocityModel;
import org.funnellab.service.Scenario;
import org.funnellab.service.ScenarioComparison;
import org.funnellab.service.ScenarioEvaluator;
import org.funnellab.service.Waterfall;
import org.funnellab.service.WorkingState;
import org.funnellab.store.DemoData;
import org.funnellab.store.Workspace;
import org.funnellab.ui.common.CurrentThreadTaskExecutor;
import org.funnellab.ui.common.Formats;
import org.funnellab.ui.common.I18n;
import org.funnellab.ui.shell.FiltersViewModel;
import org.funnellab.ui.shell.WorkspaceViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The Scenarios screen's view model on a real workspace file, with no toolkit (work runs on the calling thread). */
class ScenariosViewModelTest {
    private static final Locale EN = Locale.forLanguageTag("en-US");

    @TempDir
    Path dir;
    private ScenariosViewModel vm;
    private WorkspaceViewModel workspace;
    private final WorkingState working = new WorkingState();
    /** What the panels hold now: the workbench captures it and an opened scenario replaces it. */
    private final Map<String, Map<String, Double>> panels = new HashMap<>();
    private final List<Scenario> applied = new ArrayList<>();

    @BeforeEach
    void open() {
        Path file = dir.resolve("ws.sqlite");
        try (Workspace w = Workspace.open(file)) {
            DemoData.fill(w, YearMonth.of(2025, 12), 1500, 4);
        }
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        workspace = new WorkspaceViewModel(executor, new FiltersViewModel());
        workspace.open(file);
        ScenariosViewModel.Workbench bench = new ScenariosViewModel.Workbench() {
            @Override
            public Scenario capture(String name, String note) {
                return Scenario.of(name, note, workspace.filters().filters(), panels);
            }

            @Override
            public void apply(Scenario s) {
                applied.add(s);
                panels.clear();
                panels.putAll(s.overrides());
            }
        };
        vm = new ScenariosViewModel(workspace, executor, bench, working,
                new ScenarioEvaluator(ScenarioEvaluator.Assumptions.DEFAULTS), new I18n(EN), new Formats(EN, "RUB"));
        vm.reload();
    }

    @Test
    void saveAsStoresTheWorkingStateAndMakesItCurrent() {
        panels.put(PipelineVelocityModel.ID, Map.of("winRate", 0.4));
        assertThat(vm.saveAs("Win more", "note")).isTrue();
        assertThat(vm.names()).containsExactly("Win more");
        assertThat(vm.scenarios().get(0).overrides(PipelineVelocityModel.ID)).containsEntry("winRate", 0.4);
        assertThat(vm.currentProperty().get()).isEqualTo("Win more");
        assertThat(working.currentScenario()).as("current scenario outlives the screen").isEqualTo("Win more");
        assertThat(vm.messageProperty().get()).contains("Saved").contains("Win more");
    }

    @Test
    void aBlankOrTakenNameIsRefusedWithAMessageAndNothingSaved() {
        assertThat(vm.saveAs("  ", "")).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("Give the scenario a name.");
        vm.saveAs("A", "");
        assertThat(vm.saveAs("A", "")).isFalse();
        assertThat(vm.messageProperty().get()).contains("already exists");
        assertThat(vm.names()).containsExactly("A");
    }

    @Test
    void ctrlSSavesOverTheCurrentScenarioKeepingItsNote() {
        assertThat(vm.saveCurrent()).as("no current scenario: ask for a name").isFalse();
        panels.put(PipelineVelocityModel.ID, Map.of("winRate", 0.4));
        vm.saveAs("Plan", "for Monday");
        panels.put(PipelineVelocityModel.ID, Map.of("winRate", 0.45));
        assertThat(vm.saveCurrent()).isTrue();
        Scenario s = vm.scenarios().get(0);
        assertThat(s.overrides(PipelineVelocityModel.ID)).containsEntry("winRate", 0.45);
        assertThat(s.note()).isEqualTo("for Monday");
    }

    @Test
    void openAppliesTheScenarioAndRenameDuplicateDeleteFollowTheList() {
        panels.put(PipelineVelocityModel.ID, Map.of("winRate", 0.4));
        vm.saveAs("A", "");
        panels.clear();
        vm.open("A");
        assertThat(applied).extracting(Scenario::name).containsExactly("A");
        assertThat(panels.get(PipelineVelocityModel.ID)).containsEntry("winRate", 0.4);

        vm.rename("A", "Cut VK");
        assertThat(vm.names()).containsExactly("Cut VK");
        assertThat(vm.currentProperty().get()).as("renaming the current one follows it").isEqualTo("Cut VK");
        vm.duplicate("Cut VK");
        assertThat(vm.names()).containsExactly("Cut VK", "Cut VK (2)");
        vm.delete("Cut VK");
        assertThat(vm.names()).containsExactly("Cut VK (2)");
        assertThat(vm.currentProperty().get()).isNull();
    }

    @Test
    void compareGivesDeltasAgainstTheBaselineAndAWaterfallThatAddsUp() throws Exception {
        panels.put(PipelineVelocityModel.ID, Map.of("winRate", 0.2));
        vm.saveAs("Low", "");
        panels.put(PipelineVelocityModel.ID, Map.of("winRate", 0.4, "opportunities", 200.0));
        vm.saveAs("High", "");
        vm.toggleCompared("Low", true);
        assertThat(vm.canCompare()).isFalse();
        vm.toggleCompared("High", true);
        vm.compare();
        ScenarioComparison c = vm.comparisonProperty().get();
        ScenarioComparison.Row winRate = c.rows().stream()
                .filter(r -> r.panel().equals(PipelineVelocityModel.ID) && r.id().equals("winRate"))
                .findFirst().orElseThrow();
        double base = winRate.base().value();
        assertThat(winRate.deltas().get(0).value()).isEqualTo(0.2 - base);
        assertThat(winRate.deltas().get(1).value()).isEqualTo(0.4 - base);
        assertThat(winRate.overridden()).containsExactly(true, true);

        Waterfall w = vm.waterfall(PipelineVelocityModel.ID, "revenueMonth", 0, 1);
        assertThat(w.steps()).extracting(Waterfall.Step::input).containsExactlyInAnyOrder("winRate", "opportunities");
        assertThat(w.sum()).isEqualByComparingTo(w.total());

        Path csv = dir.resolve("cmp.csv");
        vm.exportCsv(csv);
        assertThat(Files.readString(csv)).contains("Win rate").contains("Low").contains("High");
        Path xlsx = dir.resolve("cmp.xlsx");
        vm.exportXlsx(xlsx);
        assertThat(Files.size(xlsx)).isGreaterThan(1000);
    }

    @Test
    void theMeetingPackPagesOfAComparisonReadAsTheTableDoes() throws Exception {
        panels.put(PipelineVelocityModel.ID, Map.of("winRate", 0.2));
        vm.saveAs("Low", "cautious");
        panels.put(PipelineVelocityModel.ID, Map.of("winRate", 0.4));
        vm.saveAs("High", "");
        vm.toggleCompared("Low", true);
        vm.toggleCompared("High", true);
        vm.compare();
        ScenarioComparison c = vm.comparisonProperty().get();
        ScenarioComparison.Row revenue = c.headlines().stream()
                .filter(r -> r.panel().equals(PipelineVelocityModel.ID)).findFirst().orElseThrow();
        String highDelta = vm.texts().deltaText(revenue.deltas().get(1), revenue.unit());
        assertThat(revenue.deltas().get(1).value()).isPositive();

        var slides = org.funnellab.export.ScenarioPackPages.slides(c, vm.texts().packTexts(),
                org.funnellab.export.ExportPalette.light(), List.of("Period: all"));
        assertThat(slides).hasSize(2);
        byte[] pdf = org.funnellab.export.PdfExport.toBytes(slides.stream()
                        .map(org.funnellab.export.PackSlide::page).toList(), 960, 540,
                org.funnellab.export.ExportPalette.light(), "pack");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            var strip = new org.apache.pdfbox.text.PDFTextStripper();
            strip.setEndPage(1);
            assertThat(strip.getText(doc)).contains("Scenario comparison: headline outputs", "Low", "High",
                    "High (change; %)", "Baseline", highDelta, "Period: all");
        }
        byte[] pptx = org.funnellab.export.PptxExport.toBytes(slides, org.funnellab.export.ImageSize.SLIDE,
                org.funnellab.export.ExportPalette.light());
        try (var show = new org.apache.poi.xslf.usermodel.XMLSlideShow(new java.io.ByteArrayInputStream(pptx))) {
            assertThat(show.getSlides()).hasSize(2);
            String notes = show.getSlides().get(0).getNotes().getTextParagraphs().stream()
                    .flatMap(List::stream).map(p -> p.getText()).reduce("", (a, b) -> a + "\n" + b);
            assertThat(notes).contains("Low — cautious", "Win rate = 0.2", "High", "Win rate = 0.4");
        }
    }

    @Test
    void aFifthScenarioCannotJoinTheComparison() {
        for (String n : List.of("a", "b", "c", "d", "e")) {
            vm.saveAs(n, "");
            vm.toggleCompared(n, true);
        }
        assertThat(vm.compared()).containsExactly("a", "b", "c", "d");
        assertThat(vm.messageProperty().get()).contains("At most 4");
    }

    @Test
    void overridesOfChannelsTheDataLacksAreListedAndCanBeDropped() {
        panels.put("planner", Map.of("spend.Gone channel", 5000.0));
        vm.saveAs("Old plan", "");
        vm.selectedProperty().set(vm.scenarios().get(0));
        assertThat(vm.missing()).extracting(ScenariosViewModel.Missing::input).containsExactly("spend.Gone channel");
        vm.dropOverride("Old plan", vm.missing().get(0));
        vm.selectedProperty().set(null);
        vm.selectedProperty().set(vm.scenarios().get(0));
        assertThat(vm.missing()).isEmpty();
    }
}
