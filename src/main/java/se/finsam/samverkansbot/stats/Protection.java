package se.finsam.samverkansbot.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Disclosure control of one system of counts tied by sums ({@code parent = sum of
 * children}): which counts may be shown, which are shown as "fewer than the threshold"
 * and which are withheld to protect those.
 * <p>
 * Primary suppression: a count the tables show that is above 0 and below the threshold is
 * shown as small. Secondary suppression: an attacker knows every shown count, that a
 * small one lies between 1 and the threshold minus 1 and that a withheld or internal one
 * is at least 0, and every sum; from those the bounds of each unknown count are narrowed
 * relation by relation until nothing changes (interval propagation). Whenever a count
 * between 1 and the threshold minus 1 is pinned to one value that way, the smallest
 * non-zero count shown in one of its relations is withheld as well (a zero one if there
 * is none), and the bounds are worked out again, until no such count is pinned. Cells
 * marked fixed keep the status they were given (counts published in an earlier step, such
 * as the totals every breakdown shares or the months under a quarter), so results stay
 * the same whichever table is asked for first.
 */
final class Protection {

    enum Status {

        /** Shown as it is. */
        SHOWN,

        /** Above 0 and below the threshold: shown as "<threshold". */
        SMALL,

        /** Withheld to protect a small count. */
        WITHHELD,

        /** Never shown (a count inside the system that no table shows). */
        INTERNAL

    }

    private static final long UNBOUNDED = Long.MAX_VALUE / 4;

    private final int threshold;

    private final Map<Object, Integer> index = new HashMap<>();

    private final List<Object> keys = new ArrayList<>();

    private final List<Long> values = new ArrayList<>();

    private final List<Status> statuses = new ArrayList<>();

    private final List<Boolean> fixed = new ArrayList<>();

    private final List<int[]> relations = new ArrayList<>();

    private final List<List<Integer>> relationsOf = new ArrayList<>();

    /** Bounds as the earlier steps left them; cells from {@link #settled} on are new. */
    private long[][] settledBounds = new long[0][];

    private int settled;

    /** Relations from this index on were added in the current step. */
    private int settledRelations;

    /**
     * The sums of the earlier steps, over their hidden counts, which no longer change.
     */
    private final RowSpace settledRows = new RowSpace(null);

    /** Bumped whenever a status changes while solving. */
    private int statusVersion;

    /**
     * The sums of the current step as {@link #linearlyDetermined} last built them, and
     * the status version they were built at: when no status changed since, settling takes
     * them over instead of building them again.
     */
    private RowSpace stepRows;

    private int stepRowsVersion = -1;

    Protection(int threshold) {
        this.threshold = threshold;
    }

    /**
     * Adds a count.
     * @param shown whether some table shows it (else it is internal)
     */
    void add(Object key, long value, boolean shown) {
        if (index.containsKey(key)) {
            throw new IllegalArgumentException("Cell added twice: " + key);
        }
        index.put(key, keys.size());
        keys.add(key);
        values.add(value);
        statuses.add(!shown ? Status.INTERNAL : (value > 0 && value < threshold) ? Status.SMALL : Status.SHOWN);
        fixed.add(false);
        relationsOf.add(new ArrayList<>());
    }

    /** Adds a count whose status was decided before and does not change. */
    void addFixed(Object key, long value, Status status) {
        add(key, value, true);
        int i = index.get(key);
        statuses.set(i, status);
        fixed.set(i, true);
    }

    boolean contains(Object key) {
        return index.containsKey(key);
    }

    /** {@code parent = sum of children}; keys not added are ignored as zero. */
    void sum(Object parent, List<?> children) {
        Integer p = index.get(parent);
        if (p == null) {
            return;
        }
        List<Integer> members = new ArrayList<>();
        members.add(p);
        for (Object child : children) {
            Integer c = index.get(child);
            if (c != null) {
                members.add(c);
            }
        }
        if (members.size() < 2) {
            return;
        }
        int[] relation = members.stream().mapToInt(Integer::intValue).toArray();
        int id = relations.size();
        relations.add(relation);
        for (int member : relation) {
            relationsOf.get(member).add(id);
        }
    }

