package se.finsam.samverkansbot.teams;

import org.springframework.test.context.DynamicPropertyRegistry;

import se.finsam.samverkansbot.testing.TestUsers;

/**
 * The förbund of the contact tests: Skåne Nordost's kommuner, Sven as the coordinator of
 * Osby and Hässleholm, and the example directory from config/.
 */
final class ContactTestSettings {

    static final String COORDINATOR_NAME = "Sven Koordinator, Osby kommun";

    private ContactTestSettings() {
    }

    static void register(DynamicPropertyRegistry registry, String database) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1");
        registry.add("samverkansbot.organisation.kommuner", () -> "Bromölla,Hässleholm,Kristianstad,Osby,Östra Göinge");
        registry.add("samverkansbot.organisation.coordinators[0].user-id", () -> TestUsers.COORDINATOR.aadObjectId());
        registry.add("samverkansbot.organisation.coordinators[0].name", () -> COORDINATOR_NAME);
        registry.add("samverkansbot.organisation.coordinators[0].kommuner", () -> "Osby,Hässleholm");
        registry.add("samverkansbot.contacts.example", () -> "file:config/contacts-example.yml");
    }

}
