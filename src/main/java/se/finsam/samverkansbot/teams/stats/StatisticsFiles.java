package se.finsam.samverkansbot.teams.stats;

import java.util.LinkedHashMap;
import java.util.List;
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
import com.microsoft.bot.schema.teams.FileInfoCard;
import com.microsoft.bot.schema.teams.FileUploadInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.stats.Breakdown;
import se.finsam.samverkansbot.stats.Report;
import se.finsam.samverkansbot.stats.ReportFiles;
import se.finsam.samverkansbot.stats.ReportPeriod;
import se.finsam.samverkansbot.stats.Statistics;
import se.finsam.samverkansbot.teams.chat.CardData;
import se.finsam.samverkansbot.teams.chat.FileConsentHandler;
import se.finsam.samverkansbot.teams.chat.FileUploads;
import se.finsam.samverkansbot.teams.chat.Replies;
import se.finsam.samverkansbot.teams.chat.Texts;
import se.finsam.samverkansbot.teams.conversations.UserOf;

/**
 * The report as CSV or XLSX: the report card's buttons offer the file through Teams' file
 * consent card; once the user accepts, the report is made again (re-authorised, the same
 * disclosure control) and uploaded to their OneDrive.
 */
@Component
class StatisticsFiles implements FileConsentHandler {

    static final String KIND = "statsExport";

    /**
     * The period's kind in the consent card's context, where "kind" names the handler.
     */
    static final String PERIOD_KIND = "periodKind";

    private static final Logger log = LoggerFactory.getLogger(StatisticsFiles.class);

    private final Statistics statistics;

    private final ReportFiles files;

    private final Texts texts;

    private final FileUploads uploads;

    StatisticsFiles(Statistics statistics, ReportFiles files, Texts texts, FileUploads uploads) {
        this.statistics = statistics;
        this.files = files;
        this.texts = texts;
        this.uploads = uploads;
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** The report card's button: offers the file. */
    CompletableFuture<Void> offer(TurnContext turn, CardData button, Locale locale) {
        JsonNode data = button.json();
        Optional<Made> made = make(turn, data, locale);
        if (made.isEmpty()) {
            return Replies.text(turn, texts.get(locale, "stats.ui.notAllowed"));
        }
        Map<String, Object> context = new LinkedHashMap<>();
        for (String field : List.of("kind", "from", "to", "breakdown", "format")) {
            context.put(field.equals("kind") ? PERIOD_KIND : field, data.path(field).asText(""));
        }
        // The consent flow's own "kind" names this handler.
        context.put(FileConsentHandler.KIND, KIND);
        FileConsentCard consent = new FileConsentCard();
        consent.setDescription(texts.get(locale, "stats.ui.file.description"));
        consent.setSizeInBytes(made.get().bytes().length);
        consent.setAcceptContext(context);
        consent.setDeclineContext(Map.of(FileConsentHandler.KIND, KIND));
        Attachment attachment = new Attachment();
        attachment.setContentType(FileConsentCard.CONTENT_TYPE);
        attachment.setName(made.get().name());
        attachment.setContent(consent);
        Activity reply = MessageFactory.attachment(attachment);
        reply.setText(texts.get(locale, "stats.ui.file.offer"));
        return turn.sendActivity(reply).thenApply((sent) -> null);
    }

    @Override
    public CompletableFuture<Void> accepted(TurnContext turn, JsonNode context, FileUploadInfo upload, Locale locale) {
        Optional<Made> made = make(turn, context, locale);
        if (made.isEmpty()) {
            return Replies.text(turn, texts.get(locale, "stats.ui.notAllowed"));
        }
        if (upload == null || upload.getUploadUrl() == null
                || !uploads.upload(upload.getUploadUrl(), made.get().bytes())) {
            return Replies.text(turn, texts.get(locale, "stats.ui.file.failed"));
        }
        log.info("Statistics file uploaded ({} bytes)", made.get().bytes().length);
        FileInfoCard info = new FileInfoCard();
        info.setUniqueId(upload.getUniqueId());
        info.setFileType(upload.getFileType());
        Attachment attachment = new Attachment();
        attachment.setContentType(FileInfoCard.CONTENT_TYPE);
        attachment.setContentUrl(upload.getContentUrl());
        attachment.setName(upload.getName());
        attachment.setContent(info);
        Activity reply = MessageFactory.attachment(attachment);
        reply.setText(texts.get(locale, "stats.ui.file.done"));
        return turn.sendActivity(reply).thenApply((sent) -> null);
    }

    @Override
    public CompletableFuture<Void> declined(TurnContext turn, JsonNode context, Locale locale) {
        return Replies.text(turn, texts.get(locale, "stats.ui.file.declined"));
    }

    /** The file the data asks for, if the user may have it. */
    private Optional<Made> make(TurnContext turn, JsonNode data, Locale locale) {
        Optional<UserId> user = UserOf.activity(turn.getActivity());
        if (user.isEmpty() || !statistics.mayTakeOut(user.get())) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : List.of("from", "to", "breakdown")) {
            values.put(field, data.path(field).asText(""));
        }
        values.put("kind", data.path(data.has(PERIOD_KIND) ? PERIOD_KIND : "kind").asText(""));
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<ReportPeriod> period = StatisticsCommand.period(values, errors);
        Breakdown breakdown;
        try {
            breakdown = Breakdown.valueOf(values.get("breakdown"));
        }
        catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (period.isEmpty()) {
            return Optional.empty();
        }
        Report report = statistics.report(user.get(), period.get(), breakdown);
        boolean xlsx = "XLSX".equals(data.path("format").asText());
        byte[] bytes = xlsx ? files.xlsx(report, locale) : files.csv(report, locale);
        return Optional.of(new Made(files.baseName(report) + (xlsx ? ".xlsx" : ".csv"), bytes));
    }

    private record Made(String name, byte[] bytes) {
    }

}
