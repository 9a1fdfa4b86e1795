package se.finsam.samverkansbot.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import se.finsam.samverkansbot.stats.Protection.Status;
import se.finsam.samverkansbot.stats.RowSpace.Row;

/**
 * The small counts of a {@link CountSystem} that are not shown but follow from the shown
 * ones by adding and subtracting sums, however many: those whose unit vector lies in the
 * row space of the sums restricted to the counts not shown (Gaussian elimination modulo a
 * prime, see {@link RowSpace}). Catches what interval propagation misses, such as a
 * coordinator's kommuner worked out as the förbund less another coordinator's kommun.
 * <p>
 * Nothing is worked out twice: the sums of settled steps stay reduced in the settled
 * rows, and a step's own sums are reduced once and kept for as long as no status changes
 * (in practice a step has one round; a count withheld rebuilds the step's rows, not the
 * settled ones). A small count whose variable is no pivot is not a combination of the
 * rows, with no reduction at all. Each settled small count keeps what is left of it after
 * reduction by the settled rows, which later steps reduce further only when its first
 * variable has become a pivot.
 */
final class LinearDisclosure {

    private final CountSystem system;

    private final int threshold;

    /** The sums of the settled steps over their hidden counts. */
    private final RowSpace settledRows = new RowSpace(null);

    private int settledCells;

    private int settledRelations;

    /** The settled small hidden counts, in the order added, and what is left of each. */
    private int[] settledTargets = new int[0];

    private Row[] settledRemainders = new Row[0];

    /** The current step's sums over settled rows, and the status version they are of. */
    private RowSpace stepRows;

    private int stepVersion;

    LinearDisclosure(CountSystem system, int threshold) {
        this.system = system;
        this.threshold = threshold;
    }

    /** The small hidden counts that follow from the shown ones, in the order added. */
    List<Integer> determined() {
        RowSpace rows = stepRows();
        List<Integer> found = new ArrayList<>();
        for (int t = 0; t < settledTargets.length; t++) {
            if (further(rows, settledRemainders[t]).isEmpty()) {
                found.add(settledTargets[t]);
            }
        }
        for (int i = settledCells; i < system.size(); i++) {
            if (system.isSmallHidden(i, threshold) && rows.isPivot(i) && rows.spans(unit(i))) {
                found.add(i);
            }
        }
        return found;
    }

    /**
     * Every count added so far keeps its status from now on: its sums become settled
     * rows.
     */
    void settle() {
        RowSpace rows = stepRows();
        int n = system.size();
        int[] targets = Arrays.copyOf(settledTargets, settledTargets.length + (n - settledCells));
        Row[] remainders = Arrays.copyOf(settledRemainders, targets.length);
        for (int t = 0; t < settledTargets.length; t++) {
            remainders[t] = further(rows, settledRemainders[t]);
        }
        int count = settledTargets.length;
        for (int i = settledCells; i < n; i++) {
            if (system.isSmallHidden(i, threshold)) {
                targets[count] = i;
                remainders[count] = rows.isPivot(i) ? rows.reduce(unit(i)) : unit(i);
                count++;
            }
        }
        settledTargets = Arrays.copyOf(targets, count);
        settledRemainders = Arrays.copyOf(remainders, count);
        rows.rows().forEach(settledRows::put);
        stepRows = null;
        settledCells = n;
        settledRelations = system.relationCount();
    }

    /**
     * The step's sums reduced over the settled rows, built again only when a status
     * changed since.
     */
    private RowSpace stepRows() {
        if (stepRows == null || stepVersion != system.statusVersion()) {
            stepRows = new RowSpace(settledRows);
            for (int r = settledRelations; r < system.relationCount(); r++) {
                Row row = hiddenRow(system.relation(r));
                if (!row.isEmpty()) {
                    stepRows.add(row);
                }
            }
            stepVersion = system.statusVersion();
        }
        return stepRows;
    }

    /**
     * What is left of a settled count's remainder after the step's rows: the same unless
     * its first variable has become a pivot.
     */
    private static Row further(RowSpace rows, Row remainder) {
        return (!remainder.isEmpty() && rows.isPivot(remainder.variables()[0])) ? rows.reduce(remainder) : remainder;
    }

    private static Row unit(int cell) {
        return new Row(new int[] { cell }, new long[] { 1 });
    }

    /**
     * A sum as an equation over its hidden counts (shown ones are constants): the
     * parent's coefficient 1, each child's -1.
     */
    private Row hiddenRow(int[] relation) {
        int[] variables = new int[relation.length];
        long[] coefficients = new long[relation.length];
        int n = 0;
        for (int k = 0; k < relation.length; k++) {
            int member = relation[k];
            if (system.status(member) == Status.SHOWN) {
                continue;
            }
            long coefficient = k == 0 ? 1L : RowSpace.P - 1;
            int at = 0;
            while (at < n && variables[at] < member) {
                at++;
            }
            if (at < n && variables[at] == member) {
                coefficients[at] = (coefficients[at] + coefficient) % RowSpace.P;
                continue;
            }
            System.arraycopy(variables, at, variables, at + 1, n - at);
            System.arraycopy(coefficients, at, coefficients, at + 1, n - at);
            variables[at] = member;
            coefficients[at] = coefficient;
            n++;
        }
        int kept = 0;
        for (int i = 0; i < n; i++) {
            if (coefficients[i] != 0) {
                variables[kept] = variables[i];
                coefficients[kept] = coefficients[i];
                kept++;
            }
        }
        return new Row(Arrays.copyOf(variables, kept), Arrays.copyOf(coefficients, kept));
    }

}
