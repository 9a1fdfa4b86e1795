package se.finsam.samverkansbot.teams.chat;

import java.net.HttpURLConnection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.teams.TeamsActivityHandler;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.AdaptiveCardInvokeResponse;
import com.microsoft.bot.schema.AdaptiveCardInvokeValue;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.Serialization;
import com.microsoft.bot.schema.teams.FileConsentCardResponse;
import com.microsoft.bot.schema.teams.MessagingExtensionQuery;
import com.microsoft.bot.schema.teams.MessagingExtensionResponse;
import com.microsoft.bot.schema.teams.MessagingExtensionResult;
import com.microsoft.bot.schema.teams.ChannelInfo;
import com.microsoft.bot.schema.teams.TaskModuleRequest;
import com.microsoft.bot.schema.teams.TaskModuleResponse;
import com.microsoft.bot.schema.teams.TeamInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.teams.conversations.ConversationKind;
import se.finsam.samverkansbot.teams.conversations.ConversationRegistry;
import se.finsam.samverkansbot.teams.conversations.TeamChanges;
import se.finsam.samverkansbot.teams.conversations.UserOf;

/**
 * The one inbound handler: stores conversation references when the bot is installed, and
 * dispatches messages to {@link ChatCommand}s by exact command words and card submits to
 * {@link CardActionHandler}s by exact verb.
 */
@Component
public class SamverkansBot extends TeamsActivityHandler {

    private static final Logger log = LoggerFactory.getLogger(SamverkansBot.class);

    private final ConversationRegistry registry;

    private final TeamChanges teamChanges;

    private final HelpCards helpCards;

    private final Texts texts;

    private final CommandTable commands;

    private final UnknownText unknownText;

    private final Map<String, CardActions.Registered> actions = new HashMap<>();

    private final CardPresses presses;

    private final DialogPresses dialogs;

    private final Map<String, MessagingExtensionQueryHandler> extensionQueries = new HashMap<>();

    private final Map<String, FileConsentHandler> fileConsents = new HashMap<>();

    SamverkansBot(ConversationRegistry registry, HelpCards helpCards, Texts texts, List<ChatCommand> commands,
            List<CardActions> actions, List<Dialogs> dialogs, List<MessagingExtensionQueryHandler> extensionQueries,
            List<FileConsentHandler> fileConsents, CardActionKeys keys, UnknownText unknownText,
            TeamChanges teamChanges) {
        this.registry = registry;
        this.teamChanges = teamChanges;
        this.unknownText = unknownText;
        this.helpCards = helpCards;
        this.texts = texts;
        this.commands = new CommandTable(commands);
        for (CardActions registered : actions) {
            registered.byVerb().forEach((verb, action) -> {
                if (this.actions.putIfAbsent(verb, action) != null) {
                    throw new IllegalStateException("Two card actions share the verb " + verb);
                }
            });
        }
        this.presses = new CardPresses(this.actions, keys, texts);
        Map<String, Dialogs.Registered> byName = new HashMap<>();
        for (Dialogs registered : dialogs) {
            registered.byName().forEach((name, dialog) -> {
                if (byName.putIfAbsent(name, dialog) != null) {
                    throw new IllegalStateException("Two dialogs share the name " + name);
                }
            });
        }
        this.dialogs = new DialogPresses(byName, keys, texts);
        for (MessagingExtensionQueryHandler query : extensionQueries) {
            if (this.extensionQueries.putIfAbsent(query.commandId(), query) != null) {
                throw new IllegalStateException("Two messaging extension handlers share the id " + query.commandId());
            }
        }
        for (FileConsentHandler consent : fileConsents) {
            if (this.fileConsents.putIfAbsent(consent.kind(), consent) != null) {
                throw new IllegalStateException("Two file consent handlers share the kind " + consent.kind());
            }
        }
    }

    @Override
    protected CompletableFuture<Void> onMessageActivity(TurnContext turn) {
        Activity activity = turn.getActivity();
        ConversationKind where = ConversationKind.of(activity.getConversation().getConversationType());
        Locale locale = Texts.localeOf(activity);
        if (where == ConversationKind.PERSONAL) {
            registry.remember(activity);
        }
        CardData submitted = CardData
            .of(activity.getValue() == null ? null : Serialization.objectToTree(activity.getValue()));
        Optional<String> verb = submitted.verb();
        if (verb.isPresent()) {
            return onCardSubmit(turn, verb.get(), submitted, locale);
        }
        String text = activity.getText() == null ? "" : Activity.removeRecipientMentionImmutable(activity);
        return commands.match(text, where)
            .map(match -> match.command()
                .handle(turn, new CommandInput(match.name(), match.arguments(), locale, where)))
            .orElseGet(() -> unknownText.answer(turn, text, locale));
    }

    /** A button of a card sent before Universal Actions: answered with a message. */
    private CompletableFuture<Void> onCardSubmit(TurnContext turn, String verb, CardData data, Locale locale) {
        return presses.press(turn, verb, data, locale, false).thenApply((answer) -> null);
    }

