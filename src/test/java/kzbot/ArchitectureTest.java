package kzbot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Dependencies point inward: adapters → answer → (nlu, store) → domain; nothing imports app. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("kzbot");

    @Test
    void domainUsesOnlyTheJdk() {
        classes().that().resideInAPackage("kzbot.domain..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("kzbot.domain..", "java..").check(CLASSES);
    }

    @Test
    void onlyTheStoreUsesJdbc() {
        noClasses().that().resideOutsideOfPackage("kzbot.store..").should().dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "org.sqlite..").check(CLASSES);
    }

    @Test
    void onlyNluAndIngestUseOpenNlp() {
        noClasses().that().resideOutsideOfPackages("kzbot.nlu..", "kzbot.ingest..").should().dependOnClassesThat()
                .resideInAPackage("opennlp..").check(CLASSES);
    }

    @Test
    void nothingImportsApp() {
        noClasses().that().resideOutsideOfPackage("kzbot.app..").should().dependOnClassesThat()
                .resideInAPackage("kzbot.app..").check(CLASSES);
    }

    @Test
    void coreDoesNotDependOnAdaptersOrIngest() {
        noClasses().that().resideInAnyPackage("kzbot.store..", "kzbot.nlu..", "kzbot.answer..", "kzbot.text..")
                .should().dependOnClassesThat().resideInAnyPackage("kzbot.ingest..", "kzbot.cli..", "kzbot.http..",
                        "kzbot.telegram..").check(CLASSES);
    }
}
