package se.finsam.samverkansbot.meetings;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.cases.CaseManagement;
import se.finsam.samverkansbot.cases.CaseRaised;
import se.finsam.samverkansbot.cases.CaseRouted;
import se.finsam.samverkansbot.cases.CaseUnrouted;
import se.finsam.samverkansbot.cases.ConsultationCase;
import se.finsam.samverkansbot.cases.ConsultationTeam;

/**
 * The handläggare's choice on the case form to have the case taken up at a meeting: once
 * the case has its team (when it is raised, or when a team takes it after it waited or
 * its team went away) it goes to the next meeting with room, in the transaction of that
 * change, and the handläggare is told which meeting and slot it got
 * ({@link MeetingWishGranted}) or why not ({@link MeetingWishRefused}: the team has no
 * meeting series, or every meeting is full); either way the team has the case. A case
 * that loses its team leaves that team's agendas.
 */
@Component
class MeetingWishes {

    private static final Logger log = LoggerFactory.getLogger(MeetingWishes.class);

    private final MeetingPlanning planning;

    private final CaseManagement cases;

    private final ApplicationEventPublisher events;

    MeetingWishes(MeetingPlanning planning, CaseManagement cases, ApplicationEventPublisher events) {
        this.planning = planning;
        this.cases = cases;
        this.events = events;
    }

    @EventListener
    void on(CaseRaised raised) {
        cases.find(raised.caseId()).ifPresent(this::queueIfWished);
    }

    @EventListener
    void on(CaseRouted routed) {
        planning.takeOffAgendas(routed.caseId(), routed.teamId(), "went to another team");
        cases.find(routed.caseId()).ifPresent(this::queueIfWished);
    }

    @EventListener
    void on(CaseUnrouted unrouted) {
        planning.takeOffAgendas(unrouted.caseId(), null, "lost its team");
    }

    private void queueIfWished(ConsultationCase wished) {
        if (!wished.meetingWish().wanted() || wished.teamId() == null || !wished.status().isOpen()
                || planning.onComingAgenda(wished.id())) {
            return;
        }
        try {
            MeetingView meeting = planning.queueByCaseworker(wished.id(), wished.caseworker().id(),
                    wished.meetingWish().attends());
            events.publishEvent(new MeetingWishGranted(meeting));
        }
        catch (InvalidMeetingInput refused) {
            Map<String, String> errors = refused.errors();
            MeetingWishRefused.Reason reason;
            if ("none".equals(errors.get("series"))) {
                reason = MeetingWishRefused.Reason.NO_SERIES;
            }
            else if ("full".equals(errors.get("meeting"))) {
                reason = MeetingWishRefused.Reason.FULL;
            }
            else {
                log.info("Case {} not queued for a meeting as its caseworker wished: {}", wished.id(), errors);
                return;
            }
            log.info("Case {} not queued for a meeting as its caseworker wished: {}", wished.id(), reason);
            String teamName = cases.team(wished.teamId()).map(ConsultationTeam::name).orElse(null);
            events.publishEvent(new MeetingWishRefused(wished.id(), wished.reference(), wished.caseworker().id(),
                    wished.tenantId(), teamName, reason));
        }
    }

}
