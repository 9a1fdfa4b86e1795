package se.finsam.samverkansbot.teams.cases;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.cases.CaseManagement;
import se.finsam.samverkansbot.cases.CaseRouted;
import se.finsam.samverkansbot.cases.CaseUnrouted;
import se.finsam.samverkansbot.cases.ConsultationCase;
import se.finsam.samverkansbot.cases.ConsultationTeam;
import se.finsam.samverkansbot.cases.KommunerMoved;
import se.finsam.samverkansbot.cases.TeamResumed;
import se.finsam.samverkansbot.cases.TeamWithdrawn;
import se.finsam.samverkansbot.core.Kommun;
import se.finsam.samverkansbot.core.Organisation;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.teams.chat.Texts;
import se.finsam.samverkansbot.teams.conversations.ConversationRegistry;
import se.finsam.samverkansbot.teams.conversations.Conversations;
import se.finsam.samverkansbot.teams.conversations.TeamChanged;
import se.finsam.samverkansbot.teams.delivery.DeliveryFailed;
import se.finsam.samverkansbot.teams.delivery.MessageOrigin;
import se.finsam.samverkansbot.teams.delivery.OutboundMessage;
import se.finsam.samverkansbot.teams.delivery.Outbox;
import se.finsam.samverkansbot.teams.delivery.Recipient;

/**
 * Konsultationsteams changing under the bot. A team whose case channel or bot is gone, or
 * whose channel Teams no longer lets the bot post in, gives up its kommuner; an archived
 * team takes no cases until it is unarchived. The kommuner's samverkanskoordinatorer and
 * the admins are told in personal chat, each caseworker whose open case is left without a
 * team is told, and such a case goes to the team that takes its kommun next. A team that
 * loses kommuner to another is told in its channel. All in the transaction of the change,
 * through the outbox; each person in their own language.
 */
@Component
class TeamLifecycle {

    /** The {@link MessageOrigin#kind()} of messages about a team. */
    static final String ORIGIN = "team";

    private final CaseManagement cases;

    private final Organisation organisation;

    private final Outbox outbox;

    private final ConversationRegistry registry;

    private final Conversations conversations;

    private final Texts texts;

    private final CaseCards cards;

    private final CaseMessages messages;

    private final CaseViews views;

    TeamLifecycle(CaseManagement cases, Organisation organisation, Outbox outbox, ConversationRegistry registry,
            Conversations conversations, Texts texts, CaseCards cards, CaseMessages messages, CaseViews views) {
        this.conversations = conversations;
        this.views = views;
        this.messages = messages;
        this.cases = cases;
        this.organisation = organisation;
        this.outbox = outbox;
        this.registry = registry;
        this.texts = texts;
        this.cards = cards;
    }

    // What Teams told

    @EventListener
    void on(TeamChanged.ChannelDeleted deleted) {
        cases.team(deleted.teamId())
            .filter((team) -> deleted.channelId().equals(team.channelId()))
            .ifPresent((team) -> cases.withdrawTeam(team.teamId(), TeamWithdrawn.Reason.CHANNEL_DELETED));
    }

    @EventListener
    void on(TeamChanged.ChannelRenamed renamed) {
        cases.renameChannel(renamed.teamId(), renamed.channelId(), renamed.channelName());
    }

    @EventListener
    void on(TeamChanged.TeamRenamed renamed) {
        cases.renameTeam(renamed.teamId(), renamed.name());
    }

    @EventListener
    void on(TeamChanged.BotAdded added) {
        cases.teamInstalled(added.teamId());
    }

    @EventListener
    void on(TeamChanged.BotRemoved removed) {
        cases.withdrawTeam(removed.teamId(), TeamWithdrawn.Reason.BOT_REMOVED);
    }

    @EventListener
    void on(TeamChanged.TeamDeleted deleted) {
        cases.withdrawTeam(deleted.teamId(), TeamWithdrawn.Reason.TEAM_DELETED);
    }

    @EventListener
    void on(TeamChanged.TeamArchived archived) {
        cases.withdrawTeam(archived.teamId(), TeamWithdrawn.Reason.ARCHIVED);
    }

    @EventListener
    void on(TeamChanged.TeamReopened reopened) {
        cases.resumeTeam(reopened.teamId());
    }

    @EventListener
    void on(TeamChanged.MembersRemoved removed) {
        cases.forgetTeamMembers(removed.teamId(), removed.members());
    }

    /**
     * A message about a case could not go to the team's channel: Teams refused it (403 or
     * 404: the channel or the bot is gone, though nobody told the bot), or the bot was
     * never added to the team (one set up in the configuration only).
     */
    @EventListener
    void on(DeliveryFailed failed) {
        if (failed.reason() == DeliveryFailed.Reason.UNREACHABLE && failed.recipientTeam() != null
                && failed.origin().is(CaseMessages.ORIGIN, CaseMessages.CHANNEL)) {
            boolean known = !conversations.findByTeamIdOrderByUpdatedAtDesc(failed.recipientTeam()).isEmpty();
            cases.withdrawTeam(failed.recipientTeam(),
                    known ? TeamWithdrawn.Reason.UNREACHABLE : TeamWithdrawn.Reason.NOT_INSTALLED);
        }
    }

