package se.finsam.samverkansbot.teams.stats;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.core.Kommun;
import se.finsam.samverkansbot.stats.Breakdown;
import se.finsam.samverkansbot.stats.Cell;
import se.finsam.samverkansbot.stats.Figure;
import se.finsam.samverkansbot.stats.PeriodKind;
import se.finsam.samverkansbot.stats.Report;
import se.finsam.samverkansbot.stats.ReportChart;
import se.finsam.samverkansbot.stats.ReportPeriod;
import se.finsam.samverkansbot.teams.cards.ActionSet;
import se.finsam.samverkansbot.teams.cards.AdaptiveCard;
import se.finsam.samverkansbot.teams.cards.CardAction;
import se.finsam.samverkansbot.teams.cards.CardElement;
import se.finsam.samverkansbot.teams.cards.ChoiceSetInput;
import se.finsam.samverkansbot.teams.cards.ColumnSet;
import se.finsam.samverkansbot.teams.cards.FactSet;
import se.finsam.samverkansbot.teams.cards.Image;
import se.finsam.samverkansbot.teams.cards.TextBlock;
import se.finsam.samverkansbot.teams.cards.TextInput;
import se.finsam.samverkansbot.teams.chat.Texts;

/**
 * The statistics cards: the form (period and breakdown), and the report with its chart
 * inlined as a PNG data URI, its figures as shown after disclosure control, and buttons
 * for the CSV and XLSX files.
 */
@Component
class StatisticsCards {

    static final String REPORT_VERB = "statsReport";

    static final String FILE_VERB = "statsFile";

    /** Rows of a breakdown shown on the card; the files hold all. */
    static final int MAX_ROWS = 12;

    private final Texts texts;

    private final ReportChart chart;

    StatisticsCards(Texts texts, ReportChart chart) {
        this.texts = texts;
        this.chart = chart;
    }

    AdaptiveCard form(Locale locale, Map<String, String> values, Map<String, String> errors) {
        List<CardElement> body = new ArrayList<>();
        body.add(TextBlock.heading(texts.get(locale, "stats.ui.form.title")));
        body.add(TextBlock.paragraph(texts.get(locale, "stats.ui.form.intro")));
        List<ChoiceSetInput.Choice> kinds = new ArrayList<>();
        for (PeriodKind kind : PeriodKind.values()) {
            kinds.add(new ChoiceSetInput.Choice(texts.get(locale, "stats.period." + kind.name()), kind.name()));
        }
        body.add(choice(ChoiceSetInput.dropDown("kind", texts.get(locale, "stats.ui.form.kind"), kinds),
                values.getOrDefault("kind", PeriodKind.MONTH.name()), errors.get("kind"), locale));
        body.add(text(
                TextInput.line("from", texts.get(locale, "stats.ui.form.from"))
                    .withPlaceholder(texts.get(locale, "stats.ui.form.monthPlaceholder")),
                values.get("from"), errors.get("from"), locale));
        body.add(text(
                TextInput.line("to", texts.get(locale, "stats.ui.form.to"))
                    .withPlaceholder(texts.get(locale, "stats.ui.form.monthPlaceholder")),
                values.get("to"), errors.get("to"), locale));
        List<ChoiceSetInput.Choice> breakdowns = new ArrayList<>();
        for (Breakdown breakdown : Breakdown.values()) {
            breakdowns.add(new ChoiceSetInput.Choice(texts.get(locale, "stats.breakdown." + breakdown.name()),
                    breakdown.name()));
        }
        body.add(choice(ChoiceSetInput.dropDown("breakdown", texts.get(locale, "stats.ui.form.breakdown"), breakdowns),
                values.getOrDefault("breakdown", Breakdown.NONE.name()), errors.get("breakdown"), locale));
        if (errors.containsKey("period")) {
            body.add(TextBlock.paragraph(texts.get(locale, "stats.error." + errors.get("period"))));
        }
        errors.forEach((field, error) -> {
            if (!field.equals("period")) {
                body.add(TextBlock.paragraph(texts.get(locale, "stats.ui.form.field." + field) + ": "
                        + texts.get(locale, "stats.ui.form.error." + error)));
            }
        });
        return new AdaptiveCard(body,
                List.of(CardAction.execute(texts.get(locale, "stats.ui.form.submit"), REPORT_VERB).styled("positive")));
    }

    private ChoiceSetInput choice(ChoiceSetInput input, String value, String error, Locale locale) {
        ChoiceSetInput set = input.withValue(value);
        return error == null ? set : set.withError(texts.get(locale, "stats.ui.form.error." + error));
    }

    private TextInput text(TextInput input, String value, String error, Locale locale) {
        TextInput withValue = value == null ? input : input.withValue(value);
        return error == null ? withValue : withValue.withError(texts.get(locale, "stats.ui.form.error." + error));
    }

