package kzbot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    /** Adapters translate for one channel each; what two of them share belongs in the core. */
    @ParameterizedTest
    @ValueSource(strings = {"cli", "http", "telegram"})
    void noAdapterImportsAnother(String adapter) {
        String[] others = java.util.stream.Stream.of("cli", "http", "telegram").filter(a -> !a.equals(adapter))
                .map(a -> "kzbot." + a + "..").toArray(String[]::new);
        noClasses().that().resideInAPackage("kzbot." + adapter + "..").should().dependOnClassesThat()
                .resideInAnyPackage(others).allowEmptyShould(true).check(CLASSES);
    }
}
