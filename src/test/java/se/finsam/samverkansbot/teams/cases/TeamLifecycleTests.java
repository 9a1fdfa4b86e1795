package se.finsam.samverkansbot.teams.cases;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.finsam.samverkansbot.cases.CaseManagement;
import se.finsam.samverkansbot.cases.CaseStatus;
import se.finsam.samverkansbot.cases.ConsultationCase;
import se.finsam.samverkansbot.cases.ConsultationTeam;
import se.finsam.samverkansbot.core.Kommun;
import se.finsam.samverkansbot.testing.BotClient;
import se.finsam.samverkansbot.testing.FakeConnector;
import se.finsam.samverkansbot.testing.RunningBot;
import se.finsam.samverkansbot.testing.SentActivity;
import se.finsam.samverkansbot.testing.TestActivities;
import se.finsam.samverkansbot.testing.TestUsers;
import se.finsam.samverkansbot.testing.TestUsers.TestUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Konsultationsteams changing under the bot, end to end through {@code /api/messages},
 * the database and the outbox: a team whose channel or bot is gone (Teams says so, or
 * refuses the case card) gives up its kommuner, the kommun's samverkanskoordinator and
 * the admins are told, the caseworker is told their case did not reach a team, and the
 * case, still open, goes to the team that takes the kommun next. An archived team takes
 * no cases until it is unarchived.
 */
class TeamLifecycleTests {

    private final TestUser osbyCoordinator = TestUsers.fresh("Olga Osbykoordinator");

    private final TestUser admin = TestUsers.fresh("Ada Admin");

    private final TestUser caseworker = TestUsers.fresh("Anna Handläggare");

    private final TestUser member = TestUsers.fresh("Fatima Teammedlem");

    private final String teamId = "19:team-" + UUID.randomUUID() + "@thread.tacv2";

    private final String nextTeamId = "19:team-" + UUID.randomUUID() + "@thread.tacv2";

    private final Instant start = Instant.now();

    @Test
    void whenTeamsRefusesTheCaseCardInTheTeamsChannelThePeopleAreToldAndTheCaseGoesToTheNextTeam(
            @TempDir Path dataDir) {
        try (RunningBot bot = start(dataDir)) {
            BotClient client = bot.client();
            setUpTeam(client, teamId, "Konsultationsteam Nordost", osbyCoordinator, "Osby");
            installPersonally(client, osbyCoordinator, admin, caseworker);
            // The bot was removed from the team without the bot hearing of it: Teams
            // answers 403 to the new case's card.
            FakeConnector.get().script(teamId, FakeConnector.Scripted.status(403));
            try {
                client.send(TestActivities.personalSubmit(caseworker, CaseActivities
                    .data(CaseConversationTests.caseForm("Osby", "Man 30–39 år, långtidsarbetslös."))));
                String reference = CaseTestBot
                    .awaitMatching(caseworker.personalConversationId(),
                            (sent) -> sent.cardText().contains("Ditt ärende K-"))
                    .cardText()
                    .replaceAll("(?s).*Ditt ärende (K-\\d+-\\d+).*", "$1");

                assertThat(told(osbyCoordinator, "Konsultationsteam Nordost tar inte längre emot ärenden")).contains(
                        "Teams tar inte längre emot meddelanden från boten", "**Osby**", "konsultationsteam Osby");
                assertThat(told(admin, "Konsultationsteam Nordost tar inte längre emot ärenden")).contains("Osby");
                assertThat(told(caseworker, "ligger inte hos något konsultationsteam")).contains(reference,
                        "fortfarande öppet", "samverkanskoordinatorn för Osby", osbyCoordinator.name());
                ConsultationCase waiting = onlyCaseOf(bot);
                assertThat(waiting.status()).isEqualTo(CaseStatus.OPEN);
                assertThat(waiting.awaitsTeam()).isTrue();
                assertThat(bot.bean(CaseManagement.class).teamFor(new Kommun("Osby"))).isEmpty();
            }
            finally {
                FakeConnector.get().unscript(teamId);
            }

            // Another team takes Osby: the waiting case is posted there and its
            // caseworker is told.
            setUpTeam(client, nextTeamId, "Konsultationsteam Syd", osbyCoordinator, "Osby");
            SentActivity reposted = CaseTestBot.awaitMatching(nextTeamId,
                    (sent) -> sent.cardText().contains("Nytt ärende K-"));
            assertThat(reposted.cardText()).contains(onlyCaseOf(bot).reference(), "Osby");
            assertThat(told(caseworker, "har nu skickats till")).contains("Konsultationsteam Syd");
            assertThat(onlyCaseOf(bot).teamId()).isEqualTo(nextTeamId);
        }
    }

