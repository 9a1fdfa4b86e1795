package se.finsam.samverkansbot.teams;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.cases.AgeBand;
import se.finsam.samverkansbot.cases.CaseEntry;
import se.finsam.samverkansbot.cases.Category;
import se.finsam.samverkansbot.cases.ConsultationCase;
import se.finsam.samverkansbot.cases.EntryKind;
import se.finsam.samverkansbot.cases.Gender;
import se.finsam.samverkansbot.cases.Outcome;
import se.finsam.samverkansbot.cases.Person;
import se.finsam.samverkansbot.core.Agency;
import se.finsam.samverkansbot.core.CoreProperties;
import se.finsam.samverkansbot.core.Kommun;
import se.finsam.samverkansbot.core.Organisation;
import se.finsam.samverkansbot.teams.cards.AdaptiveCard;
import se.finsam.samverkansbot.teams.cards.CardAction;
import se.finsam.samverkansbot.teams.cards.CardElement;
import se.finsam.samverkansbot.teams.cards.ChoiceSetInput;
import se.finsam.samverkansbot.teams.cards.ChoiceSetInput.Choice;
import se.finsam.samverkansbot.teams.cards.Container;
import se.finsam.samverkansbot.teams.cards.FactSet;
import se.finsam.samverkansbot.teams.cards.FactSet.Fact;
import se.finsam.samverkansbot.teams.cards.TextBlock;
import se.finsam.samverkansbot.teams.cards.TextInput;
import se.finsam.samverkansbot.teams.cards.ToggleInput;

/**
 * The cards of consultation cases: the form a caseworker raises a case with, the card in
 * the team's channel with its buttons, the caseworker's own case card, and what is
 * relayed between them. Typed, never spliced.
 */
@Component
class CaseCards {

    static final String RAISE = "case.raise";

    static final String NEW = "case.new";

    static final String ADVISE = "case.advise";

    static final String ASK = "case.ask";

    static final String ASSIGN_FORM = "case.assignForm";

    static final String ASSIGN = "case.assign";

    static final String CLOSE = "case.close";

    static final String ANSWER = "case.answer";

    static final String CLOSE_OWN = "case.closeOwn";

    static final String OUTCOME = "case.outcome";

    static final String CASE_ID = "caseId";

    static final int TEXT_LIMIT = 3000;

    /** Cases listed on one card, so that it stays under Teams' size limit. */
    static final int LISTED = 25;

    private final Texts texts;

    private final Organisation organisation;

    private final ZoneId zone;

    CaseCards(Texts texts, Organisation organisation, CoreProperties core) {
        this.texts = texts;
        this.organisation = organisation;
        this.zone = core.zone();
    }

    static String channelCardKey(long caseId) {
        return "case:" + caseId + ":channel";
    }

    static String caseworkerCardKey(long caseId) {
        return "case:" + caseId + ":caseworker";
    }

    // The form

    /** What the caseworker filled in so far, and what is wrong with it, by field id. */
    record FormState(Map<String, String> values, Map<String, String> errors, List<CardElement> privacyProblems) {

        static FormState empty() {
            return new FormState(Map.of(), Map.of(), List.of());
        }

        String value(String id) {
            return values.get(id);
        }

