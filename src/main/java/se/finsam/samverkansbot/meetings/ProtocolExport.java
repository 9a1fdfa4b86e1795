package se.finsam.samverkansbot.meetings;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * A protocol as a printable HTML page in Swedish, for the förbund's records. It holds the
 * meeting's frame, the agencies and the number of participants, per item the case
 * reference, kommun, categories, whether it was discussed and the next step, and the
 * structural issues; no case texts and no advice (those stay with the cases), and no
 * names but the approving samverkanskoordinator's.
 */
@Component
class ProtocolExport {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", SWEDISH);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final MessageSource messages;

    ProtocolExport(MessageSource messages) {
        this.messages = messages;
    }

    String html(ProtocolView protocol) {
        MeetingView meeting = protocol.meeting();
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"UTF-8\">\n<title>")
            .append(esc(text("meetings.protocol.export.title", DATE.format(meeting.date()))))
            .append("</title>\n<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;width:100%}")
            .append("th,td{border:1px solid #999;padding:4px 6px;text-align:left;vertical-align:top}")
            .append("@media print{body{margin:0}}</style>\n</head>\n<body>\n");
        html.append("<h1>").append(esc(text("meetings.protocol.export.title", DATE.format(meeting.date()))));
        html.append("</h1>\n");
        if (meeting.teamName() != null) {
            html.append("<p>").append(esc(meeting.teamName())).append("</p>\n");
        }
        html.append("<dl>\n");
        term(html, "meetings.protocol.export.time", TIME.format(meeting.start()) + "–" + TIME.format(meeting.end()));
        if (meeting.place() != null) {
            term(html, "meetings.protocol.export.place", meeting.place());
        }
        term(html, "meetings.protocol.export.status", text("meetings.protocol.status." + protocol.status()));
        term(html, "meetings.protocol.export.participants",
                protocol.participants() == null ? "–" : protocol.participants().toString());
        term(html, "meetings.protocol.export.agencies", protocol.agencies().isEmpty() ? "–"
                : protocol.agencies().stream().map((a) -> text(a.messageKey())).collect(Collectors.joining(", ")));
        html.append("</dl>\n<h2>").append(esc(text("meetings.protocol.export.items"))).append("</h2>\n");
        html.append("<table>\n<tr>");
        for (String column : new String[] { "number", "reference", "kommun", "categories", "discussed", "nextStep" }) {
            html.append("<th>").append(esc(text("meetings.protocol.export.column." + column))).append("</th>");
        }
        html.append("</tr>\n");
        for (ProtocolView.Entry entry : protocol.entries()) {
            AgendaItemView item = entry.item();
            html.append("<tr><td>").append(item.number()).append("</td><td>").append(esc(item.reference()));
            html.append("</td><td>").append(esc(item.kommun())).append("</td><td>");
            html.append(esc(item.categories()
                .stream()
                .map((c) -> text("case.category." + c))
                .collect(Collectors.joining(", "))));
            html.append("</td><td>")
                .append(esc(entry.discussed() == null ? "–"
                        : text(entry.discussed() ? "meetings.protocol.yes" : "meetings.protocol.no")));
            html.append("</td><td>")
                .append(esc(entry.nextStep() == null ? "–" : text("meetings.nextStep." + entry.nextStep())));
            html.append("</td></tr>\n");
        }
        html.append("</table>\n<h2>").append(esc(text("meetings.protocol.export.structuralIssues")));
        html.append("</h2>\n<p>")
            .append(esc(protocol.structuralIssues() == null ? "–" : protocol.structuralIssues()))
            .append("</p>\n");
        if (protocol.approved()) {
            html.append("<p>")
                .append(esc(text("meetings.protocol.export.approvedBy", protocol.approvedByName(),
                        DATE.format(protocol.approvedAt().atZone(meeting.start().getZone())))))
                .append("</p>\n");
        }
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private void term(StringBuilder html, String key, String value) {
        html.append("<dt>").append(esc(text(key))).append("</dt><dd>").append(esc(value)).append("</dd>\n");
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, SWEDISH);
    }

    private static String esc(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }

}
