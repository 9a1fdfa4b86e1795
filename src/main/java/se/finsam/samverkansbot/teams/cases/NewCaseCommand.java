package se.finsam.samverkansbot.teams.cases;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.teams.TeamsInfo;
import com.microsoft.bot.schema.teams.TeamsChannelAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.cases.CaseManagement;
import se.finsam.samverkansbot.core.Kommun;
import se.finsam.samverkansbot.core.Organisation;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.teams.cards.CardAction;
import se.finsam.samverkansbot.teams.chat.CardData;
import se.finsam.samverkansbot.teams.chat.ChatCommand;
import se.finsam.samverkansbot.teams.chat.CommandInput;
import se.finsam.samverkansbot.teams.chat.Replies;
import se.finsam.samverkansbot.teams.chat.Texts;
import se.finsam.samverkansbot.teams.conversations.ConversationKind;
import se.finsam.samverkansbot.teams.conversations.UserOf;

/**
 * {@code nytt ärende} in personal chat (or the button on the help card): the form a case
 * is raised with.
 */
@Component
@Order(100)
class NewCaseCommand implements ChatCommand {

    private static final Logger log = LoggerFactory.getLogger(NewCaseCommand.class);

    private final CaseCards cards;

    private final Texts texts;

    private final CaseManagement cases;

    private final Organisation organisation;

    NewCaseCommand(CaseCards cards, Texts texts, CaseManagement cases, Organisation organisation) {
        this.cases = cases;
        this.organisation = organisation;
        this.cards = cards;
        this.texts = texts;
    }

    @Override
    public List<String> names() {
        return List.of("nytt ärende", "nytt arende", "new case");
    }

    @Override
    public Set<ConversationKind> scopes() {
        return EnumSet.allOf(ConversationKind.class);
    }

    @Override
    public Set<ConversationKind> helpScopes() {
        return EnumSet.of(ConversationKind.PERSONAL);
    }

    @Override
    public String helpKey() {
        return "command.newCase";
    }

    @Override
    public CompletableFuture<Void> handle(TurnContext turn, CommandInput input) {
        if (input.where() != ConversationKind.PERSONAL) {
            return Replies.text(turn, texts.get(input.locale(), "case.personalOnly"));
        }
        return prefilled(turn).thenCompose((state) -> Replies.card(turn, cards.form(input.locale(), state)));
    }

    @Override
    public Optional<CardAction> helpButton(Locale locale) {
        return Optional
            .of(CardAction.execute(texts.get(locale, "help.action.newCase"), CaseCards.NEW).styled("positive"));
    }

    /** The help card's and the greeting's "nytt ärende" button. */
    CompletableFuture<Void> button(TurnContext turn, CardData data, Locale locale) {
        if (ConversationKind
            .of(turn.getActivity().getConversation().getConversationType()) != ConversationKind.PERSONAL) {
            return Replies.text(turn, texts.get(locale, "case.personalOnly"));
        }
        return prefilled(turn).thenCompose((state) -> Replies.card(turn, cards.form(locale, state)));
    }

    /**
     * The form starts from what the bot knows of the caseworker, best first: the kommun
     * and own agency of their last case; the kommun a coordinator follows when it is one;
     * for a new caseworker, the kommun and agency of the e-mail domain Teams gives for
     * them (configured under {@code samverkansbot.organisation.mail-domains}). They can
     * change both.
     */
    private CompletableFuture<CaseCards.FormState> prefilled(TurnContext turn) {
        Optional<UserId> user = UserOf.activity(turn.getActivity());
        if (user.isEmpty()) {
            return CompletableFuture.completedFuture(CaseCards.FormState.empty());
        }
        Map<String, String> values = new HashMap<>();
        cases.latestCaseOf(user.get()).ifPresent((last) -> {
            values.put(CaseForm.KOMMUN, last.kommun());
            values.put(CaseForm.OWN_AGENCY, last.ownAgency().name());
        });
        List<Kommun> followed = organisation.coordinatedBy(user.get());
        if (!values.containsKey(CaseForm.KOMMUN) && followed.size() == 1) {
            values.put(CaseForm.KOMMUN, followed.get(0).name());
        }
        if (values.containsKey(CaseForm.KOMMUN) && values.containsKey(CaseForm.OWN_AGENCY)) {
            return CompletableFuture.completedFuture(new CaseCards.FormState(values, Map.of(), List.of()));
        }
        return addressOf(turn).thenApply((address) -> {
            address.flatMap(organisation::kommunOfAddress)
                .ifPresent((kommun) -> values.putIfAbsent(CaseForm.KOMMUN, kommun.name()));
            address.flatMap(organisation::agencyOfAddress)
                .ifPresent((agency) -> values.putIfAbsent(CaseForm.OWN_AGENCY, agency.name()));
            return new CaseCards.FormState(values, Map.of(), List.of());
        });
    }

    /**
     * The sender's e-mail address (or user principal name) as Teams gives it in their
     * member information; empty when Teams does not answer.
     */
    private static CompletableFuture<Optional<String>> addressOf(TurnContext turn) {
        String memberId = turn.getActivity().getFrom() == null ? null : turn.getActivity().getFrom().getId();
        if (memberId == null) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        CompletableFuture<TeamsChannelAccount> member;
        try {
            member = TeamsInfo.getMember(turn, memberId);
        }
        catch (RuntimeException unavailable) {
            member = CompletableFuture.failedFuture(unavailable);
        }
        return member
            .thenApply((account) -> Optional.ofNullable(account.getEmail())
                .filter((email) -> !email.isBlank())
                .or(() -> Optional.ofNullable(account.getUserPrincipalName())))
            .exceptionally((failure) -> {
                log.info("Teams gave no member information for activity {} ({})", turn.getActivity().getId(),
                        failure.getClass().getSimpleName());
                return Optional.empty();
            });
    }

}
