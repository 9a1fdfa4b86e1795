package se.finsam.samverkansbot.teams.cases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import se.finsam.samverkansbot.cases.Category;
import se.finsam.samverkansbot.cases.ConsultationCase;
import se.finsam.samverkansbot.cases.EntryKind;
import se.finsam.samverkansbot.cases.Person;
import se.finsam.samverkansbot.core.Agency;
import se.finsam.samverkansbot.teams.cards.ChoiceSetInput.Choice;
import se.finsam.samverkansbot.teams.cards.ChoiceSetInput;
import se.finsam.samverkansbot.teams.cards.FactSet.Fact;
import se.finsam.samverkansbot.teams.cards.Markdown;
import se.finsam.samverkansbot.teams.cards.TextBlock;
import se.finsam.samverkansbot.teams.cards.TextInput;
import se.finsam.samverkansbot.teams.chat.Texts;

/**
 * What the case cards share: their texts, how a person and categories read, the facts of
 * a case, the agency choices and the required free-text input.
 */
class CaseCardParts {

    private final Texts texts;

    CaseCardParts(Texts texts) {
        this.texts = texts;
    }

    String text(Locale locale, String key, Object... args) {
        return texts.get(locale, key, args);
    }

    /** The reminder under every free text to keep it anonymous. */
    TextBlock anonymousHint(Locale locale) {
        return TextBlock.subtle(texts.get(locale, "help.anonymous"));
    }

    /** A required free-text area for advice, questions and answers. */
    TextInput requiredArea(Locale locale, String id, String labelKey) {
        return TextInput.area(id, text(locale, labelKey))
            .withMaxLength(CaseCards.TEXT_LIMIT)
            .asRequired(text(locale, "case.text.missing"));
    }

    /** The advice form's choice of the adviser's agency, with what was chosen. */
    ChoiceSetInput agencyChoice(Locale locale, Agency chosen) {
        ChoiceSetInput choice = ChoiceSetInput.dropDown("adviceAgency", text(locale, "case.advise.agency"),
                agencies(locale));
        return chosen == null ? choice : choice.withValue(chosen.name());
    }

    List<Choice> agencies(Locale locale) {
        return Arrays.stream(Agency.values())
            .map(agency -> new Choice(text(locale, agency.messageKey()), agency.name()))
            .toList();
    }

    List<Fact> caseFacts(Locale locale, ConsultationCase raised, boolean forTeam) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(text(locale, "case.field.status"), text(locale, "case.status." + raised.status().name())));
        facts.add(new Fact(text(locale, "case.field.assignee"),
                raised.assignee() == null ? text(locale, "case.nobody") : person(locale, raised.assignee())));
        facts.add(new Fact(text(locale, "case.field.adviceCount"), String.valueOf(raised.count(EntryKind.ADVICE))));
        facts.add(new Fact(text(locale, "case.field.kommun"), raised.kommun()));
        if (raised.outcome() != null) {
            facts.add(new Fact(text(locale, "case.field.outcome"),
                    text(locale, "case.outcome." + raised.outcome().name())));
        }
        if (forTeam) {
            facts.add(new Fact(text(locale, "case.field.agencies"),
                    raised.agenciesInvolved()
                        .stream()
                        .map(agency -> text(locale, agency.messageKey()))
                        .collect(Collectors.joining(", "))));
            facts.add(new Fact(text(locale, "case.field.ageBand"),
                    text(locale, "case.ageBand." + raised.ageBand().name())));
            if (raised.gender() != null) {
                facts.add(new Fact(text(locale, "case.channel.field.gender"),
                        text(locale, "case.gender." + raised.gender().name())));
            }
            facts.add(new Fact(text(locale, "case.channel.field.categories"), categories(locale, raised.categories())));
            facts.add(new Fact(text(locale, "case.channel.field.writtenAdvice"),
                    text(locale, raised.writtenAdviceWanted() ? "case.yes" : "case.no")));
        }
        if (raised.meetingWish().wanted()) {
            facts.add(new Fact(text(locale, "case.field.meetingWish"),
                    text(locale, (forTeam ? "case.channel.meeting." : "case.meeting.") + raised.meetingWish().name())));
        }
        return facts;
    }

    String categories(Locale locale, List<Category> categories) {
        return categories.stream()
            .map(category -> text(locale, "case.category." + category.name()))
            .collect(Collectors.joining(", "));
    }

    String person(Locale locale, Person person) {
        String name = person.name() == null || person.name().isBlank() ? text(locale, "case.someone")
                : Markdown.escape(person.name());
        return person.agency() == null ? name : name + " (" + text(locale, person.agency().messageKey()) + ")";
    }

}