    /**
     * A team set up in the configuration that never had the bot: the first case for it
     * cannot be posted, so it gives up its kommuner (the people are told, the case stays
     * open and waits); when the bot is added to the team it takes them again and the case
     * is posted there.
     */
    @Test
    void aConfiguredTeamTheBotWasNeverAddedToIsWithdrawnAndTakesItsKommunerWhenTheBotIsAdded(@TempDir Path dataDir) {
        Map<String, Object> configured = Map.of("samverkansbot.cases.teams[0].team-id", teamId,
                "samverkansbot.cases.teams[0].name", "Konsultationsteam Konfig",
                "samverkansbot.cases.teams[0].kommuner[0]", "Osby");
        try (RunningBot bot = start(dataDir, configured)) {
            BotClient client = bot.client();
            installPersonally(client, osbyCoordinator, admin, caseworker);
            assertThat(bot.bean(CaseManagement.class).teamFor(new Kommun("Osby"))).isPresent();

            raiseCase(client, "Osby");

            assertThat(told(osbyCoordinator, "Konsultationsteam Konfig tar inte längre emot ärenden"))
                .contains("boten har aldrig lagts till i teamet", "**Osby**");
            told(admin, "Konsultationsteam Konfig tar inte längre emot ärenden");
            assertThat(told(caseworker, "ligger inte hos något konsultationsteam"))
                .contains(onlyCaseOf(bot).reference(), "fortfarande öppet", osbyCoordinator.name());
            ConsultationCase waiting = onlyCaseOf(bot);
            assertThat(waiting.status()).isEqualTo(CaseStatus.OPEN);
            assertThat(waiting.awaitsTeam()).isTrue();
            assertThat(bot.bean(CaseManagement.class).teamFor(new Kommun("Osby"))).isEmpty();

            client.send(TestActivities.botAddedToTeam(osbyCoordinator, teamId, "Konsultationsteam Konfig"));

            SentActivity posted = CaseTestBot.awaitMatching(teamId,
                    (sent) -> sent.cardText().contains("Nytt ärende K-"));
            assertThat(posted.cardText()).contains(waiting.reference(), "Osby");
            assertThat(told(caseworker, "har nu skickats till")).contains("Konsultationsteam Konfig");
            assertThat(onlyCaseOf(bot).teamId()).isEqualTo(teamId);
        }
    }

