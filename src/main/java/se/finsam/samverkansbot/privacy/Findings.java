package se.finsam.samverkansbot.privacy;

import java.util.ArrayList;
import java.util.List;

/**
 * The findings of one scan so far, shared by the detectors in the order they run: a later
 * finding that overlaps an earlier one is dropped, so the more specific detector that
 * runs first (a cued case number before a bare phone shape, an address before a name)
 * wins. Spans can also be marked as handled without being reported (an allow-listed
 * number), so that no later detector reads them again. A plain list with a linear overlap
 * check: a message has few findings, and this costs less than any interval structure.
 */
final class Findings {

    final List<Finding> list = new ArrayList<>();

    private final List<int[]> blocked = new ArrayList<>();

    void add(Finding finding) {
        if (overlaps(finding.start(), finding.end())) {
            return;
        }
        list.add(finding);
    }

    /** Marks a span as handled without reporting it (an allow-listed number). */
    void allow(int start, int end) {
        blocked.add(new int[] { start, end });
    }

    /** The index of the first reported finding that overlaps the span, or -1. */
    int indexOverlapping(int start, int end) {
        for (int k = 0; k < list.size(); k++) {
            Finding finding = list.get(k);
            if (start < finding.end() && finding.start() < end) {
                return k;
            }
        }
        return -1;
    }

    boolean covers(int offset) {
        return overlaps(offset, offset + 1);
    }

    private boolean overlaps(int start, int end) {
        for (Finding finding : list) {
            if (start < finding.end() && finding.start() < end) {
                return true;
            }
        }
        for (int[] span : blocked) {
            if (start < span[1] && span[0] < end) {
                return true;
            }
        }
        return false;
    }

}
