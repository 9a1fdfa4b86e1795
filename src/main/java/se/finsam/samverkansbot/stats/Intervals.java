package se.finsam.samverkansbot.stats;

import java.util.Arrays;

/**
 * What an attacker can narrow each count of a {@link CountSystem} to from the shown
 * values and the sums: a shown count is its value, a small one lies between 1 and the
 * threshold minus 1, any other is at least 0; each sum narrows its members from the
 * others, until nothing moves (interval propagation). The bounds of settled steps are
 * kept, so a new step only propagates from its own sums and what they move.
 */
final class Intervals {

    static final long UNBOUNDED = Long.MAX_VALUE / 4;

    private final CountSystem system;

    private final int threshold;

    private long[] low = new long[0];

    private long[] high = new long[0];

    /**
     * Bounds as the earlier steps left them; counts from {@link #settledCells} on are
     * new.
     */
    private long[] settledLow = new long[0];

    private long[] settledHigh = new long[0];

    private int settledCells;

    private int settledRelations;

    private long[] oldLow = new long[8];

    private long[] oldHigh = new long[8];

    Intervals(CountSystem system, int threshold) {
        this.system = system;
        this.threshold = threshold;
    }

    /** Works the bounds out for the statuses as they are now. */
    void compute() {
        int n = system.size();
        low = Arrays.copyOf(settledLow, n);
        high = Arrays.copyOf(settledHigh, n);
        for (int i = settledCells; i < n; i++) {
            switch (system.status(i)) {
                case SHOWN -> {
                    low[i] = system.value(i);
                    high[i] = system.value(i);
                }
                case SMALL -> {
                    low[i] = 1;
                    high[i] = threshold - 1;
                }
                default -> {
                    low[i] = 0;
                    high[i] = UNBOUNDED;
                }
            }
        }
        // Worklist: a relation is looked at again when a bound of one of its members
        // moved. The earlier steps' relations are settled: only the new ones, and what
        // their bounds move, need looking at.
        int relations = system.relationCount();
        int[] work = new int[Math.max(1, relations)];
        boolean[] queued = new boolean[relations];
        int head = 0;
        int queuedCount = 0;
        for (int r = settledRelations; r < relations; r++) {
            work[(head + queuedCount++) % work.length] = r;
            queued[r] = true;
        }
        while (queuedCount > 0) {
            int r = work[head];
            head = (head + 1) % work.length;
            queuedCount--;
            queued[r] = false;
            int[] relation = system.relation(r);
            if (oldLow.length < relation.length) {
                oldLow = new long[relation.length * 2];
                oldHigh = new long[relation.length * 2];
            }
            for (int k = 0; k < relation.length; k++) {
                oldLow[k] = low[relation[k]];
                oldHigh[k] = high[relation[k]];
            }
            if (!tighten(relation)) {
                continue;
            }
            for (int k = 0; k < relation.length; k++) {
                int member = relation[k];
                if (low[member] != oldLow[k] || high[member] != oldHigh[k]) {
                    for (int j = 0; j < system.relationCountOf(member); j++) {
                        int other = system.relationOf(member, j);
                        if (!queued[other]) {
                            queued[other] = true;
                            work[(head + queuedCount++) % work.length] = other;
                        }
                    }
                }
            }
        }
    }

    /** Whether the bounds of a count close to one value. */
    boolean isPinned(int cell) {
        return low[cell] == high[cell];
    }

    /** The bounds last worked out are those of settled counts from now on. */
    void settle() {
        settledLow = low;
        settledHigh = high;
        settledCells = system.size();
        settledRelations = system.relationCount();
    }

    /** parent = sum of children: narrows each member from the others. */
    private boolean tighten(int[] relation) {
        boolean changed = false;
        int parent = relation[0];
        long sumLow = 0;
        long sumHigh = 0;
        int unbounded = 0;
        for (int k = 1; k < relation.length; k++) {
            sumLow += low[relation[k]];
            if (high[relation[k]] >= UNBOUNDED) {
                unbounded++;
            }
            else {
                sumHigh += high[relation[k]];
            }
        }
        changed |= narrow(parent, sumLow, unbounded > 0 ? UNBOUNDED : sumHigh);
        for (int k = 1; k < relation.length; k++) {
            int child = relation[k];
            boolean childUnbounded = high[child] >= UNBOUNDED;
            long othersLow = sumLow - low[child];
            boolean othersUnbounded = unbounded - (childUnbounded ? 1 : 0) > 0;
            long othersHigh = sumHigh - (childUnbounded ? 0 : high[child]);
            long childLow = othersUnbounded ? 0 : low[parent] - othersHigh;
            long childHigh = high[parent] >= UNBOUNDED ? UNBOUNDED : high[parent] - othersLow;
            long wasLow = low[child];
            long wasHigh = high[child];
            if (narrow(child, childLow, childHigh)) {
                changed = true;
                sumLow += low[child] - wasLow;
                if (wasHigh >= UNBOUNDED && high[child] < UNBOUNDED) {
                    unbounded--;
                    sumHigh += high[child];
                }
                else if (wasHigh < UNBOUNDED) {
                    sumHigh += high[child] - wasHigh;
                }
            }
        }
        return changed;
    }

    private boolean narrow(int cell, long newLow, long newHigh) {
        if (newLow > Math.min(newHigh, high[cell]) || Math.max(newLow, low[cell]) > newHigh) {
            throw new IllegalStateException("The counts do not add up");
        }
        boolean changed = false;
        if (newLow > low[cell]) {
            low[cell] = newLow;
            changed = true;
        }
        if (newHigh < high[cell] && newHigh < UNBOUNDED) {
            high[cell] = newHigh;
            changed = true;
        }
        return changed;
    }

}