    @Test
    void aDeletedCaseChannelReleasesTheTeamAndTheOpenCaseWaitsForTheNextTeam(@TempDir Path dataDir) {
        try (RunningBot bot = start(dataDir)) {
            BotClient client = bot.client();
            setUpTeam(client, teamId, "Konsultationsteam Nordost", osbyCoordinator, "Osby");
            installPersonally(client, osbyCoordinator, admin, caseworker);
            raiseCase(client, "Osby");
            CaseTestBot.awaitMatching(teamId, (sent) -> sent.cardText().contains("Nytt ärende K-"));

            // Another channel of the team is deleted: nothing changes.
            client
                .send(teamEvent(teamId, "channelDeleted", "19:other-" + UUID.randomUUID() + "@thread.tacv2", "Annat"));
            assertThat(bot.bean(CaseManagement.class).teamFor(new Kommun("Osby"))).isPresent();

            client.send(teamEvent(teamId, "channelDeleted", teamId, "Allmänt"));
            assertThat(told(osbyCoordinator, "tar inte längre emot ärenden"))
                .contains("kanalen där ärendena lades upp har tagits bort");
            told(admin, "tar inte längre emot ärenden");
            assertThat(told(caseworker, "ligger inte hos något konsultationsteam"))
                .contains(onlyCaseOf(bot).reference());
            assertThat(onlyCaseOf(bot).awaitsTeam()).isTrue();
            assertThat(caseworkerCardUpdated("Ärendet ligger inte hos något konsultationsteam just nu"))
                .as("the caseworker's card no longer names the team that is gone")
                .contains("Osby")
                .doesNotContain("Konsultationsteam Nordost");

            // No team takes Osby now: a new case is not stored, and the coordinator is
            // named.
            raiseCase(client, "Osby");
            assertThat(told(caseworker, "Inget konsultationsteam tar emot ärenden från Osby"))
                .contains(osbyCoordinator.name());
            assertThat(bot.bean(CaseManagement.class).openCasesOf(caseworkerId())).hasSize(1);

            setUpTeam(client, nextTeamId, "Konsultationsteam Syd", osbyCoordinator, "Osby");
            CaseTestBot.awaitMatching(nextTeamId, (sent) -> sent.cardText().contains(onlyCaseOf(bot).reference()));
            told(caseworker, "har nu skickats till Konsultationsteam Syd");
            assertThat(caseworkerCardUpdated("Ärendet har skickats till Konsultationsteam Syd"))
                .as("the caseworker's card names the new team at once, before any other change")
                .contains(onlyCaseOf(bot).reference());
        }
    }

    @Test
    void removingTheBotFromTheTeamReleasesIt(@TempDir Path dataDir) {
        try (RunningBot bot = start(dataDir)) {
            BotClient client = bot.client();
            setUpTeam(client, teamId, "Konsultationsteam Nordost", osbyCoordinator, "Osby");
            installPersonally(client, osbyCoordinator, caseworker);
            raiseCase(client, "Osby");
            CaseTestBot.awaitMatching(teamId, (sent) -> sent.cardText().contains("Nytt ärende K-"));

            TestActivities removed = teamEvent(teamId, "teamMemberRemoved", null, null);
            removed.node().putArray("membersRemoved").addObject().put("id", TestUsers.BOT_ID);
            client.send(removed);

            assertThat(told(osbyCoordinator, "tar inte längre emot ärenden"))
                .contains("boten har tagits bort från teamet");
            told(caseworker, "ligger inte hos något konsultationsteam");
            assertThat(bot.bean(CaseManagement.class).teamFor(new Kommun("Osby"))).isEmpty();
        }
    }

    @Test
    void aDeletedTeamIsReleased(@TempDir Path dataDir) {
        try (RunningBot bot = start(dataDir)) {
            BotClient client = bot.client();
            setUpTeam(client, teamId, "Konsultationsteam Nordost", osbyCoordinator, "Osby");
            installPersonally(client, osbyCoordinator);
            client.send(teamEvent(teamId, "teamDeleted", null, null));
            assertThat(told(osbyCoordinator, "tar inte längre emot ärenden")).contains("teamet har tagits bort");
            assertThat(bot.bean(CaseManagement.class).teamFor(new Kommun("Osby"))).isEmpty();
        }
    }

    @Test
    void anArchivedTeamTakesNoCasesUntilItIsUnarchived(@TempDir Path dataDir) {
        try (RunningBot bot = start(dataDir)) {
            BotClient client = bot.client();
            setUpTeam(client, teamId, "Konsultationsteam Nordost", osbyCoordinator, "Osby");
            installPersonally(client, osbyCoordinator, caseworker);

            client.send(teamEvent(teamId, "teamArchived", null, null));
            assertThat(told(osbyCoordinator, "har arkiverats")).contains("Konsultationsteam Nordost", "**Osby**");
            raiseCase(client, "Osby");
            assertThat(told(caseworker, "Inget konsultationsteam tar emot ärenden från Osby"))
                .contains(osbyCoordinator.name());
            assertThat(bot.bean(CaseManagement.class).openCasesOf(caseworkerId())).isEmpty();

            client.send(teamEvent(teamId, "teamUnarchived", null, null));
            told(osbyCoordinator, "är inte längre arkiverat");
            raiseCase(client, "Osby");
            CaseTestBot.awaitMatching(teamId, (sent) -> sent.cardText().contains("Nytt ärende K-"));
            assertThat(onlyCaseOf(bot).teamId()).isEqualTo(teamId);
        }
    }

