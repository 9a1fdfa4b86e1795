package se.finsam.samverkansbot.teams.delivery;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import se.finsam.samverkansbot.core.CoreProperties;
import se.finsam.samverkansbot.core.Organisation;
import se.finsam.samverkansbot.core.OrganisationProperties;
import se.finsam.samverkansbot.teams.cards.AdaptiveCard;
import se.finsam.samverkansbot.teams.chat.CardRendering;
import se.finsam.samverkansbot.teams.chat.Texts;

/**
 * The admin's deliveries card passes the Adaptive Card renderer, in Swedish and English,
 * with many failed messages.
 */
class DeliveriesCardRendererTests {

    private static final List<Locale> LOCALES = CardRendering.LOCALES;

    private final Texts texts = CardRendering.texts();

    private final Organisation organisation = new Organisation(new OrganisationProperties(
            IntStream.range(0, 40).mapToObj((i) -> "Kommun nummer " + i).toList(), List.of(), List.of()));

    private final CoreProperties core = new CoreProperties(ZoneId.of("Europe/Stockholm"));

    @Test
    void deliveriesCardPassesTheRenderer() {
        OutboxStore store = Mockito.mock(OutboxStore.class);
        Map<OutboxStatus, Long> counts = new java.util.EnumMap<>(OutboxStatus.class);
        for (OutboxStatus status : OutboxStatus.values()) {
            counts.put(status, 12_345L);
        }
        Mockito.when(store.countByStatus()).thenReturn(counts);
        List<OutboxStore.Summary> failed = IntStream.range(0, 20)
            .mapToObj((i) -> new OutboxStore.Summary(i, OutboxStore.Target.values()[i % 4], OutboxStatus.DEAD, 8, 403,
                    "Forbidden: the bot is not in the conversation", Instant.parse("2026-03-02T09:00:00Z"), null))
            .toList();
        Mockito.when(store.latest(Mockito.any(), Mockito.anyInt())).thenReturn(failed);
        DeliveriesCommand deliveries = new DeliveriesCommand(store, organisation, texts, null, core, null);
        Map<String, AdaptiveCard> cards = new LinkedHashMap<>();
        for (Locale locale : LOCALES) {
            cards.put("deliveries " + locale, deliveries.card(locale, "Meddelande nr 3 skickas igen."));
        }
        CardRendering.assertPass(cards);
    }

}