    /**
     * Applies secondary suppression to the counts added since the last call, the counts
     * of earlier calls being settled; returns the status of every count by key. Adding a
     * period's counts step by step (months, then quarters, then half years, then the
     * year) costs little more than the last step: bounds and sums of the earlier steps
     * are kept.
     */
    void solve() {
        int guard = keys.size() + 1;
        long[][] bounds = null;
        while (guard-- > 0) {
            bounds = bounds();
            List<Integer> disclosed = disclosed(bounds);
            if (disclosed.isEmpty()) {
                disclosed = linearlyDetermined();
            }
            if (disclosed.isEmpty()) {
                break;
            }
            boolean changed = false;
            for (int cell : disclosed) {
                changed |= protect(cell);
            }
            if (!changed) {
                // Nothing left to withhold: the cells around are fixed. Cannot happen
                // with totals computed first, but never loop for ever.
                break;
            }
        }
        settle(bounds);
    }

    /** The status of every count by key. */
    Map<Object, Status> statuses() {
        Map<Object, Status> result = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            result.put(keys.get(i), statuses.get(i));
        }
        return result;
    }

    Status status(Object key) {
        return statuses.get(index.get(key));
    }

    /** Every count added so far keeps its status from now on. */
    private void settle(long[][] bounds) {
        if (stepRows != null && stepRowsVersion == statusVersion) {
            settledRows.absorb(stepRows);
        }
        else {
            for (int r = settledRelations; r < relations.size(); r++) {
                addHiddenRow(relations.get(r), settledRows);
            }
        }
        stepRows = null;
        for (int i = settled; i < keys.size(); i++) {
            fixed.set(i, true);
        }
        settledBounds = bounds;
        settled = keys.size();
        settledRelations = relations.size();
    }

    /**
     * Adds a sum to the rows as an equation over its hidden counts (shown ones are
     * constants): the parent's coefficient 1, each child's -1.
     */
    private void addHiddenRow(int[] relation, RowSpace rows) {
        int[] variables = new int[relation.length];
        long[] coefficients = new long[relation.length];
        int n = 0;
        for (int k = 0; k < relation.length; k++) {
            int member = relation[k];
            if (statuses.get(member) == Status.SHOWN) {
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
        if (kept > 0) {
            rows.add(java.util.Arrays.copyOf(variables, kept), java.util.Arrays.copyOf(coefficients, kept));
        }
    }

    /**
     * The cells between 1 and threshold - 1 that are not shown but follow from the shown
     * ones by adding and subtracting sums, however many: those whose unit vector lies in
     * the row space of the sums restricted to the cells not shown (Gaussian elimination
     * modulo a prime). Catches what interval propagation misses, such as a coordinator's
     * kommuner worked out as the förbund less another coordinator's kommun.
     */
    private List<Integer> linearlyDetermined() {
        RowSpace rows = new RowSpace(settledRows);
        for (int r = settledRelations; r < relations.size(); r++) {
            addHiddenRow(relations.get(r), rows);
        }
        stepRows = rows;
        stepRowsVersion = statusVersion;
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            long value = values.get(i);
            if (statuses.get(i) != Status.SHOWN && value > 0 && value < threshold && rows.spans(i)) {
                found.add(i);
            }
        }
        return found;
    }

    /** The cells between 1 and threshold - 1 whose bounds close to one value. */
    private List<Integer> disclosed(long[][] bounds) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            long value = values.get(i);
            if (statuses.get(i) != Status.SHOWN && value > 0 && value < threshold && bounds[i][0] == bounds[i][1]) {
                found.add(i);
            }
        }
        return found;
    }

    /**
     * Withholds the smallest shown non-zero cell that is not fixed among the cells
     * sharing a relation with the disclosed cell, looking one relation further while all
     * of those are fixed. When there is none (the small cells make up a shown total by
     * themselves, such as five ones in a total of five), the disclosed cell itself is
     * shown as withheld instead of small, so that nobody can tell it is at least 1. Only
     * when that cannot be done either is a zero cell withheld.
     */
    private boolean protect(int cell) {
        Integer chosen = nearest(cell, false);
        if (chosen == null && !fixed.get(cell) && statuses.get(cell) == Status.SMALL) {
            chosen = cell;
        }
        if (chosen == null) {
            chosen = nearest(cell, true);
        }
        if (chosen == null) {
            return false;
        }
        statuses.set(chosen, Status.WITHHELD);
        statusVersion++;
        return true;
    }

    /**
     * The smallest shown, changeable cell in the nearest layer of relations that has one.
     */
    private Integer nearest(int cell, boolean zeros) {
        boolean[] seen = new boolean[keys.size()];
        seen[cell] = true;
        List<Integer> layer = List.of(cell);
        while (!layer.isEmpty()) {
            List<Integer> next = new ArrayList<>();
            List<Integer> candidates = new ArrayList<>();
            for (int member : layer) {
                for (int relation : relationsOf.get(member)) {
                    for (int other : relations.get(relation)) {
                        if (!seen[other]) {
                            seen[other] = true;
                            next.add(other);
                            if (statuses.get(other) == Status.SHOWN && !fixed.get(other)
                                    && (zeros || values.get(other) > 0)) {
                                candidates.add(other);
                            }
                        }
                    }
                }
            }
            if (!candidates.isEmpty()) {
                return candidates.stream()
                    .min(Comparator.<Integer>comparingLong(values::get).thenComparing((c) -> keys.get(c).toString()))
                    .orElseThrow();
            }
            layer = next;
        }
        return null;
    }

    /** What an attacker can narrow each cell to, from the shown values and the sums. */
    private long[][] bounds() {
        int n = keys.size();
        long[][] bounds = new long[n][];
        for (int i = 0; i < n; i++) {
            if (i < settled) {
                bounds[i] = settledBounds[i].clone();
                continue;
            }
            switch (statuses.get(i)) {
                case SHOWN -> bounds[i] = new long[] { values.get(i), values.get(i) };
                case SMALL -> bounds[i] = new long[] { 1, threshold - 1 };
                default -> bounds[i] = new long[] { 0, UNBOUNDED };
            }
        }
        // Worklist: a relation is looked at again when a bound of one of its members
        // moved.
        java.util.ArrayDeque<Integer> work = new java.util.ArrayDeque<>();
        boolean[] queued = new boolean[relations.size()];
        // The earlier steps' relations are settled: only the new ones, and what their
        // bounds move, need looking at.
        for (int r = settledRelations; r < relations.size(); r++) {
            work.add(r);
            queued[r] = true;
        }
        while (!work.isEmpty()) {
            int r = work.poll();
            queued[r] = false;
            int[] relation = relations.get(r);
            long[][] old = new long[relation.length][];
            for (int k = 0; k < relation.length; k++) {
                old[k] = bounds[relation[k]].clone();
            }
            if (!tighten(relation, bounds)) {
                continue;
            }
            for (int k = 0; k < relation.length; k++) {
                long[] now = bounds[relation[k]];
                if (now[0] != old[k][0] || now[1] != old[k][1]) {
                    for (int other : relationsOf.get(relation[k])) {
                        if (!queued[other]) {
                            queued[other] = true;
                            work.add(other);
                        }
                    }
                }
            }
        }
        return bounds;
    }

    /** parent = sum of children: narrows each member from the others. */
    private static boolean tighten(int[] relation, long[][] bounds) {
        boolean changed = false;
        int parent = relation[0];
        long low = 0;
        long high = 0;
        int unbounded = 0;
        for (int k = 1; k < relation.length; k++) {
            low += bounds[relation[k]][0];
            if (bounds[relation[k]][1] >= UNBOUNDED) {
                unbounded++;
            }
            else {
                high += bounds[relation[k]][1];
            }
        }
        changed |= narrow(bounds[parent], low, unbounded > 0 ? UNBOUNDED : high);
        for (int k = 1; k < relation.length; k++) {
            long[] child = bounds[relation[k]];
            long othersLow = low - child[0];
            boolean othersUnbounded = unbounded - (child[1] >= UNBOUNDED ? 1 : 0) > 0;
            long othersHigh = high - (child[1] >= UNBOUNDED ? 0 : child[1]);
            long childLow = othersUnbounded ? 0 : bounds[parent][0] - othersHigh;
            long childHigh = bounds[parent][1] >= UNBOUNDED ? UNBOUNDED : bounds[parent][1] - othersLow;
            long oldLow = child[0];
            long oldHigh = child[1];
            if (narrow(child, childLow, childHigh)) {
                changed = true;
                low += child[0] - oldLow;
                if (oldHigh >= UNBOUNDED && child[1] < UNBOUNDED) {
                    unbounded--;
                    high += child[1];
                }
                else if (oldHigh < UNBOUNDED) {
                    high += child[1] - oldHigh;
                }
            }
        }
        return changed;
    }

    private static boolean narrow(long[] bound, long low, long high) {
        if (low > Math.min(high, bound[1]) || Math.max(low, bound[0]) > high) {
            throw new IllegalStateException("The counts do not add up");
        }
        boolean changed = false;
        if (low > bound[0]) {
            bound[0] = low;
            changed = true;
        }
        if (high < bound[1] && high < UNBOUNDED) {
            bound[1] = high;
            changed = true;
        }
        return changed;
    }

}
