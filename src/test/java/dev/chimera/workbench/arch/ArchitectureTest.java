package dev.chimera.workbench.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The engine must run headless: only the ui and app packages may touch JavaFX. */
@AnalyzeClasses(packages = "dev.chimera.workbench", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule ENGINE_IS_FREE_OF_JAVAFX = noClasses()
            .that().resideOutsideOfPackages("dev.chimera.workbench.ui..", "dev.chimera.workbench.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "com.sun.javafx..",
                    "org.jfree.chart.fx..", "org.jfree.fx..")
            .because("engine packages (model, ingest, analysis, chart, export, cli, ...) must work without a display");

    /** Export runs headless from the CLI: Java2D, ImageIO, Batik and PDFBox only, never the toolkit or the UI. */
    @ArchTest
    static final ArchRule EXPORT_IS_AN_ENGINE_PACKAGE = noClasses()
            .that().resideInAPackage("dev.chimera.workbench.export..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "com.sun.javafx..",
                    "org.jfree.chart.fx..", "org.jfree.fx..", "dev.chimera.workbench.ui..",
                    "dev.chimera.workbench.app..", "dev.chimera.workbench.cli..")
            .because("the export command and the GUI share one headless export engine");

    @ArchTest
    static final ArchRule ENGINE_DOES_NOT_DEPEND_ON_UI = noClasses()
            .that().resideOutsideOfPackages("dev.chimera.workbench.ui..", "dev.chimera.workbench.app..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.chimera.workbench.ui..")
            .because("the UI is a thin layer over the engine, never the other way round");

    @ArchTest
    static final ArchRule SESSION_IS_AN_ENGINE_PACKAGE = noClasses()
            .that().resideInAPackage("dev.chimera.workbench.session..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..",
                    "dev.chimera.workbench.ui..", "dev.chimera.workbench.app..")
            .because("sessions are read, validated and written headless; the UI only maps them onto ViewModels");

    @ArchTest
    static final ArchRule ONLY_THE_CLI_PRINTS = noClasses()
            .that().resideOutsideOfPackages("dev.chimera.workbench.cli..", "dev.chimera.workbench.sampledata..")
            .should().accessField(System.class, "out")
            .because("log through SLF4J; stdout belongs to the CLI");

    @ArchTest
    static final ArchRule UI_VIEW_MODELS_HOLD_NO_NODES = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().areAssignableTo("javafx.scene.Node")
            .because("ViewModels are testable without the toolkit; Views bind to them")
            .allowEmptyShould(true);
}