    @Test
    void aRenamedCaseChannelAndTeamAreStored(@TempDir Path dataDir) {
        try (RunningBot bot = start(dataDir)) {
            BotClient client = bot.client();
            setUpTeam(client, teamId, "Konsultationsteam Nordost", osbyCoordinator, "Osby");
            client.send(teamEvent(teamId, "channelRenamed", teamId, "Ärenden"));
            TestActivities teamRenamed = teamEvent(teamId, "teamRenamed", null, null);
            ((ObjectNode) teamRenamed.node().get("channelData").get("team")).put("name", "Samverkansteamet");
            client.send(teamRenamed);
            ConsultationTeam team = bot.bean(CaseManagement.class).team(teamId).orElseThrow();
            assertThat(team.channelName()).isEqualTo("Ärenden");
            assertThat(team.name()).isEqualTo("Samverkansteamet");
            assertThat(team.kommuner()).containsExactly(new Kommun("Osby"));
        }
    }

    @Test
    void aCoordinatorClaimsOnlyTheirOwnKommunerAndATeamThatLosesOneIsToldInItsChannel(@TempDir Path dataDir) {
        try (RunningBot bot = start(dataDir)) {
            BotClient client = bot.client();
            setUpTeam(client, teamId, "Konsultationsteam Nordost", TestUsers.COORDINATOR, "Osby, Kristianstad");
            client.send(TestActivities.botAddedToTeam(osbyCoordinator, nextTeamId, "Konsultationsteam Syd"));
            CaseTestBot.awaitNth(nextTeamId, 0);

            client.send(inChannel(osbyCoordinator, nextTeamId, "Konsultationsteam Syd",
                    "konsultationsteam Osby, Kristianstad"));
            assertThat(CaseTestBot.awaitNth(nextTeamId, 1).text()).contains(
                    "Du kan bara ställa in konsultationsteamet för kommuner där du är samverkanskoordinator (Osby)",
                    "samverkanskoordinatorn för Kristianstad", "Inget har ändrats");
            CaseManagement cases = bot.bean(CaseManagement.class);
            assertThat(cases.teamFor(new Kommun("Kristianstad")).map(ConsultationTeam::teamId)).contains(teamId);
            assertThat(cases.teamFor(new Kommun("Osby")).map(ConsultationTeam::teamId)).contains(teamId);
            assertThat(cases.team(nextTeamId)).isEmpty();

            // Their own kommun they may take; the team that had it is told in its
            // channel.
            client.send(inChannel(osbyCoordinator, nextTeamId, "Konsultationsteam Syd", "konsultationsteam Osby"));
            CaseTestBot.awaitMatching(nextTeamId, (sent) -> sent.text() != null && sent.text().startsWith("Klart!"));
            assertThat(CaseTestBot
                .awaitMatching(teamId, (sent) -> sent.text() != null && sent.text().startsWith("Från och med nu"))
                .text()).contains("Konsultationsteam Syd", "**Osby**", "Öppna ärenden ligger kvar här");
            assertThat(cases.teamFor(new Kommun("Kristianstad")).map(ConsultationTeam::teamId)).contains(teamId);
            assertThat(cases.teamFor(new Kommun("Osby")).map(ConsultationTeam::teamId)).contains(nextTeamId);
        }
    }

