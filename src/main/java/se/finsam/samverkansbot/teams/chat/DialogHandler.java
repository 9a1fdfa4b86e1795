package se.finsam.samverkansbot.teams.chat;

import java.util.Locale;

import com.microsoft.bot.builder.TurnContext;

/**
 * One step of a Teams dialog, registered in {@link Dialogs}: showing its form
 * ({@code task/fetch}) or acting on it ({@code task/submit}). The data comes from the
 * client and can be tampered with: every handler re-authorises what it is asked to do.
 * The answer is shown only to the one who opened the dialog.
 */
@FunctionalInterface
public interface DialogHandler {

    DialogAnswer handle(TurnContext turn, CardData data, Locale locale);

}
