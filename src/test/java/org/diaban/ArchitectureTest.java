package org.diaban;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of the developers' guide: arrows point inward to the domain; only persistence
 * touches Hibernate; the UI talks to services, never to the database; view models stay free of
 * scene-graph classes so they can be tested without a toolkit.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.diaban");
    }

    @Test
    void domainIsPlainJava() {
        noClasses().that().resideInAPackage("org.diaban.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.hibernate..", "org.apache.poi..",
                        "org.h2..", "org.flywaydb..", "picocli..", "com.fasterxml..")
                .orShould().dependOnClassesThat().resideInAnyPackage("org.diaban.persistence..",
                        "org.diaban.service..", "org.diaban.importing..", "org.diaban.reporting..", "org.diaban.ui..",
                        "org.diaban.cli..", "org.diaban.app..", "org.diaban.i18n..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .check(classes);
    }

    @Test
    void onlyPersistenceTouchesHibernateAndTheDatabase() {
        noClasses().that().resideOutsideOfPackage("org.diaban.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hibernate..", "org.h2..", "org.flywaydb..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManagerFactory")
                .check(classes);
    }

    @Test
    void persistenceKnowsOnlyTheDomain() {
        noClasses().that().resideInAPackage("org.diaban.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("org.diaban.service..", "org.diaban.ui..",
                        "org.diaban.cli..", "org.diaban.app..", "org.diaban.importing..", "org.diaban.reporting..",
                        "javafx..")
                .check(classes);
    }

    @Test
    void servicesKnowNothingOfPresentation() {
        noClasses().that().resideInAnyPackage("org.diaban.service..", "org.diaban.importing..",
                        "org.diaban.reporting..", "org.diaban.i18n..")
                .should().dependOnClassesThat().resideInAnyPackage("org.diaban.ui..", "org.diaban.cli..",
                        "org.diaban.app..", "javafx..")
                .check(classes);
    }

    @Test
    void theUiTalksToServicesNotToTheDatabase() {
        noClasses().that().resideInAPackage("org.diaban.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.diaban.persistence..", "jakarta.persistence..",
                        "org.diaban.cli..", "org.diaban.app..", "org.apache.poi..")
                .check(classes);
    }

    @Test
    void viewModelsStayOutOfTheSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "org.controlsfx..")
                .check(classes);
    }

    @Test
    void theCommandLineNeedsNoToolkit() {
        noClasses().that().resideInAPackage("org.diaban.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.diaban.ui..", "org.diaban.app..")
                .check(classes);
    }
}
