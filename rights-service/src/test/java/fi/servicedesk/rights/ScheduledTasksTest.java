package fi.servicedesk.rights;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.quarkus.scheduler.Scheduled;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

/**
 * Every task this service schedules reads or writes its database, so none may run while the application stops:
 * it would reach a closed EntityManagerFactory and log an error at every shutdown.
 */
class ScheduledTasksTest {

    @Test
    void noScheduledTaskRunsWhileTheApplicationStops() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fi.servicedesk.rights");

        methods().that().areAnnotatedWith(Scheduled.class).should(skipWhileTheApplicationIsNotRunning())
                .check(classes);
    }

    private static ArchCondition<JavaMethod> skipWhileTheApplicationIsNotRunning() {
        return new ArchCondition<>("skip while the application is not running") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                var skip = method.getAnnotationOfType(Scheduled.class).skipExecutionIf();
                boolean guarded = skip == Scheduled.ApplicationNotRunning.class;
                events.add(new SimpleConditionEvent(method, guarded, method.getFullName() + " skips if " + skip.getSimpleName()));
            }
        };
    }
}