    /**
     * An {@code Action.Execute} button: the same handlers as a submit, but what they
     * answer replaces the pressed card (or is shown to the one who pressed) instead of
     * being posted.
     */
    @Override
    protected CompletableFuture<AdaptiveCardInvokeResponse> onAdaptiveCardInvoke(TurnContext turn,
            AdaptiveCardInvokeValue invoke) {
        Activity activity = turn.getActivity();
        if (ConversationKind.of(activity.getConversation().getConversationType()) == ConversationKind.PERSONAL) {
            registry.remember(activity);
        }
        CardData data = CardData.of(invoke.getAction() == null || invoke.getAction().getData() == null ? null
                : Serialization.objectToTree(invoke.getAction().getData()));
        String verb = invoke.getAction() == null || invoke.getAction().getVerb() == null ? data.verb().orElse(null)
                : invoke.getAction().getVerb();
        return presses.press(turn, verb, data, Texts.localeOf(activity), true).thenApply(CardAnswer::toInvokeResponse);
    }

    /** A button opened a Teams dialog: answered with its form, by the dialog's name. */
    @Override
    protected CompletableFuture<TaskModuleResponse> onTeamsTaskModuleFetch(TurnContext turn,
            TaskModuleRequest request) {
        return CompletableFuture.completedFuture(dialogs.fetch(turn, request));
    }

    /**
     * A dialog's form was sent: answered with the form again (what is wrong, to its
     * author only) or a message that closes the dialog.
     */
    @Override
    protected CompletableFuture<TaskModuleResponse> onTeamsTaskModuleSubmit(TurnContext turn,
            TaskModuleRequest request) {
        return CompletableFuture.completedFuture(dialogs.submit(turn, request));
    }

    /**
     * A search-based messaging extension command, dispatched by its exact command id; the
     * answer goes back in the invoke's HTTP response.
     */
    @Override
    protected CompletableFuture<MessagingExtensionResponse> onTeamsMessagingExtensionQuery(TurnContext turn,
            MessagingExtensionQuery query) {
        Locale locale = Texts.localeOf(turn.getActivity());
        MessagingExtensionQueryHandler handler = extensionQueries.get(query.getCommandId());
        if (handler == null) {
            log.warn("Messaging extension query with unknown command id in activity {}", turn.getActivity().getId());
            MessagingExtensionResult unknown = new MessagingExtensionResult();
            unknown.setType("message");
            unknown.setText(texts.get(locale, "action.unknown"));
            return CompletableFuture.completedFuture(new MessagingExtensionResponse(unknown));
        }
        return CompletableFuture.completedFuture(handler.handle(turn, query, locale));
    }

    /**
     * Every invoke's answer: a failure inside the SDK's dispatch comes back as a 500
     * whose body is the exception's message, which must not leave the bot; it is logged
     * by ids and answered without a body.
     */
    @Override
    protected CompletableFuture<InvokeResponse> onInvokeActivity(TurnContext turn) {
        return super.onInvokeActivity(turn).thenApply((response) -> {
            if (response != null && response.getStatus() >= 500 && response.getStatus() != 501) {
                log.error("Invoke failed with {} in activity {}", response.getStatus(), turn.getActivity().getId());
                return new InvokeResponse(response.getStatus(), null);
            }
            return response;
        });
    }

    /**
     * A file consent answer without an action is no answer Teams sends: refused as a bad
     * request instead of failing in the SDK's dispatch.
     */
    @Override
    protected CompletableFuture<InvokeResponse> onTeamsFileConsent(TurnContext turn, FileConsentCardResponse response) {
        if (response == null || response.getAction() == null) {
            log.warn("File consent without an action in activity {}", turn.getActivity().getId());
            return CompletableFuture.completedFuture(new InvokeResponse(HttpURLConnection.HTTP_BAD_REQUEST, null));
        }
        return super.onTeamsFileConsent(turn, response);
    }

    /**
     * The user accepted a file the bot offered: dispatched by the kind in its context.
     */
    @Override
    protected CompletableFuture<Void> onTeamsFileConsentAccept(TurnContext turn, FileConsentCardResponse response) {
        JsonNode context = Serialization.objectToTree(response.getContext());
        Locale locale = Texts.localeOf(turn.getActivity());
        return fileConsent(turn, context)
            .map(handler -> handler.accepted(turn, context, response.getUploadInfo(), locale))
            .orElseGet(() -> Replies.text(turn, texts.get(locale, "action.unknown")));
    }

    @Override
    protected CompletableFuture<Void> onTeamsFileConsentDecline(TurnContext turn, FileConsentCardResponse response) {
        JsonNode context = Serialization.objectToTree(response.getContext());
        Locale locale = Texts.localeOf(turn.getActivity());
        return fileConsent(turn, context).map(handler -> handler.declined(turn, context, locale))
            .orElseGet(() -> Replies.text(turn, texts.get(locale, "action.unknown")));
    }

    private Optional<FileConsentHandler> fileConsent(TurnContext turn, JsonNode context) {
        JsonNode kind = context == null ? null : context.get(FileConsentHandler.KIND);
        FileConsentHandler handler = kind != null && kind.isTextual() ? fileConsents.get(kind.asText()) : null;
        if (handler == null) {
            log.warn("File consent with unknown context in activity {}", turn.getActivity().getId());
        }
        return Optional.ofNullable(handler);
    }