        String error(String id) {
            return errors.get(id);
        }

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
        body.add(choice(ChoiceSetInput.dropDown(CaseForm.KOMMUN, text(locale, "case.field.kommun"), kommuner), state));
        body.add(choice(
                ChoiceSetInput.dropDown(CaseForm.OWN_AGENCY, text(locale, "case.field.ownAgency"), agencies(locale)),
                state));
        body.add(choice(
                ChoiceSetInput.checkBoxes(CaseForm.AGENCIES, text(locale, "case.field.agencies"), agencies(locale)),
                state));
        body.add(choice(ChoiceSetInput.dropDown(CaseForm.AGE_BAND, text(locale, "case.field.ageBand"),
                Arrays.stream(AgeBand.values())
                    .map(band -> new Choice(text(locale, "case.ageBand." + band.name()), band.name()))
                    .toList()),
                state));
        ChoiceSetInput gender = ChoiceSetInput.radio(CaseForm.GENDER, text(locale, "case.field.gender"),
                Arrays.stream(Gender.values())
                    .map(value -> new Choice(text(locale, "case.gender." + value.name()), value.name()))
                    .toList());
        body.add(state.value(CaseForm.GENDER) == null ? gender : gender.withValue(state.value(CaseForm.GENDER)));
        body.add(choice(ChoiceSetInput.checkBoxes(CaseForm.CATEGORIES, text(locale, "case.field.categories"),
                Arrays.stream(Category.values())
                    .map(value -> new Choice(text(locale, "case.category." + value.name()), value.name()))
                    .toList()),
                state));
        body.add(textArea(TextInput.area(CaseForm.SITUATION, text(locale, "case.field.situation"))
            .withPlaceholder(text(locale, "case.field.situation.placeholder")), state));
        body.add(textArea(TextInput.area(CaseForm.QUESTION, text(locale, "case.field.question"))
            .withPlaceholder(text(locale, "case.field.question.placeholder")), state));
        body.add(ToggleInput.of(CaseForm.WRITTEN_ADVICE, text(locale, "case.field.writtenAdvice"),
                "true".equals(state.value(CaseForm.WRITTEN_ADVICE))));
        body.add(TextBlock.subtle(texts.get(locale, "help.anonymous")));
        return new AdaptiveCard(body,
                List.of(CardAction.submit(text(locale, "case.form.submit"), RAISE).styled("positive")));
    }

    private static ChoiceSetInput choice(ChoiceSetInput input, FormState state) {
        ChoiceSetInput result = input.asRequired();
        String value = state.value(input.id());
        if (value != null && !value.isBlank()) {
            result = result.withValue(value);
        }
        String error = state.error(input.id());
        return error == null ? result : result.withError(error);
    }

    private static TextInput textArea(TextInput input, FormState state) {
        TextInput result = input.asRequired().withMaxLength(TEXT_LIMIT);
        String value = state.value(input.id());
        if (value != null) {
            result = result.withValue(value);
        }
        String error = state.error(input.id());
        return error == null ? result : result.withError(error);
    }

    private List<Choice> agencies(Locale locale) {
        return Arrays.stream(Agency.values())
            .map(agency -> new Choice(text(locale, agency.messageKey()), agency.name()))
            .toList();
    }

    // The card in the team's channel

    AdaptiveCard channelCard(Locale locale, ConsultationCase raised) {
        List<CardElement> body = new ArrayList<>();
        body.add(TextBlock.heading(text(locale, "case.channel.title", raised.reference())));
        body.add(TextBlock.subtle(text(locale, "case.channel.raisedBy", person(locale, raised.caseworker()),
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(raised.raisedAt().atZone(zone)))));
        body.add(new FactSet(caseFacts(locale, raised, true)));
        body.add(TextBlock.paragraph("**" + text(locale, "case.field.situation") + "**"));
        body.add(TextBlock.paragraph(raised.situation()));
        body.add(TextBlock.paragraph("**" + text(locale, "case.field.question") + "**"));
        body.add(TextBlock.paragraph(raised.question()));
        if (!raised.status().isOpen()) {
            return new AdaptiveCard(body, List.of());
        }
        Map<String, Object> id = Map.of(CASE_ID, raised.id());
        AdaptiveCard advise = new AdaptiveCard(List.of(
                TextInput.area("advice", text(locale, "case.advise.label")).withMaxLength(TEXT_LIMIT).asRequired(),
                ChoiceSetInput.dropDown("adviceAgency", text(locale, "case.advise.agency"), agencies(locale)),
                TextBlock.subtle(texts.get(locale, "help.anonymous"))),
                List.of(CardAction.submit(text(locale, "case.advise.submit"), ADVISE, id)));
        AdaptiveCard ask = new AdaptiveCard(List.of(
                TextInput.area("clarification", text(locale, "case.ask.label")).withMaxLength(TEXT_LIMIT).asRequired(),
                TextBlock.subtle(texts.get(locale, "help.anonymous"))),
                List.of(CardAction.submit(text(locale, "case.ask.submit"), ASK, id)));
        return new AdaptiveCard(body,
                List.of(CardAction.showCard(text(locale, "case.action.advise"), advise),
                        CardAction.showCard(text(locale, "case.action.ask"), ask),
                        CardAction.submit(text(locale, "case.action.assign"), ASSIGN_FORM, id),
                        CardAction.submit(text(locale, "case.action.close"), CLOSE, id).styled("destructive")));
    }