    @Test
    void theAssignListHasTheWholeRosterAMemberWhoLeftIsRefusedAndTheAssigneeIsTold(@TempDir Path dataDir) {
        TestUser colleague = TestUsers.fresh("Kalle Kollega");
        TestUser leaving = TestUsers.fresh("Lena Lämnar");
        TestUser quiet = TestUsers.fresh("Tyra Tyst");
        TestUser last = TestUsers.fresh("Sista Sidan");
        FakeConnector.get().roster(teamId, osbyCoordinator, member, colleague, leaving, quiet, last);
        try (RunningBot bot = start(dataDir)) {
            BotClient client = bot.client();
            setUpTeam(client, teamId, "Konsultationsteam Nordost", osbyCoordinator, "Osby");
            installPersonally(client, caseworker, colleague);
            raiseCase(client, "Osby");
            long caseId = CaseTestBot
                .awaitMatching(teamId,
                        (sent) -> sent.activityId() == null && sent.cardText().contains("Nytt ärende K-"))
                .adaptiveCards()
                .get(0)
                .findValue(CaseCards.CASE_ID)
                .asLong();
            String thread = CaseActivities.newThread();

            client.send(CaseActivities.channelSubmit(member, teamId, thread,
                    CaseActivities.data(Map.of("verb", CaseCards.ASSIGN_FORM, CaseCards.CASE_ID, caseId))));
            assertThat(CaseTestBot.awaitMatching(teamId, (sent) -> sent.cardText().contains("Vem i teamet ska ansvara"))
                .cardText()).as("every page of the roster")
                .contains(colleague.name(), leaving.name(), quiet.name(), last.name());

            // Lena leaves the team: Teams tells the bot, and lists her no more.
            FakeConnector.get().roster(teamId, osbyCoordinator, member, colleague, quiet, last);
            TestActivities left = teamEvent(teamId, "teamMemberRemoved", null, null);
            left.node()
                .putArray("membersRemoved")
                .addObject()
                .put("id", leaving.id())
                .put("aadObjectId", leaving.aadObjectId());
            client.send(left);
            assign(client, thread, caseId, leaving);
            CaseTestBot.awaitMatching(teamId,
                    (sent) -> sent.text() != null && sent.text().startsWith("Den personen är inte medlem i teamet"));
            // Tyra leaves without the bot hearing of it: checked against the roster when
            // assigning.
            FakeConnector.get().roster(teamId, osbyCoordinator, member, colleague, last);
            assign(client, thread, caseId, quiet);
            awaitCount(teamId,
                    (sent) -> sent.text() != null && sent.text().startsWith("Den personen är inte medlem i teamet"), 2);
            assertThat(bot.bean(CaseManagement.class).find(caseId).orElseThrow().assignee()).isNull();

            assign(client, thread, caseId, colleague);
            assertThat(told(colleague, "Du ansvarar nu för ärende K-")).contains("Osby", "Konsultationsteam Nordost");
            assertThat(bot.bean(CaseManagement.class).find(caseId).orElseThrow().assignee().name())
                .isEqualTo(colleague.name());
        }
        finally {
            FakeConnector.get().roster(teamId);
        }
    }

