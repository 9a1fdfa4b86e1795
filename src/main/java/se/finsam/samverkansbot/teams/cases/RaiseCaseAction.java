package se.finsam.samverkansbot.teams.cases;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.cases.CaseManagement;
import se.finsam.samverkansbot.cases.CaseTextRefused;
import se.finsam.samverkansbot.cases.ConsultationCase;
import se.finsam.samverkansbot.cases.NoTeamForKommun;
import se.finsam.samverkansbot.cases.Person;
import se.finsam.samverkansbot.core.Organisation;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.teams.cards.CardElement;
import se.finsam.samverkansbot.teams.chat.CardData;
import se.finsam.samverkansbot.teams.chat.PrivacyFeedback;
import se.finsam.samverkansbot.teams.chat.Replies;
import se.finsam.samverkansbot.teams.chat.Texts;
import se.finsam.samverkansbot.teams.conversations.ConversationKind;
import se.finsam.samverkansbot.teams.conversations.TenantOf;
import se.finsam.samverkansbot.teams.conversations.UserOf;
import se.finsam.samverkansbot.teams.delivery.Outbox;

/**
 * The case form was sent: checked field by field and by the privacy guard; a clean case
 * is raised, the caseworker gets their case card (updated in place later) and the team's
 * channel gets the case (through the outbox, see {@link CaseMessages}).
 */
@Component
class RaiseCaseAction {

    private static final Logger log = LoggerFactory.getLogger(RaiseCaseAction.class);

    private final CaseManagement cases;

    private final Organisation organisation;

    private final PrivacyFeedback privacy;

    private final CaseCards cards;

    private final Texts texts;

    private final Outbox outbox;

    RaiseCaseAction(CaseManagement cases, Organisation organisation, PrivacyFeedback privacy, CaseCards cards,
            Texts texts, Outbox outbox) {
        this.cases = cases;
        this.organisation = organisation;
        this.privacy = privacy;
        this.cards = cards;
        this.texts = texts;
        this.outbox = outbox;
    }

    CompletableFuture<Void> handle(TurnContext turn, CardData data, Locale locale) {
        Activity activity = turn.getActivity();
        Optional<UserId> user = UserOf.activity(activity);
        if (user.isEmpty()
                || ConversationKind.of(activity.getConversation().getConversationType()) != ConversationKind.PERSONAL) {
            return Replies.text(turn, texts.get(locale, "case.personalOnly"));
        }
        CaseForm form = CaseForm.read(data, organisation, texts, locale);
        Set<String> confirmed = PrivacyFeedback.confirmedNotNames(data);
        Optional<PrivacyFeedback.Feedback> feedback = privacy.check(locale,
                List.of(new PrivacyFeedback.Field(CaseForm.SITUATION, texts.get(locale, "case.field.situation"),
                        form.situation()),
                        new PrivacyFeedback.Field(CaseForm.QUESTION, texts.get(locale, "case.field.question"),
                                form.question())),
                confirmed);
        if (!form.valid() || feedback.isPresent()) {
            log.info("Case form from {} shown again: {} invalid fields, privacy findings: {}", user.get(),
                    form.errors().size(), feedback.isPresent());
            Map<String, String> values = feedback.map((found) -> found.withoutRefused(form.values()))
                .orElse(form.values());
            List<CardElement> problems = feedback.map(PrivacyFeedback.Feedback::elements).orElse(List.of());
            return Replies.card(turn, cards.form(locale, new CaseCards.FormState(values, form.errors(), problems)));
        }
        Person caseworker = Person.of(user.get(), activity.getFrom().getName());
        ConsultationCase raised;
        try {
            raised = cases.raise(form.toNewCase(caseworker, TenantOf.activity(activity), confirmed));
        }
        catch (NoTeamForKommun none) {
            log.info("No konsultationsteam covers the kommun of a case from {}; nothing stored", user.get());
            List<String> coordinators = organisation.coordinatorsOf(none.kommun())
                .stream()
                .map(organisation::coordinatorName)
                .flatMap(Optional::stream)
                .toList();
            return Replies.text(turn,
                    coordinators.isEmpty() ? texts.get(locale, "case.noTeam", none.kommun().name()) : texts.get(locale,
                            "case.noTeam.coordinator", none.kommun().name(), String.join(", ", coordinators)));
        }
        catch (CaseTextRefused refused) {
            return Replies.text(turn, texts.get(locale, "case.text.refused"));
        }
        // As it is now: its team may have given up its kommuner when the case could not
        // be
        // posted there.
        raised = cases.find(raised.id()).orElse(raised);
        String teamName = cases.team(raised.teamId()).map(team -> team.name()).orElse(null);
        long caseId = raised.id();
        return CaseReplies.card(turn, cards.caseworkerCard(locale, raised, teamName)).thenAccept(id -> {
            if (id != null) {
                outbox.rememberPostedCard(CaseCards.caseworkerCardKey(caseId), activity, id);
            }
        });
    }

}
