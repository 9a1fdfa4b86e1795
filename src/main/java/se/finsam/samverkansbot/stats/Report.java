package se.finsam.samverkansbot.stats;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import se.finsam.samverkansbot.core.Kommun;

/**
 * A statistics report, with disclosure control applied: every cell is as it may be shown.
 *
 * @param period the period
 * @param breakdown what the case rows are
 * @param scope the kommuner it covers
 * @param wholeForbund whether that is the whole förbund
 * @param threshold figures above 0 and below this are shown as "&lt;threshold"
 * @param madeAt when it was made
 * @param cases the case figures by the breakdown's rows, with the total
 * @param followUps the follow-up figures (by kommun when broken down by kommun)
 * @param contactSearches contact searches by the topic of the best hit
 * @param raisedByMonth cases raised each month of the period (the chart's bars)
 */
public record Report(ReportPeriod period, Breakdown breakdown, List<Kommun> scope, boolean wholeForbund, int threshold,
        Instant madeAt, Section cases, Section followUps, Section contactSearches, List<MonthCell> raisedByMonth) {

    public Report {
        scope = List.copyOf(scope);
        raisedByMonth = List.copyOf(raisedByMonth);
    }

    /**
     * One part of a report.
     *
     * @param rowKind what the rows are ({@link Breakdown#NONE} when only the total)
     * @param figures the columns
     * @param rows the rows, without the total
     * @param total the total of the scope
     */
    public record Section(Breakdown rowKind, List<Figure> figures, List<Row> rows, Row total) {

        public Section {
            figures = List.copyOf(figures);
            rows = List.copyOf(rows);
        }

    }

    /**
     * A row.
     *
     * @param value what the row is: an enum name, a kommun or a topic; {@code *} for the
     * total
     * @param labelKey the message key of its label, or null to show the value as it is
     * @param cells the cells by column
     */
    public record Row(String value, String labelKey, Map<Figure, Cell> cells) {

        public Row {
            cells = Map.copyOf(cells);
        }

        public Cell cell(Figure figure) {
            return cells.get(figure);
        }

    }

    /** A month's cell, for the chart. */
    public record MonthCell(YearMonth month, Cell cell) {
    }

}
