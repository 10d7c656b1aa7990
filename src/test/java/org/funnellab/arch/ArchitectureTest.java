package org.funnellab.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.funnellab.calc.UnitEconomics;
import org.funnellab.domain.Filters;
import org.funnellab.domain.FunnelFacts;
import org.funnellab.domain.Stage;
import org.funnellab.store.FunnelQueries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layer rules of STYLE.md, written down so a change that breaks them fails the build. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.funnellab");
    }

    @Test
    void domainAndCalcUseNoToolkitNoSqlNoAwt() {
        noClasses().that().resideInAnyPackage("org.funnellab.domain..", "org.funnellab.calc..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "java.sql..", "java.awt..", "javax.swing..", "org.jfree..", "org.controlsfx..")
                .because("the calculation core must run in the CLI and in unit tests without a toolkit or a database")
                .check(classes);
    }

    @Test
    void domainDependsOnNothingElseOfOurs() {
        noClasses().that().resideInAPackage("org.funnellab.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.funnellab.calc..", "org.funnellab.store..", "org.funnellab.importer..",
                        "org.funnellab.export..", "org.funnellab.cli..", "org.funnellab.app..", "org.funnellab.ui..")
                .because("domain is the shared vocabulary every layer builds on")
                .check(classes);
    }

    @Test
    void calcDependsOnlyOnDomain() {
        noClasses().that().resideInAPackage("org.funnellab.calc..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.funnellab.store..", "org.funnellab.importer..", "org.funnellab.export..",
                        "org.funnellab.cli..", "org.funnellab.app..", "org.funnellab.ui..", "org.funnellab.service..")
                .because("calculators are pure functions of domain inputs")
                .check(classes);
    }

    @Test
    void storeImporterAndExportUseNoJavaFx() {
        noClasses().that().resideInAnyPackage("org.funnellab.store..", "org.funnellab.importer..",
                        "org.funnellab.export..", "org.funnellab.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
                .because("data and file work must run without a window (command line, tests, background tasks)")
                .check(classes);
    }

    @Test
    void nothingBelowTheUiKnowsTheUi() {
        noClasses().that().resideInAnyPackage("org.funnellab.domain..", "org.funnellab.calc..",
                        "org.funnellab.store..", "org.funnellab.importer..", "org.funnellab.export..",
                        "org.funnellab.cli..", "org.funnellab.service..")
                .should().dependOnClassesThat().resideInAnyPackage("org.funnellab.ui..", "org.funnellab.app..")
                .because("dependencies point one way: ui → services → domain")
                .check(classes);
    }

    @Test
    void theServiceUsesNoToolkit() {
        noClasses().that().resideInAPackage("org.funnellab.service..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                        "java.awt..", "javax.swing..", "org.jfree..")
                .because("the application service serves the command line and the window alike")
                .check(classes);
    }

    @Test
    void theServiceKnowsNoCallerAndNothingBelowItKnowsTheService() {
        noClasses().that().resideInAPackage("org.funnellab.service..")
                .should().dependOnClassesThat().resideInAnyPackage("org.funnellab.cli..", "org.funnellab.ui..",
                        "org.funnellab.app..", "org.funnellab.importer..", "org.funnellab.export..")
                .because("ui and cli call the service; the service calls store and calc")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.funnellab.domain..", "org.funnellab.calc..",
                        "org.funnellab.store..", "org.funnellab.importer..")
                .should().dependOnClassesThat().resideInAPackage("org.funnellab.service..")
                .because("the service sits above store and calc")
                .check(classes);
    }

    @Test
    void onlyTheServiceReadsFactsAndCostsForFigures() {
        noClasses().that().resideOutsideOfPackages("org.funnellab.service..", "org.funnellab.store..")
                .should().callMethod(FunnelQueries.class, "facts", Filters.class, Stage.class)
                .orShould().callMethod(FunnelQueries.class, "factsByChannel", Filters.class, Stage.class)
                .orShould().callMethod(FunnelQueries.class, "costsByChannel", Filters.class)
                .orShould().callMethod(FunnelQueries.class, "leadsByChannel", Filters.class)
                .because("every figure a user sees is computed once, by the application service, so the window and"
                        + " the command line cannot disagree")
                .check(classes);
    }

    @Test
    void costFiguresAreComputedOnlyByTheServiceOverTheCalculators() {
        noClasses().that().resideOutsideOfPackages("org.funnellab.service..", "org.funnellab.calc..")
                .should().callMethod(UnitEconomics.class, "cacBlended", FunnelFacts.class, Set.class)
                .orShould().callMethod(UnitEconomics.class, "costPerLead", FunnelFacts.class, Set.class)
                .orShould().callMethod(UnitEconomics.class, "costPerTargetLead", FunnelFacts.class, Set.class)
                .because("which costs CAC counts and how shared costs reach a channel is decided in one place")
                .check(classes);
    }

    @Test
    void scenariosAreStoredOnlyThroughTheirService() {
        noClasses().that().resideInAnyPackage("org.funnellab.ui..", "org.funnellab.app..", "org.funnellab.cli..",
                        "org.funnellab.export..")
                .should().dependOnClassesThat().belongToAnyOf(org.funnellab.store.ScenarioStore.class,
                        org.funnellab.store.ScenarioStore.Row.class)
                .because("the window and the command line must read and write the same scenario JSON, through"
                        + " ScenarioService")
                .check(classes);
        noClasses().that().resideInAPackage("org.funnellab.ui.scenarios..")
                .should().dependOnClassesThat().resideInAnyPackage("org.funnellab.ui.whatif", "org.funnellab.app..")
                .because("the Scenarios screen acts on the panels only through its Workbench, so it works (and is"
                        + " tested) without any panel built")
                .check(classes);
    }

    @Test
    void onlyChartsAndExportTouchJFreeChartAndAwt() {
        noClasses().that().resideOutsideOfPackages("org.funnellab.ui.charts..", "org.funnellab.export..")
                .and().resideOutsideOfPackage("org.funnellab.ui.export..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jfree..", "java.awt..")
                .because("chart code lives in one place (ui.charts), and vector/bitmap export draws those charts")
                .check(classes);
    }

    @Test
    void theCopyAndExportMenuDrawsThroughExportWithoutJFreeChart() {
        noClasses().that().resideInAPackage("org.funnellab.ui.export..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jfree..")
                .because("ui.export copies and saves pictures (AWT images) that export draws; charts stay in ui.charts")
                .check(classes);
    }

    @Test
    void exportWritersNeedNoDatabaseNoImporterAndNoCommandLine() {
        noClasses().that().resideInAPackage("org.funnellab.export..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.funnellab.importer..",
                        "org.funnellab.cli..", "org.funnellab.store..")
                .because("writers turn drawings and tables into files; the window and the command line feed them")
                .check(classes);
    }

    @Test
    void viewModelsNeverSeeControls() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "org.controlsfx..", "org.jfree..")
                .because("a view model exposes properties; only the view binds them to controls (MVVM)")
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.funnellab.(*)..").should().beFreeOfCycles()
                .because("layers must be separable and testable on their own")
                .check(classes);
    }

    @Test
    void theImportersPartsHaveNoCycles() {
        slices().matching("org.funnellab.importer.(*)..").should().beFreeOfCycles()
                .because("reading, parsing, mapping, presets and detection each stand on the ones below them")
                .check(classes);
    }

    @Test
    void detectionDecidesFromTheFileAlone() {
        noClasses().that().resideInAPackage("org.funnellab.importer.detect..")
                .should().dependOnClassesThat().resideInAnyPackage("org.funnellab.store..", "org.funnellab.ui..",
                        "org.funnellab.cli..", "javafx..")
                .because("the same detection serves the window, the command line and tests, before any workspace is open")
                .check(classes);
    }
}
