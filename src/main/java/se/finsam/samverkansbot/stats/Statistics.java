package se.finsam.samverkansbot.stats;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.finsam.samverkansbot.core.CoreProperties;
import se.finsam.samverkansbot.core.Kommun;
import se.finsam.samverkansbot.core.Organisation;
import se.finsam.samverkansbot.core.UserActed;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.stats.ProtectedFigures.Counted;

/**
 * The statistics the förbund can publish: cases, follow-ups and contact searches for a
 * period, broken down as asked, with disclosure control applied to every figure (see
 * {@link ProtectedFigures}). A samverkanskoordinator sees their kommuner, an admin the
 * whole förbund. Computed from the statistics' monthly count tables, which are kept from
 * their fact tables.
 */
@Service
public class Statistics {

    static final String FORBUND = "s:*";

    static final List<Figure> CASE_FIGURES = List.of(Figure.RAISED, Figure.ADVISED, Figure.CLOSED, Figure.HELPED,
            Figure.PARTLY, Figure.DID_NOT_HELP, Figure.NO_ADVICE, Figure.NEXT_STEP_TAKEN, Figure.MEDIAN_DAYS_TO_ADVICE,
            Figure.P90_DAYS_TO_ADVICE);

    static final List<Figure> FOLLOW_UP_FIGURES = List.of(Figure.ACTIVE_PLANS, Figure.REMINDERS_SENT,
            Figure.ESCALATIONS, Figure.HELD, Figure.HELD_ON_TIME_PERCENT);

    private final CountQueries facts;

    private final Organisation organisation;

    private final StatisticsProperties properties;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    private final ZoneId zone;

    Statistics(CountQueries facts, Organisation organisation, StatisticsProperties properties,
            ApplicationEventPublisher events, Clock clock, CoreProperties core) {
        this.facts = facts;
        this.organisation = organisation;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
        this.zone = core.zone();
    }

    /** Whether this person may take out statistics: a coordinator or an admin. */
    public boolean mayTakeOut(UserId user) {
        return user != null && (organisation.isAdmin(user) || organisation.isCoordinator(user));
    }

    /**
     * The report of a period that has ended, for the viewer's scope.
     * @throws StatisticsAccessDenied when the viewer is neither coordinator nor admin
     * @throws InvalidReportRequest when the period has not ended
     */
    @Transactional
    public Report report(UserId viewer, ReportPeriod period, Breakdown breakdown) {
        if (!mayTakeOut(viewer)) {
            throw new StatisticsAccessDenied(viewer);
        }
        List<Kommun> scope = organisation.isAdmin(viewer) ? organisation.kommuner()
                : organisation.coordinatedBy(viewer);
        Report report = report(scope, period, breakdown);
        events.publishEvent(
                UserActed.of(viewer, "stats.report", "report", period.key() + "/" + breakdown.name(), clock.instant()));
        return report;
    }

    /** The report of a period that has ended, for these kommuner. */
    @Transactional(readOnly = true)
    public Report report(List<Kommun> scope, ReportPeriod period, Breakdown breakdown) {
        if (!period.last().isBefore(YearMonth.now(clock.withZone(zone)))) {
            throw new InvalidReportRequest("period.notEnded");
        }
        List<String> kommuner = organisation.kommuner().stream().map(Kommun::name).toList();
        List<String> names = scope.stream().map(Kommun::name).toList();
        boolean whole = Set.copyOf(names).equals(Set.copyOf(kommuner));
        String area = areaOf(names, kommuner);
        Map<String, List<String>> scopes = scopes(kommuner);
        Map<String, List<String>> contactScopes = new LinkedHashMap<>(scopes);
        List<String> withNone = new ArrayList<>(kommuner);
        withNone.add("-");
        contactScopes.put(FORBUND, withNone);

        List<ProtectedFigures> caseYears = new ArrayList<>();
        List<ProtectedFigures> followUpYears = new ArrayList<>();
        List<ProtectedFigures> contactYears = new ArrayList<>();
        for (int year = period.first().getYear(); year <= period.last().getYear(); year++) {
            int threshold = properties.threshold();
            // Only the months of the period: what a period shows depends on its months
            // alone.
            int first = year == period.first().getYear() ? period.first().getMonthValue() : 1;
            int last = year == period.last().getYear() ? period.last().getMonthValue() : 12;
            caseYears.add(new ProtectedFigures(Family.CASES, facts.cases(year, first, last, breakdown), threshold,
                    kommuner, scopes));
            followUpYears.add(new ProtectedFigures(Family.FOLLOW_UPS, facts.followUps(year, first, last), threshold,
                    kommuner, scopes));
            contactYears.add(new ProtectedFigures(Family.CONTACTS, facts.contactSearches(year, first, last), threshold,
                    withNone, contactScopes));
        }
        Counter cases = new Counter(caseYears, period);
        Counter followUps = new Counter(followUpYears, period);
        Counter contacts = new Counter(contactYears, period);

        Report.Section caseSection = caseSection(cases, period, breakdown, area, names);
        Report.Section followUpSection = followUpSection(followUps, breakdown, area, names);
        Report.Section contactSection = contactSection(contacts, contactYears, area);
        List<Report.MonthCell> byMonth = period.months()
            .stream()
            .map((month) -> new Report.MonthCell(month,
                    cases.count("RAISED", ReportPeriod.month(month), area, FigureCube.NONE, FigureCube.TOTAL).cell()))
            .toList();
        return new Report(period, breakdown, scope, whole, properties.threshold(), clock.instant(), caseSection,
                followUpSection, contactSection, byMonth);
    }

