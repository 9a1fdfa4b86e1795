package se.finsam.samverkansbot.teams.chat;

import java.util.Locale;

import se.finsam.samverkansbot.teams.conversations.ConversationKind;

/**
 * A command as the user gave it: the matched command word, what followed it, and their
 * language.
 */
public record CommandInput(String command, String arguments, Locale locale, ConversationKind where) {
}