    @Test
    void aCaseWhoseAssigneeLeftTheTeamIsReleasedAndTheTeamIsToldInItsThread(@TempDir Path dataDir) {
        TestUser colleague = TestUsers.fresh("Kalle Kollega");
        TestUser quiet = TestUsers.fresh("Tyra Tyst");
        FakeConnector.get().roster(teamId, osbyCoordinator, member, colleague, quiet);
        try (RunningBot bot = start(dataDir)) {
            BotClient client = bot.client();
            CaseManagement cases = bot.bean(CaseManagement.class);
            setUpTeam(client, teamId, "Konsultationsteam Nordost", osbyCoordinator, "Osby");
            installPersonally(client, caseworker);
            raiseCase(client, "Osby");
            long caseId = CaseTestBot
                .awaitMatching(teamId,
                        (sent) -> sent.activityId() == null && sent.cardText().contains("Nytt ärende K-"))
                .adaptiveCards()
                .get(0)
                .findValue(CaseCards.CASE_ID)
                .asLong();
            String reference = cases.find(caseId).orElseThrow().reference();
            String thread = CaseActivities.newThread();
            assign(client, thread, caseId, colleague);
            CaseTestBot.awaitMatching(teamId,
                    (sent) -> sent.kind() == SentActivity.Kind.UPDATE && sent.cardText().contains(colleague.name()));

            // Kalle leaves the team, and Teams tells the bot.
            FakeConnector.get().roster(teamId, osbyCoordinator, member, quiet);
            TestActivities left = teamEvent(teamId, "teamMemberRemoved", null, null);
            left.node()
                .putArray("membersRemoved")
                .addObject()
                .put("id", colleague.id())
                .put("aadObjectId", colleague.aadObjectId());
            Instant leftAt = Instant.now();
            client.send(left);

            assertThat(CaseTestBot
                .awaitMatching(teamId, (sent) -> sent.text() != null && sent.text().contains("har lämnat teamet"))
                .text()).contains(colleague.name(), reference, "Tilldela");
            assertThat(cases.find(caseId).orElseThrow().assignee()).as("released").isNull();
            assertThat(cases.find(caseId).orElseThrow().status()).isEqualTo(CaseStatus.OPEN);
            SentActivity card = CaseTestBot.awaitMatching(teamId, (sent) -> sent.kind() == SentActivity.Kind.UPDATE
                    && sent.at().isAfter(leftAt) && sent.cardText().contains("ingen ännu"));
            assertThat(card.cardText()).as("the card no longer names who left").doesNotContain(colleague.name());

            // Tyra answers for it next and leaves without the bot hearing of it: found
            // when the roster is read again (someone opens the assign form).
            assign(client, thread, caseId, quiet);
            CaseTestBot.awaitMatching(teamId,
                    (sent) -> sent.kind() == SentActivity.Kind.UPDATE && sent.cardText().contains(quiet.name()));
            FakeConnector.get().roster(teamId, osbyCoordinator, member);
            client.send(CaseActivities.channelSubmit(member, teamId, thread,
                    CaseActivities.data(Map.of("verb", CaseCards.ASSIGN_FORM, CaseCards.CASE_ID, caseId))));
            assertThat(
                    CaseTestBot
                        .awaitMatching(teamId,
                                (sent) -> sent.text() != null
                                        && sent.text().contains(quiet.name() + " har lämnat teamet"))
                        .text())
                .contains(reference);
            assertThat(cases.find(caseId).orElseThrow().assignee()).isNull();
        }
        finally {
            FakeConnector.get().roster(teamId);
        }
    }

    @Test
    void messagesTheBotSendsOnItsOwnAreInTheRecipientsLanguage(@TempDir Path dataDir) {
        try (RunningBot bot = start(dataDir)) {
            BotClient client = bot.client();
            setUpTeam(client, teamId, "Konsultationsteam Nordost", osbyCoordinator, "Osby");
            client.send(TestActivities.botInstalledPersonally(caseworker).locale("en-GB"));
            CaseTestBot.awaitNth(caseworker.personalConversationId(), 0);
            client.send(TestActivities.botInstalledPersonally(osbyCoordinator));
            CaseTestBot.awaitNth(osbyCoordinator.personalConversationId(), 0);
            client
                .send(TestActivities
                    .personalSubmit(caseworker,
                            CaseActivities
                                .data(CaseConversationTests.caseForm("Osby", "Kvinna 40–49 år, sjukskriven.")))
                    .locale("en-GB"));
            long caseId = CaseTestBot
                .awaitMatching(teamId,
                        (sent) -> sent.activityId() == null && sent.cardText().contains("Nytt ärende K-"))
                .adaptiveCards()
                .get(0)
                .findValue(CaseCards.CASE_ID)
                .asLong();
            client.send(CaseActivities.channelSubmit(member, teamId, CaseActivities.newThread(),
                    CaseActivities.data(Map.of("verb", CaseCards.ADVISE, CaseCards.CASE_ID, caseId, "advice",
                            "Boka ett trepartsmöte med AF och FK.", "adviceAgency", "FK"))));
            assertThat(CaseTestBot
                .awaitMatching(caseworker.personalConversationId(),
                        (sent) -> sent.cardText().contains("Advice on case"))
                .cardText()).contains("Boka ett trepartsmöte");

            client.send(teamEvent(teamId, "channelDeleted", teamId, "Allmänt"));
            assertThat(told(caseworker, "is not with any consultation team right now")).contains("Osby");
            told(osbyCoordinator, "tar inte längre emot ärenden");
        }
    }

    private void assign(BotClient client, String thread, long caseId, TestUser assignee) {
        client.send(CaseActivities.channelSubmit(member, teamId, thread, CaseActivities
            .data(Map.of("verb", CaseCards.ASSIGN, CaseCards.CASE_ID, caseId, "assignee", assignee.aadObjectId()))));
    }

