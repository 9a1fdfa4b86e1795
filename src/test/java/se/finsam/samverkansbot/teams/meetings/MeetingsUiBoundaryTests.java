package se.finsam.samverkansbot.teams.meetings;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The meetings' Teams side depends only on the shared rooms of the Teams edge (chat,
 * delivery, cards, conversations), the meetings module and the shared core: never on the
 * cases module or another capability's UI.
 */
class MeetingsUiBoundaryTests {

    @Test
    void theMeetingsUiDependsOnlyOnTheSharedRoomsAndTheMeetingsModule() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.finsam.samverkansbot");
        classes().that()
            .resideInAPackage("se.finsam.samverkansbot.teams.meetings..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("se.finsam.samverkansbot.teams.meetings..", "se.finsam.samverkansbot.teams.chat..",
                    "se.finsam.samverkansbot.teams.delivery..", "se.finsam.samverkansbot.teams.cards..",
                    "se.finsam.samverkansbot.teams.conversations..", "se.finsam.samverkansbot.meetings",
                    "se.finsam.samverkansbot.core..", "java..", "javax..", "org.springframework..", "org.slf4j..",
                    "com.microsoft.bot..", "com.fasterxml.jackson..")
            .check(classes);
    }

}
