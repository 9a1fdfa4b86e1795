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
import se.finsam.samverkansbot.teams.cards.CardAction;
import se.finsam.samverkansbot.teams.chat.CardData;
import se.finsam.samverkansbot.teams.chat.Replies;
import se.finsam.samverkansbot.teams.chat.TeamCaseButtons;
import se.finsam.samverkansbot.teams.chat.Texts;
import se.finsam.samverkansbot.teams.conversations.UserOf;

/**
 * "Ta upp på möte" on the case card in the konsultationsteam's channel, contributed
 * through {@link TeamCaseButtons} (once the team has a meeting rhythm): a member presses
 * it and the case joins the next meeting whose agenda deadline has not passed and that
 * has room. The team is the one the press comes from and the meetings module checks the
 * case is that team's, so a forged button changes nothing. The answer is for the one who
 * pressed.
 */
@Component
class CaseToMeeting implements TeamCaseButtons {

    static final String QUEUE = "meetingQueueCase";

    static final String CASE_ID = "caseId";

    private static final Logger log = LoggerFactory.getLogger(CaseToMeeting.class);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final MeetingPlanning planning;

    private final MeetingCards cards;

    private final MeetingForms forms;

    private final Texts texts;

    CaseToMeeting(MeetingPlanning planning, MeetingCards cards, MeetingForms forms, Texts texts) {
        this.planning = planning;
        this.cards = cards;
        this.forms = forms;
        this.texts = texts;
    }

    @Override
    public List<CardAction> forOpenCase(Locale locale, long caseId, String teamId) {
        if (teamId == null || planning.series(teamId).isEmpty()) {
            return List.of();
        }
        return List.of(CardAction.execute(texts.get(locale, "meetings.queue.button"), QUEUE, Map.of(CASE_ID, caseId)));
    }

    CompletableFuture<Void> queue(TurnContext turn, CardData data, Locale locale) {
        Optional<UserId> member = UserOf.activity(turn.getActivity());
        String teamId = turn.getActivity().teamsGetTeamId();
        Optional<Long> caseId = data.id(CASE_ID);
        if (member.isEmpty() || teamId == null || caseId.isEmpty()) {
            log.warn("Refused queueing a case outside a team's channel: activity {}", turn.getActivity().getId());
            return Replies.text(turn, texts.get(locale, "meetings.queue.denied"));
        }
        try {
            MeetingView meeting = planning.queueByTeam(caseId.get(), teamId, member.get());
            AgendaItemView item = meeting.items().get(0);
            return Replies.text(turn,
                    texts.get(locale, "meetings.queue.done", item.reference(), cards.when(locale, meeting),
                            item.number(), TIME.format(item.slotStart()) + "–" + TIME.format(item.slotEnd())));
        }
        catch (MeetingAccessDenied denied) {
            log.warn("Refused queueing case {} from team {}: not its case", caseId.get(), teamId);
            return Replies.text(turn, texts.get(locale, "meetings.queue.denied"));
        }
        catch (InvalidMeetingInput invalid) {
            return Replies.text(turn,
                    invalid.errors()
                        .entrySet()
                        .stream()
                        .map((error) -> forms.error(locale, "queue", error.getValue()))
                        .collect(Collectors.joining(" ")));
        }
    }

}
