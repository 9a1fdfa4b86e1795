package se.finsam.samverkansbot.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One case as the statistics keep it (table {@code stat_case} with its agencies and
 * categories): fixed codes and dates, no text and no person.
 *
 * @param adviceDays working days from raising to the first advice, or null when not
 * advised
 * @param outcome the outcome's code ({@code NO_ADVICE} when closed without advice), or
 * null until known
 */
record StatCase(String kommun, String raiserAgency, String ageBand, String gender, LocalDate raisedOn,
        LocalDate advisedOn, Integer adviceDays, LocalDate closedOn, String outcome, Boolean nextStepTaken,
        List<String> agencies, List<String> categories) {

    StatCase {
        agencies = List.copyOf(agencies);
        categories = List.copyOf(categories);
    }

    /** The same case, later: its dates and outcome as they are now. */
    StatCase now(LocalDate advisedOn, Integer adviceDays, LocalDate closedOn, String outcome, Boolean nextStepTaken) {
        return new StatCase(kommun, raiserAgency, ageBand, gender, raisedOn, advisedOn, adviceDays, closedOn, outcome,
                nextStepTaken, agencies, categories);
    }

    /**
     * The rows the case counts in: the total, and its row of each breakdown (one per
     * category and per agency involved). By kommun needs none: the kommun is kept with
     * every count.
     */
    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(FigureCube.NONE, FigureCube.TOTAL));
        rows.add(new Row(Breakdown.RAISER_AGENCY.name(), raiserAgency));
        rows.add(new Row(Breakdown.AGE_BAND.name(), ageBand));
        rows.add(new Row(Breakdown.GENDER.name(), gender));
        rows.add(new Row(Breakdown.OUTCOME.name(), outcome == null ? Rows.UNKNOWN : outcome));
        categories.forEach((category) -> rows.add(new Row(Breakdown.CATEGORY.name(), category)));
        agencies.forEach((agency) -> rows.add(new Row(Breakdown.AGENCIES_INVOLVED.name(), agency)));
        return rows;
    }

    /** A row of a breakdown ({@link FigureCube#NONE} for the total). */
    record Row(String dimension, String value) {
    }

}
