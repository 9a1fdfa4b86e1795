package se.finsam.samverkansbot.teams.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.cases.CaseManagement;
import se.finsam.samverkansbot.cases.ConsultationCase;
import se.finsam.samverkansbot.cases.Person;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.teams.cards.AdaptiveCard;
import se.finsam.samverkansbot.teams.cards.CardElement;
import se.finsam.samverkansbot.teams.cards.Refresh;
import se.finsam.samverkansbot.teams.cards.TextBlock;
import se.finsam.samverkansbot.teams.chat.CardData;
import se.finsam.samverkansbot.teams.chat.PrivateReplies;
import se.finsam.samverkansbot.teams.chat.Replies;
import se.finsam.samverkansbot.teams.chat.Texts;
import se.finsam.samverkansbot.teams.conversations.ChatUsers;
import se.finsam.samverkansbot.teams.conversations.UserOf;

/**
 * Each reader's own view of a case card in a team's channel (Universal Actions
 * {@code refresh}). Teams asks for it when a reader sees the card; who may act is decided
 * again here, as for every button: a reader in the channel of the team the case is with
 * gets the team's view with its buttons, in their own language; anyone else (another
 * team's channel, a case that moved to another team, a personal chat) gets the case
 * without buttons. The card as posted lists the team's members Teams refreshes it for by
 * itself: the assignee first, then the members the bot knows, at most
 * {@link Refresh#MAX_USERS}; a member beyond them sees the card as posted, which is right
 * for everyone, and can refresh it from the message's menu.
 */
@Component
class CaseViews {

    private static final Logger log = LoggerFactory.getLogger(CaseViews.class);

    private final CaseManagement cases;

    private final CaseCards cards;

    private final ChatUsers chatUsers;

    private final Texts texts;

    CaseViews(CaseManagement cases, CaseCards cards, ChatUsers chatUsers, Texts texts) {
        this.cases = cases;
        this.cards = cards;
        this.chatUsers = chatUsers;
        this.texts = texts;
    }

    /** The Teams ids of the case's team members to refresh the card for. */
    List<String> refreshFor(ConsultationCase about) {
        if (about.teamId() == null || !about.status().isOpen()) {
            return List.of();
        }
        List<UserId> members = new ArrayList<>();
        if (about.assignee() != null) {
            members.add(about.assignee().id());
        }
        cases.teamMembers(about.teamId())
            .stream()
            .map(Person::id)
            .filter((member) -> !members.contains(member))
            .forEach(members::add);
        return chatUsers.idsOf(members).stream().limit(Refresh.MAX_USERS).toList();
    }

    /** The card as posted in the channel, with the members it is refreshed for. */
    AdaptiveCard posted(ConsultationCase about) {
        return cards.channelCard(CaseMessages.TEAM_LOCALE, about, refreshFor(about));
    }

    /** The refresh's handler: the reader's own view, authorised again. */
    CompletableFuture<Void> refresh(TurnContext turn, CardData data, Locale locale) {
        Activity activity = turn.getActivity();
        Optional<ConsultationCase> found = data.id(CaseCards.CASE_ID).flatMap(cases::find);
        if (found.isEmpty()) {
            return Replies.card(turn, gone(locale));
        }
        ConsultationCase shown = found.get();
        Optional<UserId> reader = UserOf.activity(activity);
        boolean ofTheTeam = reader.isPresent() && !PrivateReplies.isPersonal(turn) && shown.teamId() != null
                && shown.teamId().equals(activity.teamsGetTeamId());
        if (!ofTheTeam) {
            log.info("Case {} shown without buttons in activity {}: not the case's team", shown.id(), activity.getId());
            return Replies.card(turn, cards.neutralView(locale, shown));
        }
        return Replies.card(turn, cards.teamView(locale, shown, reader.get(), refreshFor(shown)));
    }

    /** A case no longer kept (its retention ended): said so, nothing else. */
    private AdaptiveCard gone(Locale locale) {
        return new AdaptiveCard(List.<CardElement>of(TextBlock.subtle(texts.get(locale, "case.view.gone"))), List.of());
    }

}
