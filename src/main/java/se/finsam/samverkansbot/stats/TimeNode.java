package se.finsam.samverkansbot.stats;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A standard period of one year as a node of the calendar tree: the year, its two halves,
 * four quarters and twelve months; each is the sum of its children.
 *
 * @param year the year
 * @param id {@code Y}, {@code H1}-{@code H2}, {@code Q1}-{@code Q4} or
 * {@code M1}-{@code M12}
 */
record TimeNode(int year, String id) {

    static TimeNode of(ReportPeriod period) {
        int year = period.first().getYear();
        int month = period.first().getMonthValue();
        return switch (period.kind()) {
            case MONTH -> new TimeNode(year, "M" + month);
            case QUARTER -> new TimeNode(year, "Q" + ((month - 1) / 3 + 1));
            case HALF_YEAR -> new TimeNode(year, "H" + ((month - 1) / 6 + 1));
            case YEAR -> new TimeNode(year, "Y");
            case CUSTOM -> throw new IllegalArgumentException("A custom period is no node");
        };
    }

    static TimeNode month(YearMonth month) {
        return new TimeNode(month.getYear(), "M" + month.getMonthValue());
    }

    List<TimeNode> children() {
        int n = id.length() > 1 ? Integer.parseInt(id.substring(1)) : 0;
        return switch (id.charAt(0)) {
            case 'Y' -> List.of(new TimeNode(year, "H1"), new TimeNode(year, "H2"));
            case 'H' -> List.of(new TimeNode(year, "Q" + (2 * n - 1)), new TimeNode(year, "Q" + (2 * n)));
            case 'Q' -> List.of(new TimeNode(year, "M" + (3 * n - 2)), new TimeNode(year, "M" + (3 * n - 1)),
                    new TimeNode(year, "M" + (3 * n)));
            default -> List.of();
        };
    }

    /** This node and every node under it, children before parents. */
    List<TimeNode> subtree() {
        List<TimeNode> nodes = new ArrayList<>();
        for (TimeNode child : children()) {
            nodes.addAll(child.subtree());
        }
        nodes.add(this);
        return nodes;
    }

    int firstMonth() {
        int n = id.length() > 1 ? Integer.parseInt(id.substring(1)) : 0;
        return switch (id.charAt(0)) {
            case 'Y' -> 1;
            case 'H' -> 6 * n - 5;
            case 'Q' -> 3 * n - 2;
            default -> n;
        };
    }

    int lastMonth() {
        int n = id.length() > 1 ? Integer.parseInt(id.substring(1)) : 0;
        return switch (id.charAt(0)) {
            case 'Y' -> 12;
            case 'H' -> 6 * n;
            case 'Q' -> 3 * n;
            default -> n;
        };
    }

    YearMonth first() {
        return YearMonth.of(year, firstMonth());
    }

    YearMonth last() {
        return YearMonth.of(year, lastMonth());
    }

    @Override
    public String toString() {
        return year + "-" + id;
    }

}
