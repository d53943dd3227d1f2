package cn.budgetledger.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The shape architecture.md asks for, kept by tests rather than by good intentions. */
class ArchitectureTest {

    static JavaClasses ledger;

    @BeforeAll
    static void importTheLedger() {
        ledger = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.budgetledger");
    }

    @Test
    void the_domain_model_and_the_shared_language_know_nothing_of_spring_http_or_jdbc() {
        noClasses().that().resideInAnyPackage("cn.budgetledger.command.domain..", "cn.budgetledger.api..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta.servlet..", "java.sql..", "javax.sql..", "jakarta.persistence..")
                .check(ledger);
    }

    @Test
    void the_domain_model_does_not_reach_out_to_the_web_or_the_read_side() {
        noClasses().that().resideInAPackage("cn.budgetledger.command.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "cn.budgetledger.command.web..", "cn.budgetledger.query..", "cn.budgetledger.app..")
                .check(ledger);
    }

    @Test
    void the_command_side_and_the_query_side_stay_apart() {
        noClasses().that().resideInAPackage("cn.budgetledger.command..")
                .should().dependOnClassesThat().resideInAPackage("cn.budgetledger.query..")
                .check(ledger);
        noClasses().that().resideInAPackage("cn.budgetledger.query..")
                .should().dependOnClassesThat().resideInAPackage("cn.budgetledger.command..")
                .check(ledger);
    }

    @Test
    void the_web_pages_read_the_read_models_through_the_query_side_not_with_sql_of_their_own() {
        noClasses().that().resideInAPackage("cn.budgetledger.app.web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
                .check(ledger);
    }

    @Test
    void only_the_read_models_write_machinery_talks_to_the_postgresql_driver() {
        noClasses().that().resideOutsideOfPackage("cn.budgetledger.query.sql..")
                .should().dependOnClassesThat().resideInAPackage("org.postgresql..")
                .check(ledger);
    }
}
