package se.finsam.samverkansbot.teams.followups;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.finsam.samverkansbot.teams.chat.CardActions;

/**
 * The follow-up card buttons by verb: the form and list ones go to the
 * {@link FollowUpDialog}, the ones on a plan to {@link FollowUpPlanActions}.
 */
@Configuration(proxyBeanMethods = false)
class FollowUpButtons {

    @Bean
    CardActions followUpCardActions(FollowUpDialog dialog, FollowUpPlanActions actions) {
        return CardActions.of()
            .once(FollowUpCards.CREATE, dialog::create)
            .on(FollowUpCards.NEW, (turn, data, locale) -> dialog.newForm(turn, locale))
            .on(FollowUpCards.LIST, (turn, data, locale) -> dialog.list(turn, locale))
            .once(FollowUpCards.HELD, actions::held)
            .once(FollowUpCards.POSTPONE, actions::postpone)
            .once(FollowUpCards.END, actions::end)
            .on(FollowUpCards.HISTORY, actions::history);
    }

}
