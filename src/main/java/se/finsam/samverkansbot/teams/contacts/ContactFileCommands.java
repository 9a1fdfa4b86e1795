package se.finsam.samverkansbot.teams.contacts;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.Serialization;
import com.microsoft.bot.schema.teams.FileConsentCard;
import com.microsoft.bot.schema.teams.FileDownloadInfo;
import com.microsoft.bot.schema.teams.FileInfoCard;
import com.microsoft.bot.schema.teams.FileUploadInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.contacts.ContactDirectory;
import se.finsam.samverkansbot.contacts.ContactFormat;
import se.finsam.samverkansbot.contacts.ImportProblem;
import se.finsam.samverkansbot.contacts.ImportRejected;
import se.finsam.samverkansbot.contacts.ImportReport;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.teams.chat.FileUploads;
import se.finsam.samverkansbot.teams.chat.ChatCommand;
import se.finsam.samverkansbot.teams.chat.CommandInput;
import se.finsam.samverkansbot.teams.chat.FileConsentHandler;
import se.finsam.samverkansbot.teams.chat.Replies;
import se.finsam.samverkansbot.teams.chat.Texts;
import se.finsam.samverkansbot.teams.conversations.ConversationKind;

/**
 * Import and export of the contact directory in personal chat, for coordinators. Import:
 * the file attached to {@code importera kontakter} (CSV or YAML), all or nothing. Export:
 * {@code exportera kontakter [csv|yaml]} offers the file through Teams' file consent
 * card; once the user accepts, it is uploaded to their OneDrive and shown in the chat.
 */
final class ContactFileCommands {

    private static final Logger log = LoggerFactory.getLogger(ContactFileCommands.class);

    /** Problems listed in one answer; the rest are counted. */
    static final int PROBLEMS_SHOWN = 20;

    private ContactFileCommands() {
    }

    @Component
    @Order(23)
    static class ImportCommand implements ChatCommand {

        private final ContactDirectory directory;

        private final ContactFileTransfer transfer;

        private final ContactForms forms;

        private final Texts texts;

        ImportCommand(ContactDirectory directory, ContactFileTransfer transfer, ContactForms forms, Texts texts) {
            this.directory = directory;
            this.transfer = transfer;
            this.forms = forms;
            this.texts = texts;
        }

        @Override
        public List<String> names() {
            return List.of("importera kontakter", "import contacts");
        }

        @Override
        public Set<ConversationKind> scopes() {
            return EnumSet.of(ConversationKind.PERSONAL);
        }

        @Override
        public String helpKey() {
            return "command.importContacts";
        }

        @Override
        public boolean offeredTo(Optional<UserId> user, ConversationKind where) {
            return user.map(directory::mayMaintain).orElse(false);
        }

        @Override
        public CompletableFuture<Void> handle(TurnContext turn, CommandInput input) {
            Locale locale = input.locale();
            Optional<UserId> user = ContactMaintenance.maintainer(turn, directory);
            if (user.isEmpty()) {
                return ContactMaintenance.refuse(turn, texts, locale, "import");
            }
            Optional<Attachment> file = Optional.ofNullable(turn.getActivity().getAttachments())
                .orElse(List.of())
                .stream()
                .filter(attachment -> FileDownloadInfo.CONTENT_TYPE.equals(attachment.getContentType()))
                .findFirst();
            if (file.isEmpty()) {
                return Replies.text(turn, texts.get(locale, "contacts.import.noFile"));
            }
            JsonNode content = Serialization.objectToTree(file.get().getContent());
            Optional<ContactFormat> format = ContactFormat.ofFileName(file.get().getName())
                .or(() -> ContactFormat.ofFileName("." + content.path("fileType").asText("")));
            if (format.isEmpty()) {
                return Replies.text(turn, texts.get(locale, "contacts.import.format"));
            }
            Optional<String> text = transfer.download(content.path("downloadUrl").asText(""));
            if (text.isEmpty()) {
                return Replies.text(turn, texts.get(locale, "contacts.import.unreadable"));
            }
            try {
                ImportReport report = directory.importFile(text.get(), format.get(), user.get());
                return Replies.text(turn, texts.get(locale, "contacts.import.done", report.added(), report.changed(),
                        report.unchanged()));
            }
            catch (ImportRejected rejected) {
                return Replies.text(turn, rejection(locale, rejected.problems()));
            }
        }

