package se.finsam.samverkansbot.teams.contacts;

import org.springframework.test.context.DynamicPropertyRegistry;

import se.finsam.samverkansbot.testing.TestUsers;

/**
 * The förbund of the contact tests: Skåne Nordost's kommuner, one coordinator of Osby and
 * Hässleholm, and the example directory from config/.
 */
final class ContactTestSettings {

    static final String COORDINATOR_NAME = "Sven Koordinator, Osby kommun";

    private ContactTestSettings() {
    }

    static void register(DynamicPropertyRegistry registry, String database) {
        register(registry, database, TestUsers.COORDINATOR);
    }

    /**
     * With a coordinator of the test class's own: the fake connector is shared by every
     * test in the JVM, so classes that wait for messages to a coordinator use their own.
     */
    static void register(DynamicPropertyRegistry registry, String database, TestUsers.TestUser coordinator) {
        registry.add("spring.datasource.url",
                () -> "jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE");
        registry.add("samverkansbot.organisation.kommuner", () -> "Bromölla,Hässleholm,Kristianstad,Osby,Östra Göinge");
        registry.add("samverkansbot.organisation.coordinators[0].user-id", coordinator::aadObjectId);
        registry.add("samverkansbot.organisation.coordinators[0].name", () -> COORDINATOR_NAME);
        registry.add("samverkansbot.organisation.coordinators[0].kommuner", () -> "Osby,Hässleholm");
        registry.add("samverkansbot.contacts.example", () -> "file:config/contacts-example.yml");
    }

}
