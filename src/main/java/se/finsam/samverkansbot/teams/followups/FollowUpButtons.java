package se.finsam.samverkansbot.teams.followups;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.TurnContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.finsam.samverkansbot.teams.chat.CardActionHandler;

/**
 * The follow-up card buttons by verb: the form and list ones go to the
 * {@link FollowUpDialog}, the ones on a plan to {@link FollowUpPlanActions}.
 */
final class FollowUpButtons {

    private FollowUpButtons() {
    }

    /** A card button by its verb. */
    record Button(String verb, Handler handler) implements CardActionHandler {

        @Override
        public CompletableFuture<Void> handle(TurnContext turn, JsonNode data, Locale locale) {
            return handler.handle(turn, data, locale);
        }

        interface Handler {

            CompletableFuture<Void> handle(TurnContext turn, JsonNode data, Locale locale);

        }

    }

    @Configuration(proxyBeanMethods = false)
    static class Buttons {

        @Bean
        CardActionHandler followUpCreateButton(FollowUpDialog dialog) {
            return new Button(FollowUpCards.CREATE, dialog::create);
        }

        @Bean
        CardActionHandler followUpNewButton(FollowUpDialog dialog) {
            return new Button(FollowUpCards.NEW, (turn, data, locale) -> dialog.newForm(turn, locale));
        }

        @Bean
        CardActionHandler followUpListButton(FollowUpDialog dialog) {
            return new Button(FollowUpCards.LIST, (turn, data, locale) -> dialog.list(turn, locale));
        }

        @Bean
        CardActionHandler followUpHeldButton(FollowUpPlanActions actions) {
            return new Button(FollowUpCards.HELD, actions::held);
        }

        @Bean
        CardActionHandler followUpPostponeButton(FollowUpPlanActions actions) {
            return new Button(FollowUpCards.POSTPONE, actions::postpone);
        }

        @Bean
        CardActionHandler followUpEndButton(FollowUpPlanActions actions) {
            return new Button(FollowUpCards.END, actions::end);
        }

        @Bean
        CardActionHandler followUpHistoryButton(FollowUpPlanActions actions) {
            return new Button(FollowUpCards.HISTORY, actions::history);
        }

    }

}
