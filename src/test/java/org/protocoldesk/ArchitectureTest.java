package org.protocoldesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import javafx.scene.control.Tooltip;
import org.protocoldesk.ui.common.HoverTooltip;

/**
 * The layering of ARCHITECTURE.md: ui → service → store → model, one direction only; app wires them. And one rule of
 * the UI's: tooltips are made on the first hover (ADR 0075).
 */
@AnalyzeClasses(packages = "org.protocoldesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layersPointDownwardOnly = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("App").definedBy("org.protocoldesk", "org.protocoldesk.app..")
            .layer("Ui").definedBy("org.protocoldesk.ui..")
            .layer("Service").definedBy("org.protocoldesk.service..")
            .layer("Store").definedBy("org.protocoldesk.store..")
            .layer("Model").definedBy("org.protocoldesk.model..")
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Service").mayOnlyBeAccessedByLayers("App", "Ui")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("App", "Service")
            .whereLayer("Model").mayOnlyBeAccessedByLayers("App", "Ui", "Service", "Store");

    @ArchTest
    static final ArchRule modelDependsOnNothingOfOurs = noClasses()
            .that().resideInAPackage("org.protocoldesk.model..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.protocoldesk.app..", "org.protocoldesk.ui..", "org.protocoldesk.service..",
                    "org.protocoldesk.store..", "org.jooq..", "java.sql..", "javafx..");

    @ArchTest
    static final ArchRule noJooqOrJdbcAboveTheStore = noClasses()
            .that().resideInAnyPackage("org.protocoldesk.ui..", "org.protocoldesk.service..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "org.sqlite..",
                    "org.flywaydb..", "com.zaxxer..");

    @ArchTest
    static final ArchRule storeAndServiceKnowNoJavaFx = noClasses()
            .that().resideInAnyPackage("org.protocoldesk.store..", "org.protocoldesk.service..",
                    "org.protocoldesk.model..")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule tooltipsAreMadeOnTheFirstHoverOnly = noClasses()
            .that().doNotBelongToAnyOf(HoverTooltip.class)
            .should().dependOnClassesThat().areAssignableTo(Tooltip.class);
}
