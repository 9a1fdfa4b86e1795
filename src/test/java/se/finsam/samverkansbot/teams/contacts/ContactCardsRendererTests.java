package se.finsam.samverkansbot.teams.contacts;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import se.finsam.samverkansbot.contacts.ContactDetails;
import se.finsam.samverkansbot.contacts.ContactDirectory;
import se.finsam.samverkansbot.contacts.ContactPath;
import se.finsam.samverkansbot.contacts.ContactPathFixtures;
import se.finsam.samverkansbot.contacts.ContactPathsStale;
import se.finsam.samverkansbot.contacts.ImportProblem;
import se.finsam.samverkansbot.core.Agency;
import se.finsam.samverkansbot.core.Kommun;
import se.finsam.samverkansbot.core.Organisation;
import se.finsam.samverkansbot.core.OrganisationProperties;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.teams.cards.AdaptiveCard;
import se.finsam.samverkansbot.teams.chat.CardRendering;
import se.finsam.samverkansbot.teams.chat.Texts;

/**
 * Contact cards, the contact form and the stale-contacts reminder pass the Adaptive Card
 * renderer, in Swedish and English, filled with long texts and many entries.
 */
class ContactCardsRendererTests {

    private static final List<Locale> LOCALES = CardRendering.LOCALES;

    private static final String LONG = CardRendering.LONG;

    private final Texts texts = CardRendering.texts();

    private final Organisation organisation = new Organisation(new OrganisationProperties(
            IntStream.range(0, 40).mapToObj((i) -> "Kommun nummer " + i).toList(), List.of(), List.of()));

    @Test
    void contactCardsAndFormPassTheRenderer() {
        ContactDirectory directory = Mockito.mock(ContactDirectory.class);
        ContactPath full = ContactPathFixtures.stored(7, details(), false);
        ContactPath retired = ContactPathFixtures.stored(8, details(), true);
        Mockito.when(directory.isStale(full)).thenReturn(true);
        ContactCards contacts = new ContactCards(texts, directory);
        ContactForms forms = new ContactForms(texts, organisation);
        StaleContactsNotifier stale = new StaleContactsNotifier(null, texts, null);
        Map<String, AdaptiveCard> cards = new LinkedHashMap<>();
        for (Locale locale : LOCALES) {
            cards.put("contact " + locale, contacts.card(full, locale, false));
            cards.put("contact for maintainer " + locale, contacts.card(full, locale, true));
            cards.put("retired contact for maintainer " + locale, contacts.card(retired, locale, true));
            cards.put("new contact form " + locale, forms.form(locale, null, Map.of(), List.of()));
            cards.put("edit contact form " + locale,
                    forms.form(locale, 7L, ContactForms.values(details()),
                            forms.problems(locale, List.of(new ImportProblem(3, "unit", ImportProblem.Reason.MISSING),
                                    new ImportProblem(4, "kommuner", ImportProblem.Reason.UNKNOWN_KOMMUN)))));
            cards.put("stale contacts " + locale,
                    stale.card(new ContactPathsStale(UserId.of("00000000-0000-0000-0000-0000000000c1"),
                            IntStream.range(0, 30)
                                .mapToObj((i) -> new ContactPathsStale.Stale(i, Agency.FK.messageKey(), LONG,
                                        i % 2 == 0 ? null : LocalDate.of(2025, 1, 1)))
                                .toList()),
                            locale));
        }
        CardRendering.assertPass(cards);
    }

    private static ContactDetails details() {
        return new ContactDetails("fk-lokal", Agency.FK, LONG, List.of("Kommun nummer 1", "Kommun nummer 2"),
                List.of("sjukpenning", "rehabilitering"), "010-123 45 67", "funktion@example.org",
                "https://example.org/e-tjanst", "https://teams.microsoft.com/l/chat/0/0", "Vardagar 8–16",
                "å".repeat(2000), "å".repeat(2000), "å".repeat(2000), "00000000-0000-0000-0000-0000000000c1",
                LocalDate.of(2025, 1, 1));
    }

}
