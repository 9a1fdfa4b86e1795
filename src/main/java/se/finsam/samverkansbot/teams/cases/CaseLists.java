package se.finsam.samverkansbot.teams.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.cases.CaseManagement;
import se.finsam.samverkansbot.cases.ConsultationCase;
import se.finsam.samverkansbot.cases.ConsultationTeam;
import se.finsam.samverkansbot.core.Kommun;
import se.finsam.samverkansbot.core.Organisation;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.teams.cards.AdaptiveCard;
import se.finsam.samverkansbot.teams.cards.CardAction;
import se.finsam.samverkansbot.teams.cards.FactSet;
import se.finsam.samverkansbot.teams.cards.TextBlock;
import se.finsam.samverkansbot.teams.chat.CardData;
import se.finsam.samverkansbot.teams.chat.PrivateReplies;
import se.finsam.samverkansbot.teams.chat.Replies;
import se.finsam.samverkansbot.teams.chat.Texts;
import se.finsam.samverkansbot.teams.conversations.UserOf;

/**
 * The lists of cases and opening one case from them or by its reference: a caseworker's
 * own cases, a team's in its channel, and a coordinator's kommuner's in personal chat;
 * open ones by default, the most recently closed on request. Who may see which list and
 * case is decided here on the server, from where the activity comes and who sent it,
 * never from the card's data.
 */
@Component
class CaseLists {

    private static final Logger log = LoggerFactory.getLogger(CaseLists.class);

    /** Opens one case (card data: {@link CaseCards#CASE_ID}). */
    static final String SHOW = "case.show";

    /** Shows a list (card data: {@code scope}, {@code closed}). */
    static final String LIST = "case.list";

    static final String SCOPE = "scope";

    static final String CLOSED = "closed";

    /** Closed cases listed at most. */
    static final int CLOSED_LISTED = 15;

    /** Whose cases a list holds. */
    enum Scope {

        /** The caseworker's own, in personal chat. */
        MINE,
        /** The team's, in its channel. */
        TEAM,
        /**
         * The kommuner a coordinator follows (all of them for an admin), in personal
         * chat.
         */
        KOMMUN

    }

    private final CaseManagement cases;

    private final CaseCards cards;

    private final CaseCardParts parts;

    private final Organisation organisation;

    private final Texts texts;

    private final CaseViews views;

    CaseLists(CaseManagement cases, CaseCards cards, Organisation organisation, Texts texts, CaseViews views) {
        this.views = views;
        this.cases = cases;
        this.cards = cards;
        this.parts = new CaseCardParts(texts);
        this.organisation = organisation;
        this.texts = texts;
    }

    /**
     * The kommuner whose cases this person follows: a coordinator's, or all for an admin.
     */
    List<Kommun> followedKommuner(UserId user) {
        if (organisation.isAdmin(user)) {
            return organisation.kommuner();
        }
        return organisation.coordinatedBy(user);
    }

    /** Answers with the list, or a refusal when the sender may not see it. */
    CompletableFuture<Void> answerList(TurnContext turn, Locale locale, Scope scope, boolean closed) {
        Activity activity = turn.getActivity();
        Optional<UserId> user = UserOf.activity(activity);
        boolean personal = PrivateReplies.isPersonal(turn);
        if (user.isEmpty() || personal == (scope == Scope.TEAM)) {
            return Replies.text(turn, texts.get(locale, "case.denied"));
        }
        return switch (scope) {
            case MINE -> Replies.card(turn, list(locale, scope, closed,
                    closed ? cases.closedCasesOf(user.get(), CLOSED_LISTED) : cases.openCasesOf(user.get())));
            case TEAM -> {
                String teamId = activity.teamsGetTeamId();
                if (teamId == null || cases.team(teamId).isEmpty()) {
                    yield Replies.text(turn, texts.get(locale, "case.list.notTeam"));
                }
                yield Replies.card(turn, list(locale, scope, closed,
                        closed ? cases.closedCasesOfTeam(teamId, CLOSED_LISTED) : cases.openCasesOfTeam(teamId)));
            }
            case KOMMUN -> {
                List<Kommun> kommuner = followedKommuner(user.get());
                if (kommuner.isEmpty()) {
                    yield Replies.text(turn, texts.get(locale, "case.list.coordinatorsOnly"));
                }
                yield Replies.card(turn, list(locale, scope, closed,
                        closed ? cases.closedCasesIn(kommuner, CLOSED_LISTED) : cases.openCasesIn(kommuner)));
            }
        };
    }