    private Report.Section caseSection(Counter cases, ReportPeriod period, Breakdown breakdown, String area,
            List<String> names) {
        Map<String, TreeMap<Integer, Long>> days = new LinkedHashMap<>(
                facts.daysToAdvice(period.start(), period.end(), names, Breakdown.NONE));
        if (breakdown != Breakdown.NONE) {
            days.putAll(facts.daysToAdvice(period.start(), period.end(), names, breakdown));
        }
        Function<Row, Report.Row> build = (row) -> {
            Map<Figure, Cell> cells = new EnumMap<>(Figure.class);
            for (Figure figure : CASE_FIGURES) {
                if (figure.isCount()) {
                    cells.put(figure,
                            cases.count(figure.name(), period, row.area(), row.dimension(), row.cubeRow()).cell());
                }
            }
            Cell advised = cells.get(Figure.ADVISED);
            TreeMap<Integer, Long> histogram = days.get(row.daysKey());
            boolean enough = advised.isShown() && advised.value().longValue() >= properties.threshold()
                    && histogram != null;
            cells.put(Figure.MEDIAN_DAYS_TO_ADVICE,
                    enough ? Cell.shown(Percentiles.nearestRank(histogram, 50)) : Cell.withheld());
            cells.put(Figure.P90_DAYS_TO_ADVICE,
                    enough ? Cell.shown(Percentiles.nearestRank(histogram, 90)) : Cell.withheld());
            return new Report.Row(row.value(), row.labelKey(), cells);
        };
        return section(breakdown, CASE_FIGURES, rows(breakdown, area, names, cases), area, build);
    }

    private Report.Section followUpSection(Counter followUps, Breakdown breakdown, String area, List<String> names) {
        Breakdown rowKind = breakdown == Breakdown.KOMMUN ? Breakdown.KOMMUN : Breakdown.NONE;
        Function<Row, Report.Row> build = (row) -> {
            Map<Figure, Cell> cells = new EnumMap<>(Figure.class);
            cells.put(Figure.ACTIVE_PLANS, followUps.span("ACTIVE_PLANS", row.area()).cell());
            for (Figure figure : List.of(Figure.REMINDERS_SENT, Figure.ESCALATIONS, Figure.HELD)) {
                cells.put(figure, followUps.total(figure.name(), row.area()).cell());
            }
            Counted held = followUps.total("HELD", row.area());
            Counted onTime = followUps.total("HELD_ON_TIME", row.area());
            boolean shown = held.cell().isShown() && onTime.cell().isShown() && held.value() > 0;
            cells.put(Figure.HELD_ON_TIME_PERCENT,
                    shown ? Cell.shown(Math.round(1000.0 * onTime.value() / held.value()) / 10.0) : Cell.withheld());
            return new Report.Row(row.value(), row.labelKey(), cells);
        };
        return section(rowKind, FOLLOW_UP_FIGURES, rows(rowKind, area, names, followUps), area, build);
    }

