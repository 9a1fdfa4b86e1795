package se.finsam.samverkansbot.teams.chat;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Teams dialogs of one package by exact name: each package that has dialogs registers
 * them all in one bean of this type. A dialog is opened by a button made with
 * {@link se.finsam.samverkansbot.teams.cards.CardAction#openDialog}; its form's button,
 * made with {@link se.finsam.samverkansbot.teams.cards.CardAction#submitDialog}, is acted
 * on once per idempotency key and user, however often it is pressed.
 *
 * <pre>
 * &#64;Bean
 * Dialogs caseDialogs(CaseDialogs dialogs) {
 *     return Dialogs.of().on(CaseCards.ADVISE, dialogs::adviceForm, dialogs::advise);
 * }
 * </pre>
 */
public final class Dialogs {

    private final Map<String, Registered> byName = new LinkedHashMap<>();

    private Dialogs() {
    }

    public static Dialogs of() {
        return new Dialogs();
    }

    /**
     * Registers a dialog: what {@code fetch} answers is shown when it opens; what
     * {@code submit} answers when its form is sent, either the form again (with what is
     * wrong) or a message that closes it.
     */
    public Dialogs on(String name, DialogHandler fetch, DialogHandler submit) {
        if (byName.putIfAbsent(name, new Registered(fetch, submit)) != null) {
            throw new IllegalStateException("Two dialogs share the name " + name);
        }
        return this;
    }

    record Registered(DialogHandler fetch, DialogHandler submit) {
    }

    Map<String, Registered> byName() {
        return Collections.unmodifiableMap(byName);
    }

}