    AdaptiveCard assignForm(Locale locale, ConsultationCase raised, List<Person> members) {
        List<Choice> choices = members.stream()
            .map(member -> new Choice(member.name() == null ? member.id().value() : member.name(), member.id().value()))
            .toList();
        return new AdaptiveCard(
                List.of(TextBlock.paragraph(text(locale, "case.assign.title", raised.reference())),
                        ChoiceSetInput.dropDown("assignee", text(locale, "case.assign.label"), choices).asRequired(),
                        TextBlock.subtle(text(locale, "case.assign.hint"))),
                List.of(CardAction.submit(text(locale, "case.assign.submit"), ASSIGN, Map.of(CASE_ID, raised.id()))));
    }

    // The caseworker's side

    AdaptiveCard caseworkerCard(Locale locale, ConsultationCase raised, String teamName) {
        List<CardElement> body = new ArrayList<>();
        body.add(TextBlock.heading(text(locale, "case.caseworker.title", raised.reference())));
        body.add(TextBlock.paragraph(text(locale, "case.caseworker.intro", teamName == null ? "" : teamName)));
        List<Fact> facts = new ArrayList<>(caseFacts(locale, raised, false));
        body.add(new FactSet(facts));
        if (!raised.status().isOpen()) {
            if (raised.outcome() == null) {
                body.add(TextBlock.paragraph(text(locale, "case.caseworker.outcomeWanted")));
            }
            return new AdaptiveCard(body, List.of());
        }
        return new AdaptiveCard(body, List
            .of(CardAction.showCard(text(locale, "case.action.closeOwn"), new AdaptiveCard(outcomeInputs(locale), List
                .of(CardAction.submit(text(locale, "case.close.submit"), CLOSE_OWN, Map.of(CASE_ID, raised.id())))))));
    }

    AdaptiveCard outcomeRequest(Locale locale, ConsultationCase closed) {
        List<CardElement> body = new ArrayList<>();
        body.add(TextBlock.paragraph(text(locale, "case.outcome.request", closed.reference())));
        body.addAll(outcomeInputs(locale));
        return new AdaptiveCard(body,
                List.of(CardAction.submit(text(locale, "case.outcome.submit"), OUTCOME, Map.of(CASE_ID, closed.id()))));
    }

    private List<CardElement> outcomeInputs(Locale locale) {
        return List.of(ChoiceSetInput
            .radio("outcome", text(locale, "case.outcome.label"),
                    Arrays.stream(Outcome.values())
                        .map(value -> new Choice(text(locale, "case.outcome." + value.name()), value.name()))
                        .toList())
            .asRequired(), ToggleInput.of("nextStep", text(locale, "case.outcome.nextStep"), false));
    }

    AdaptiveCard adviceNotice(Locale locale, ConsultationCase raised, CaseEntry advice) {
        return new AdaptiveCard(List.of(TextBlock.heading(text(locale, "case.advice.title", raised.reference())),
                TextBlock.subtle(text(locale, "case.advice.from", person(locale, advice.author()))),
                TextBlock.paragraph(advice.body())), List.of());
    }

    AdaptiveCard questionNotice(Locale locale, ConsultationCase raised, CaseEntry question) {
        return new AdaptiveCard(
                List.of(TextBlock.heading(text(locale, "case.question.title", raised.reference())),
                        TextBlock.subtle(text(locale, "case.question.from", person(locale, question.author()))),
                        TextBlock.paragraph(question.body()),
                        TextInput.area("answer", text(locale, "case.answer.label"))
                            .withMaxLength(TEXT_LIMIT)
                            .asRequired(),
                        TextBlock.subtle(texts.get(locale, "help.anonymous"))),
                List.of(CardAction.submit(text(locale, "case.answer.submit"), ANSWER, Map.of(CASE_ID, raised.id()))));
    }

    AdaptiveCard answerInThread(Locale locale, ConsultationCase raised, CaseEntry answer) {
        return new AdaptiveCard(List.of(
                TextBlock
                    .subtle(text(locale, "case.answer.inThread", person(locale, answer.author()), raised.reference())),
                TextBlock.paragraph(answer.body())), List.of());
    }

