package se.finsam.samverkansbot.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The counts of one family in one year by month, kommun and the row of each breakdown, as
 * the fact tables hold them; every count of a report is a sum of these. Counts of a
 * figure that is not additive over time (active plans) are kept by the months a plan
 * started and ended instead.
 */
final class FigureCube {

    /** The row of the total (every breakdown's "no breakdown"). */
    static final String TOTAL = "*";

    /** The breakdown "none". */
    static final String NONE = "NONE";

    private final int year;

    /** Counts by month (index 1 to 12) of each figure, row and kommun. */
    private final Map<Series, long[]> counts = new HashMap<>();

    private final Map<String, Set<String>> rowsSeen = new HashMap<>();

    private final Map<String, List<long[]>> spans = new HashMap<>();

    FigureCube(int year) {
        this.year = year;
    }

    int year() {
        return year;
    }

    void add(String figure, String dimension, String row, int month, String kommun, long count) {
        counts.computeIfAbsent(new Series(figure, dimension, row, kommun), (key) -> new long[13])[month] += count;
        rowsSeen.computeIfAbsent(dimension, (d) -> new TreeSet<>()).add(row);
    }

    /**
     * For a figure counted over spans (active plans): {@code count} spans in the kommun
     * from month {@code from} (0 when before the year) to month {@code to} (13 when after
     * it or open).
     */
    void addSpan(String kommun, int from, int to, long count) {
        spans.computeIfAbsent(kommun, (k) -> new ArrayList<>()).add(new long[] { from, to, count });
    }

    Set<String> rowsSeen(String dimension) {
        return rowsSeen.getOrDefault(dimension, Set.of());
    }

    /** The count of a figure in a node, over kommuner, in a row of a breakdown. */
    long value(String figure, TimeNode node, List<String> kommuner, String dimension, String row, boolean span) {
        long total = 0;
        int first = node.firstMonth();
        int last = node.lastMonth();
        if (span) {
            for (String kommun : kommuner) {
                for (long[] s : spans.getOrDefault(kommun, List.of())) {
                    if (s[0] <= last && s[1] >= first) {
                        total += s[2];
                    }
                }
            }
            return total;
        }
        for (String kommun : kommuner) {
            long[] months = counts.get(new Series(figure, dimension, row, kommun));
            if (months != null) {
                for (int month = first; month <= last; month++) {
                    total += months[month];
                }
            }
        }
        return total;
    }

    static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    private record Series(String figure, String dimension, String row, String kommun) {
    }

}
