package fi.servicedesk.testsupport;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

/**
 * Every scheduled task of this project reads or writes a database, so none may run once the
 * application has begun to stop: it would reach a closed EntityManagerFactory and log an error at
 * every shutdown. A task skips by Quarkus' {@code ApplicationNotRunning} (also while starting) or the
 * kit's {@code ApplicationStopping} (only while stopping, for tasks whose first run at start matters).
 */
public final class ScheduledTasks {

    private static final String SCHEDULED = "io.quarkus.scheduler.Scheduled";
    private static final Set<String> GUARDS = Set.of(
            "io.quarkus.scheduler.Scheduled$ApplicationNotRunning",
            "fi.servicedesk.kit.schedule.ApplicationStopping");

    private ScheduledTasks() {
    }

    /** Fails naming each {@code @Scheduled} method under {@code rootPackage} that keeps running while its application stops. */
    public static void assertNoneRunsWhileTheApplicationStops(String rootPackage) {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage);
        methods().that().areAnnotatedWith(SCHEDULED).should(skipWhileTheApplicationStops()).check(classes);
    }

    private static ArchCondition<JavaMethod> skipWhileTheApplicationStops() {
        return new ArchCondition<>("skip while the application stops") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                var skip = (JavaClass) method.getAnnotationOfType(SCHEDULED).get("skipExecutionIf").orElseThrow();
                events.add(new SimpleConditionEvent(method, GUARDS.contains(skip.getName()),
                        method.getFullName() + " skips if " + skip.getSimpleName()));
            }
        };
    }
}
