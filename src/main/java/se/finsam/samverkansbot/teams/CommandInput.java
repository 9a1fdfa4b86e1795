package se.finsam.samverkansbot.teams;

import java.util.Locale;

/**
 * A command as the user gave it: the matched command word, what followed it, and their
 * language.
 */
record CommandInput(String command, String arguments, Locale locale, ConversationKind where) {
}
