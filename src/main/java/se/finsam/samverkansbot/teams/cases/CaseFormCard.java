package se.finsam.samverkansbot.teams.cases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import se.finsam.samverkansbot.cases.AgeBand;
import se.finsam.samverkansbot.cases.Category;
import se.finsam.samverkansbot.cases.Gender;
import se.finsam.samverkansbot.cases.MeetingWish;
import se.finsam.samverkansbot.core.Organisation;
import se.finsam.samverkansbot.teams.cards.AdaptiveCard;
import se.finsam.samverkansbot.teams.cards.CardAction;
import se.finsam.samverkansbot.teams.cards.CardElement;
import se.finsam.samverkansbot.teams.cards.ChoiceSetInput.Choice;
import se.finsam.samverkansbot.teams.cards.ChoiceSetInput;
import se.finsam.samverkansbot.teams.cards.Container;
import se.finsam.samverkansbot.teams.cards.TextBlock;
import se.finsam.samverkansbot.teams.cards.TextInput;
import se.finsam.samverkansbot.teams.cards.ToggleInput;
import se.finsam.samverkansbot.teams.cases.CaseCards.FormState;

/**
 * The form a caseworker raises a case with, filled in again with what they typed and what
 * is wrong with it.
 */
class CaseFormCard {

    private final CaseCardParts parts;

    private final Organisation organisation;

    CaseFormCard(CaseCardParts parts, Organisation organisation) {
        this.parts = parts;
        this.organisation = organisation;
    }

    AdaptiveCard form(Locale locale, FormState state) {
        List<CardElement> body = new ArrayList<>();
        body.add(TextBlock.heading(text(locale, "case.form.title")));
        body.add(TextBlock.paragraph(text(locale, "case.form.intro")));
        if (!state.errors().isEmpty()) {
            body.add(new Container(List.of(TextBlock.paragraph(text(locale, "case.form.invalid"))), "attention"));
        }
        body.addAll(state.privacyProblems());
        List<Choice> kommuner = organisation.kommuner().stream().map(k -> new Choice(k.name(), k.name())).toList();
        body.add(choice(ChoiceSetInput.dropDown(CaseForm.KOMMUN, text(locale, "case.field.kommun"), kommuner), state,
                locale));
        body.add(choice(ChoiceSetInput.dropDown(CaseForm.OWN_AGENCY, text(locale, "case.field.ownAgency"),
                parts.agencies(locale)), state, locale));
        body.add(choice(ChoiceSetInput.checkBoxes(CaseForm.AGENCIES, text(locale, "case.field.agencies"),
                parts.agencies(locale)), state, locale));
        body.add(choice(ChoiceSetInput.dropDown(CaseForm.AGE_BAND, text(locale, "case.field.ageBand"),
                Arrays.stream(AgeBand.values())
                    .map(band -> new Choice(text(locale, "case.ageBand." + band.name()), band.name()))
                    .toList()),
                state, locale));
        ChoiceSetInput gender = ChoiceSetInput.radio(CaseForm.GENDER, text(locale, "case.field.gender"),
                Arrays.stream(Gender.values())
                    .map(value -> new Choice(text(locale, "case.gender." + value.name()), value.name()))
                    .toList());
        gender = state.value(CaseForm.GENDER) == null ? gender : gender.withValue(state.value(CaseForm.GENDER));
        String genderError = state.error(CaseForm.GENDER);
        body.add(genderError == null ? gender : gender.withError(genderError));
        body.add(choice(ChoiceSetInput.checkBoxes(CaseForm.CATEGORIES, text(locale, "case.field.categories"),
                Arrays.stream(Category.values())
                    .map(value -> new Choice(text(locale, "case.category." + value.name()), value.name()))
                    .toList()),
                state, locale));
        body.add(textArea(TextInput.area(CaseForm.SITUATION, text(locale, "case.field.situation"))
            .withPlaceholder(text(locale, "case.field.situation.placeholder")), state, locale));
        body.add(textArea(TextInput.area(CaseForm.QUESTION, text(locale, "case.field.question"))
            .withPlaceholder(text(locale, "case.field.question.placeholder")), state, locale));
        body.add(ToggleInput.of(CaseForm.WRITTEN_ADVICE, text(locale, "case.field.writtenAdvice"),
                "true".equals(state.value(CaseForm.WRITTEN_ADVICE))));
        ChoiceSetInput meeting = ChoiceSetInput.radio(CaseForm.MEETING, text(locale, "case.field.meeting"),
                Arrays.stream(MeetingWish.values())
                    .map(value -> new Choice(text(locale, "case.meeting." + value.name()), value.name()))
                    .toList());
        String wish = state.value(CaseForm.MEETING);
        meeting = meeting.withValue(wish == null || wish.isBlank() ? MeetingWish.NONE.name() : wish);
        String meetingError = state.error(CaseForm.MEETING);
        body.add(meetingError == null ? meeting : meeting.withError(meetingError));
        body.add(parts.anonymousHint(locale));
        return new AdaptiveCard(body,
                List.of(CardAction.execute(text(locale, "case.form.submit"), CaseCards.RAISE).styled("positive")));
    }

    private ChoiceSetInput choice(ChoiceSetInput input, FormState state, Locale locale) {
        ChoiceSetInput result = input.asRequired(text(locale, "case.error." + input.id()));
        String value = state.value(input.id());
        if (value != null && !value.isBlank()) {
            result = result.withValue(value);
        }
        String error = state.error(input.id());
        return error == null ? result : result.withError(error);
    }

    private TextInput textArea(TextInput input, FormState state, Locale locale) {
        TextInput result = input.asRequired(text(locale, "case.error." + input.id()))
            .withMaxLength(CaseCards.TEXT_LIMIT);
        String value = state.value(input.id());
        if (value != null) {
            result = result.withValue(value);
        }
        String error = state.error(input.id());
        return error == null ? result : result.withError(error);
    }

    private String text(Locale locale, String key, Object... args) {
        return parts.text(locale, key, args);
    }

}
