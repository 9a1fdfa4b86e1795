package se.finsam.samverkansbot.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.finsam.samverkansbot.stats.Protection.Status;

/**
 * The counts of a {@link Protection} and the sums that tie them ({@code parent = sum of
 * children}): each count by its index in the order added, with its value, its status and
 * whether that status may still change.
 */
final class CountSystem {

    private final Map<Object, Integer> index = new HashMap<>();

    private final List<Object> keys = new ArrayList<>();

    private long[] values = new long[64];

    private Status[] statuses = new Status[64];

    private boolean[] fixed = new boolean[64];

    private final List<int[]> relations = new ArrayList<>();

    /** The relations each count is a member of. */
    private int[][] relationsOf = new int[64][];

    private int[] relationCounts = new int[64];

    private int statusVersion;

    private String[] keyTexts = new String[0];

    int size() {
        return keys.size();
    }

    int relationCount() {
        return relations.size();
    }

    /** Adds a count; returns its index. */
    int add(Object key, long value, Status status, boolean fixed) {
        if (index.containsKey(key)) {
            throw new IllegalArgumentException("Cell added twice: " + key);
        }
        int i = keys.size();
        if (i == values.length) {
            int capacity = i * 2;
            values = Arrays.copyOf(values, capacity);
            statuses = Arrays.copyOf(statuses, capacity);
            this.fixed = Arrays.copyOf(this.fixed, capacity);
            relationsOf = Arrays.copyOf(relationsOf, capacity);
            relationCounts = Arrays.copyOf(relationCounts, capacity);
        }
        index.put(key, i);
        keys.add(key);
        values[i] = value;
        statuses[i] = status;
        this.fixed[i] = fixed;
        relationsOf[i] = new int[2];
        return i;
    }

    /** The index of a count, or null when it was not added. */
    Integer indexOf(Object key) {
        return index.get(key);
    }

    /** {@code parent = sum of children}; keys not added are ignored as zero. */
    void sum(Object parent, List<?> children) {
        Integer p = index.get(parent);
        if (p == null) {
            return;
        }
        int[] members = new int[children.size()];
        int n = 0;
        for (Object child : children) {
            Integer c = index.get(child);
            if (c != null) {
                members[n++] = c;
            }
        }
        sum(p, Arrays.copyOf(members, n));
    }

    /** {@code parent = sum of children}, by index; none when there are no children. */
    void sum(int parent, int[] children) {
        if (children.length == 0) {
            return;
        }
        int[] relation = new int[children.length + 1];
        relation[0] = parent;
        System.arraycopy(children, 0, relation, 1, children.length);
        int id = relations.size();
        relations.add(relation);
        for (int member : relation) {
            if (relationCounts[member] == relationsOf[member].length) {
                relationsOf[member] = Arrays.copyOf(relationsOf[member], relationCounts[member] * 2);
            }
            relationsOf[member][relationCounts[member]++] = id;
        }
    }

    Object key(int cell) {
        return keys.get(cell);
    }

    /** A count's key as text, worked out once: it orders counts of the same value. */
    String keyText(int cell) {
        if (keyTexts.length <= cell) {
            keyTexts = Arrays.copyOf(keyTexts, Math.max(cell + 1, keys.size()));
        }
        if (keyTexts[cell] == null) {
            keyTexts[cell] = keys.get(cell).toString();
        }
        return keyTexts[cell];
    }

    long value(int cell) {
        return values[cell];
    }

    Status status(int cell) {
        return statuses[cell];
    }

    void setStatus(int cell, Status status) {
        statuses[cell] = status;
        statusVersion++;
    }

    /** Changes whenever a status does. */
    int statusVersion() {
        return statusVersion;
    }

    boolean isFixed(int cell) {
        return fixed[cell];
    }

    /** Every count added so far keeps its status from now on. */
    void fixAll() {
        Arrays.fill(fixed, 0, keys.size(), true);
    }

    /** A relation: its parent first, then its children. */
    int[] relation(int id) {
        return relations.get(id);
    }

    /** How many relations a count is a member of; see {@link #relationOf}. */
    int relationCountOf(int cell) {
        return relationCounts[cell];
    }

    int relationOf(int cell, int k) {
        return relationsOf[cell][k];
    }

    /**
     * Whether a count is one an attacker must not learn: above 0, below the threshold,
     * not shown.
     */
    boolean isSmallHidden(int cell, int threshold) {
        return statuses[cell] != Status.SHOWN && values[cell] > 0 && values[cell] < threshold;
    }

}
