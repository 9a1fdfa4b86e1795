package se.finsam.samverkansbot.teams.chat;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import se.finsam.samverkansbot.teams.conversations.ConversationKind;

/**
 * Finds the command for a typed text by exact command words, longest first, so that
 * {@code ny uppföljning} is not taken for a command {@code ny}. Case, surrounding space,
 * a leading slash and closing punctuation are ignored.
 */
final class CommandTable {

    private final Map<String, ChatCommand> byName = new HashMap<>();

    private final List<String> namesLongestFirst;

    CommandTable(List<ChatCommand> commands) {
        for (ChatCommand command : commands) {
            for (String name : command.names()) {
                if (byName.putIfAbsent(normalise(name), command) != null) {
                    throw new IllegalStateException("Two commands share the name " + name);
                }
            }
        }
        namesLongestFirst = byName.keySet()
            .stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();
    }

    Optional<Match> match(String text, ConversationKind where) {
        String written = tidy(text);
        String typed = written.toLowerCase(Locale.forLanguageTag("sv"));
        for (String name : namesLongestFirst) {
            if (typed.equals(name) || typed.startsWith(name + " ")) {
                ChatCommand command = byName.get(name);
                if (!command.scopes().contains(where)) {
                    return Optional.empty();
                }
                // Arguments keep the user's capitals (place names, abbreviations).
                return Optional.of(new Match(command, name, written.substring(name.length()).trim()));
            }
        }
        return Optional.empty();
    }

    static String normalise(String text) {
        return tidy(text).toLowerCase(Locale.forLanguageTag("sv"));
    }

    private static String tidy(String text) {
        if (text == null) {
            return "";
        }
        String result = text.strip().replaceAll("\\s+", " ");
        if (result.startsWith("/")) {
            result = result.substring(1);
        }
        return result.replaceAll("(?<=\\S)[.!]+$", "");
    }

    record Match(ChatCommand command, String name, String arguments) {
    }

}