    // Who is told

    @EventListener
    void on(TeamWithdrawn withdrawn) {
        for (UserId person : coordinatorsAndAdmins(withdrawn.kommuner())) {
            Locale locale = localeOf(person);
            String team = teamName(locale, withdrawn.teamName());
            String kommuner = kommuner(locale, withdrawn.kommuner());
            String text = withdrawn.reason() == TeamWithdrawn.Reason.ARCHIVED
                    ? texts.get(locale, "team.archived", team, kommuner) : texts.get(locale, "team.withdrawn", team,
                            texts.get(locale, "team.withdrawn." + withdrawn.reason().name()), kommuner);
            toPerson(person, text, MessageOrigin.of(ORIGIN, "withdrawn"));
        }
    }

    @EventListener
    void on(TeamResumed resumed) {
        for (UserId person : coordinatorsAndAdmins(resumed.kommuner())) {
            Locale locale = localeOf(person);
            toPerson(person, texts.get(locale, "team.resumed", teamName(locale, resumed.teamName()),
                    kommuner(locale, resumed.kommuner())), MessageOrigin.of(ORIGIN, "resumed"));
        }
    }

    @EventListener
    void on(CaseUnrouted unrouted) {
        cases.find(unrouted.caseId()).ifPresent((waiting) -> {
            UserId caseworker = waiting.caseworker().id();
            Locale locale = localeOf(caseworker);
            Kommun kommun = new Kommun(waiting.kommun());
            List<String> coordinators = organisation.coordinatorsOf(kommun)
                .stream()
                .map(organisation::coordinatorName)
                .flatMap(Optional::stream)
                .toList();
            String text = coordinators.isEmpty()
                    ? texts.get(locale, "case.unrouted", waiting.reference(), kommun.name())
                    : texts.get(locale, "case.unrouted.coordinator", waiting.reference(), kommun.name(),
                            String.join(", ", coordinators));
            toCaseworker(waiting, text);
            messages.updateCaseworkerCard(waiting);
        });
    }

    /**
     * A case that had lost its team goes to the one that takes its kommun now: posted in
     * that team's channel as a new case card (replies and updates follow it there), and
     * its caseworker is told.
     */
    @EventListener
    void on(CaseRouted routed) {
        cases.find(routed.caseId()).ifPresent((moved) -> {
            ConsultationTeam team = cases.team(routed.teamId())
                .orElseThrow(() -> new IllegalStateException("Case " + routed.caseId() + " has no team"));
            String key = CaseCards.channelCardKey(moved.id());
            outbox.forgetPostedCard(key);
            outbox.enqueue(OutboundMessage
                .of(new Recipient.NewThread(team.teamId(), team.channelId()),
                        CaseReplies.cardActivity(views.posted(moved)))
                .withCardKey(key)
                .withOrigin(MessageOrigin.of(CaseMessages.ORIGIN, moved.id(), CaseMessages.CHANNEL)));
            Locale locale = localeOf(moved.caseworker().id());
            toCaseworker(moved, texts.get(locale, "case.routed", moved.reference(), teamName(locale, team.name())));
            // Their card names the new team at once, not at the case's next change.
            messages.updateCaseworkerCard(moved);
        });
    }

    /** The team that lost kommuner to another is told in its channel. */
    @EventListener
    void on(KommunerMoved moved) {
        cases.team(moved.fromTeamId()).ifPresent((team) -> {
            Locale locale = CaseMessages.TEAM_LOCALE;
            outbox.enqueue(OutboundMessage
                .of(new Recipient.NewThread(team.teamId(), team.channelId()),
                        CaseReplies.textActivity(texts.get(locale, "team.kommunerMoved",
                                kommuner(locale, moved.kommuner()), teamName(locale, moved.toTeamName()))))
                .withOrigin(MessageOrigin.of(ORIGIN, "moved")));
        });
    }

    private Set<UserId> coordinatorsAndAdmins(List<Kommun> kommuner) {
        Set<UserId> people = new LinkedHashSet<>();
        kommuner.forEach((kommun) -> people.addAll(organisation.coordinatorsOf(kommun)));
        people.addAll(organisation.admins());
        return people;
    }

    private void toPerson(UserId person, String text, MessageOrigin origin) {
        outbox.enqueue(OutboundMessage.of(outbox.personalChatOf(person.value()), CaseReplies.textActivity(text))
            .withOrigin(origin));
    }

    private void toCaseworker(ConsultationCase about, String text) {
        outbox.enqueue(OutboundMessage
            .of(new Recipient.PersonalChat(about.tenantId(), about.caseworker().id().value()),
                    CaseReplies.textActivity(text))
            .withOrigin(MessageOrigin.of(CaseMessages.ORIGIN, about.id(), "team-change")));
    }

    private Locale localeOf(UserId person) {
        return Texts.localeOf(registry.localeOf(person.value()).orElse(null));
    }

    private String teamName(Locale locale, String name) {
        return name == null || name.isBlank() ? texts.get(locale, "team.unnamed") : name;
    }

    private String kommuner(Locale locale, List<Kommun> kommuner) {
        return kommuner.isEmpty() ? texts.get(locale, "team.noKommuner") : cards.kommuner(kommuner);
    }

}
