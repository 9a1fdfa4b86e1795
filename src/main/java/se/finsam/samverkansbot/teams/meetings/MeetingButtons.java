package se.finsam.samverkansbot.teams.meetings;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.finsam.samverkansbot.teams.chat.CardActions;

/**
 * The meeting card buttons by verb: the series form, the plan and an agenda with their
 * buttons go to {@link MeetingManagement}, the protocol's to {@link ProtocolActions} and
 * {@link ProtocolExports}.
 */
@Configuration(proxyBeanMethods = false)
class MeetingButtons {

    @Bean
    CardActions meetingCardActions(MeetingManagement management, ProtocolActions protocols, ProtocolExports exports) {
        return CardActions.of()
            .on(MeetingForms.SERIES_FORM, (turn, data, locale) -> management.seriesForm(turn, locale))
            .once(MeetingForms.SERIES_SAVE, management::saveSeries)
            .on(MeetingForms.PLAN, (turn, data, locale) -> management.plan(turn, locale))
            .on(MeetingForms.AGENDA, management::agenda)
            .once(MeetingForms.MOVE, management::move)
            .once(MeetingForms.CANCEL, management::cancel)
            .once(MeetingForms.CANCEL_CONFIRMED, management::cancelConfirmed)
            .once(MeetingForms.ITEM_NEXT, management::itemToNext)
            .once(MeetingForms.ITEM_REMOVE, management::itemRemove)
            .on(MeetingForms.PROTOCOL_OPEN, protocols::open)
            .once(MeetingForms.PROTOCOL_DRAFT, protocols::draft)
            .once(MeetingForms.PROTOCOL_APPROVE, protocols::approve)
            .on(MeetingForms.PROTOCOL_EXPORT, exports::offer);
    }

}
