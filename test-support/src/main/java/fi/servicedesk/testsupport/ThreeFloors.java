package fi.servicedesk.testsupport;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layout every service keeps (DESIGN §1): adapters on top (the REST resources and the Kafka
 * consumers), use cases in the middle, and the ground floor below ({@code domain}, {@code events},
 * {@code config} and servicedesk-kit). Dependencies point down only, packages form no cycle, and no
 * service reaches into another. Each service's {@code ArchitectureTest} extends this with its own
 * name and adapter packages.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ThreeFloors {

    private static final List<String> SERVICES = List.of("ingest", "redaction", "retention", "rights");
    private static final List<String> GROUND_FLOOR = List.of("domain", "events", "config");

    private final String service;
    private final String root;
    private final String[] adapters;
    private final String[] groundFloor;

    private JavaClasses classes;

    /** {@code adapters}: the top-floor packages of this service, e.g. {@code api}, {@code messaging}. */
    protected ThreeFloors(String service, String... adapters) {
        this.service = service;
        this.root = "fi.servicedesk." + service;
        this.adapters = packages(List.of(adapters));
        this.groundFloor = packages(GROUND_FLOOR);
    }

    /** The service's production classes (tests left out), read once for all the rules. */
    @BeforeAll
    void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(root);
    }

    @Test
    void packagesFormNoCycle() {
        slices().matching(root + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    /** No use case and nothing on the ground floor imports a resource, a consumer or their views. */
    @Test
    void nothingBelowTheAdaptersUsesThem() {
        noClasses().that().resideOutsideOfPackages(adapters)
                .should().dependOnClassesThat().resideInAnyPackage(adapters).check(classes);
    }

    /** domain, events and config use each other, the kit and libraries, and nothing above them. */
    @Test
    void groundFloorStandsAlone() {
        noClasses().that().resideInAnyPackage(groundFloor)
                .should().dependOnClassesThat(resideInAPackage(root + "..").and(resideOutsideOfPackages(groundFloor)))
                .check(classes);
    }

    /** Services talk through Kafka and HTTP contracts, never through each other's classes. */
    @Test
    void noOtherServicesClasses() {
        var others = SERVICES.stream().filter(s -> !s.equals(service)).map(s -> "fi.servicedesk." + s + "..").toArray(String[]::new);
        noClasses().should().dependOnClassesThat().resideInAnyPackage(others).check(classes);
    }

    private String[] packages(List<String> names) {
        return names.stream().map(name -> root + "." + name + "..").toArray(String[]::new);
    }
}
