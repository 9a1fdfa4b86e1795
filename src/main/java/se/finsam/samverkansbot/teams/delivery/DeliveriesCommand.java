package se.finsam.samverkansbot.teams.delivery;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.builder.TurnContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.core.CoreProperties;
import se.finsam.samverkansbot.core.Organisation;
import se.finsam.samverkansbot.teams.cards.ActionSet;
import se.finsam.samverkansbot.teams.cards.AdaptiveCard;
import se.finsam.samverkansbot.teams.cards.CardAction;
import se.finsam.samverkansbot.teams.cards.CardElement;
import se.finsam.samverkansbot.teams.cards.Container;
import se.finsam.samverkansbot.teams.cards.FactSet;
import se.finsam.samverkansbot.teams.cards.TextBlock;
import se.finsam.samverkansbot.teams.chat.CardActions;
import se.finsam.samverkansbot.teams.chat.CardData;
import se.finsam.samverkansbot.teams.chat.ChatCommand;
import se.finsam.samverkansbot.teams.chat.CommandInput;
import se.finsam.samverkansbot.teams.chat.Replies;
import se.finsam.samverkansbot.teams.chat.Texts;
import se.finsam.samverkansbot.teams.conversations.ConversationKind;
import se.finsam.samverkansbot.teams.conversations.UserOf;

/**
 * {@code leveranser} for admins: how the outbox stands, the latest dead letters and
 * stopped messages (where, when and why, never what they said), and buttons that send
 * them again. Everyone else is told the command is for admins.
 */
@Component
@Order(900)
class DeliveriesCommand implements ChatCommand {

    static final String VERB = "resendDeliveries";

    private static final Logger log = LoggerFactory.getLogger(DeliveriesCommand.class);

    private static final int SHOWN = 10;

    private final OutboxStore store;

    private final Organisation organisation;

    private final Texts texts;

    private final DeliveryRateLimits limits;

    private final ZoneId zone;

    private final DeliverySignal signal;

    DeliveriesCommand(OutboxStore store, Organisation organisation, Texts texts, DeliveryRateLimits limits,
            CoreProperties core, DeliverySignal signal) {
        this.store = store;
        this.organisation = organisation;
        this.texts = texts;
        this.limits = limits;
        this.zone = core.zone();
        this.signal = signal;
    }

    @Override
    public List<String> names() {
        return List.of("leveranser", "deliveries");
    }

    @Override
    public Set<ConversationKind> scopes() {
        return EnumSet.of(ConversationKind.PERSONAL);
    }

    @Override
    public String helpKey() {
        return "command.deliveries";
    }

    @Override
    public boolean offeredTo(Optional<UserId> user, ConversationKind where) {
        return user.map(organisation::isAdmin).orElse(false);
    }

    @Override
    public CompletableFuture<Void> handle(TurnContext turn, CommandInput input) {
        if (!isAdmin(turn)) {
            return Replies.text(turn, texts.get(input.locale(), "deliveries.adminsOnly"));
        }
        return Replies.card(turn, card(input.locale(), null));
    }

    /** The deliveries card's buttons: send one dead letter again, or all of them. */
    @Bean
    static CardActions deliveriesCardActions(DeliveriesCommand deliveries) {
        return CardActions.of().on(VERB, deliveries::resend);
    }

    CompletableFuture<Void> resend(TurnContext turn, CardData data, Locale locale) {
        if (!isAdmin(turn)) {
            log.warn("Refused re-send of outbox messages to a non-admin, activity {}", turn.getActivity().getId());
            return Replies.text(turn, texts.get(locale, "deliveries.adminsOnly"));
        }
        String done;
        Optional<Long> one = data.id("id");
        if (data.flag("all")) {
            int count = store.resendAllDead(limits.now());
            log.info("Admin re-sent {} dead letters", count);
            done = texts.get(locale, "deliveries.resentAll", count);
        }
        else if (one.isPresent()) {
            long id = one.get();
            boolean resent = store.resend(id, limits.now());
            log.info("Admin re-sent outbox message {}: {}", id, resent);
            done = texts.get(locale, resent ? "deliveries.resent" : "deliveries.notResendable", id);
        }
        else {
            return Replies.text(turn, texts.get(locale, "action.unknown"));
        }
        signal.wake();
        return Replies.card(turn, card(locale, done));
    }

    private boolean isAdmin(TurnContext turn) {
        return UserOf.activity(turn.getActivity()).map(organisation::isAdmin).orElse(false);
    }

    AdaptiveCard card(Locale locale, String notice) {
        Map<OutboxStatus, Long> counts = store.countByStatus();
        List<CardElement> body = new ArrayList<>();
        body.add(TextBlock.heading(texts.get(locale, "deliveries.title")));
        if (notice != null) {
            body.add(TextBlock.paragraph(notice));
        }
        body.add(new FactSet(List.of(
                new FactSet.Fact(texts.get(locale, "deliveries.pending"), counts.get(OutboxStatus.PENDING).toString()),
                new FactSet.Fact(texts.get(locale, "deliveries.sent"), counts.get(OutboxStatus.SENT).toString()),
                new FactSet.Fact(texts.get(locale, "deliveries.dead"), counts.get(OutboxStatus.DEAD).toString()),
                new FactSet.Fact(texts.get(locale, "deliveries.stopped"),
                        counts.get(OutboxStatus.STOPPED).toString()))));
        List<OutboxStore.Summary> dead = store.latest(OutboxStatus.DEAD, SHOWN);
        List<OutboxStore.Summary> stopped = store.latest(OutboxStatus.STOPPED, SHOWN);
        if (dead.isEmpty() && stopped.isEmpty()) {
            body.add(TextBlock.subtle(texts.get(locale, "deliveries.nothingFailed")));
        }
        if (!dead.isEmpty()) {
            body.add(TextBlock.heading(texts.get(locale, "deliveries.deadTitle")));
            dead.forEach((message) -> body.add(item(locale, message)));
        }
        if (!stopped.isEmpty()) {
            body.add(TextBlock.heading(texts.get(locale, "deliveries.stoppedTitle")));
            body.add(TextBlock.subtle(texts.get(locale, "deliveries.stoppedExplained")));
            stopped.forEach((message) -> body.add(item(locale, message)));
        }
        List<CardAction> actions = dead.isEmpty() ? List.of()
                : List.of(CardAction.execute(texts.get(locale, "deliveries.resendAll"), VERB, Map.of("all", true)));
        return new AdaptiveCard(body, actions);
    }

    private Container item(Locale locale, OutboxStore.Summary message) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        String line = texts.get(locale, "deliveries.item", message.id(),
                texts.get(locale, "deliveries.target." + message.target().name()),
                format.format(message.createdAt().atZone(zone)), message.attempts(),
                message.lastError() == null ? "–" : message.lastError());
        return new Container(
                List.of(TextBlock.paragraph(line), new ActionSet(List
                    .of(CardAction.execute(texts.get(locale, "deliveries.resend"), VERB, Map.of("id", message.id()))))),
                "emphasis");
    }

}
