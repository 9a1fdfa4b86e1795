package se.finsam.samverkansbot.stats;

import java.util.Map;
import java.util.TreeMap;

/** Percentiles of whole numbers counted in a histogram. */
final class Percentiles {

    private Percentiles() {
    }

    /**
     * The nearest-rank percentile: the smallest value such that at least {@code p} per
     * cent of the values are at most it (the median of 1, 2, 3, 10 is 2; its 90th
     * percentile is 10).
     * @param histogram how many times each value occurs; not empty
     */
    static int nearestRank(TreeMap<Integer, Long> histogram, int p) {
        long n = histogram.values().stream().mapToLong(Long::longValue).sum();
        long rank = Math.max(1, (long) Math.ceil(p / 100.0 * n));
        long seen = 0;
        for (Map.Entry<Integer, Long> entry : histogram.entrySet()) {
            seen += entry.getValue();
            if (seen >= rank) {
                return entry.getKey();
            }
        }
        return histogram.lastKey();
    }

}