        private String rejection(Locale locale, List<ImportProblem> problems) {
            List<String> lines = new ArrayList<>();
            lines.add(texts.get(locale, "contacts.import.rejected", problems.size()));
            for (ImportProblem problem : problems.subList(0, Math.min(PROBLEMS_SHOWN, problems.size()))) {
                lines.add(texts.get(locale, "contacts.import.problem", problem.line(),
                        forms.fieldName(locale, problem.field()),
                        texts.get(locale, "contacts.problem." + problem.reason().name())));
            }
            if (problems.size() > PROBLEMS_SHOWN) {
                lines.add(texts.get(locale, "contacts.import.moreProblems", problems.size() - PROBLEMS_SHOWN));
            }
            return String.join("\n\n", lines);
        }

    }

    @Component
    @Order(24)
    static class ExportCommand implements ChatCommand, FileConsentHandler {

        static final String KIND = "contactsExport";

        private final ContactDirectory directory;

        private final FileUploads uploads;

        private final Texts texts;

        private final Clock clock;

        ExportCommand(ContactDirectory directory, FileUploads uploads, Texts texts, Clock clock) {
            this.directory = directory;
            this.uploads = uploads;
            this.texts = texts;
            this.clock = clock;
        }

        @Override
        public List<String> names() {
            return List.of("exportera kontakter", "export contacts");
        }

        @Override
        public Set<ConversationKind> scopes() {
            return EnumSet.of(ConversationKind.PERSONAL);
        }

        @Override
        public String helpKey() {
            return "command.exportContacts";
        }

        @Override
        public boolean offeredTo(Optional<UserId> user, ConversationKind where) {
            return user.map(directory::mayMaintain).orElse(false);
        }

        @Override
        public CompletableFuture<Void> handle(TurnContext turn, CommandInput input) {
            Locale locale = input.locale();
            if (ContactMaintenance.maintainer(turn, directory).isEmpty()) {
                return ContactMaintenance.refuse(turn, texts, locale, "export");
            }
            String wanted = input.arguments().toLowerCase(Locale.ROOT);
            ContactFormat format = wanted.startsWith("y") ? ContactFormat.YAML : ContactFormat.CSV;
            byte[] file = directory.export(format).getBytes(StandardCharsets.UTF_8);
            FileConsentCard consent = new FileConsentCard();
            consent.setDescription(texts.get(locale, "contacts.export.description"));
            consent.setSizeInBytes(file.length);
            consent.setAcceptContext(Map.of(FileConsentHandler.KIND, KIND, "format", format.name()));
            consent.setDeclineContext(Map.of(FileConsentHandler.KIND, KIND));
            Attachment attachment = new Attachment();
            attachment.setContentType(FileConsentCard.CONTENT_TYPE);
            attachment.setName(fileName(format));
            attachment.setContent(consent);
            Activity reply = MessageFactory.attachment(attachment);
            reply.setText(texts.get(locale, "contacts.export.offer"));
            return turn.sendActivity(reply).thenApply(sent -> null);
        }

        private String fileName(ContactFormat format) {
            return "kontaktvagar-" + DateTimeFormatter.ISO_LOCAL_DATE.format(LocalDate.now(clock)) + "."
                    + format.extension();
        }

        @Override
        public String kind() {
            return KIND;
        }

        @Override
        public CompletableFuture<Void> accepted(TurnContext turn, JsonNode context, FileUploadInfo upload,
                Locale locale) {
            if (ContactMaintenance.maintainer(turn, directory).isEmpty()) {
                return ContactMaintenance.refuse(turn, texts, locale, "export");
            }
            ContactFormat format = "YAML".equals(context.path("format").asText()) ? ContactFormat.YAML
                    : ContactFormat.CSV;
            byte[] file = directory.export(format).getBytes(StandardCharsets.UTF_8);
            if (upload == null || upload.getUploadUrl() == null || !uploads.upload(upload.getUploadUrl(), file)) {
                return Replies.text(turn, texts.get(locale, "contacts.export.failed"));
            }
            log.info("Contact directory exported as {} ({} bytes)", format, file.length);
            FileInfoCard info = new FileInfoCard();
            info.setUniqueId(upload.getUniqueId());
            info.setFileType(upload.getFileType());
            Attachment attachment = new Attachment();
            attachment.setContentType(FileInfoCard.CONTENT_TYPE);
            attachment.setContentUrl(upload.getContentUrl());
            attachment.setName(upload.getName());
            attachment.setContent(info);
            Activity reply = MessageFactory.attachment(attachment);
            reply.setText(texts.get(locale, "contacts.export.done"));
            return turn.sendActivity(reply).thenApply(sent -> null);
        }

        @Override
        public CompletableFuture<Void> declined(TurnContext turn, JsonNode context, Locale locale) {
            return Replies.text(turn, texts.get(locale, "contacts.export.declined"));
        }

    }

}
