package se.finsam.samverkansbot.teams.stats;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.TurnContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.finsam.samverkansbot.core.CoreProperties;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.stats.Breakdown;
import se.finsam.samverkansbot.stats.InvalidReportRequest;
import se.finsam.samverkansbot.stats.PeriodKind;
import se.finsam.samverkansbot.stats.Report;
import se.finsam.samverkansbot.stats.ReportPeriod;
import se.finsam.samverkansbot.stats.Statistics;
import se.finsam.samverkansbot.teams.chat.CardActions;
import se.finsam.samverkansbot.teams.chat.ChatCommand;
import se.finsam.samverkansbot.teams.chat.CommandInput;
import se.finsam.samverkansbot.teams.chat.Replies;
import se.finsam.samverkansbot.teams.chat.Texts;
import se.finsam.samverkansbot.teams.conversations.ConversationKind;
import se.finsam.samverkansbot.teams.conversations.UserOf;

/**
 * {@code statistik} in personal chat, for samverkanskoordinatorer and admins: a form for
 * period and breakdown; its answer is the report card. A form with mistakes comes back
 * with what was chosen and an error at the wrong field.
 */
@Component
@Order(40)
class StatisticsCommand implements ChatCommand {

    static final String FORM_VERB = "statsForm";

    private static final Logger log = LoggerFactory.getLogger(StatisticsCommand.class);

    private final Statistics statistics;

    private final StatisticsCards cards;

    private final Texts texts;

    private final Clock clock;

    private final CoreProperties core;

    StatisticsCommand(Statistics statistics, StatisticsCards cards, Texts texts, Clock clock, CoreProperties core) {
        this.statistics = statistics;
        this.cards = cards;
        this.texts = texts;
        this.clock = clock;
        this.core = core;
    }

    @Override
    public List<String> names() {
        return List.of("statistik", "statistics");
    }

    @Override
    public Set<ConversationKind> scopes() {
        return EnumSet.of(ConversationKind.PERSONAL);
    }

    @Override
    public String helpKey() {
        return "command.statistics";
    }

    @Override
    public boolean offeredTo(Optional<UserId> user, ConversationKind where) {
        return user.map(statistics::mayTakeOut).orElse(false);
    }

    @Override
    public CompletableFuture<Void> handle(TurnContext turn, CommandInput input) {
        return form(turn, input.locale());
    }

    CompletableFuture<Void> form(TurnContext turn, Locale locale) {
        Optional<UserId> user = UserOf.activity(turn.getActivity());
        if (user.isEmpty() || !statistics.mayTakeOut(user.get())) {
            return Replies.text(turn, texts.get(locale, "stats.ui.notAllowed"));
        }
        Map<String, String> values = new HashMap<>();
        values.put("from", YearMonth.from(LocalDate.now(clock.withZone(core.zone()))).minusMonths(1).toString());
        return Replies.card(turn, cards.form(locale, values, Map.of()));
    }

    /** The form's button: a report, or the form again with what is wrong. */
    CompletableFuture<Void> report(TurnContext turn, JsonNode data, Locale locale) {
        Optional<UserId> user = UserOf.activity(turn.getActivity());
        if (user.isEmpty() || !statistics.mayTakeOut(user.get())) {
            return Replies.text(turn, texts.get(locale, "stats.ui.notAllowed"));
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : List.of("kind", "from", "to", "breakdown")) {
            values.put(field, data.path(field).asText("").strip());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<ReportPeriod> period = period(values, errors);
        Breakdown breakdown = parse(Breakdown.class, values.get("breakdown"), "breakdown", errors);
        if (!errors.isEmpty() || period.isEmpty()) {
            return Replies.card(turn, cards.form(locale, values, errors));
        }
        try {
            Report report = statistics.report(user.get(), period.get(), breakdown);
            log.info("Statistics {} by {} taken out by {}", period.get().key(), breakdown, user.get());
            return Replies.card(turn, cards.report(locale, report));
        }
        catch (InvalidReportRequest invalid) {
            errors.put("period", invalid.code());
            return Replies.card(turn, cards.form(locale, values, errors));
        }
    }

    /** The period the form names, or empty with errors by field. */
    static Optional<ReportPeriod> period(Map<String, String> values, Map<String, String> errors) {
        PeriodKind kind = parse(PeriodKind.class, values.get("kind"), "kind", errors);
        YearMonth from = month(values.get("from"), "from", errors);
        if (kind == null || from == null) {
            return Optional.empty();
        }
        YearMonth to = kind == PeriodKind.CUSTOM ? month(values.get("to"), "to", errors) : from;
        if (to == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(switch (kind) {
                case MONTH -> ReportPeriod.month(from);
                case QUARTER -> ReportPeriod.quarter(from.getYear(), (from.getMonthValue() - 1) / 3 + 1);
                case HALF_YEAR -> ReportPeriod.halfYear(from.getYear(), (from.getMonthValue() - 1) / 6 + 1);
                case YEAR -> ReportPeriod.year(from.getYear());
                case CUSTOM -> ReportPeriod.custom(from, to);
            });
        }
        catch (InvalidReportRequest invalid) {
            errors.put("period", invalid.code());
            return Optional.empty();
        }
    }

    private static YearMonth month(String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            errors.put(field, "required");
            return null;
        }
        try {
            return YearMonth.parse(value.strip());
        }
        catch (java.time.format.DateTimeParseException e) {
            errors.put(field, "month");
            return null;
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, Map<String, String> errors) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            errors.put(field, "required");
            return null;
        }
    }

    /** The form's and the report card's buttons. */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class Buttons {

        @org.springframework.context.annotation.Bean
        CardActions statisticsCardActions(StatisticsCommand command, StatisticsFiles files) {
            return CardActions.of()
                .on(FORM_VERB, (turn, data, locale) -> command.form(turn, locale))
                .on(StatisticsCards.REPORT_VERB, (turn, data, locale) -> command.report(turn, data.json(), locale))
                .on(StatisticsCards.FILE_VERB, files::offer);
        }

    }

}
