package se.finsam.samverkansbot.teams.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.cases.CaseAccessDenied;
import se.finsam.samverkansbot.cases.CaseClosedAlready;
import se.finsam.samverkansbot.cases.CaseManagement;
import se.finsam.samverkansbot.cases.CaseTextRefused;
import se.finsam.samverkansbot.cases.ConsultationCase;
import se.finsam.samverkansbot.cases.Person;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.teams.cards.AdaptiveCard;
import se.finsam.samverkansbot.teams.cards.CardAction;
import se.finsam.samverkansbot.teams.cards.CardElement;
import se.finsam.samverkansbot.teams.cards.TextInput;
import se.finsam.samverkansbot.teams.chat.CardData;
import se.finsam.samverkansbot.teams.chat.PrivacyFeedback;
import se.finsam.samverkansbot.teams.chat.PrivateReplies;
import se.finsam.samverkansbot.teams.chat.Replies;
import se.finsam.samverkansbot.teams.chat.Texts;
import se.finsam.samverkansbot.teams.conversations.ChatUsers;
import se.finsam.samverkansbot.teams.conversations.ConversationKind;
import se.finsam.samverkansbot.teams.conversations.UserOf;

/**
 * What every case button shares: reading the case id, authorising the sender on the
 * server (the card's data is the client's and can be tampered with), and answering the
 * same way when a case is closed, not theirs, or a text does not pass the guard. Refusals
 * are logged with ids only.
 */
@Component
class CaseActions {

    private static final Logger log = LoggerFactory.getLogger(CaseActions.class);

    /** Card data naming the team a form sent to a member's personal chat acts for. */
    static final String TEAM_ID = "teamId";

    private final CaseManagement cases;

    private final PrivacyFeedback privacy;

    private final Texts texts;

    private final ChatUsers chatUsers;

    CaseActions(CaseManagement cases, PrivacyFeedback privacy, Texts texts, ChatUsers chatUsers) {
        this.cases = cases;
        this.privacy = privacy;
        this.texts = texts;
        this.chatUsers = chatUsers;
    }

    /** Who acts in a team's channel on a case of that team. */
    record TeamContext(long caseId, String teamId, Person member) {
    }

    /** Who acts in personal chat on their own case. */
    record CaseworkerContext(long caseId, UserId caseworker) {
    }

    /**
     * The sender, if the activity comes from the channel of the team that owns the case,
     * or from the sender's personal chat on a form the bot sent them there on behalf of
     * that team (a form coming back after the privacy guard, which is shown to its author
     * only) while they are a member of the team; otherwise empty, after logging the
     * refusal (answer it with {@link #denied}).
     */
    Optional<TeamContext> team(TurnContext turn, CardData data, Locale locale, String verb) {
        Activity activity = turn.getActivity();
        Optional<UserId> user = UserOf.activity(activity);
        Long caseId = data.id(CaseCards.CASE_ID).orElse(null);
        boolean personal = PrivateReplies.isPersonal(turn);
        String teamId = personal ? blankToNull(data.text(TEAM_ID)) : activity.teamsGetTeamId();
        if (user.isEmpty() || caseId == null || teamId == null) {
            log.warn("Refused {} outside a team's channel: activity {}, case {}", verb, activity.getId(), caseId);
            return Optional.empty();
        }
        try {
            cases.caseOfTeam(caseId, teamId);
        }
        catch (CaseAccessDenied denied) {
            log.warn("Refused {} on case {} by {} from team {}: not the case's team", verb, caseId, user.get(), teamId);
            return Optional.empty();
        }
        Person member = Person.of(user.get(), activity.getFrom().getName());
        if (personal) {
            Optional<Person> known = cases.teamMembers(teamId)
                .stream()
                .filter((candidate) -> candidate.id().equals(user.get()))
                .findFirst();
            if (known.isEmpty()) {
                log.warn("Refused {} on case {} by {} in personal chat: not a member of team {}", verb, caseId,
                        user.get(), teamId);
                return Optional.empty();
            }
        }
        else {
            cases.noteTeamMember(teamId, member);
            chatUsers.remember(user.get(), activity.getFrom().getId());
        }
        return Optional.of(new TeamContext(caseId, teamId, member));
    }

    /**
     * The sender, if the activity comes from their personal chat and they raised the
     * case; otherwise empty, after logging the refusal (answer it with {@link #denied}).
     */
    Optional<CaseworkerContext> caseworker(TurnContext turn, CardData data, Locale locale, String verb) {
        Activity activity = turn.getActivity();
        Optional<UserId> user = UserOf.activity(activity);
        Long caseId = data.id(CaseCards.CASE_ID).orElse(null);
        boolean personal = ConversationKind
            .of(activity.getConversation().getConversationType()) == ConversationKind.PERSONAL;
        if (user.isEmpty() || caseId == null || !personal) {
            log.warn("Refused {} outside personal chat: activity {}, case {}", verb, activity.getId(), caseId);
            return Optional.empty();
        }
        try {
            cases.caseOfCaseworker(caseId, user.get());
        }
        catch (CaseAccessDenied denied) {
            log.warn("Refused {} on case {} by {}: not their case", verb, caseId, user.get());
            return Optional.empty();
        }
        return Optional.of(new CaseworkerContext(caseId, user.get()));
    }

