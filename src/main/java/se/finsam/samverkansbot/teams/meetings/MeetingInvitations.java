package se.finsam.samverkansbot.teams.meetings;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.teams.FileConsentCard;
import com.microsoft.bot.schema.teams.FileInfoCard;
import com.microsoft.bot.schema.teams.FileUploadInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.meetings.AgendaItemView;
import se.finsam.samverkansbot.meetings.Invitation;
import se.finsam.samverkansbot.meetings.MeetingAccessDenied;
import se.finsam.samverkansbot.meetings.MeetingCalendar;
import se.finsam.samverkansbot.meetings.MeetingPlanning;
import se.finsam.samverkansbot.meetings.MeetingView;
import se.finsam.samverkansbot.teams.chat.FileConsentHandler;
import se.finsam.samverkansbot.teams.chat.FileUploads;
import se.finsam.samverkansbot.teams.chat.Replies;
import se.finsam.samverkansbot.teams.chat.Texts;
import se.finsam.samverkansbot.teams.conversations.UserOf;

/**
 * A handläggare's calendar invitation (only their slot) as a Teams file card: offered in
 * personal chat with Teams' file consent, uploaded when they accept. The card's context
 * comes back from the client: on accepting, the domain checks the item is the user's own
 * and the invitation is written anew from the meeting as it is now.
 */
@Component
class MeetingInvitations implements FileConsentHandler {

    static final String KIND = "meetingInvitation";

    private static final Logger log = LoggerFactory.getLogger(MeetingInvitations.class);

    private final MeetingPlanning planning;

    private final MeetingCalendar calendar;

    private final Texts texts;

    private final FileUploads uploads;

    MeetingInvitations(MeetingPlanning planning, MeetingCalendar calendar, Texts texts, FileUploads uploads) {
        this.planning = planning;
        this.calendar = calendar;
        this.texts = texts;
        this.uploads = uploads;
    }

    /** The file card offering the handläggare's invitation. */
    Activity offer(Locale locale, MeetingView meeting, AgendaItemView item) {
        Invitation invitation = calendar.forCaseworker(meeting, item, false);
        FileConsentCard consent = new FileConsentCard();
        consent.setDescription(texts.get(locale, "meetings.invitation.description"));
        consent.setSizeInBytes(invitation.bytes().length);
        consent.setAcceptContext(Map.of(KIND_KEY, KIND, "meetingId", meeting.id(), "itemId", item.id()));
        consent.setDeclineContext(Map.of(KIND_KEY, KIND));
        Attachment attachment = new Attachment();
        attachment.setContentType(FileConsentCard.CONTENT_TYPE);
        attachment.setName(invitation.fileName());
        attachment.setContent(consent);
        Activity activity = MessageFactory.attachment(attachment);
        activity.setText(texts.get(locale, "meetings.invitation.offer"));
        return activity;
    }

    private static final String KIND_KEY = FileConsentHandler.KIND;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public CompletableFuture<Void> accepted(TurnContext turn, JsonNode context, FileUploadInfo upload, Locale locale) {
        UserId user = UserOf.activity(turn.getActivity()).orElse(null);
        long meetingId = context.path("meetingId").asLong(-1);
        long itemId = context.path("itemId").asLong(-1);
        Invitation invitation;
        try {
            MeetingView meeting = planning.meetingOfCaseworker(meetingId, itemId, user);
            invitation = calendar.forCaseworker(meeting, meeting.items().get(0), false);
        }
        catch (MeetingAccessDenied denied) {
            return Replies.text(turn, texts.get(locale, "meetings.notYours"));
        }
        log.info("Calendar invitation of agenda item {} accepted", itemId);
        return upload(turn, upload, invitation.bytes(), texts.get(locale, "meetings.invitation.done"),
                texts.get(locale, "meetings.invitation.failed"));
    }

    /**
     * Uploads an accepted file to where Teams said and answers with its file card, or
     * with the failure text.
     */
    CompletableFuture<Void> upload(TurnContext turn, FileUploadInfo upload, byte[] bytes, String done, String failed) {
        if (upload == null || upload.getUploadUrl() == null || !uploads.upload(upload.getUploadUrl(), bytes)) {
            return Replies.text(turn, failed);
        }
        FileInfoCard info = new FileInfoCard();
        info.setUniqueId(upload.getUniqueId());
        info.setFileType(upload.getFileType());
        Attachment attachment = new Attachment();
        attachment.setContentType(FileInfoCard.CONTENT_TYPE);
        attachment.setContentUrl(upload.getContentUrl());
        attachment.setName(upload.getName());
        attachment.setContent(info);
        Activity reply = MessageFactory.attachment(attachment);
        reply.setText(done);
        return turn.sendActivity(reply).thenApply((sent) -> null);
    }

    @Override
    public CompletableFuture<Void> declined(TurnContext turn, JsonNode context, Locale locale) {
        return Replies.text(turn, texts.get(locale, "meetings.invitation.declined"));
    }

}
