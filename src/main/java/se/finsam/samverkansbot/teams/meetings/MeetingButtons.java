package se.finsam.samverkansbot.teams.meetings;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.finsam.samverkansbot.teams.chat.CardActions;
import se.finsam.samverkansbot.teams.chat.Dialogs;

/**
 * The meeting card buttons by verb and the meeting dialogs by name: the series form, the
 * plan and an agenda with their buttons go to {@link MeetingManagement}, the protocol's
 * to {@link ProtocolActions} and {@link ProtocolExports}, "Ta upp på möte" on a case card
 * to {@link CaseToMeeting} (the team's) and {@link CaseworkerToMeeting} (the
 * handläggare's own). The series and protocol forms open in Teams dialogs; the verbs of
 * their old in-channel forms stay registered so that cards already posted answer with the
 * button to the dialog.
 */
@Configuration(proxyBeanMethods = false)
class MeetingButtons {

    @Bean
    CardActions meetingCardActions(MeetingManagement management, ProtocolActions protocols, ProtocolExports exports,
            CaseToMeeting caseToMeeting, CaseworkerToMeeting caseworkerToMeeting) {
        return CardActions.of()
            .once(CaseToMeeting.QUEUE, caseToMeeting::queue)
            .once(CaseworkerToMeeting.QUEUE_OWN, caseworkerToMeeting::queue)
            .on(MeetingForms.SERIES_FORM, (turn, data, locale) -> management.seriesOpener(turn, locale))
            .once(MeetingForms.SERIES_SAVE, management::oldSeriesForm)
            .on(MeetingForms.PLAN, (turn, data, locale) -> management.plan(turn, locale))
            .on(MeetingForms.AGENDA, management::agenda)
            .once(MeetingForms.MOVE, management::move)
            .once(MeetingForms.CANCEL, management::cancel)
            .once(MeetingForms.CANCEL_CONFIRMED, management::cancelConfirmed)
            .once(MeetingForms.ITEM_NEXT, management::itemToNext)
            .once(MeetingForms.ITEM_REMOVE, management::itemRemove)
            .on(MeetingForms.PROTOCOL_OPEN, protocols::open)
            .once(MeetingForms.PROTOCOL_DRAFT, protocols::oldForm)
            .once(MeetingForms.PROTOCOL_APPROVE, protocols::oldForm)
            .on(MeetingForms.PROTOCOL_EXPORT, exports::offer);
    }

    @Bean
    Dialogs meetingDialogs(MeetingManagement management, ProtocolActions protocols) {
        return Dialogs.of()
            .on(MeetingForms.SERIES_DIALOG, management::seriesDialog, management::saveSeries)
            .on(MeetingForms.PROTOCOL_DIALOG, protocols::dialog, protocols::submit);
    }

}