    /**
     * One case as the sender may see it: the team's card with its buttons in the team's
     * channel, the caseworker's own card, or a coordinator's overview of a case of their
     * kommun; refused otherwise, with the same words whether or not the case exists.
     */
    CompletableFuture<Void> answerCase(TurnContext turn, Locale locale, Optional<ConsultationCase> found) {
        Activity activity = turn.getActivity();
        Optional<UserId> user = UserOf.activity(activity);
        if (found.isEmpty() || user.isEmpty()) {
            return Replies.text(turn, texts.get(locale, "case.lookup.notFound"));
        }
        ConsultationCase shown = found.get();
        if (!PrivateReplies.isPersonal(turn)) {
            if (!java.util.Objects.equals(shown.teamId(), activity.teamsGetTeamId())) {
                log.warn("Refused to show case {} to {} in another team's channel", shown.id(), user.get());
                return Replies.text(turn, texts.get(locale, "case.lookup.notFound"));
            }
            return Replies.card(turn, cards.channelCard(locale, shown, views.refreshFor(shown)));
        }
        if (shown.isRaisedBy(user.get())) {
            String teamName = cases.team(shown.teamId()).map(ConsultationTeam::name).orElse(null);
            return Replies.card(turn, cards.caseworkerCard(locale, shown, teamName));
        }
        if (followedKommuner(user.get()).stream().anyMatch((kommun) -> kommun.name().equals(shown.kommun()))) {
            return Replies.card(turn, overview(locale, shown));
        }
        log.warn("Refused to show case {} to {}: neither theirs nor their kommun's", shown.id(), user.get());
        return Replies.text(turn, texts.get(locale, "case.lookup.notFound"));
    }

    /** The case button's handler: the case by its id. */
    CompletableFuture<Void> show(TurnContext turn, CardData data, Locale locale) {
        return answerCase(turn, locale, data.id(CaseCards.CASE_ID).flatMap(cases::find));
    }

    /** The list buttons' handler: which list the sender asked for, checked again. */
    CompletableFuture<Void> list(TurnContext turn, CardData data, Locale locale) {
        Scope scope;
        try {
            scope = Scope.valueOf(data.text(SCOPE));
        }
        catch (IllegalArgumentException unknown) {
            scope = PrivateReplies.isPersonal(turn) ? Scope.MINE : Scope.TEAM;
        }
        return answerList(turn, locale, scope, data.flag(CLOSED));
    }

    AdaptiveCard list(Locale locale, Scope scope, boolean closed, List<ConsultationCase> listed) {
        String which = scope.name().toLowerCase(Locale.ROOT) + (closed ? ".closed" : "");
        return cards.list(locale, texts.get(locale, "case.list." + which + ".title"),
                texts.get(locale, "case.list." + which + ".empty"), listed,
                CardAction.execute(texts.get(locale, closed ? "case.list.showOpen" : "case.list.showClosed"), LIST,
                        Map.of(SCOPE, scope.name(), CLOSED, !closed)));
    }

    /** A coordinator's view of a case of their kommun: its facts, no texts. */
    AdaptiveCard overview(Locale locale, ConsultationCase shown) {
        List<FactSet.Fact> facts = new ArrayList<>(parts.caseFacts(locale, shown, true));
        cases.team(shown.teamId())
            .ifPresent((team) -> facts.add(new FactSet.Fact(texts.get(locale, "case.field.team"), team.name())));
        facts.add(
                new FactSet.Fact(texts.get(locale, "case.field.caseworker"), parts.person(locale, shown.caseworker())));
        return new AdaptiveCard(List.of(TextBlock.heading(texts.get(locale, "case.overview.title", shown.reference())),
                new FactSet(facts)), List.of());
    }

}
