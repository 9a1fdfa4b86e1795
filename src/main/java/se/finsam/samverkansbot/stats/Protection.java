package se.finsam.samverkansbot.stats;

import java.util.ArrayList;
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
 * <p>
 * The counts and sums are kept in a {@link CountSystem}; {@link Intervals} works out the
 * bounds and {@link LinearDisclosure} what follows by adding and subtracting sums; this
 * class decides what to withhold.
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

    private final int threshold;

    private final CountSystem system = new CountSystem();

    private final Intervals intervals;

    private final LinearDisclosure linear;

    Protection(int threshold) {
        this.threshold = threshold;
        this.intervals = new Intervals(system, threshold);
        this.linear = new LinearDisclosure(system, threshold);
    }

    /**
     * Adds a count; returns its index (counts are numbered in the order added).
     * @param shown whether some table shows it (else it is internal)
     */
    int add(Object key, long value, boolean shown) {
        return system.add(key, value,
                !shown ? Status.INTERNAL : (value > 0 && value < threshold) ? Status.SMALL : Status.SHOWN, false);
    }

    /**
     * Adds a count whose status was decided before and does not change; returns its
     * index.
     */
    int addFixed(Object key, long value, Status status) {
        return system.add(key, value, status, true);
    }

    /** How many counts were added: the index of the next. */
    int size() {
        return system.size();
    }

    boolean contains(Object key) {
        return system.indexOf(key) != null;
    }

    /** {@code parent = sum of children}; keys not added are ignored as zero. */
    void sum(Object parent, List<?> children) {
        system.sum(parent, children);
    }

    /** {@code parent = sum of children}, by index. */
    void sum(int parent, int[] children) {
        system.sum(parent, children);
    }

    /**
     * Applies secondary suppression to the counts added since the last call, the counts
     * of earlier calls being settled. Adding a period's counts step by step (months, then
     * quarters, then half years, then the year) costs little more than the last step:
     * bounds and sums of the earlier steps are kept.
     */
    void solve() {
        int guard = system.size() + 1;
        while (guard-- > 0) {
            intervals.compute();
            List<Integer> disclosed = pinned();
            if (disclosed.isEmpty()) {
                disclosed = linear.determined();
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
        intervals.settle();
        linear.settle();
        system.fixAll();
    }

    /** The status of every count by key. */
    Map<Object, Status> statuses() {
        Map<Object, Status> result = new LinkedHashMap<>();
        for (int i = 0; i < system.size(); i++) {
            result.put(system.key(i), system.status(i));
        }
        return result;
    }

    Status status(Object key) {
        return system.status(system.indexOf(key));
    }

    Status statusOf(int cell) {
        return system.status(cell);
    }

    long valueOf(int cell) {
        return system.value(cell);
    }

    /** The small hidden counts whose bounds close to one value. */
    private List<Integer> pinned() {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < system.size(); i++) {
            if (system.isSmallHidden(i, threshold) && intervals.isPinned(i)) {
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
        int chosen = nearest(cell, false);
        if (chosen < 0 && !system.isFixed(cell) && system.status(cell) == Status.SMALL) {
            chosen = cell;
        }
        if (chosen < 0) {
            chosen = nearest(cell, true);
        }
        if (chosen < 0) {
            return false;
        }
        system.setStatus(chosen, Status.WITHHELD);
        return true;
    }

    /**
     * The smallest shown, changeable cell in the nearest layer of relations that has one,
     * or -1.
     */
    private int nearest(int cell, boolean zeros) {
        boolean[] seen = new boolean[system.size()];
        seen[cell] = true;
        List<Integer> layer = List.of(cell);
        while (!layer.isEmpty()) {
            List<Integer> next = new ArrayList<>();
            int best = -1;
            for (int member : layer) {
                for (int j = 0; j < system.relationCountOf(member); j++) {
                    for (int other : system.relation(system.relationOf(member, j))) {
                        if (seen[other]) {
                            continue;
                        }
                        seen[other] = true;
                        next.add(other);
                        if (system.status(other) == Status.SHOWN && !system.isFixed(other)
                                && (zeros || system.value(other) > 0) && (best < 0 || smaller(other, best))) {
                            best = other;
                        }
                    }
                }
            }
            if (best >= 0) {
                return best;
            }
            layer = next;
        }
        return -1;
    }

    /** By value, then by key, so that the choice does not depend on the order added. */
    private boolean smaller(int a, int b) {
        int byValue = Long.compare(system.value(a), system.value(b));
        return byValue != 0 ? byValue < 0 : system.keyText(a).compareTo(system.keyText(b)) < 0;
    }

}