    @Override
    protected CompletableFuture<Void> onTeamsMembersAddedDispatch(List<ChannelAccount> membersAdded, TeamInfo teamInfo,
            TurnContext turn) {
        // Only the bot's own installation matters here; other members joining a team need
        // no lookup.
        if (!containsBot(membersAdded, turn.getActivity())) {
            return CompletableFuture.completedFuture(null);
        }
        Activity activity = turn.getActivity();
        registry.remember(activity);
        ConversationKind where = ConversationKind.of(activity.getConversation().getConversationType());
        log.info("Installed in a {} conversation", where);
        if (where == ConversationKind.CHANNEL) {
            teamChanges.botAdded(teamInfo != null ? teamInfo.getId() : activity.teamsGetTeamId());
        }
        return Replies.card(turn, helpCards.help(Texts.localeOf(activity), where, true,
                // The whole channel reads the greeting: no one's own commands there.
                where == ConversationKind.PERSONAL ? UserOf.activity(activity) : Optional.empty()));
    }

    @Override
    protected CompletableFuture<Void> onTeamsMembersRemovedDispatch(List<ChannelAccount> membersRemoved,
            TeamInfo teamInfo, TurnContext turn) {
        String teamId = teamInfo == null ? null : teamInfo.getId();
        if (containsBot(membersRemoved, turn.getActivity())) {
            registry.forget(turn.getActivity());
            teamChanges.botRemoved(teamId);
            log.info("Removed from a conversation");
        }
        else {
            teamChanges.membersRemoved(teamId, membersRemoved.stream().map(ChannelAccount::getAadObjectId).toList());
        }
        return CompletableFuture.completedFuture(null);
    }

    // What Teams tells about the teams the bot is in: recorded, and acted on by the
    // capabilities that use those teams.

    @Override
    protected CompletableFuture<Void> onTeamsChannelDeleted(ChannelInfo channelInfo, TeamInfo teamInfo,
            TurnContext turn) {
        teamChanges.channelDeleted(idOf(teamInfo), channelInfo == null ? null : channelInfo.getId());
        return CompletableFuture.completedFuture(null);
    }

    @Override
    protected CompletableFuture<Void> onTeamsChannelRenamed(ChannelInfo channelInfo, TeamInfo teamInfo,
            TurnContext turn) {
        if (channelInfo != null) {
            teamChanges.channelRenamed(idOf(teamInfo), channelInfo.getId(), channelInfo.getName());
        }
        return CompletableFuture.completedFuture(null);
    }

    @Override
    protected CompletableFuture<Void> onTeamsTeamRenamed(ChannelInfo channelInfo, TeamInfo teamInfo, TurnContext turn) {
        teamChanges.teamRenamed(idOf(teamInfo), teamInfo == null ? null : teamInfo.getName());
        return CompletableFuture.completedFuture(null);
    }

    @Override
    protected CompletableFuture<Void> onTeamsTeamDeleted(ChannelInfo channelInfo, TeamInfo teamInfo, TurnContext turn) {
        teamChanges.teamDeleted(idOf(teamInfo));
        return CompletableFuture.completedFuture(null);
    }

    @Override
    protected CompletableFuture<Void> onTeamsTeamHardDeleted(ChannelInfo channelInfo, TeamInfo teamInfo,
            TurnContext turn) {
        teamChanges.teamDeleted(idOf(teamInfo));
        return CompletableFuture.completedFuture(null);
    }

    @Override
    protected CompletableFuture<Void> onTeamsTeamArchived(ChannelInfo channelInfo, TeamInfo teamInfo,
            TurnContext turn) {
        teamChanges.teamArchived(idOf(teamInfo));
        return CompletableFuture.completedFuture(null);
    }

    @Override
    protected CompletableFuture<Void> onTeamsTeamUnarchived(ChannelInfo channelInfo, TeamInfo teamInfo,
            TurnContext turn) {
        teamChanges.teamReopened(idOf(teamInfo), false);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    protected CompletableFuture<Void> onTeamsTeamRestored(ChannelInfo channelInfo, TeamInfo teamInfo,
            TurnContext turn) {
        teamChanges.teamReopened(idOf(teamInfo), true);
        return CompletableFuture.completedFuture(null);
    }

    private static String idOf(TeamInfo teamInfo) {
        return teamInfo == null ? null : teamInfo.getId();
    }

    @Override
    protected CompletableFuture<Void> onInstallationUpdateAdd(TurnContext turn) {
        registry.remember(turn.getActivity());
        return CompletableFuture.completedFuture(null);
    }

    @Override
    protected CompletableFuture<Void> onInstallationUpdateRemove(TurnContext turn) {
        registry.forget(turn.getActivity());
        return CompletableFuture.completedFuture(null);
    }

    private static boolean containsBot(List<ChannelAccount> members, Activity activity) {
        return activity.getRecipient() != null
                && members.stream().anyMatch(member -> activity.getRecipient().getId().equals(member.getId()));
    }

}
