package se.finsam.samverkansbot.stats;

import java.util.ArrayList;
import java.util.Arrays;
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

    /**
     * One system per breakdown, to which each node's counts are added once settled below.
     */
    private final Map<String, Protection> systems = new HashMap<>();

    /** Where each solved node's counts start in its breakdown's system. */
    private final Map<String, Map<String, Integer>> firstCells = new HashMap<>();

    private final Map<String, Layout> layouts = new HashMap<>();

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
        int cell = layout(dim).cell(solved(dim, node), figure, area, row);
        if (cell < 0) {
            // A row this year has not seen (a topic searched for in another year only).
            return new Counted(0, null);
        }
        Protection protection = systems.get(dim);
        return new Counted(protection.valueOf(cell), protection.statusOf(cell));
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

    /** Solves a node (after what it depends on) once; returns where its counts start. */
    private int solved(String dimension, TimeNode node) {
        Map<String, Integer> byNode = firstCells.computeIfAbsent(dimension, (d) -> new HashMap<>());
        Integer done = byNode.get(node.id());
        if (done != null) {
            return done;
        }
        if (!dimension.equals(FigureCube.NONE)) {
            solved(FigureCube.NONE, node);
        }
        for (TimeNode child : node.children()) {
            solved(dimension, child);
        }
        int first = solve(dimension, node);
        byNode.put(node.id(), first);
        return first;
    }

    /**
     * Adds a node's counts and sums to the breakdown's system, whose nodes below are
     * settled already, and works out its statuses. Every node's counts are laid out alike
     * ({@link Layout}), so a count of the node or of one below is found by its place.
     */
    private int solve(String dimension, TimeNode node) {
        boolean breakdown = !dimension.equals(FigureCube.NONE);
        Layout layout = layout(dimension);
        List<String> figures = family.figures();
        List<String> areas = layout.areas;
        List<String> rows = layout.rows;
        int total = rows.size() - 1;
        Protection protection = systems.computeIfAbsent(dimension, (d) -> new Protection(threshold));
        int first = protection.size();
        int[] children = node.children()
            .stream()
            .mapToInt((child) -> firstCells.get(dimension).get(child.id()))
            .toArray();
        Protection totals = breakdown ? systems.get(FigureCube.NONE) : null;
        int totalsFirst = breakdown ? firstCells.get(FigureCube.NONE).get(node.id()) : -1;
        for (int f = 0; f < figures.size(); f++) {
            String figure = figures.get(f);
            for (int a = 0; a < areas.size(); a++) {
                String area = areas.get(a);
                for (int r = 0; r < rows.size(); r++) {
                    CellKey key = new CellKey(figure, node.id(), area, rows.get(r));
                    long value = value(protection, layout, first, children, f, a, r, node, dimension);
                    if (breakdown && r == total) {
                        protection.addFixed(key, value,
                                totals.statusOf(layout(FigureCube.NONE).cell(totalsFirst, f, a, 0)));
                    }
                    else {
                        protection.add(key, value, family.isShown(figure) && isShown(area, breakdown));
                    }
                }
            }
        }
        for (int f = 0; f < figures.size(); f++) {
            String figure = figures.get(f);
            for (int r = 0; r < rows.size(); r++) {
                for (Map.Entry<String, List<String>> scope : scopes.entrySet()) {
                    if (scope.getValue().size() > 1) {
                        int[] kommunCells = new int[scope.getValue().size()];
                        int n = 0;
                        for (String kommun : scope.getValue()) {
                            int k = layout.area(kommunArea(kommun));
                            if (k >= 0) {
                                kommunCells[n++] = layout.cell(first, f, k, r);
                            }
                        }
                        protection.sum(layout.cell(first, f, layout.area(scope.getKey()), r),
                                Arrays.copyOf(kommunCells, n));
                    }
                }
                if (family.additiveOverTime(figure) && children.length > 0) {
                    for (int a = 0; a < areas.size(); a++) {
                        int[] childCells = new int[children.length];
                        for (int c = 0; c < children.length; c++) {
                            childCells[c] = layout.cell(children[c], f, a, r);
                        }
                        protection.sum(layout.cell(first, f, a, r), childCells);
                    }
                }
            }
            if (breakdown && additive(dimension) && total > 0) {
                for (int a = 0; a < areas.size(); a++) {
                    int[] rowCells = new int[total];
                    for (int r = 0; r < total; r++) {
                        rowCells[r] = layout.cell(first, f, a, r);
                    }
                    protection.sum(layout.cell(first, f, a, total), rowCells);
                }
            }
        }
        for (Map<String, List<String>> sums : family.sums()) {
            for (Map.Entry<String, List<String>> sum : sums.entrySet()) {
                int parent = figures.indexOf(sum.getKey());
                int[] parts = sum.getValue().stream().mapToInt(figures::indexOf).toArray();
                for (int a = 0; a < areas.size(); a++) {
                    for (int r = 0; r < rows.size(); r++) {
                        int[] partCells = new int[parts.length];
                        for (int p = 0; p < parts.length; p++) {
                            partCells[p] = layout.cell(first, parts[p], a, r);
                        }
                        protection.sum(layout.cell(first, parent, a, r), partCells);
                    }
                }
            }
        }
        protection.solve();
        return first;
    }

    /**
     * A count from the cube; a period's count of a figure additive over time is the sum
     * of its children's, and a scope's the sum of its kommuner's, which are in the system
     * by then.
     */
    private long value(Protection protection, Layout layout, int first, int[] children, int f, int a, int r,
            TimeNode node, String dimension) {
        String figure = family.figures().get(f);
        String area = layout.areas.get(a);
        String row = layout.rows.get(r);
        boolean additive = family.additiveOverTime(figure);
        if (additive && children.length > 0) {
            long total = 0;
            for (int child : children) {
                total += protection.valueOf(layout.cell(child, f, a, r));
            }
            return total;
        }
        if (additive && !area.startsWith("k:")
                && scopes.get(area).stream().allMatch((kommun) -> layout.area(kommunArea(kommun)) >= 0)) {
            long total = 0;
            for (String kommun : scopes.get(area)) {
                total += protection.valueOf(layout.cell(first, f, layout.area(kommunArea(kommun)), r));
            }
            return total;
        }
        List<String> members = area.startsWith("k:") ? List.of(area.substring(2)) : scopes.get(area);
        String dim = row.equals(FigureCube.TOTAL) ? FigureCube.NONE : dimension;
        return cube.value(figure, node, members, dim, row, !additive);
    }

    private Layout layout(String dimension) {
        return layouts.computeIfAbsent(dimension, (d) -> {
            List<String> rows = new ArrayList<>();
            if (!d.equals(FigureCube.NONE)) {
                rows.addAll(rows(d));
            }
            rows.add(FigureCube.TOTAL);
            List<String> areas = new ArrayList<>();
            kommuner.forEach((k) -> areas.add(kommunArea(k)));
            scopes.keySet().stream().filter((s) -> !areas.contains(s)).forEach(areas::add);
            return new Layout(family.figures(), areas, rows);
        });
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

    /**
     * Where the counts of a node are in a breakdown's system, from its first: by figure,
     * then area, then row (the total last).
     */
    private static final class Layout {

        final List<String> areas;

        final List<String> rows;

        private final Map<String, Integer> figureAt = new HashMap<>();

        private final Map<String, Integer> areaAt = new HashMap<>();

        private final Map<String, Integer> rowAt = new HashMap<>();

        Layout(List<String> figures, List<String> areas, List<String> rows) {
            this.areas = List.copyOf(areas);
            this.rows = List.copyOf(rows);
            for (int i = 0; i < figures.size(); i++) {
                figureAt.put(figures.get(i), i);
            }
            for (int i = 0; i < areas.size(); i++) {
                areaAt.put(areas.get(i), i);
            }
            for (int i = 0; i < rows.size(); i++) {
                rowAt.put(rows.get(i), i);
            }
        }

        /** An area's place, or -1 when it has none. */
        int area(String area) {
            return areaAt.getOrDefault(area, -1);
        }

        int cell(int first, int figure, int area, int row) {
            return first + (figure * areas.size() + area) * rows.size() + row;
        }

        /** The count's index, or -1 when the layout has no such count. */
        int cell(int first, String figure, String area, String row) {
            Integer f = figureAt.get(figure);
            Integer a = areaAt.get(area);
            Integer r = rowAt.get(row);
            return (f == null || a == null || r == null) ? -1 : cell(first, f, a, r);
        }

    }

}
