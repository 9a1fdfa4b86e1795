package se.finsam.samverkansbot.teams.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.finsam.samverkansbot.contacts.ContactChange;
import se.finsam.samverkansbot.contacts.ContactDirectory;
import se.finsam.samverkansbot.contacts.ContactPath;
import se.finsam.samverkansbot.testing.BotIntegrationTest;
import se.finsam.samverkansbot.testing.SentActivity;
import se.finsam.samverkansbot.testing.TestActivities;
import se.finsam.samverkansbot.testing.TestUsers.TestUser;
import se.finsam.samverkansbot.testing.TestUsers;

/**
 * Coordinators keep the directory in chat through forms and card buttons; everybody else
 * is refused on the server, whatever the card data says.
 */
class ContactMaintenanceTests extends BotIntegrationTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static final TestUser COORDINATOR = new TestUser("29:maintenance-coordinator", "aad-maintenance-coordinator",
            "Koordinator");

    @DynamicPropertySource
    static void contactProperties(DynamicPropertyRegistry registry) {
        ContactTestSettings.register(registry, "contact-maintenance-tests", COORDINATOR);
    }

    @Autowired
    ContactDirectory directory;

    SentActivity exchange(TestUser user, TestActivities activity) {
        int before = connector().sentTo(user.personalConversationId()).size();
        bot().send(activity);
        return connector().awaitSent(
                sent -> user.personalConversationId().equals(sent.conversationId())
                        && connector().sentTo(user.personalConversationId()).indexOf(sent) >= before,
                Duration.ofSeconds(10));
    }

    static ObjectNode form(String unit) {
        return JSON.createObjectNode()
            .put("verb", ContactForms.SAVE)
            .put("agency", "OTHER")
            .put("unit", unit)
            .put("kommuner", "Osby")
            .put("topics", "skulder, budget")
            .put("phone", "010-000 00 00 (exempel)")
            .put("whenToUse", "När en person har skulder och behöver en plan.");
    }

    ContactPath saved(String unit) {
        return directory.list(true).stream().filter(path -> path.unit().equals(unit)).findFirst().orElseThrow();
    }

    @Test
    void coordinatorAddsAContactPathThroughTheFormAndItIsFoundAndRecorded() {
        SentActivity formCard = exchange(COORDINATOR, TestActivities.personalMessage(COORDINATOR, "ny kontakt"));
        assertThat(formCard.cardText()).contains("Ny kontaktväg", "Spara");

        SentActivity saved = exchange(COORDINATOR,
                TestActivities.personalSubmit(COORDINATOR, form("Budget- och skuldrådgivning")));

        assertThat(saved.cardText()).contains("Budget- och skuldrådgivning", "Markera verifierad");
        ContactPath path = saved("Budget- och skuldrådgivning");
        assertThat(path.maintainer()).isEqualTo(COORDINATOR.aadObjectId());
        assertThat(path.lastVerified()).isNotNull();
        assertThat(directory.history(path.id())).extracting(ContactChange::field).containsExactly("created");
        SentActivity found = exchange(COORDINATOR,
                TestActivities.personalMessage(COORDINATOR, "kontakt skuldradgivning osby"));
        assertThat(found.cardText()).contains("Budget- och skuldrådgivning");
    }

    @Test
    void coordinatorEditsAFieldAndTheHistorySaysWhoWhatAndFromWhatToWhat() {
        exchange(COORDINATOR, TestActivities.personalSubmit(COORDINATOR, form("Konsumentvägledning")));
        ContactPath path = saved("Konsumentvägledning");

        SentActivity editForm = exchange(COORDINATOR, TestActivities.personalSubmit(COORDINATOR,
                JSON.createObjectNode().put("verb", ContactCards.EDIT).put("id", path.id())));
        assertThat(editForm.cardText()).contains("Ändra kontaktväg", "Konsumentvägledning");
        exchange(COORDINATOR, TestActivities.personalSubmit(COORDINATOR,
                form("Konsumentvägledning").put("id", path.id()).put("openingHours", "Tisdagar 9–12 (exempel)")));

        List<ContactChange> history = directory.history(path.id());
        ContactChange change = history.get(history.size() - 1);
        assertThat(change.field()).isEqualTo("openingHours");
        assertThat(change.oldValue()).isNull();
        assertThat(change.newValue()).isEqualTo("Tisdagar 9–12 (exempel)");
        assertThat(change.changedBy()).isEqualTo(COORDINATOR.aadObjectId());
        assertThat(change.changedAt()).isNotNull();
        SentActivity historyCard = exchange(COORDINATOR, TestActivities.personalSubmit(COORDINATOR,
                JSON.createObjectNode().put("verb", ContactCards.HISTORY).put("id", path.id())));
        assertThat(historyCard.cardText()).contains("Ändringar av Konsumentvägledning",
                "**öppettider**: – → Tisdagar 9–12 \\(exempel\\)", "**skapad**", ContactTestSettings.COORDINATOR_NAME);
    }

    @Test
    void historyNamesPeopleAndTheExampleDirectoryNeverInternalIdsOrKeys() {
        ContactPath example = directory.list(true)
            .stream()
            .filter(path -> "af-samverkan-nordost".equals(path.key()))
            .findFirst()
            .orElseThrow();
        exchange(COORDINATOR, TestActivities.personalSubmit(COORDINATOR,
                JSON.createObjectNode().put("verb", ContactCards.VERIFY).put("id", example.id())));

        SentActivity history = exchange(COORDINATOR, TestActivities.personalSubmit(COORDINATOR,
                JSON.createObjectNode().put("verb", ContactCards.HISTORY).put("id", example.id())));

        assertThat(history.cardText()).contains("**skapad**", "exempelkatalogen", ContactTestSettings.COORDINATOR_NAME)
            .doesNotContain("af-samverkan-nordost", " · example", COORDINATOR.aadObjectId());
    }

    @Test
    void nonCoordinatorIsRefusedOnTheServerAndNothingChanges() {
        exchange(COORDINATOR, TestActivities.personalSubmit(COORDINATOR, form("Familjerådgivning")));
        ContactPath path = saved("Familjerådgivning");
        int changes = directory.history(path.id()).size();
        TestUser anna = TestUsers.fresh("Anna");

        SentActivity newForm = exchange(anna, TestActivities.personalMessage(anna, "ny kontakt"));
        SentActivity save = exchange(anna, TestActivities.personalSubmit(anna,
                form("Familjerådgivning").put("id", path.id()).put("phone", "010-999 99 99")));
        SentActivity retire = exchange(anna, TestActivities.personalSubmit(anna,
                JSON.createObjectNode().put("verb", ContactCards.RETIRE).put("id", path.id())));
        SentActivity history = exchange(anna, TestActivities.personalSubmit(anna,
                JSON.createObjectNode().put("verb", ContactCards.HISTORY).put("id", path.id())));

        for (SentActivity refusal : List.of(newForm, save, retire, history)) {
            assertThat(refusal.text()).contains("samverkanskoordinatorer");
        }
        assertThat(saved("Familjerådgivning").retired()).isFalse();
        assertThat(saved("Familjerådgivning").phone()).isEqualTo("010-000 00 00 (exempel)");
        assertThat(directory.history(path.id())).hasSize(changes);
    }

    /**
     * A contact path's fields are shown as they were written: a Markdown link, emphasis
     * or list typed into them is not rendered as one in anybody's card.
     */
    @Test
    void markdownTypedIntoAContactPathIsShownAsWrittenNotAsALink() {
        exchange(COORDINATOR,
                TestActivities.personalSubmit(COORDINATOR,
                        form("Markdownprov [klicka](https://evil.example/u)")
                            .put("whenToUse", "Läs [instruktionen](https://evil.example/x) **först**.")
                            .put("openingHours", "- [Öppet](https://evil.example/o)")));

        SentActivity found = exchange(COORDINATOR, TestActivities.personalMessage(COORDINATOR, "kontakt markdownprov"));

        assertThat(found.cardText())
            .contains("Markdownprov \\[klicka\\]\\(https://evil.example/u\\)",
                    "Läs \\[instruktionen\\]\\(https://evil.example/x\\) \\*\\*först\\*\\*.",
                    "\\- \\[Öppet\\]\\(https://evil.example/o\\)")
            .doesNotContain("[instruktionen](https://evil.example/x)", "[klicka](https://evil.example/u)",
                    "[Öppet](https://evil.example/o)");
        ContactPath path = saved("Markdownprov [klicka](https://evil.example/u)");
        SentActivity history = exchange(COORDINATOR, TestActivities.personalSubmit(COORDINATOR,
                JSON.createObjectNode().put("verb", ContactCards.HISTORY).put("id", path.id())));
        assertThat(history.cardText()).contains("Markdownprov \\[klicka\\]")
            .doesNotContain("[klicka](https://evil.example/u)");
    }

    @Test
    void aTamperedIdIsRefused() {
        SentActivity reply = exchange(COORDINATOR, TestActivities.personalSubmit(COORDINATOR,
                JSON.createObjectNode().put("verb", ContactCards.VERIFY).put("id", "1 OR 1=1")));

        assertThat(reply.text()).contains("hjälp");
    }

    @Test
    void personalDataInFreeTextSendsTheFormBackWithTheFindingAndWhatWasTyped() {
        ObjectNode data = form("Stödcentrum").put("description", "Ring om 19850101-1234 behöver hjälp.");

        SentActivity reply = exchange(COORDINATOR, TestActivities.personalSubmit(COORDINATOR, data));

        assertThat(reply.cardText()).contains("personnummer", "Stödcentrum", "När en person har skulder");
        assertThat(directory.list(true)).extracting(ContactPath::unit).doesNotContain("Stödcentrum");
    }

    @Test
    void aPrivateMobileAndAPersonalAddressAreRefusedAndNotShownBackButSwitchboardAndFunctionMailboxAreSaved() {
        ObjectNode personal = form("Skuldsanering").put("phone", "070-123 45 67").put("mailbox", "anna.berg@osby.se");

        SentActivity reply = exchange(COORDINATOR, TestActivities.personalSubmit(COORDINATOR, personal));

        assertThat(reply.cardText()).contains("Kontaktvägen är inte sparad", "är ett mobilnummer",
                "är en persons e-postadress", "Skuldsanering", "När en person har skulder");
        assertThat(reply.adaptiveCards().get(0).toString()).doesNotContain("070-123 45 67", "anna.berg");
        assertThat(directory.list(true)).extracting(ContactPath::unit).doesNotContain("Skuldsanering");

        SentActivity mobileAbroadStyle = exchange(COORDINATOR, TestActivities.personalSubmit(COORDINATOR,
                form("Skuldsanering").put("phone", "+46 73 987 65 43").put("mailbox", "berg1975@gmail.com")));
        assertThat(mobileAbroadStyle.cardText()).contains("är ett mobilnummer", "är en persons e-postadress");
        assertThat(directory.list(true)).extracting(ContactPath::unit).doesNotContain("Skuldsanering");

        exchange(COORDINATOR, TestActivities.personalSubmit(COORDINATOR,
                form("Skuldsanering").put("phone", "0771-524 524").put("mailbox", "registrator@osby.se")));
        ContactPath path = saved("Skuldsanering");
        assertThat(path.phone()).isEqualTo("0771-524 524");
        assertThat(path.mailbox()).isEqualTo("registrator@osby.se");
    }

    @Test
    void aLinkThatIsNotHttpsSendsTheFormBackWithTheProblem() {
        ObjectNode data = form("Jobbtorget").put("eService", "http://example.org");

        SentActivity reply = exchange(COORDINATOR, TestActivities.personalSubmit(COORDINATOR, data));

        assertThat(reply.cardText()).contains("https://", "Jobbtorget");
        assertThat(directory.list(true)).extracting(ContactPath::unit).doesNotContain("Jobbtorget");
    }

    @Test
    void verifyingAndRetiringAreRecordedAndRetiredPathsLeaveTheSearch() {
        exchange(COORDINATOR, TestActivities.personalSubmit(COORDINATOR, form("Fixartjänsten")));
        ContactPath path = saved("Fixartjänsten");

        exchange(COORDINATOR, TestActivities.personalSubmit(COORDINATOR,
                JSON.createObjectNode().put("verb", ContactCards.VERIFY).put("id", path.id())));
        SentActivity retired = exchange(COORDINATOR, TestActivities.personalSubmit(COORDINATOR,
                JSON.createObjectNode().put("verb", ContactCards.RETIRE).put("id", path.id())));

        assertThat(retired.cardText()).contains("avvecklad");
        assertThat(directory.history(path.id())).extracting(ContactChange::field)
            .containsExactly("created", "verified", "retired");
        SentActivity search = exchange(COORDINATOR,
                TestActivities.personalMessage(COORDINATOR, "kontakt fixartjänsten"));
        assertThat(search.cardText()).doesNotContain("Fixartjänsten");
        SentActivity list = exchange(COORDINATOR, TestActivities.personalMessage(COORDINATOR, "kontakter"));
        assertThat(list.cardText()).contains("Fixartjänsten", "(avvecklad)");
        TestUser anna = TestUsers.fresh("Anna");
        SentActivity annasList = exchange(anna, TestActivities.personalMessage(anna, "kontakter"));
        assertThat(annasList.cardText()).doesNotContain("Fixartjänsten").contains("Lokal samverkan");
    }

    @Test
    void retiringAsksFirstAndARetiredPathIsFoundByCoordinatorsAndReactivated() {
        SentActivity card = exchange(COORDINATOR,
                TestActivities.personalSubmit(COORDINATOR, form("Hyresrådgivningen")));
        ContactPath path = saved("Hyresrådgivningen");
        JsonNode retire = first(card).findParents("card")
            .stream()
            .filter((showCard) -> "Avveckla".equals(showCard.path("title").asText()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("Avveckla opens no confirmation"));
        assertThat(SentActivity.textOf(retire.path("card"))).contains("Är du säker?", "Hyresrådgivningen",
                "Ja, avveckla");
        assertThat(saved("Hyresrådgivningen").retired()).as("nothing is retired before it is confirmed").isFalse();

        JsonNode confirm = TestActivities.button(retire.path("card"), ContactCards.RETIRE);
        exchange(COORDINATOR,
                TestActivities.personalSubmit(COORDINATOR, TestActivities.pressed(confirm, java.util.Map.of())));
        assertThat(saved("Hyresrådgivningen").retired()).isTrue();

        SentActivity retiredList = exchange(COORDINATOR,
                TestActivities.personalMessage(COORDINATOR, "kontakter avvecklade"));
        assertThat(retiredList.cardText()).contains("Avvecklade kontaktvägar", "Hyresrådgivningen", "Återaktivera");
        TestUser anna = TestUsers.fresh("Anna");
        assertThat(exchange(anna, TestActivities.personalMessage(anna, "kontakter avvecklade")).text())
            .contains("samverkanskoordinatorer");

        JsonNode reactivate = null;
        for (JsonNode button : first(retiredList).findParents("data")) {
            if (ContactCards.REACTIVATE.equals(button.path("data").path("verb").asText())
                    && button.path("data").path("id").asLong() == path.id()) {
                reactivate = button;
            }
        }
        assertThat(reactivate).as("a button to reactivate the entry").isNotNull();
        SentActivity back = exchange(COORDINATOR,
                TestActivities.personalSubmit(COORDINATOR, TestActivities.pressed(reactivate, java.util.Map.of())));

        assertThat(back.cardText()).contains("Hyresrådgivningen", "Markera verifierad").doesNotContain("är avvecklad");
        assertThat(saved("Hyresrådgivningen").retired()).isFalse();
        assertThat(directory.history(path.id())).extracting(ContactChange::field)
            .containsExactly("created", "retired", "retired");
        assertThat(exchange(anna, TestActivities.personalMessage(anna, "kontakt hyresrådgivningen")).cardText())
            .as("back in everyone's search")
            .contains("Hyresrådgivningen");
    }

    static JsonNode first(SentActivity sent) {
        return sent.adaptiveCards().get(0);
    }

}
