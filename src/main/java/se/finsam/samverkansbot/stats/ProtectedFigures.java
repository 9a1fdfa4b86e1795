package se.finsam.samverkansbot.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.finsam.samverkansbot.stats.Protection.Status;

/**
 * The disclosure control of one family in one year: which counts each standard period
 * shows. Worked out bottom-up along the calendar, months first, and the totals (which
 * every breakdown shows alike) before any breakdown:
 * <ul>
 * <li>a month's statuses depend on that month's counts only, so they never change when
 * later months come in, and a published month report stays consistent with every later
 * report;</li>
 * <li>a quarter, half year or year keeps the statuses of the periods under it and only
 * withholds its own counts, whenever one of them and the shown periods under it would pin
 * a small count;</li>
 * <li>the counts of one kommun are tied to each coordinator's and the förbund's counts,
 * so that comparing two scopes does not pin a small count either.</li>
 * </ul>
 * Custom periods show a count only when it is a sum of shown counts of standard periods
 * ({@link #custom}), so they add nothing an attacker could not already compute.
 */
final class ProtectedFigures {

    private final Family family;

    private final FigureCube cube;

    private final int threshold;

    private final List<String> kommuner;

    private final Map<String, List<String>> scopes;

    private final Map<String, Map<String, Map<CellKey, Status>>> solved = new HashMap<>();

    /**
     * One system per breakdown, to which each node's counts are added once settled below.
     */
    private final Map<String, Protection> systems = new HashMap<>();

    /**
     * @param kommuner every kommun (area {@code k:<name>})
     * @param scopes the areas reports cover (the förbund, each coordinator's kommuner) by
     * id, with their kommuner; a scope of one kommun is that kommun's area
     */
    ProtectedFigures(Family family, FigureCube cube, int threshold, List<String> kommuner,
            Map<String, List<String>> scopes) {
        this.family = family;
        this.cube = cube;
        this.threshold = threshold;
        this.kommuner = List.copyOf(kommuner);
        this.scopes = new LinkedHashMap<>(scopes);
    }

    static String kommunArea(String kommun) {
        return "k:" + kommun;
    }

    /** The value and status of a count of a standard period. */
    Counted count(String figure, TimeNode node, String area, String dimension, String row) {
        String dim = row.equals(FigureCube.TOTAL) ? FigureCube.NONE : dimension;
        CellKey key = new CellKey(figure, node.id(), area, row);
        Status status = statuses(dim, node).get(key);
        return new Counted(value(key, dim), status);
    }

    /**
     * A count over a run of months, possibly across years: shown when the months can be
     * covered by shown counts of standard periods within the run, else withheld.
     */
    static Counted custom(List<ProtectedFigures> years, String figure, ReportPeriod period, String area,
            String dimension, String row) {
        long total = 0;
        for (ProtectedFigures year : years) {
            TimeNode whole = new TimeNode(year.cube.year(), "Y");
            Long covered = year.cover(whole, period, figure, area, dimension, row);
            if (covered == null) {
                return new Counted(0, Status.WITHHELD);
            }
            total += covered;
        }
        return new Counted(total, Status.SHOWN);
    }

    private Long cover(TimeNode node, ReportPeriod period, String figure, String area, String dimension, String row) {
        int first = period.first().getYear() < node.year() ? 1
                : period.first().getYear() > node.year() ? 13 : period.first().getMonthValue();
        int last = period.last().getYear() > node.year() ? 12
                : period.last().getYear() < node.year() ? 0 : period.last().getMonthValue();
        if (node.lastMonth() < first || node.firstMonth() > last) {
            return 0L;
        }
        if (node.firstMonth() >= first && node.lastMonth() <= last) {
            Counted counted = count(figure, node, area, dimension, row);
            if (counted.status() == Status.SHOWN) {
                return counted.value();
            }
        }
        if (node.children().isEmpty()) {
            return null;
        }
        long total = 0;
        for (TimeNode child : node.children()) {
            Long part = cover(child, period, figure, area, dimension, row);
            if (part == null) {
                return null;
            }
            total += part;
        }
        return total;
    }

    private Map<CellKey, Status> statuses(String dimension, TimeNode node) {
        Map<String, Map<CellKey, Status>> byNode = solved.computeIfAbsent(dimension, (d) -> new HashMap<>());
        Map<CellKey, Status> done = byNode.get(node.id());
        if (done != null) {
            return done;
        }
        if (!dimension.equals(FigureCube.NONE)) {
            statuses(FigureCube.NONE, node);
        }
        for (TimeNode child : node.children()) {
            statuses(dimension, child);
        }
        Map<CellKey, Status> result = solve(dimension, node);
        byNode.put(node.id(), result);
        return result;
    }