    AdaptiveCard entryInThread(Locale locale, ConsultationCase raised, CaseEntry entry) {
        String key = entry.kind() == EntryKind.ADVICE ? "case.advice.inThread" : "case.question.inThread";
        return new AdaptiveCard(List.of(TextBlock.subtle(text(locale, key, person(locale, entry.author()))),
                TextBlock.paragraph(entry.body())), List.of());
    }

    AdaptiveCard caseworkerUnreachable(Locale locale, ConsultationCase raised) {
        return new AdaptiveCard(List.of(TextBlock.paragraph(
                text(locale, "case.caseworkerUnreachable", person(locale, raised.caseworker()), raised.reference()))),
                List.of());
    }

    AdaptiveCard reminder(Locale locale, ConsultationCase raised, int workingDays, String teamName) {
        return new AdaptiveCard(List.of(TextBlock.heading(text(locale, "case.reminder.title", raised.reference())),
                TextBlock.paragraph(text(locale, "case.reminder.text", raised.reference(), workingDays,
                        teamName == null ? "" : teamName, raised.kommun()))),
                List.of());
    }

    AdaptiveCard list(Locale locale, String title, String empty, List<ConsultationCase> open) {
        List<CardElement> body = new ArrayList<>();
        body.add(TextBlock.heading(title));
        if (open.isEmpty()) {
            body.add(TextBlock.paragraph(empty));
        }
        for (ConsultationCase each : open.stream().limit(LISTED).toList()) {
            body.add(
                    new Container(
                            List.of(TextBlock.paragraph("**" + each.reference() + "** · " + each.kommun() + " · "
                                    + text(locale, "case.status." + each.status().name())),
                                    TextBlock.subtle(text(locale, "case.list.line", person(locale, each.caseworker()),
                                            each.count(EntryKind.ADVICE),
                                            each.assignee() == null ? text(locale, "case.nobody")
                                                    : person(locale, each.assignee()),
                                            categories(locale, each.categories())))),
                            "emphasis"));
        }
        if (open.size() > LISTED) {
            body.add(TextBlock.subtle(text(locale, "case.list.more", open.size() - LISTED)));
        }
        return new AdaptiveCard(body, List.of());
    }

    private List<Fact> caseFacts(Locale locale, ConsultationCase raised, boolean forTeam) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(text(locale, "case.field.status"), text(locale, "case.status." + raised.status().name())));
        facts.add(new Fact(text(locale, "case.field.assignee"),
                raised.assignee() == null ? text(locale, "case.nobody") : person(locale, raised.assignee())));
        facts.add(new Fact(text(locale, "case.field.adviceCount"), String.valueOf(raised.count(EntryKind.ADVICE))));
        facts.add(new Fact(text(locale, "case.field.kommun"), raised.kommun()));
        if (forTeam) {
            facts.add(new Fact(text(locale, "case.field.agencies"),
                    raised.agenciesInvolved()
                        .stream()
                        .map(agency -> text(locale, agency.messageKey()))
                        .collect(Collectors.joining(", "))));
            facts.add(new Fact(text(locale, "case.field.ageBand"),
                    text(locale, "case.ageBand." + raised.ageBand().name())));
            if (raised.gender() != null) {
                facts.add(new Fact(text(locale, "case.field.gender"),
                        text(locale, "case.gender." + raised.gender().name())));
            }
            facts.add(new Fact(text(locale, "case.field.categories"), categories(locale, raised.categories())));
            facts.add(new Fact(text(locale, "case.field.writtenAdvice"),
                    text(locale, raised.writtenAdviceWanted() ? "case.yes" : "case.no")));
        }
        return facts;
    }

    private String categories(Locale locale, List<Category> categories) {
        return categories.stream()
            .map(category -> text(locale, "case.category." + category.name()))
            .collect(Collectors.joining(", "));
    }

    String person(Locale locale, Person person) {
        String name = person.name() == null || person.name().isBlank() ? text(locale, "case.someone") : person.name();
        return person.agency() == null ? name : name + " (" + text(locale, person.agency().messageKey()) + ")";
    }

    String kommuner(List<Kommun> kommuner) {
        return kommuner.stream().map(Kommun::name).collect(Collectors.joining(", "));
    }

    private String text(Locale locale, String key, Object... args) {
        return texts.get(locale, key, args);
    }

}