    /** Waits until this many messages to the conversation match. */
    private static void awaitCount(String conversationId, Predicate<SentActivity> matching, int count) {
        FakeConnector.get()
            .awaitSent((sent) -> CaseTestBot.sentTo(conversationId).stream().filter(matching).count() >= count,
                    java.time.Duration.ofSeconds(15));
    }

    private RunningBot start(Path dataDir) {
        return start(dataDir, Map.of());
    }

    private RunningBot start(Path dataDir, Map<String, Object> extra) {
        Map<String, Object> organisation = new HashMap<>(extra);
        organisation.put("samverkansbot.organisation.coordinators[1].user-id", osbyCoordinator.aadObjectId());
        organisation.put("samverkansbot.organisation.coordinators[1].name", osbyCoordinator.name());
        organisation.put("samverkansbot.organisation.coordinators[1].kommuner[0]", "Osby");
        organisation.put("samverkansbot.organisation.admins[0]", admin.aadObjectId());
        return CaseTestBot.start(dataDir, organisation);
    }

    private void setUpTeam(BotClient client, String team, String name, TestUser by, String kommuner) {
        client.send(TestActivities.botAddedToTeam(by, team, name));
        CaseTestBot.awaitNth(team, 0);
        client.send(inChannel(by, team, name, "konsultationsteam " + kommuner));
        CaseTestBot.awaitMatching(team, (sent) -> sent.text() != null && sent.text().startsWith("Klart!"));
    }

    /** A message in a new thread of the team's General channel. */
    private static TestActivities inChannel(TestUser by, String team, String teamName, String text) {
        TestActivities message = CaseActivities.channelMessage(by, team, CaseActivities.newThread(), text);
        ((ObjectNode) message.node().get("channelData").get("team")).put("name", teamName);
        return message;
    }

    private static void installPersonally(BotClient client, TestUser... people) {
        for (TestUser person : people) {
            client.send(TestActivities.botInstalledPersonally(person));
            CaseTestBot.awaitNth(person.personalConversationId(), 0);
        }
    }

    private void raiseCase(BotClient client, String kommun) {
        client.send(TestActivities.personalSubmit(caseworker,
                CaseActivities.data(CaseConversationTests.caseForm(kommun, "Kvinna 40–49 år, sjukskriven."))));
    }

    /** What the bot wrote on its own to the person's personal chat, containing this. */
    private String told(TestUser person, String containing) {
        Predicate<SentActivity> matching = (sent) -> sent.at().isAfter(start) && sent.text() != null
                && sent.text().contains(containing);
        return CaseTestBot.awaitMatching(person.personalConversationId(), matching).text();
    }

    /** The caseworker's own case card as last updated in place, containing this. */
    private String caseworkerCardUpdated(String containing) {
        return CaseTestBot
            .awaitMatching(caseworker.personalConversationId(),
                    (sent) -> sent.kind() == SentActivity.Kind.UPDATE && sent.cardText().contains(containing))
            .cardText();
    }

    private ConsultationCase onlyCaseOf(RunningBot bot) {
        List<ConsultationCase> open = bot.bean(CaseManagement.class).openCasesOf(caseworkerId());
        assertThat(open).hasSize(1);
        return open.get(0);
    }

    private se.finsam.samverkansbot.core.UserId caseworkerId() {
        return se.finsam.samverkansbot.core.UserId.of(caseworker.aadObjectId());
    }

    /**
     * A {@code conversationUpdate} about the team as Teams sends it, in the team's
     * General channel.
     */
    private static TestActivities teamEvent(String team, String eventType, String channelId, String channelName) {
        TestActivities update = TestActivities.botAddedToTeam(TestUsers.COORDINATOR, team, "Konsultationsteam Nordost");
        update.node().remove("membersAdded");
        ObjectNode channelData = (ObjectNode) update.node().get("channelData");
        channelData.put("eventType", eventType);
        if (channelId != null) {
            channelData.putObject("channel").put("id", channelId).put("name", channelName);
        }
        return update;
    }

}
