package se.finsam.samverkansbot.teams.cases;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.teams.TeamsInfo;
import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.connector.rest.RestConnectorClient;
import com.microsoft.bot.schema.PagedMembersResult;
import com.microsoft.bot.schema.Serialization;
import com.microsoft.bot.schema.teams.TeamsChannelAccount;
import com.microsoft.bot.schema.teams.TeamsPagedMembersResult;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.cases.CaseManagement;
import se.finsam.samverkansbot.cases.Person;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.teams.conversations.ChatUsers;

/**
 * The members of a konsultationsteam as Teams lists them, every page of the roster (Teams
 * pages it with a continuation token). What Teams lists is recorded as the team's
 * members, so that someone who left the team can no longer be assigned its cases.
 * <p>
 * botbuilder-java 4.14.3 cannot ask for a page after the first: its Retrofit interface
 * puts the continuation token into the URL template's query string, which Retrofit
 * refuses. The first page comes from {@link TeamsInfo}; the next ones are asked for with
 * the same authenticated HTTP client, the token as a proper query parameter.
 */
@Component
class TeamRoster {

    private static final Logger log = LoggerFactory.getLogger(TeamRoster.class);

    /** A bound on pages read, should Teams keep answering with a token. */
    private static final int MAX_PAGES = 200;

    private final CaseManagement cases;

    private final ChatUsers chatUsers;

    TeamRoster(CaseManagement cases, ChatUsers chatUsers) {
        this.cases = cases;
        this.chatUsers = chatUsers;
    }

    /**
     * Reads the whole roster and records it as the team's members; empty when Teams does
     * not give it (then the members seen acting in the channel are all the bot knows).
     */
    CompletableFuture<Optional<List<Person>>> refresh(TurnContext turn, String teamId) {
        CompletableFuture<List<TeamsChannelAccount>> all;
        try {
            all = pages(turn, teamId, null, new ArrayList<>(), 0);
        }
        catch (RuntimeException unavailable) {
            all = CompletableFuture.failedFuture(unavailable);
        }
        return all.thenApply((accounts) -> {
            List<Person> members = accounts.stream()
                .map((account) -> Person.of(UserId.of(account.getAadObjectId()), account.getName()))
                .toList();
            cases.rosterRead(teamId, members);
            // Their Teams ids, for the case cards to refresh for them.
            accounts.forEach((account) -> chatUsers.remember(UserId.of(account.getAadObjectId()), account.getId()));
            return Optional.of(members);
        }).exceptionally((failure) -> {
            log.info("The roster of team {} could not be read ({}); members seen in its channel are used", teamId,
                    failure.getClass().getSimpleName());
            return Optional.empty();
        });
    }

    private static CompletableFuture<List<TeamsChannelAccount>> pages(TurnContext turn, String teamId, String token,
            List<TeamsChannelAccount> read, int page) {
        CompletableFuture<TeamsPagedMembersResult> asked = token == null
                ? TeamsInfo.getPagedTeamMembers(turn, teamId, null) : nextPage(turn, teamId, token);
        return asked.thenCompose((result) -> {
            add(result, read);
            String next = result == null ? null : result.getContinuationToken();
            if (next == null || next.isBlank()) {
                return CompletableFuture.completedFuture(read);
            }
            if (page + 1 >= MAX_PAGES) {
                return CompletableFuture.failedFuture(new IllegalStateException("Roster has too many pages"));
            }
            return pages(turn, teamId, next, read, page + 1);
        });
    }

    private static CompletableFuture<TeamsPagedMembersResult> nextPage(TurnContext turn, String teamId, String token) {
        ConnectorClient client = turn.getTurnState().get(BotFrameworkAdapter.CONNECTOR_CLIENT_KEY);
        if (!(client instanceof RestConnectorClient rest)) {
            return CompletableFuture.failedFuture(new IllegalStateException("No connector client for the roster"));
        }
        HttpUrl base = HttpUrl.parse(rest.baseUrl());
        if (base == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("No service URL for the roster"));
        }
        HttpUrl url = base.newBuilder()
            .addPathSegments("v3/conversations")
            .addPathSegment(teamId)
            .addPathSegment("pagedmembers")
            .addQueryParameter("continuationToken", token)
            .build();
        try (Response response = rest.httpClient().newCall(new Request.Builder().url(url).get().build()).execute()) {
            if (!response.isSuccessful() || response.body() == null) {
                return CompletableFuture
                    .failedFuture(new IllegalStateException("Roster page answered " + response.code()));
            }
            PagedMembersResult page = Serialization.treeToValue(Serialization.jsonToTree(response.body().string()),
                    PagedMembersResult.class);
            return CompletableFuture.completedFuture(new TeamsPagedMembersResult(page));
        }
        catch (IOException unreachable) {
            return CompletableFuture.failedFuture(unreachable);
        }
    }

    private static void add(TeamsPagedMembersResult result, List<TeamsChannelAccount> read) {
        if (result == null || result.getMembers() == null) {
            return;
        }
        for (TeamsChannelAccount member : result.getMembers()) {
            if (member.getAadObjectId() != null && !member.getAadObjectId().isBlank()) {
                read.add(member);
            }
        }
    }

}
