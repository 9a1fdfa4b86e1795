package se.finsam.samverkansbot.teams.meetings;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.teams.FileConsentCard;
import com.microsoft.bot.schema.teams.FileUploadInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.meetings.InvalidMeetingInput;
import se.finsam.samverkansbot.meetings.MeetingAccessDenied;
import se.finsam.samverkansbot.meetings.MeetingPlanning;
import se.finsam.samverkansbot.meetings.ProtocolManagement;
import se.finsam.samverkansbot.teams.chat.CardData;
import se.finsam.samverkansbot.teams.chat.FileConsentHandler;
import se.finsam.samverkansbot.teams.chat.Replies;
import se.finsam.samverkansbot.teams.chat.Texts;
import se.finsam.samverkansbot.teams.conversations.TenantOf;
import se.finsam.samverkansbot.teams.conversations.UserOf;
import se.finsam.samverkansbot.teams.delivery.MessageOrigin;
import se.finsam.samverkansbot.teams.delivery.OutboundMessage;
import se.finsam.samverkansbot.teams.delivery.Outbox;
import se.finsam.samverkansbot.teams.delivery.Recipient;

/**
 * A protocol as a printable HTML file for the förbund's records. The button on the
 * protocol card (in the channel) offers the file in the samverkanskoordinator's personal
 * chat, where Teams' file consent works; once they accept, the protocol is exported anew
 * (re-authorised: the context comes back from the client) and uploaded to their OneDrive.
 */
@Component
class ProtocolExports implements FileConsentHandler {

    static final String KIND = "meetingProtocol";

    private static final Logger log = LoggerFactory.getLogger(ProtocolExports.class);

    private final ProtocolManagement protocols;

    private final MeetingPlanning planning;

    private final MeetingInvitations uploads;

    private final Outbox outbox;

    private final Texts texts;

    ProtocolExports(ProtocolManagement protocols, MeetingPlanning planning, MeetingInvitations uploads, Outbox outbox,
            Texts texts) {
        this.protocols = protocols;
        this.planning = planning;
        this.uploads = uploads;
        this.outbox = outbox;
        this.texts = texts;
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** The protocol card's button: the file offered in the presser's personal chat. */
    CompletableFuture<Void> offer(TurnContext turn, CardData data, Locale locale) {
        Optional<UserId> user = UserOf.activity(turn.getActivity()).filter(planning::mayManage);
        String teamId = turn.getActivity().teamsGetTeamId();
        Optional<Long> meetingId = data.id(MeetingForms.MEETING_ID);
        if (user.isEmpty() || teamId == null || meetingId.isEmpty()) {
            return Replies.text(turn, texts.get(locale, "meetings.manage.denied"));
        }
        byte[] html;
        try {
            html = protocols.exportHtml(meetingId.get(), teamId, user.get()).getBytes(StandardCharsets.UTF_8);
        }
        catch (InvalidMeetingInput | MeetingAccessDenied refused) {
            return Replies.text(turn, texts.get(locale, "meetings.manage.denied"));
        }
        FileConsentCard consent = new FileConsentCard();
        consent.setDescription(texts.get(locale, "meetings.protocolExport.description"));
        consent.setSizeInBytes(html.length);
        consent.setAcceptContext(
                Map.of(FileConsentHandler.KIND, KIND, MeetingForms.MEETING_ID, meetingId.get(), "teamId", teamId));
        consent.setDeclineContext(Map.of(FileConsentHandler.KIND, KIND));
        Attachment attachment = new Attachment();
        attachment.setContentType(FileConsentCard.CONTENT_TYPE);
        attachment.setName(texts.get(locale, "meetings.protocolExport.fileName", meetingId.get()));
        attachment.setContent(consent);
        Activity offer = MessageFactory.attachment(attachment);
        offer.setText(texts.get(locale, "meetings.protocolExport.offer"));
        outbox.enqueue(OutboundMessage
            .of(new Recipient.PersonalChat(TenantOf.activity(turn.getActivity()), user.get().value()), offer)
            .withOrigin(MessageOrigin.of(MeetingNotifier.ORIGIN, meetingId.get())));
        return Replies.text(turn, texts.get(locale, "meetings.protocolExport.sent"));
    }

    @Override
    public CompletableFuture<Void> accepted(TurnContext turn, JsonNode context, FileUploadInfo upload, Locale locale) {
        Optional<UserId> user = UserOf.activity(turn.getActivity());
        long meetingId = context.path(MeetingForms.MEETING_ID).asLong(-1);
        String teamId = context.path("teamId").asText("");
        byte[] html;
        try {
            html = protocols.exportHtml(meetingId, teamId, user.orElse(null)).getBytes(StandardCharsets.UTF_8);
        }
        catch (InvalidMeetingInput | MeetingAccessDenied refused) {
            return Replies.text(turn, texts.get(locale, "meetings.manage.denied"));
        }
        log.info("Protocol of meeting {} exported", meetingId);
        return uploads.upload(turn, upload, html, texts.get(locale, "meetings.protocolExport.done"),
                texts.get(locale, "meetings.protocolExport.failed"));
    }

    @Override
    public CompletableFuture<Void> declined(TurnContext turn, JsonNode context, Locale locale) {
        return Replies.text(turn, texts.get(locale, "meetings.protocolExport.declined"));
    }

}
