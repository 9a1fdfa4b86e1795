package se.finsam.samverkansbot.stats;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A family of counts protected together because sums tie them: the case figures (closed =
 * the outcomes, and = next step taken or not), the follow-up figures (held = on time +
 * late) and the contact searches. Internal counts are parts of those sums no report
 * shows.
 */
enum Family {

    CASES(List.of("RAISED", "ADVISED", "CLOSED", "HELPED", "PARTLY", "DID_NOT_HELP", "NO_ADVICE", "OUTCOME_UNKNOWN",
            "NEXT_STEP_TAKEN", "NEXT_STEP_OTHER"), Set.of("OUTCOME_UNKNOWN", "NEXT_STEP_OTHER"),
            Map.of("CLOSED", List.of("HELPED", "PARTLY", "DID_NOT_HELP", "NO_ADVICE", "OUTCOME_UNKNOWN")),
            Map.of("CLOSED", List.of("NEXT_STEP_TAKEN", "NEXT_STEP_OTHER")), Set.of()),

    FOLLOW_UPS(List.of("ACTIVE_PLANS", "REMINDERS_SENT", "ESCALATIONS", "HELD", "HELD_ON_TIME", "HELD_LATE"),
            Set.of("HELD_LATE"), Map.of("HELD", List.of("HELD_ON_TIME", "HELD_LATE")), Map.of(),
            Set.of("ACTIVE_PLANS")),

    CONTACTS(List.of("SEARCHES"), Set.of(), Map.of(), Map.of(), Set.of());

    private final List<String> figures;

    private final Set<String> internal;

    private final Map<String, List<String>> sums;

    private final Map<String, List<String>> moreSums;

    private final Set<String> notAdditiveOverTime;

    Family(List<String> figures, Set<String> internal, Map<String, List<String>> sums,
            Map<String, List<String>> moreSums, Set<String> notAdditiveOverTime) {
        this.figures = figures;
        this.internal = internal;
        this.sums = sums;
        this.moreSums = moreSums;
        this.notAdditiveOverTime = notAdditiveOverTime;
    }

    List<String> figures() {
        return figures;
    }

    boolean isShown(String figure) {
        return !internal.contains(figure);
    }

    /** Sums between figures: parent figure to its parts. */
    List<Map<String, List<String>>> sums() {
        return List.of(sums, moreSums);
    }

    boolean additiveOverTime(String figure) {
        return !notAdditiveOverTime.contains(figure);
    }

}
