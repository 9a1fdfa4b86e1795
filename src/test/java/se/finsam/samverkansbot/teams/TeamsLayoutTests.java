package se.finsam.samverkansbot.teams;

import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rooms of the Teams module. Every sub-package of {@code teams} that is not one of
 * the shared rooms below is a capability's UI (today {@code cases}, {@code contacts},
 * {@code followups}; {@code meetings} and {@code stats} are covered as soon as they
 * exist). A capability's UI is named after its domain module and builds on {@code chat},
 * {@code delivery}, {@code cards} and {@code conversations}, its own domain module, and
 * the two modules every capability shares: {@code core} (people, kommuner, agencies,
 * organisation) and {@code privacy} (the guard). It never uses another capability's UI or
 * domain module, nor the edge. The shared rooms never use a capability's UI.
 */
class TeamsLayoutTests {

    private static final String APPLICATION = "se.finsam.samverkansbot";

    private static final String TEAMS = APPLICATION + ".teams";

    /** What every capability's UI builds on. */
    private static final Set<String> SHARED_ROOMS = Set.of("chat", "delivery", "cards", "conversations");

    /** Rooms of the Teams module that are not a capability's UI. */
    private static final Set<String> INFRASTRUCTURE = Set.of("edge", "chat", "conversations", "delivery", "cards",
            "devchat");

    /** Modules every capability may use. */
    private static final Set<String> SHARED_MODULES = Set.of("core", "privacy");

    private static final JavaClasses CLASSES = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(APPLICATION);

    private static final DescribedPredicate<JavaClass> IN_A_CAPABILITY_UI = DescribedPredicate
        .describe("are in a capability's UI (a sub-package of teams other than " + INFRASTRUCTURE + ")", (type) -> {
            String room = room(type.getPackageName());
            return room != null && !INFRASTRUCTURE.contains(room);
        });

    @Test
    void aCapabilityUiUsesOnlyTheSharedRoomsAndItsOwnDomainModule() {
        classes().that(IN_A_CAPABILITY_UI).should(useOnlyWhatItsCapabilityMay()).check(CLASSES);
    }

    @Test
    void theSharedRoomsUseNoCapabilityUi() {
        noClasses().that()
            .resideInAnyPackage(INFRASTRUCTURE.stream().map((room) -> TEAMS + "." + room + "..").toArray(String[]::new))
            .should()
            .dependOnClassesThat(IN_A_CAPABILITY_UI)
            .check(CLASSES);
    }

    @Test
    void everyCapabilityUiIsNamedAfterItsDomainModule() {
        Set<String> uis = new TreeSet<>();
        Set<String> modules = new TreeSet<>();
        for (JavaClass type : CLASSES) {
            String room = room(type.getPackageName());
            if (room != null && !INFRASTRUCTURE.contains(room)) {
                uis.add(room);
            }
            String module = module(type.getPackageName());
            if (module != null) {
                modules.add(module);
            }
        }
        assertThat(uis).contains("cases", "contacts", "followups");
        assertThat(modules).containsAll(uis);
    }

    private static ArchCondition<JavaClass> useOnlyWhatItsCapabilityMay() {
        return new ArchCondition<>("use only " + SHARED_ROOMS + ", its own domain module and " + SHARED_MODULES) {

            @Override
            public void check(JavaClass type, ConditionEvents events) {
                String capability = room(type.getPackageName());
                for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getPackageName();
                    String module = module(target);
                    if (module == null) {
                        continue;
                    }
                    boolean allowed;
                    if (module.equals("teams")) {
                        String room = room(target);
                        allowed = room != null && (room.equals(capability) || SHARED_ROOMS.contains(room));
                    }
                    else {
                        allowed = module.equals(capability) || SHARED_MODULES.contains(module);
                    }
                    if (!allowed) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }

        };
    }

    /**
     * The application module a package belongs to ({@code cases}, {@code teams}, ...).
     */
    private static String module(String packageName) {
        if (!packageName.startsWith(APPLICATION + ".")) {
            return null;
        }
        String rest = packageName.substring(APPLICATION.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** The room of the Teams module a package belongs to, null outside one. */
    private static String room(String packageName) {
        if (!packageName.startsWith(TEAMS + ".")) {
            return null;
        }
        String rest = packageName.substring(TEAMS.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

}
