package se.finsam.samverkansbot.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A row space over the integers modulo a prime, kept in echelon form: the sums of a
 * system of counts as equations over its hidden counts, and whether a single count
 * follows from them ({@link #spans}); a space can be built on a base whose rows it uses
 * without changing them. Rows are sparse arrays of variables and coefficients; reducing a
 * row works in a dense scratch array, visiting variables in increasing order through a
 * heap, so no boxing and no tree per step.
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

    /** Adds a row (reduced against the rows here first). */
    void add(Row row) {
        Row reduced = reduce(row);
        if (!reduced.isEmpty()) {
            put(reduced);
        }
    }

    /**
     * Adds a row whose first variable is no pivot yet, as it is (scaled so that its first
     * coefficient is 1): a row reduced against these pivots, or one of another space
     * built on this one.
     */
    void put(Row row) {
        int pivot = row.variables[0];
        if (isPivot(pivot)) {
            throw new IllegalArgumentException("Pivot taken: " + pivot);
        }
        long[] coefficients = row.coefficients;
        if (coefficients[0] != 1) {
            long inverse = inverse(coefficients[0]);
            coefficients = new long[row.coefficients.length];
            for (int i = 0; i < coefficients.length; i++) {
                coefficients[i] = row.coefficients[i] * inverse % P;
            }
        }
        if (pivot >= pivots.length) {
            pivots = Arrays.copyOf(pivots, Math.max(pivot + 1, pivots.length * 2));
        }
        pivots[pivot] = new Row(row.variables, coefficients);
        maxVariable = Math.max(maxVariable, row.variables[row.variables.length - 1]);
    }

    /** Whether the row is a combination of the rows here: it follows from them. */
    boolean spans(Row row) {
        return reduce(row).isEmpty();
    }

    /** Whether a row here or in the base has this pivot. */
    boolean isPivot(int variable) {
        return pivot(variable) != null;
    }

    /** Whether a row added here (not in the base) has this pivot. */
    boolean isOwnPivot(int variable) {
        return variable < pivots.length && pivots[variable] != null;
    }

    /** The rows added here (not those of the base), by pivot. */
    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (Row row : pivots) {
            if (row != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * What is left of a row after subtracting rows here and in the base until its first
     * variable is no pivot (or nothing is left). That is all echelon form needs: such a
     * row is no combination of the rows, since any combination starts with the smallest
     * pivot in it; the variables after the first are left as they come, however many of
     * them are pivots, so reducing one row does not pull in the rows of all of them.
     */
    Row reduce(Row row) {
        int[] variables = row.variables;
        long[] coefficients = row.coefficients;
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
            Row pivot = out > 0 ? null : pivot(v);
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

    private Row pivot(int variable) {
        Row row = variable < pivots.length ? pivots[variable] : null;
        return (row == null && base != null) ? base.pivot(variable) : row;
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

    /** A sparse row: variables in increasing order and their coefficients, none 0. */
    record Row(int[] variables, long[] coefficients) {

        boolean isEmpty() {
            return variables.length == 0;
        }

    }

}
