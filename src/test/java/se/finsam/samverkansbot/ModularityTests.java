package se.finsam.samverkansbot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries of design.md hold, the retired Bot Framework SDK stays inside
 * {@code teams}, and the module documentation is generated from the code
 * (target/spring-modulith-docs).
 */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(SamverkansbotApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void everyCapabilityOfTheDesignIsAModule() {
        assertThat(MODULES.stream().map(ApplicationModule::getBasePackage).map(p -> p.getName())).contains(
                "se.finsam.samverkansbot.teams", "se.finsam.samverkansbot.cases", "se.finsam.samverkansbot.privacy",
                "se.finsam.samverkansbot.meetings", "se.finsam.samverkansbot.followups",
                "se.finsam.samverkansbot.contacts", "se.finsam.samverkansbot.stats", "se.finsam.samverkansbot.core");
    }

    @Test
    void onlyTheTeamsModuleKnowsTheBotFrameworkSdk() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.finsam.samverkansbot");
        noClasses().that()
            .resideOutsideOfPackage("se.finsam.samverkansbot.teams..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.microsoft.bot..")
            .check(classes);
    }

    @Test
    void moduleDocumentationIsGenerated() throws Exception {
        Path output = Path.of("target", "spring-modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(output.toString())).writeDocumentation()
            .writeAggregatingDocument();
        assertThat(output.resolve("components.puml")).exists();
        assertThat(Files.readString(output.resolve("components.puml"))).contains("Teams");
    }

}