    private Report.Section contactSection(Counter contacts, List<ProtectedFigures> years, String area) {
        Set<String> topics = new LinkedHashSet<>();
        years.forEach((year) -> topics.addAll(year.rows(Rows.TOPIC)));
        List<Row> rows = topics.stream()
            .sorted()
            .map((topic) -> new Row(topic, Rows.labelKey(Rows.TOPIC, topic), area, Rows.TOPIC, topic))
            .toList();
        Function<Row, Report.Row> build = (row) -> new Report.Row(row.value(), row.labelKey(), Map.of(Figure.SEARCHES,
                contacts.count("SEARCHES", contacts.period, row.area(), row.dimension(), row.cubeRow()).cell()));
        Report.Section section = section(Breakdown.NONE, List.of(Figure.SEARCHES), rows, area, build);
        // Topics nobody searched for in the scope are left out.
        List<Report.Row> used = section.rows()
            .stream()
            .filter((row) -> !(row.cell(Figure.SEARCHES).isShown()
                    && row.cell(Figure.SEARCHES).value().longValue() == 0))
            .toList();
        return new Report.Section(section.rowKind(), section.figures(), used, section.total());
    }

    private static Report.Section section(Breakdown rowKind, List<Figure> figures, List<Row> rows, String area,
            Function<Row, Report.Row> build) {
        List<Report.Row> built = rows.stream().map(build).toList();
        Report.Row total = build
            .apply(new Row(FigureCube.TOTAL, "stats.total", area, FigureCube.NONE, FigureCube.TOTAL));
        return new Report.Section(rowKind, figures, built, total);
    }

    private static List<Row> rows(Breakdown breakdown, String area, List<String> names, Counter counter) {
        if (breakdown == Breakdown.NONE) {
            return List.of();
        }
        if (breakdown == Breakdown.KOMMUN) {
            return names.stream()
                .map((kommun) -> new Row(kommun, null, ProtectedFigures.kommunArea(kommun), FigureCube.NONE,
                        FigureCube.TOTAL))
                .toList();
        }
        return counter.years.get(0)
            .rows(breakdown.name())
            .stream()
            .map((row) -> new Row(row, Rows.labelKey(breakdown.name(), row), area, breakdown.name(), row))
            .toList();
    }

    /** The areas reports cover: the förbund, and each coordinator's kommuner. */
    private Map<String, List<String>> scopes(List<String> kommuner) {
        Map<String, List<String>> scopes = new LinkedHashMap<>();
        scopes.put(FORBUND, kommuner);
        Set<UserId> coordinators = new LinkedHashSet<>();
        organisation.kommuner().forEach((kommun) -> coordinators.addAll(organisation.coordinatorsOf(kommun)));
        for (UserId coordinator : coordinators) {
            List<String> names = organisation.coordinatedBy(coordinator).stream().map(Kommun::name).toList();
            scopes.putIfAbsent(areaOf(names, kommuner), names);
        }
        return scopes;
    }

    private static String areaOf(List<String> names, List<String> kommuner) {
        if (Set.copyOf(names).equals(Set.copyOf(kommuner))) {
            return FORBUND;
        }
        if (names.size() == 1) {
            return ProtectedFigures.kommunArea(names.get(0));
        }
        return "s:" + String.join(",", names.stream().sorted().toList());
    }

    /** A row to build: its value, label, and where its counts are. */
    private record Row(String value, String labelKey, String area, String dimension, String cubeRow) {

        /**
         * The row of the working days' histogram: the kommun, the breakdown's value, or
         * the total.
         */
        String daysKey() {
            return value;
        }

    }

    /** Counts of one family for the report's period, standard or custom. */
    private static final class Counter {

        private final List<ProtectedFigures> years;

        private final ReportPeriod period;

        Counter(List<ProtectedFigures> years, ReportPeriod period) {
            this.years = years;
            this.period = period;
        }

        Counted count(String figure, ReportPeriod at, String area, String dimension, String row) {
            if (at.kind() == PeriodKind.CUSTOM) {
                return ProtectedFigures.custom(years, figure, at, area, dimension, row);
            }
            return years.get(at.first().getYear() - period.first().getYear())
                .count(figure, TimeNode.of(at), area, dimension, row);
        }

        Counted total(String figure, String area) {
            return count(figure, period, area, FigureCube.NONE, FigureCube.TOTAL);
        }

        /** A figure not additive over time: a custom period does not show it. */
        Counted span(String figure, String area) {
            if (period.kind() == PeriodKind.CUSTOM) {
                return new Counted(0, Protection.Status.WITHHELD);
            }
            return total(figure, area);
        }

    }

}
