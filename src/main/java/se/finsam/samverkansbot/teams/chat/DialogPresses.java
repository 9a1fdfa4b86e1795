package se.finsam.samverkansbot.teams.chat;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Serialization;
import com.microsoft.bot.schema.teams.TaskModuleRequest;
import com.microsoft.bot.schema.teams.TaskModuleResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.teams.cards.CardAction;
import se.finsam.samverkansbot.teams.conversations.UserOf;

/**
 * Runs Teams dialogs by their exact name: {@code task/fetch} shows the dialog's form,
 * {@code task/submit} acts on it. A submit with an idempotency key is acted on once per
 * user and key; sending the same form again gets the first answer.
 */
final class DialogPresses {

    private static final Logger log = LoggerFactory.getLogger(DialogPresses.class);

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9-]{8,64}");

    private final Map<String, Dialogs.Registered> dialogs;

    private final CardActionKeys keys;

    private final Texts texts;

    DialogPresses(Map<String, Dialogs.Registered> dialogs, CardActionKeys keys, Texts texts) {
        this.dialogs = dialogs;
        this.keys = keys;
        this.texts = texts;
    }

    TaskModuleResponse fetch(TurnContext turn, TaskModuleRequest request) {
        Locale locale = Texts.localeOf(turn.getActivity());
        CardData data = data(request);
        return dialog(turn, data).map((dialog) -> dialog.fetch().handle(turn, data, locale))
            .orElseGet(() -> DialogAnswer.message(texts.get(locale, "action.unknown")))
            .toTaskModuleResponse();
    }

    TaskModuleResponse submit(TurnContext turn, TaskModuleRequest request) {
        Locale locale = Texts.localeOf(turn.getActivity());
        CardData data = data(request);
        Optional<Dialogs.Registered> dialog = dialog(turn, data);
        if (dialog.isEmpty()) {
            return DialogAnswer.message(texts.get(locale, "action.unknown")).toTaskModuleResponse();
        }
        Optional<String> key = data.textValue(CardAction.KEY).filter((value) -> KEY.matcher(value).matches());
        Optional<UserId> user = UserOf.activity(turn.getActivity());
        if (key.isEmpty() || user.isEmpty()) {
            return dialog.get().submit().handle(turn, data, locale).toTaskModuleResponse();
        }
        String name = data.text(CardAction.DIALOG);
        // A change the domain refused (the case closed meanwhile, say) keeps nothing and
        // answers with the handler's message: CardActionKeys rolls it back quietly.
        CardActionKeys.Once<DialogAnswer> once = keys.run(key.get(), user.get().value(), "dialog:" + name,
                () -> dialog.get().submit().handle(turn, data, locale), DialogAnswer::toJson, DialogAnswer::fromJson);
        return once.answer()
            .orElseGet(() -> DialogAnswer.message(texts.get(locale, "action.done")))
            .toTaskModuleResponse();
    }

    private Optional<Dialogs.Registered> dialog(TurnContext turn, CardData data) {
        Optional<Dialogs.Registered> dialog = data.textValue(CardAction.DIALOG).map(dialogs::get);
        if (dialog.isEmpty()) {
            log.warn("Dialog with unknown name in activity {}", turn.getActivity().getId());
        }
        return dialog;
    }

    private static CardData data(TaskModuleRequest request) {
        return CardData
            .of(request == null || request.getData() == null ? null : Serialization.objectToTree(request.getData()));
    }

}
