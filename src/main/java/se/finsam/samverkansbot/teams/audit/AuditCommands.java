package se.finsam.samverkansbot.teams.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.builder.TurnContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.audit.AuditAccessDenied;
import se.finsam.samverkansbot.audit.AuditEntry;
import se.finsam.samverkansbot.audit.AuditTrail;
import se.finsam.samverkansbot.core.CoreProperties;
import se.finsam.samverkansbot.core.Kommun;
import se.finsam.samverkansbot.core.Organisation;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.teams.cards.AdaptiveCard;
import se.finsam.samverkansbot.teams.cards.CardElement;
import se.finsam.samverkansbot.teams.cards.FactSet;
import se.finsam.samverkansbot.teams.cards.TextBlock;
import se.finsam.samverkansbot.teams.chat.ChatCommand;
import se.finsam.samverkansbot.teams.chat.CommandInput;
import se.finsam.samverkansbot.teams.chat.Replies;
import se.finsam.samverkansbot.teams.chat.Texts;
import se.finsam.samverkansbot.teams.conversations.ConversationKind;
import se.finsam.samverkansbot.teams.conversations.UserOf;

/**
 * {@code granskning} for admins (the audit trail of a person or a case) and
 * {@code mina uppgifter} for every staff member (what the bot stores about them, GDPR
 * art. 15). Both show ids, codes and times, never content.
 */
final class AuditCommands {

    /** Lines of the audit trail shown in one answer. */
    static final int SHOWN = 30;

    private AuditCommands() {
    }

    static String line(AuditEntry entry, ZoneId zone) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(entry.at().atZone(zone)) + " · " + entry.userId()
                + " · " + entry.action()
                + (entry.objectId() == null ? "" : " · " + entry.objectType() + " " + entry.objectId());
    }

    @Component
    @Order(41)
    static class Review implements ChatCommand {

        private final AuditTrail audit;

        private final Organisation organisation;

        private final Texts texts;

        private final ZoneId zone;

        Review(AuditTrail audit, Organisation organisation, Texts texts, CoreProperties core) {
            this.audit = audit;
            this.organisation = organisation;
            this.texts = texts;
            this.zone = core.zone();
        }

        @Override
        public List<String> names() {
            return List.of("granskning", "audit");
        }

        @Override
        public Set<ConversationKind> scopes() {
            return EnumSet.of(ConversationKind.PERSONAL);
        }

        @Override
        public String helpKey() {
            return "stats.command.audit";
        }

        @Override
        public boolean offeredTo(Optional<UserId> user, ConversationKind where) {
            return user.map(organisation::isAdmin).orElse(false);
        }

        @Override
        public CompletableFuture<Void> handle(TurnContext turn, CommandInput input) {
            Locale locale = input.locale();
            Optional<UserId> reader = UserOf.activity(turn.getActivity());
            String[] words = input.arguments().strip().split("\\s+");
            try {
                List<AuditEntry> entries;
                if (words.length == 2 && List.of("ärende", "case").contains(words[0].toLowerCase(Locale.ROOT))
                        && words[1].matches("\\d{1,18}")) {
                    entries = audit.byObject(reader.orElse(null), "case", words[1]);
                }
                else if (words.length == 1 && !words[0].isEmpty()) {
                    entries = audit.byUser(reader.orElse(null), UserId.of(words[0]));
                }
                else if (reader.isPresent() && organisation.isAdmin(reader.get())) {
                    return Replies.text(turn, texts.get(locale, "stats.ui.audit.usage"));
                }
                else {
                    throw new AuditAccessDenied(reader.orElse(null));
                }
                if (entries.isEmpty()) {
                    return Replies.text(turn, texts.get(locale, "stats.ui.audit.none"));
                }
                List<String> lines = new ArrayList<>();
                lines.add(texts.get(locale, "stats.ui.audit.heading", String.valueOf(entries.size())));
                entries.stream().limit(SHOWN).forEach((entry) -> lines.add(line(entry, zone)));
                return Replies.text(turn, String.join("\n\n", lines));
            }
            catch (AuditAccessDenied denied) {
                return Replies.text(turn, texts.get(locale, "stats.ui.audit.notAllowed"));
            }
        }

    }

    @Component
    @Order(42)
    static class MyData implements ChatCommand {

        private final AuditTrail audit;

        private final Organisation organisation;

        private final Texts texts;

        private final ZoneId zone;

        MyData(AuditTrail audit, Organisation organisation, Texts texts, CoreProperties core) {
            this.audit = audit;
            this.organisation = organisation;
            this.texts = texts;
            this.zone = core.zone();
        }

        @Override
        public List<String> names() {
            return List.of("mina uppgifter", "my data");
        }

        @Override
        public Set<ConversationKind> scopes() {
            return EnumSet.of(ConversationKind.PERSONAL);
        }

        @Override
        public String helpKey() {
            return "stats.command.myData";
        }

        @Override
        public CompletableFuture<Void> handle(TurnContext turn, CommandInput input) {
            Locale locale = input.locale();
            Optional<UserId> found = UserOf.activity(turn.getActivity());
            if (found.isEmpty()) {
                return Replies.text(turn, texts.get(locale, "stats.ui.myData.unknown"));
            }
            UserId user = found.get();
            List<String> roles = new ArrayList<>();
            if (organisation.isAdmin(user)) {
                roles.add(texts.get(locale, "stats.ui.myData.admin"));
            }
            List<Kommun> coordinated = organisation.coordinatedBy(user);
            if (!coordinated.isEmpty()) {
                roles.add(texts.get(locale, "stats.ui.myData.coordinator",
                        String.join(", ", coordinated.stream().map(Kommun::name).toList())));
            }
            List<AuditEntry> trail = audit.ofSelf(user);
            List<CardElement> body = new ArrayList<>();
            body.add(TextBlock.heading(texts.get(locale, "stats.ui.myData.title")));
            body.add(TextBlock.paragraph(texts.get(locale, "stats.ui.myData.intro")));
            body.add(new FactSet(List.of(new FactSet.Fact(texts.get(locale, "stats.ui.myData.id"), user.value()),
                    new FactSet.Fact(texts.get(locale, "stats.ui.myData.roles"),
                            roles.isEmpty() ? texts.get(locale, "stats.ui.myData.caseworker")
                                    : String.join("; ", roles)),
                    new FactSet.Fact(texts.get(locale, "stats.ui.myData.audit"), Integer.toString(trail.size())))));
            if (!trail.isEmpty()) {
                body.add(TextBlock.paragraph("**" + texts.get(locale, "stats.ui.myData.latest") + "**"));
                trail.stream().limit(10).forEach((entry) -> body.add(TextBlock.subtle(line(entry, zone))));
            }
            body.add(TextBlock.subtle(texts.get(locale, "stats.ui.myData.more")));
            return Replies.card(turn, new AdaptiveCard(body, List.of()));
        }

    }

}