    /**
     * Adds a node's counts and sums to the breakdown's system, whose nodes below are
     * settled already, and works out its statuses.
     */
    private Map<CellKey, Status> solve(String dimension, TimeNode node) {
        boolean breakdown = !dimension.equals(FigureCube.NONE);
        List<String> rows = new ArrayList<>();
        if (breakdown) {
            rows.addAll(rows(dimension));
        }
        rows.add(FigureCube.TOTAL);
        List<String> areas = new ArrayList<>();
        kommuner.forEach((k) -> areas.add(kommunArea(k)));
        scopes.keySet().stream().filter((s) -> !areas.contains(s)).forEach(areas::add);
        Protection protection = systems.computeIfAbsent(dimension, (d) -> new Protection(threshold));
        for (String figure : family.figures()) {
            for (String area : areas) {
                for (String row : rows) {
                    CellKey key = new CellKey(figure, node.id(), area, row);
                    long value = value(key, dimension);
                    if (breakdown && row.equals(FigureCube.TOTAL)) {
                        protection.addFixed(key, value, solved.get(FigureCube.NONE).get(node.id()).get(key));
                    }
                    else {
                        protection.add(key, value, family.isShown(figure) && isShown(area, breakdown));
                    }
                }
            }
        }
        for (String figure : family.figures()) {
            for (String row : rows) {
                for (Map.Entry<String, List<String>> scope : scopes.entrySet()) {
                    if (scope.getValue().size() > 1) {
                        protection.sum(new CellKey(figure, node.id(), scope.getKey(), row),
                                scope.getValue()
                                    .stream()
                                    .map((k) -> new CellKey(figure, node.id(), kommunArea(k), row))
                                    .toList());
                    }
                }
                if (family.additiveOverTime(figure) && !node.children().isEmpty()) {
                    for (String area : areas) {
                        protection.sum(new CellKey(figure, node.id(), area, row),
                                node.children()
                                    .stream()
                                    .map((child) -> new CellKey(figure, child.id(), area, row))
                                    .toList());
                    }
                }
            }
            if (breakdown && additive(dimension)) {
                for (String area : areas) {
                    protection.sum(new CellKey(figure, node.id(), area, FigureCube.TOTAL),
                            rows.stream()
                                .filter((row) -> !row.equals(FigureCube.TOTAL))
                                .map((row) -> new CellKey(figure, node.id(), area, row))
                                .toList());
                }
            }
        }
        for (Map<String, List<String>> sums : family.sums()) {
            for (Map.Entry<String, List<String>> sum : sums.entrySet()) {
                for (String area : areas) {
                    for (String row : rows) {
                        protection.sum(new CellKey(sum.getKey(), node.id(), area, row),
                                sum.getValue()
                                    .stream()
                                    .map((part) -> new CellKey(part, node.id(), area, row))
                                    .toList());
                    }
                }
            }
        }
        protection.solve();
        Map<CellKey, Status> result = new HashMap<>();
        for (String figure : family.figures()) {
            for (String area : areas) {
                for (String row : rows) {
                    CellKey key = new CellKey(figure, node.id(), area, row);
                    result.put(key, protection.status(key));
                }
            }
        }
        return result;
    }

    /**
     * A kommun's own counts are shown in every breakdown by kommun; broken down further
     * only when a coordinator's scope is that kommun alone.
     */
    private boolean isShown(String area, boolean breakdown) {
        if (!area.startsWith("k:")) {
            return true;
        }
        if (area.equals(kommunArea("-"))) {
            return false;
        }
        return !breakdown || scopes.containsKey(area);
    }

    private final Map<String, Map<CellKey, Long>> values = new HashMap<>();

    private long value(CellKey key, String dimension) {
        Map<CellKey, Long> known = values.computeIfAbsent(dimension, (d) -> new HashMap<>());
        Long value = known.get(key);
        if (value == null) {
            value = computeValue(key, dimension);
            known.put(key, value);
        }
        return value;
    }

    /**
     * A count from the cube; a period's count of a figure additive over time is the sum
     * of its children's, and a scope's the sum of its kommuner's, which are known by
     * then.
     */
    private long computeValue(CellKey key, String dimension) {
        boolean additive = family.additiveOverTime(key.figure());
        TimeNode node = new TimeNode(cube.year(), key.node());
        if (additive && !node.children().isEmpty()) {
            long total = 0;
            for (TimeNode child : node.children()) {
                total += value(new CellKey(key.figure(), child.id(), key.area(), key.row()), dimension);
            }
            return total;
        }
        if (additive && !key.area().startsWith("k:")) {
            long total = 0;
            for (String kommun : scopes.get(key.area())) {
                total += value(new CellKey(key.figure(), key.node(), kommunArea(kommun), key.row()), dimension);
            }
            return total;
        }
        List<String> members = key.area().startsWith("k:") ? List.of(key.area().substring(2)) : scopes.get(key.area());
        String dim = key.row().equals(FigureCube.TOTAL) ? FigureCube.NONE : dimension;
        return cube.value(key.figure(), node, members, dim, key.row(), !additive);
    }

    List<String> rows(String dimension) {
        return Rows.of(dimension, cube);
    }

    private static boolean additive(String dimension) {
        return !dimension.equals(Breakdown.AGENCIES_INVOLVED.name()) && !dimension.equals(Breakdown.CATEGORY.name());
    }

    /** A count and how it may be shown. */
    record Counted(long value, Status status) {

        Cell cell() {
            return switch (status) {
                case SHOWN -> Cell.shown(value);
                case SMALL -> Cell.small();
                default -> Cell.withheld();
            };
        }

    }

    record CellKey(String figure, String node, String area, String row) {
    }

}
