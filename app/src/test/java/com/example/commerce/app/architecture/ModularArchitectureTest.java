package com.example.commerce.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module rules of the house style, checked on the compiled classes. */
class ModularArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.example.commerce");
    }

    @Test
    void keepsTheCommandSideAndTheQuerySideApart() {
        noClasses().that().resideInAPackage("com.example.commerce.command..")
                .should().dependOnClassesThat().resideInAPackage("com.example.commerce.query..")
                .check(classes);
        noClasses().that().resideInAPackage("com.example.commerce.query..")
                .should().dependOnClassesThat().resideInAPackage("com.example.commerce.command..")
                .check(classes);
    }

    @Test
    void keepsTheSharedLanguageFreeOfSpringAndPersistence() {
        noClasses().that().resideInAPackage("com.example.commerce.api..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "java.sql..", "com.example.commerce.command..", "com.example.commerce.query..",
                        "com.example.commerce.app..", "com.example.commerce.axon..")
                .check(classes);
    }

    @Test
    void keepsMessagesAsRecords() {
        classes().that().resideInAnyPackage("com.example.commerce.api.catalog", "com.example.commerce.api.inventory",
                        "com.example.commerce.api.order", "com.example.commerce.api.payment",
                        "com.example.commerce.api.shipment", "com.example.commerce.api.coupon")
                .and().areTopLevelClasses().and().areNotInterfaces().and().areNotEnums()
                .should().beRecords()
                .check(classes);
    }

    @Test
    void keepsAggregatesDeterministic() {
        noClasses().that().areAnnotatedWith(Aggregate.class)
                .should().callMethod(Instant.class, "now")
                .orShould().callMethod(UUID.class, "randomUUID")
                .check(classes);
    }

    @Test
    void keepsAxonWiringOutOfTheDomain() {
        noClasses().that().resideInAnyPackage("com.example.commerce.command..", "com.example.commerce.query..")
                .should().dependOnClassesThat().resideInAPackage("com.example.commerce.axon..")
                .check(classes);
    }
}
