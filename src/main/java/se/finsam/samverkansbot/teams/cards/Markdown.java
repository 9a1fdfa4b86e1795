package se.finsam.samverkansbot.teams.cards;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Teams renders Markdown in a TextBlock. Text a user wrote (advice, questions, answers,
 * display names) is escaped before it goes into one, so that nobody can put a link with a
 * harmless-looking title, emphasis or a list into another user's card: it shows as
 * written.
 */
public final class Markdown {

    /** Characters with a meaning in the Markdown Teams renders. */
    private static final Pattern INLINE = Pattern.compile("([\\\\`*_\\[\\]()<>#~|])");

    /** A list item or numbered item at the start of a line ("- ", "+ ", "1. "). */
    private static final Pattern LIST_START = Pattern.compile("(?m)^(\\s*)([-+]|\\d+\\.)(\\s)");

    private Markdown() {
    }

    /** The text as literal characters, or null for null. */
    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        String inline = INLINE.matcher(text).replaceAll("\\\\$1");
        Matcher list = LIST_START.matcher(inline);
        StringBuilder escaped = new StringBuilder();
        while (list.find()) {
            String marker = list.group(2);
            String literal = marker.endsWith(".") ? marker.substring(0, marker.length() - 1) + "\\." : "\\" + marker;
            list.appendReplacement(escaped, Matcher.quoteReplacement(list.group(1) + literal + list.group(3)));
        }
        list.appendTail(escaped);
        return escaped.toString();
    }

}
