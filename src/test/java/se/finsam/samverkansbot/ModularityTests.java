package se.finsam.samverkansbot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

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
 * (target/spring-modulith-docs, with layout.txt, the tree README's architecture section
 * shows).
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

    /**
     * The layout README's architecture section shows: every module and, inside
     * {@code teams}, every room, each with the first sentence of its package-info and the
     * modules it depends on.
     */
    private static List<String> layout() throws IOException {
        List<ApplicationModule> modules = MODULES.stream()
            .sorted(Comparator.comparing((ApplicationModule module) -> module.getBasePackage().getName()))
            .toList();
        List<String> lines = new ArrayList<>();
        lines.add(SamverkansbotApplication.class.getPackageName());
        for (int i = 0; i < modules.size(); i++) {
            ApplicationModule module = modules.get(i);
            boolean last = i == modules.size() - 1;
            String uses = module.getDirectDependencies(MODULES)
                .uniqueModules()
                .map((used) -> used.getBasePackage().getLocalName())
                .sorted()
                .collect(Collectors.joining(", "));
            lines.add((last ? "└── " : "├── ") + String.format("%-15s", module.getBasePackage().getLocalName())
                    + purpose(module.getBasePackage().getName()) + (uses.isEmpty() ? "" : " Uses " + uses + "."));
            List<String> rooms = module.getBasePackage()
                .getDirectSubPackages()
                .stream()
                .map((room) -> room.getName())
                .filter((room) -> Files.exists(packageInfo(room)))
                .sorted()
                .toList();
            for (int j = 0; j < rooms.size(); j++) {
                String room = rooms.get(j);
                lines.add((last ? "    " : "│   ") + (j == rooms.size() - 1 ? "└── " : "├── ")
                        + String.format("%-15s", room.substring(room.lastIndexOf('.') + 1)) + purpose(room));
            }
        }
        return lines;
    }

    /** The first sentence of a package's package-info. */
    private static String purpose(String packageName) throws IOException {
        String javadoc = Files.readString(packageInfo(packageName));
        String text = javadoc.substring(javadoc.indexOf("/**") + 3, javadoc.indexOf("*/"))
            .replaceAll("\\s*\\n\\s*\\*\\s?", " ")
            .replaceAll("\\{@code ([^}]*)}", "$1")
            .strip();
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }

    private static Path packageInfo(String packageName) {
        return Path.of("src", "main", "java").resolve(packageName.replace('.', '/')).resolve("package-info.java");
    }

    @Test
    void moduleDocumentationIsGenerated() throws Exception {
        Path output = Path.of("target", "spring-modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(output.toString())).writeDocumentation()
            .writeAggregatingDocument();
        assertThat(output.resolve("components.puml")).exists();
        assertThat(Files.readString(output.resolve("components.puml"))).contains("Teams");
        List<String> layout = layout();
        Files.writeString(output.resolve("layout.txt"), String.join("\n", layout) + "\n");
        assertThat(layout).anyMatch((line) -> line.contains("── delivery"))
            .anyMatch((line) -> line.contains("── cases"));
    }

}
