package se.finsam.samverkansbot.teams.meetings;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import com.microsoft.bot.builder.TurnContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.meetings.AgendaItemView;
import se.finsam.samverkansbot.meetings.InvalidMeetingInput;
import se.finsam.samverkansbot.meetings.MeetingAccessDenied;
import se.finsam.samverkansbot.meetings.MeetingPlanning;
import se.finsam.samverkansbot.meetings.MeetingView;
import se.finsam.samverkansbot.teams.cards.AdaptiveCard;
import se.finsam.samverkansbot.teams.cards.CardAction;
import se.finsam.samverkansbot.teams.cards.TextBlock;
import se.finsam.samverkansbot.teams.cards.ToggleInput;
import se.finsam.samverkansbot.teams.chat.CardData;
import se.finsam.samverkansbot.teams.chat.CaseworkerCaseButtons;
import se.finsam.samverkansbot.teams.chat.Replies;
import se.finsam.samverkansbot.teams.chat.Texts;
import se.finsam.samverkansbot.teams.conversations.UserOf;

/**
 * "Ta upp på möte" on the handläggare's own case card in their personal chat, contributed
 * through {@link CaseworkerCaseButtons} while the case's team has a meeting rhythm and
 * the case is on no coming agenda: it unfolds the choice to attend, and sending it puts
 * the case on the next meeting whose agenda deadline has not passed and that has room.
 * The meetings module checks that the case is the one's who pressed, so a forged button
 * changes nothing; the answer says which meeting and slot it got, or why not.
 */
@Component
class CaseworkerToMeeting implements CaseworkerCaseButtons {

    static final String QUEUE_OWN = "meetingQueueOwnCase";

    static final String ATTEND = "attend";

    private static final Logger log = LoggerFactory.getLogger(CaseworkerToMeeting.class);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final MeetingPlanning planning;

    private final MeetingCards cards;

    private final MeetingForms forms;

    private final Texts texts;

    CaseworkerToMeeting(MeetingPlanning planning, MeetingCards cards, MeetingForms forms, Texts texts) {
        this.planning = planning;
        this.cards = cards;
        this.forms = forms;
        this.texts = texts;
    }

    @Override
    public List<CardAction> forOwnOpenCase(Locale locale, long caseId, String teamId) {
        if (teamId == null || planning.series(teamId).isEmpty() || planning.onComingAgenda(caseId)) {
            return List.of();
        }
        AdaptiveCard choice = new AdaptiveCard(
                List.of(TextBlock.paragraph(texts.get(locale, "meetings.own.intro")),
                        ToggleInput.of(ATTEND, texts.get(locale, "meetings.own.attend"), false)),
                List.of(CardAction.execute(texts.get(locale, "meetings.own.submit"), QUEUE_OWN,
                        Map.of(CaseToMeeting.CASE_ID, caseId))));
        return List.of(CardAction.showCard(texts.get(locale, "meetings.queue.button"), choice));
    }

    CompletableFuture<Void> queue(TurnContext turn, CardData data, Locale locale) {
        Optional<UserId> caseworker = UserOf.activity(turn.getActivity());
        Optional<Long> caseId = data.id(CaseToMeeting.CASE_ID);
        if (caseworker.isEmpty() || caseId.isEmpty()) {
            log.warn("Refused queueing an own case without a user or case: activity {}", turn.getActivity().getId());
            return Replies.text(turn, texts.get(locale, "meetings.own.denied"));
        }
        boolean attend = data.flag(ATTEND);
        try {
            MeetingView meeting = planning.queueByCaseworker(caseId.get(), caseworker.get(), attend);
            return Replies.text(turn, granted(locale, meeting, meeting.items().get(0)));
        }
        catch (MeetingAccessDenied denied) {
            log.warn("Refused queueing case {} for {}: not their case", caseId.get(), caseworker.get());
            return Replies.text(turn, texts.get(locale, "meetings.own.denied"));
        }
        catch (InvalidMeetingInput invalid) {
            return Replies.text(turn,
                    invalid.errors()
                        .entrySet()
                        .stream()
                        .map((error) -> forms.error(locale, "own", error.getValue()))
                        .collect(Collectors.joining(" ")));
        }
    }

    /** Which meeting and slot the case got, and what comes next for the handläggare. */
    String granted(Locale locale, MeetingView meeting, AgendaItemView item) {
        String slot = TIME.format(item.slotStart()) + "–" + TIME.format(item.slotEnd());
        String done = texts.get(locale, "meetings.own.done", item.reference(), cards.when(locale, meeting),
                item.number(), slot);
        return done + " " + cards.nextForCaseworker(locale, meeting, item);
    }

}
