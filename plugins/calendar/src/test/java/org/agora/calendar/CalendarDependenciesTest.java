package org.agora.calendar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class CalendarDependenciesTest {

    private static final JavaClasses CALENDAR = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.agora.calendar");

    @Test
    void theCalendarDependsOnlyOnJavaPf4jAndThePluginsApi() {
        classes().that().doNotHaveSimpleName("Recurrence").and().doNotHaveSimpleName("ICalendar")
                .and().doNotHaveSimpleName("TimeZones")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.pf4j..", "org.agora.plugins.api..", "org.agora.calendar..")
                .check(CALENDAR);
    }

    @Test
    void onlyRecurrenceICalendarAndTimeZonesUseTheBundledIcal4j() {
        // ical4j is shaded into the plugin jar (relocated), so the host never sees it
        classes().that().haveSimpleName("Recurrence").or().haveSimpleName("ICalendar").or().haveSimpleName("TimeZones")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.agora.calendar..", "net.fortuna.ical4j..")
                .check(CALENDAR);
    }
}
