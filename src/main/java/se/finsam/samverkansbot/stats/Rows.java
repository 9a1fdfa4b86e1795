package se.finsam.samverkansbot.stats;

import java.util.Arrays;
import java.util.List;

import se.finsam.samverkansbot.cases.AgeBand;
import se.finsam.samverkansbot.cases.Category;
import se.finsam.samverkansbot.cases.Gender;
import se.finsam.samverkansbot.core.Agency;

/** The rows of each breakdown, in the order reports show them, and their labels. */
final class Rows {

    /** Contact searches by the topic of the best hit. */
    static final String TOPIC = "TOPIC";

    /** The outcome row of cases closed without advice. */
    static final String NO_ADVICE = "NO_ADVICE";

    /** The outcome row of cases still open or whose outcome is not yet given. */
    static final String UNKNOWN = "UNKNOWN";

    /** The topic row of searches that found nothing. */
    static final String NOTHING_FOUND = "-";

    private Rows() {
    }

    static List<String> of(String dimension, FigureCube cube) {
        return switch (dimension) {
            case "RAISER_AGENCY", "AGENCIES_INVOLVED" -> names(Agency.values());
            case "CATEGORY" -> names(Category.values());
            case "AGE_BAND" -> names(AgeBand.values());
            case "GENDER" -> names(Gender.values());
            case "OUTCOME" -> List.of("HELPED", "PARTLY", "DID_NOT_HELP", NO_ADVICE, UNKNOWN);
            case TOPIC -> List.copyOf(cube.rowsSeen(TOPIC));
            default -> List.of();
        };
    }

    /** The message key of a row's label, or null when the value is its own label. */
    static String labelKey(String dimension, String row) {
        return switch (dimension) {
            case "RAISER_AGENCY", "AGENCIES_INVOLVED" -> "agency." + row;
            case "CATEGORY" -> "case.category." + row;
            case "AGE_BAND" -> "case.ageBand." + row;
            case "GENDER" -> "case.gender." + row;
            case "OUTCOME" -> "stats.outcome." + row;
            case TOPIC -> row.equals(NOTHING_FOUND) ? "stats.topic.nothingFound" : null;
            default -> null;
        };
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

}
