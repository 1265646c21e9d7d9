package nl.weegschaal;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's package order: the statistics core stands alone; above it the run's configuration
 * (spec, strata), then the inputs (ingest, frame), the run's work store, the outputs (result files,
 * the workbook, compare), the job, and the command line on top. A package may use those below it,
 * never one above; and no packages form a cycle.
 */
class ArchitectureTest {
    private static final String ROOT = "nl.weegschaal";
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void packagesOnlyUseThoseBelowThemInThePipeline() {
        layeredArchitecture().consideringOnlyDependenciesInAnyPackage(ROOT + "..")
                .layer("cli").definedBy(ROOT + ".cli..")
                .layer("launch").definedBy(ROOT + ".launch..")
                .layer("job").definedBy(ROOT + ".job..")
                .layer("outputs").definedBy(ROOT + ".publish..", ROOT + ".compare..", ROOT + ".result..")
                .layer("store").definedBy(ROOT + ".store..")
                .layer("inputs").definedBy(ROOT + ".ingest..", ROOT + ".frame..")
                .layer("configuration").definedBy(ROOT + ".spec..", ROOT + ".strata..")
                .layer("statistics").definedBy(ROOT + ".weighting..", ROOT + ".estimation..")
                .layer("generate").definedBy(ROOT + ".generate..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("launch").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("job").mayOnlyBeAccessedByLayers("cli", "launch")
                .whereLayer("outputs").mayOnlyBeAccessedByLayers("cli", "launch", "job")
                .whereLayer("store").mayOnlyBeAccessedByLayers("cli", "launch", "job", "outputs")
                .whereLayer("inputs").mayOnlyBeAccessedByLayers("cli", "launch", "job", "outputs", "store")
                .whereLayer("configuration").mayOnlyBeAccessedByLayers("cli", "launch", "job", "outputs", "store",
                        "inputs")
                .whereLayer("statistics").mayOnlyBeAccessedByLayers("cli", "launch", "job", "outputs", "store",
                        "inputs", "configuration")
                .whereLayer("generate").mayOnlyBeAccessedByLayers("cli")
                .withOptionalLayers(true)
                .check(classes);
    }

    @Test
    void theStatisticsCoreUsesItselfTheJdkAndHipparchusOnly() {
        noClasses().that().resideInAnyPackage(ROOT + ".weighting..", ROOT + ".estimation..")
                .should().dependOnClassesThat().resideOutsideOfPackages(ROOT + ".weighting..", ROOT + ".estimation..",
                        "java..", "org.hipparchus..", "org.jspecify..")
                .check(classes);
    }

    @Test
    void theRootPackagesSharedTypesUseNoOtherPackageOfTheProgram() {
        // the exceptions and file identity every layer shares: were they to use a layer, the root package would close a cycle
        noClasses().that().resideInAPackage(ROOT).should().dependOnClassesThat(
                JavaClass.Predicates.resideInAPackage(ROOT + "..").and(DescribedPredicate.not(
                        JavaClass.Predicates.resideInAPackage(ROOT)))).check(classes);
    }

    @Test
    void noPackagesFormACycle() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(classes);
    }
}