    /**
     * The report; the chart is inlined, so the whole card stays under Teams' size limit.
     */
    AdaptiveCard report(Locale locale, Report report) {
        List<CardElement> body = new ArrayList<>();
        body.add(TextBlock.heading(texts.get(locale, "stats.ui.report.title", period(locale, report.period()))));
        body.add(TextBlock.subtle(texts.get(locale, "stats.ui.report.scope",
                report.wholeForbund() ? texts.get(locale, "stats.scope.forbund")
                        : String.join(", ", report.scope().stream().map(Kommun::name).toList()),
                String.valueOf(report.threshold()))));
        byte[] png = chart.png(report, locale);
        body.add(Image.of("data:image/png;base64," + Base64.getEncoder().encodeToString(png),
                texts.get(locale, "stats.ui.report.chart")));
        body.add(TextBlock.paragraph("**" + texts.get(locale, "stats.section.cases") + "**"));
        body.add(facts(locale, report.cases().total(), report.cases().figures(), report.threshold()));
        if (!report.cases().rows().isEmpty()) {
            body.add(TextBlock
                .paragraph("**" + texts.get(locale, "stats.breakdown." + report.breakdown().name()) + "**"));
            body.add(table(locale, report.cases(), report.threshold()));
        }
        body.add(TextBlock.paragraph("**" + texts.get(locale, "stats.section.followUps") + "**"));
        body.add(facts(locale, report.followUps().total(), report.followUps().figures(), report.threshold()));
        if (!report.contactSearches().rows().isEmpty()) {
            body.add(TextBlock.paragraph("**" + texts.get(locale, "stats.section.contactSearches") + "**"));
            List<FactSet.Fact> topics = new ArrayList<>();
            report.contactSearches()
                .rows()
                .stream()
                .limit(MAX_ROWS)
                .forEach((row) -> topics
                    .add(new FactSet.Fact(label(locale, row), row.cell(Figure.SEARCHES).text(report.threshold()))));
            body.add(new FactSet(topics));
        }
        body.add(TextBlock.subtle(texts.get(locale, "stats.file.protection", report.threshold())));
        Map<String, Object> request = Map.of("kind", report.period().kind().name(), "from",
                report.period().first().toString(), "to", report.period().last().toString(), "breakdown",
                report.breakdown().name());
        List<CardAction> actions = new ArrayList<>();
        actions.add(CardAction.execute(texts.get(locale, "stats.ui.report.csv"), FILE_VERB, with(request, "CSV")));
        actions.add(CardAction.execute(texts.get(locale, "stats.ui.report.xlsx"), FILE_VERB, with(request, "XLSX")));
        actions.add(CardAction.execute(texts.get(locale, "stats.ui.report.again"), StatisticsCommand.FORM_VERB));
        return new AdaptiveCard(body, actions);
    }

    private static Map<String, Object> with(Map<String, Object> request, String format) {
        Map<String, Object> data = new java.util.LinkedHashMap<>(request);
        data.put("format", format);
        return data;
    }

    private FactSet facts(Locale locale, Report.Row row, List<Figure> figures, int threshold) {
        List<FactSet.Fact> facts = new ArrayList<>();
        for (Figure figure : figures) {
            Cell cell = row.cell(figure);
            if (cell != null) {
                facts.add(new FactSet.Fact(texts.get(locale, "stats.figure." + figure.name()), cell.text(threshold)));
            }
        }
        return new FactSet(facts);
    }

    /** The breakdown as a small table: raised, advised, closed per row. */
    private ColumnSet table(Locale locale, Report.Section section, int threshold) {
        List<Figure> columns = List.of(Figure.RAISED, Figure.ADVISED, Figure.CLOSED);
        List<CardElement> labels = new ArrayList<>();
        labels.add(TextBlock.subtle(" "));
        List<List<CardElement>> values = new ArrayList<>();
        for (Figure figure : columns) {
            List<CardElement> column = new ArrayList<>();
            column.add(TextBlock.subtle(texts.get(locale, "stats.ui.column." + figure.name())));
            values.add(column);
        }
        List<Report.Row> rows = new ArrayList<>(section.rows().stream().limit(MAX_ROWS).toList());
        rows.add(section.total());
        for (Report.Row row : rows) {
            labels.add(TextBlock.paragraph(label(locale, row)));
            for (int c = 0; c < columns.size(); c++) {
                values.get(c).add(TextBlock.paragraph(row.cell(columns.get(c)).text(threshold)));
            }
        }
        List<ColumnSet.Column> all = new ArrayList<>();
        all.add(new ColumnSet.Column(labels, "stretch"));
        values.forEach((column) -> all.add(new ColumnSet.Column(column, "auto")));
        return new ColumnSet(all);
    }

    private String label(Locale locale, Report.Row row) {
        return row.labelKey() == null ? row.value() : texts.get(locale, row.labelKey());
    }

    /** The period as people say it: "mars 2026", "kvartal 1 2026", "2026". */
    String period(Locale locale, ReportPeriod period) {
        YearMonth first = period.first();
        return switch (period.kind()) {
            case MONTH -> first.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + first.getYear();
            case QUARTER -> texts.get(locale, "stats.ui.quarter", String.valueOf((first.getMonthValue() - 1) / 3 + 1),
                    String.valueOf(first.getYear()));
            case HALF_YEAR -> texts.get(locale, "stats.ui.half." + ((first.getMonthValue() - 1) / 6 + 1),
                    String.valueOf(first.getYear()));
            case YEAR -> Integer.toString(first.getYear());
            case CUSTOM -> texts.get(locale, "stats.ui.custom", first.toString(), period.last().toString());
        };
    }

}
