package se.finsam.samverkansbot.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.finsam.samverkansbot.stats.Protection.Status;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Secondary suppression against what bounds reveal: an attacker who knows that "&lt;5"
 * means 1 to 4 and that counts are never negative. Each case is a row of a table
 * ({@code total = sum of rows}); a brute-force search over every value the hidden cells
 * could take checks that each small one could still be at least two different values.
 */
class ProtectionTests {

    private static final int THRESHOLD = 5;

    @Test
    void oneSmallRowBesideShownRowsTakesAnotherRowWithIt() {
        assertProtected(20, 3, 10, 7, 0);
    }

    @Test
    void twoSmallRowsThatCanOnlyBeFourEachAreProtected() {
        // 8 = 4 + 4: both "<5" and the rest 0 would pin both to 4.
        assertProtected(8, 4, 4, 0, 0);
    }

    @Test
    void fiveOnesThatMakeTheTotalAreProtected() {
        assertProtected(5, 1, 1, 1, 1, 1, 0, 0);
    }

    @Test
    void aSmallRowWithOnlyZerosBesideItIsProtected() {
        assertProtected(2, 2, 0, 0);
    }

    /** total = rows; checks the statuses, then that no small row is pinned. */
    private static void assertProtected(long total, long... rows) {
        Protection protection = new Protection(THRESHOLD);
        protection.addFixed("total", total, total > 0 && total < THRESHOLD ? Status.SMALL : Status.SHOWN);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            names.add("row" + i);
            protection.add("row" + i, rows[i], true);
        }
        protection.sum("total", names);
        Map<Object, Status> statuses = protection.solve();

        for (int i = 0; i < rows.length; i++) {
            if (rows[i] > 0 && rows[i] < THRESHOLD) {
                assertThat(statuses.get("row" + i)).as("row " + i).isNotEqualTo(Status.SHOWN);
                assertThat(feasibleValues(total, statuses.get("total"), rows, statuses, i))
                    .as("values row %d could take", i)
                    .hasSizeGreaterThan(1);
            }
        }
    }

    /** Every value row i can take given what is shown (brute force). */
    private static List<Long> feasibleValues(long total, Status totalStatus, long[] rows, Map<Object, Status> statuses,
            int target) {
        long[] low = new long[rows.length];
        long[] high = new long[rows.length];
        for (int i = 0; i < rows.length; i++) {
            switch (statuses.get("row" + i)) {
                case SHOWN -> {
                    low[i] = rows[i];
                    high[i] = rows[i];
                }
                case SMALL -> {
                    low[i] = 1;
                    high[i] = THRESHOLD - 1;
                }
                default -> {
                    low[i] = 0;
                    high[i] = total;
                }
            }
        }
        long[] totals = totalStatus == Status.SHOWN ? new long[] { total } : new long[] { 1, 2, 3, 4 };
        List<Long> values = new ArrayList<>();
        for (long value = low[target]; value <= high[target]; value++) {
            for (long possibleTotal : totals) {
                if (!values.contains(value) && value <= possibleTotal
                        && fits(possibleTotal - value, low, high, target, 0)) {
                    values.add(value);
                }
            }
        }
        return values;
    }

    private static boolean fits(long rest, long[] low, long[] high, int skip, int from) {
        if (from == low.length) {
            return rest == 0;
        }
        if (from == skip) {
            return fits(rest, low, high, skip, from + 1);
        }
        for (long value = low[from]; value <= Math.min(high[from], rest); value++) {
            if (fits(rest - value, low, high, skip, from + 1)) {
                return true;
            }
        }
        return false;
    }

}
