package se.finsam.samverkansbot.stats;

import java.util.Arrays;

/**
 * A row space over the integers modulo a prime, kept in echelon form: the sums of a
 * system of counts as equations over its hidden counts, and whether a single count
 * follows from them ({@link #spans}). Rows are sparse arrays of variables and
 * coefficients; reducing a row works in a dense scratch array, visiting variables in
 * increasing order through a heap, so no boxing and no tree per step.
 */
final class RowSpace {

    static final long P = 2_147_483_647L;

    /** Rows by their pivot (their smallest variable, with coefficient 1). */
    private Row[] pivots = new Row[0];

    /** Rows settled before, looked up after these; never changed from here. */
    private final RowSpace base;

    private int maxVariable = -1;

    private long[] scratch = new long[0];

    private boolean[] queued = new boolean[0];

    private int[] heap = new int[16];

    RowSpace(RowSpace base) {
        this.base = base;
        if (base != null) {
            this.maxVariable = base.maxVariable;
        }
    }

    /**
     * Adds a row: its variables in increasing order, each once, with their coefficients
     * (from 1 to {@link #P} - 1).
     */
    void add(int[] variables, long[] coefficients) {
        Row reduced = reduce(variables, coefficients);
        if (reduced.variables.length == 0) {
            return;
        }
        long inverse = inverse(reduced.coefficients[0]);
        for (int i = 0; i < reduced.coefficients.length; i++) {
            reduced.coefficients[i] = reduced.coefficients[i] * inverse % P;
        }
        int pivot = reduced.variables[0];
        if (pivot >= pivots.length) {
            pivots = Arrays.copyOf(pivots, Math.max(pivot + 1, pivots.length * 2));
        }
        pivots[pivot] = reduced;
        maxVariable = Math.max(maxVariable, reduced.variables[reduced.variables.length - 1]);
    }

    /**
     * Takes over the rows of a space built on this one, as if they had been added here in
     * the same order: reduced against the same pivots, they are the same rows.
     */
    void absorb(RowSpace over) {
        if (over.base != this) {
            throw new IllegalArgumentException("Not a space built on this one");
        }
        if (pivots.length < over.pivots.length) {
            pivots = Arrays.copyOf(pivots, over.pivots.length);
        }
        for (int v = 0; v < over.pivots.length; v++) {
            if (over.pivots[v] != null) {
                pivots[v] = over.pivots[v];
            }
        }
        maxVariable = Math.max(maxVariable, over.maxVariable);
    }

    /** Whether the variable alone is a combination of the rows: it follows from them. */
    boolean spans(int variable) {
        return reduce(new int[] { variable }, new long[] { 1 }).variables.length == 0;
    }

    private Row pivot(int variable) {
        Row row = variable < pivots.length ? pivots[variable] : null;
        return (row == null && base != null) ? base.pivot(variable) : row;
    }

    private Row reduce(int[] variables, long[] coefficients) {
        int size = Math.max(maxVariable, variables.length == 0 ? -1 : variables[variables.length - 1]) + 1;
        if (scratch.length < size) {
            scratch = new long[Math.max(size, scratch.length * 2)];
            queued = new boolean[scratch.length];
        }
        int heapSize = 0;
        for (int k = 0; k < variables.length; k++) {
            int v = variables[k];
            scratch[v] = (scratch[v] + coefficients[k]) % P;
            if (!queued[v]) {
                queued[v] = true;
                heapSize = push(v, heapSize);
            }
        }
        int[] outVariables = new int[8];
        long[] outCoefficients = new long[8];
        int out = 0;
        while (heapSize > 0) {
            int v = heap[0];
            heapSize = pop(heapSize);
            queued[v] = false;
            long factor = scratch[v];
            scratch[v] = 0;
            if (factor == 0) {
                continue;
            }
            Row pivot = pivot(v);
            if (pivot == null) {
                if (out == outVariables.length) {
                    outVariables = Arrays.copyOf(outVariables, out * 2);
                    outCoefficients = Arrays.copyOf(outCoefficients, out * 2);
                }
                outVariables[out] = v;
                outCoefficients[out] = factor;
                out++;
                continue;
            }
            // The pivot's other variables are all greater than v: they come later.
            for (int k = 1; k < pivot.variables.length; k++) {
                int u = pivot.variables[k];
                scratch[u] = (scratch[u] - factor * pivot.coefficients[k] % P + P) % P;
                if (!queued[u]) {
                    queued[u] = true;
                    heapSize = push(u, heapSize);
                }
            }
        }
        return new Row(Arrays.copyOf(outVariables, out), Arrays.copyOf(outCoefficients, out));
    }

    private int push(int value, int size) {
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        int i = size;
        heap[i] = value;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (heap[parent] <= heap[i]) {
                break;
            }
            int swap = heap[parent];
            heap[parent] = heap[i];
            heap[i] = swap;
            i = parent;
        }
        return size + 1;
    }

    private int pop(int size) {
        int last = size - 1;
        heap[0] = heap[last];
        int i = 0;
        while (true) {
            int left = 2 * i + 1;
            if (left >= last) {
                break;
            }
            int smallest = (left + 1 < last && heap[left + 1] < heap[left]) ? left + 1 : left;
            if (heap[i] <= heap[smallest]) {
                break;
            }
            int swap = heap[smallest];
            heap[smallest] = heap[i];
            heap[i] = swap;
            i = smallest;
        }
        return last;
    }

    private static long inverse(long a) {
        long result = 1;
        long base = a % P;
        long exponent = P - 2;
        while (exponent > 0) {
            if ((exponent & 1) == 1) {
                result = result * base % P;
            }
            base = base * base % P;
            exponent >>= 1;
        }
        return result;
    }

    private record Row(int[] variables, long[] coefficients) {
    }

}