    /**
     * Runs a change with a text: a missing text or one the guard stops is answered with
     * the text's form again, to its author only (from a channel in their personal chat,
     * nothing in the thread): what kind of data was found and where, never the data; a
     * refused text does not come back on the form; words that may be names get "not a
     * name" boxes. A closed case is said to be closed.
     * @param inputId the id of the text field in the card
     * @param label the field's label
     * @param change the change, given the text and the words confirmed not to be names
     * @param done what to answer when it succeeded
     * @param kept other inputs of the form, with what the user chose, for the form shown
     * again
     * @param teamId the team the change is made for, or null when made by the caseworker
     */
    CompletableFuture<Void> withText(TurnContext turn, CardData data, Locale locale, long caseId, String verb,
            String inputId, String label, TextChange change, String done, List<CardElement> kept, String teamId) {
        return withText(turn, data, locale, caseId, verb, inputId, label, change, done, kept, teamId, null);
    }

    /**
     * As above; in personal chat the form is answered with {@code result}, the read-only
     * card of what was sent, which replaces the pressed form.
     */
    CompletableFuture<Void> withText(TurnContext turn, CardData data, Locale locale, long caseId, String verb,
            String inputId, String label, TextChange change, String done, List<CardElement> kept, String teamId,
            Function<ConsultationCase, AdaptiveCard> result) {
        String text = data.text(inputId);
        if (text.isBlank()) {
            return Replies.text(turn, texts.get(locale, "case.text.missing"));
        }
        Set<String> confirmed = PrivacyFeedback.confirmedNotNames(data);
        Optional<PrivacyFeedback.Feedback> problems = privacy.check(locale,
                List.of(new PrivacyFeedback.Field(inputId, label, text)), confirmed);
        if (problems.isPresent()) {
            log.info("{} on case {} shown again to its author: privacy findings", verb, caseId);
            String keptText = problems.get().refused(inputId) ? null : text;
            return PrivateReplies.card(turn,
                    retry(problems.get().elements(), inputId, label, keptText, kept, verb, caseId, teamId, locale));
        }
        if (text.length() > CaseCards.TEXT_LIMIT) {
            return PrivateReplies.text(turn,
                    texts.get(locale, "case.dialog.tooLong", CaseCards.TEXT_LIMIT, text.length()));
        }
        ConsultationCase changed;
        try {
            changed = change.apply(text, confirmed);
        }
        catch (CaseTextRefused refused) {
            return PrivateReplies.text(turn, texts.get(locale, "case.text.refused"));
        }
        catch (CaseClosedAlready closed) {
            return Replies.text(turn, texts.get(locale, "case.closedAlready"));
        }
        if (result != null && PrivateReplies.isPersonal(turn)) {
            return Replies.card(turn, result.apply(changed));
        }
        return Replies.text(turn, done);
    }

    CompletableFuture<Void> denied(TurnContext turn, Locale locale) {
        return Replies.text(turn, texts.get(locale, "case.denied"));
    }

    /**
     * Runs a change without text and answers with what {@code done} says about its
     * result; a closed case or a refused change is answered as such.
     */
    CompletableFuture<Void> run(TurnContext turn, Locale locale, Supplier<ConsultationCase> change,
            Function<ConsultationCase, String> done) {
        ConsultationCase result;
        try {
            result = change.get();
        }
        catch (CaseClosedAlready closed) {
            return Replies.text(turn, texts.get(locale, "case.closedAlready"));
        }
        catch (CaseAccessDenied denied) {
            log.warn("Refused a case action in activity {}", turn.getActivity().getId());
            return denied(turn, locale);
        }
        return Replies.text(turn, done.apply(result));
    }

    /**
     * Runs a change without text and answers with the card {@code done} makes of its
     * result; a closed case or a refused change is answered as such.
     */
    CompletableFuture<Void> runShowing(TurnContext turn, Locale locale, Supplier<ConsultationCase> change,
            Function<ConsultationCase, AdaptiveCard> done) {
        ConsultationCase result;
        try {
            result = change.get();
        }
        catch (CaseClosedAlready closed) {
            return Replies.text(turn, texts.get(locale, "case.closedAlready"));
        }
        catch (CaseAccessDenied denied) {
            log.warn("Refused a case action in activity {}", turn.getActivity().getId());
            return denied(turn, locale);
        }
        return Replies.card(turn, done.apply(result));
    }

    private AdaptiveCard retry(List<CardElement> problems, String inputId, String label, String text,
            List<CardElement> kept, String verb, long caseId, String teamId, Locale locale) {
        List<CardElement> body = new ArrayList<>(problems);
        TextInput input = TextInput.area(inputId, label)
            .withMaxLength(CaseCards.TEXT_LIMIT)
            .asRequired(texts.get(locale, "case.text.missing"));
        body.add(text == null ? input : input.withValue(text));
        body.addAll(kept);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(CaseCards.CASE_ID, caseId);
        if (teamId != null) {
            data.put(TEAM_ID, teamId);
        }
        return new AdaptiveCard(body,
                List.of(CardAction.execute(texts.get(locale, "case.outcome.submit"), verb, data)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    @FunctionalInterface
    interface TextChange {

        ConsultationCase apply(String text, Set<String> confirmedNotNames);

    }

}
