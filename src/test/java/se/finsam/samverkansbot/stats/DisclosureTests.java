package se.finsam.samverkansbot.stats;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import se.finsam.samverkansbot.stats.Protection.Status;
import se.finsam.samverkansbot.stats.ProtectedFigures.Counted;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Disclosure control on crafted data, without the database: small counts are shown as
 * small, and no count between 1 and 4 can be worked out from what reports show, whether
 * by subtracting rows from the total, one period from an overlapping one, or one scope
 * from another. The check is independent of the implementation: every shown count (every
 * standard and custom period, every scope, every row) is a linear equation over the
 * counts per month, kommun and row; a small count is disclosed exactly when its equation
 * is a combination of shown ones.
 */
class DisclosureTests {

    private static final int THRESHOLD = 5;

    private static final int YEAR = 2026;

    private static final List<String> KOMMUNER = List.of("A", "B", "C");

    private static final List<String> GENDERS = Rows.of("GENDER", null);

    /** The förbund; a coordinator of A and B; one of C alone; one of A alone. */
    private static final Map<String, List<String>> SCOPES = new LinkedHashMap<>(
            Map.of(Statistics.FORBUND, KOMMUNER, "s:A,B", List.of("A", "B"), "k:C", List.of("C"), "k:A", List.of("A")));

    @Test
    void aSmallRowIsShownAsSmallAndAnotherRowIsWithheld() {
        FigureCube cube = new FigureCube(YEAR);
        raised(cube, 1, "A", "WOMAN", 3);
        raised(cube, 1, "A", "MAN", 10);
        raised(cube, 1, "A", "NOT_STATED", 7);
        raised(cube, 1, "B", "MAN", 20);
        raised(cube, 1, "B", "NOT_STATED", 9);
        ProtectedFigures figures = figures(cube);
        TimeNode january = new TimeNode(YEAR, "M1");

        assertThat(figures.count("RAISED", january, "k:A", "GENDER", "WOMAN").status()).isEqualTo(Status.SMALL);
        assertThat(figures.count("RAISED", january, "k:A", "GENDER", FigureCube.TOTAL))
            .isEqualTo(new Counted(20, Status.SHOWN));
        long withheld = GENDERS.stream()
            .filter((row) -> !row.equals("WOMAN"))
            .filter((row) -> figures.count("RAISED", january, "k:A", "GENDER", row).status() == Status.WITHHELD)
            .count();
        assertThat(withheld).isGreaterThanOrEqualTo(1);
        assertNothingSmallCanBeWorkedOut(cube, figures);
    }

    @Test
    void anAttackerComparingTwoOverlappingPeriodsLearnsNoSmallCount() {
        // 12 in January, 9 in February, 2 in March: January to March shows 23 and
        // January to February 21 unless one of them is withheld.
        FigureCube cube = new FigureCube(YEAR);
        raised(cube, 1, "A", "WOMAN", 12);
        raised(cube, 2, "A", "WOMAN", 9);
        raised(cube, 3, "A", "WOMAN", 2);
        ProtectedFigures figures = figures(cube);

        Counted quarter = figures.count("RAISED", new TimeNode(YEAR, "Q1"), "k:A", FigureCube.NONE, FigureCube.TOTAL);
        Counted janToFeb = ProtectedFigures.custom(List.of(figures), "RAISED",
                ReportPeriod.custom(YearMonth.of(YEAR, 1), YearMonth.of(YEAR, 2)), "k:A", FigureCube.NONE,
                FigureCube.TOTAL);
        Counted march = figures.count("RAISED", new TimeNode(YEAR, "M3"), "k:A", FigureCube.NONE, FigureCube.TOTAL);

        assertThat(march.status()).isEqualTo(Status.SMALL);
        assertThat(quarter.status() == Status.SHOWN && janToFeb.status() == Status.SHOWN).isFalse();
        assertNothingSmallCanBeWorkedOut(cube, figures);
    }

    @Test
    void comparingTwoCoordinatorsScopesLearnsNoSmallCount() {
        // A coordinator of A and B, and one of A alone: B's 3 must not be their
        // difference.
        FigureCube cube = new FigureCube(YEAR);
        raised(cube, 5, "A", "MAN", 11);
        raised(cube, 5, "B", "MAN", 3);
        raised(cube, 5, "C", "MAN", 8);
        ProtectedFigures figures = figures(cube);
        TimeNode may = new TimeNode(YEAR, "M5");

        Counted ab = figures.count("RAISED", may, "s:A,B", FigureCube.NONE, FigureCube.TOTAL);
        Counted a = figures.count("RAISED", may, "k:A", FigureCube.NONE, FigureCube.TOTAL);
        assertThat(ab.status() == Status.SHOWN && a.status() == Status.SHOWN).isFalse();
        assertNothingSmallCanBeWorkedOut(cube, figures);
    }

    @Test
    void randomSmallCountsOverAWholeYearStayProtected() {
        Random random = new Random(20261203);
        for (int round = 0; round < 3; round++) {
            FigureCube cube = new FigureCube(YEAR);
            for (int month = 1; month <= 12; month++) {
                for (String kommun : KOMMUNER) {
                    for (String gender : GENDERS) {
                        int n = random.nextInt(10) < 4 ? 0 : random.nextInt(9);
                        raised(cube, month, kommun, gender, n);
                    }
                }
            }
            assertNothingSmallCanBeWorkedOut(cube, figures(cube));
        }
    }

    @Test
    void aMonthShowsTheSameWhateverCameLater() {
        FigureCube january = new FigureCube(YEAR);
        raised(january, 1, "A", "WOMAN", 2);
        raised(january, 1, "A", "MAN", 6);
        raised(january, 1, "B", "MAN", 7);
        FigureCube wholeYear = new FigureCube(YEAR);
        raised(wholeYear, 1, "A", "WOMAN", 2);
        raised(wholeYear, 1, "A", "MAN", 6);
        raised(wholeYear, 1, "B", "MAN", 7);
        raised(wholeYear, 2, "A", "WOMAN", 1);
        raised(wholeYear, 3, "B", "OTHER", 4);
        ProtectedFigures before = figures(january);
        ProtectedFigures after = figures(wholeYear);
        after.count("RAISED", new TimeNode(YEAR, "Y"), Statistics.FORBUND, "GENDER", "WOMAN");

        TimeNode month = new TimeNode(YEAR, "M1");
        for (String area : List.of(Statistics.FORBUND, "s:A,B", "k:A", "k:B", "k:C")) {
            for (String row : GENDERS) {
                assertThat(after.count("RAISED", month, area, "GENDER", row)).as(area + " " + row)
                    .isEqualTo(before.count("RAISED", month, area, "GENDER", row));
            }
        }
    }

    private static void raised(FigureCube cube, int month, String kommun, String gender, int n) {
        if (n > 0) {
            cube.add("RAISED", "GENDER", gender, month, kommun, n);
            cube.add("RAISED", FigureCube.NONE, FigureCube.TOTAL, month, kommun, n);
        }
    }

    private static ProtectedFigures figures(FigureCube cube) {
        return new ProtectedFigures(Family.CASES, cube, THRESHOLD, KOMMUNER, SCOPES);
    }

    /**
     * Builds every count the reports show (all standard periods and custom runs of
     * months; the förbund and each scope, its kommuner as rows, and each gender) as a
     * vector over the counts per month, kommun and gender, and checks that no count
     * between 1 and 4 (of any period, scope, kommun or row, down to one month in one
     * kommun for one gender) lies in their span.
     */
    private static void assertNothingSmallCanBeWorkedOut(FigureCube cube, ProtectedFigures figures) {
        Span shown = new Span(12 * KOMMUNER.size() * GENDERS.size());
        List<long[]> sensitive = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<ReportPeriod> periods = new ArrayList<>();
        for (int first = 1; first <= 12; first++) {
            for (int last = first; last <= 12; last++) {
                periods.add(ReportPeriod.custom(YearMonth.of(YEAR, first), YearMonth.of(YEAR, last)));
            }
        }
        List<String> areas = new ArrayList<>(SCOPES.keySet());
        KOMMUNER.forEach((k) -> {
            if (!areas.contains("k:" + k)) {
                areas.add("k:" + k);
            }
        });
        for (ReportPeriod period : periods) {
            TimeNode node = standard(period);
            for (String area : areas) {
                List<String> members = area.startsWith("k:") ? List.of(area.substring(2)) : SCOPES.get(area);
                for (String row : withTotal()) {
                    long[] vector = vector(period, members, row);
                    long value = value(cube, vector);
                    String dimension = row.equals(FigureCube.TOTAL) ? FigureCube.NONE : "GENDER";
                    boolean reported = row.equals(FigureCube.TOTAL) || SCOPES.containsKey(area);
                    if (reported) {
                        Counted standard = node == null ? null : figures.count("RAISED", node, area, dimension, row);
                        Counted custom = ProtectedFigures.custom(List.of(figures), "RAISED", period, area, dimension,
                                row);
                        for (Counted counted : new Counted[] { standard, custom }) {
                            if (counted != null && counted.status() == Status.SHOWN) {
                                assertThat(counted.value()).isEqualTo(value);
                                shown.add(vector);
                            }
                        }
                    }
                    if (value > 0 && value < THRESHOLD) {
                        sensitive.add(vector);
                        names.add(period.key() + " " + area + " " + row + " = " + value);
                    }
                }
            }
        }
        for (int i = 0; i < sensitive.size(); i++) {
            assertThat(shown.contains(sensitive.get(i))).as("can be worked out: " + names.get(i)).isFalse();
        }
    }

    private static List<String> withTotal() {
        List<String> rows = new ArrayList<>(GENDERS);
        rows.add(FigureCube.TOTAL);
        return rows;
    }

    private static TimeNode standard(ReportPeriod period) {
        for (TimeNode node : new TimeNode(YEAR, "Y").subtree()) {
            if (node.firstMonth() == period.first().getMonthValue()
                    && node.lastMonth() == period.last().getMonthValue()) {
                return node;
            }
        }
        return null;
    }

    private static long[] vector(ReportPeriod period, List<String> kommuner, String row) {
        long[] vector = new long[12 * KOMMUNER.size() * GENDERS.size()];
        for (int month = period.first().getMonthValue(); month <= period.last().getMonthValue(); month++) {
            for (String kommun : kommuner) {
                for (int g = 0; g < GENDERS.size(); g++) {
                    if (row.equals(FigureCube.TOTAL) || row.equals(GENDERS.get(g))) {
                        vector[index(month, KOMMUNER.indexOf(kommun), g)] = 1;
                    }
                }
            }
        }
        return vector;
    }

    private static int index(int month, int kommun, int gender) {
        return ((month - 1) * KOMMUNER.size() + kommun) * GENDERS.size() + gender;
    }

    private static long value(FigureCube cube, long[] vector) {
        long total = 0;
        for (int month = 1; month <= 12; month++) {
            for (int k = 0; k < KOMMUNER.size(); k++) {
                for (int g = 0; g < GENDERS.size(); g++) {
                    if (vector[index(month, k, g)] != 0) {
                        total += cube.value("RAISED", new TimeNode(YEAR, "M" + month), List.of(KOMMUNER.get(k)),
                                "GENDER", GENDERS.get(g), false);
                    }
                }
            }
        }
        return total;
    }

    /** The span of shown vectors, by Gaussian elimination modulo a large prime. */
    private static final class Span {

        private static final long P = 1_000_000_007L;

        private final Map<Integer, long[]> basis = new LinkedHashMap<>();

        private final int size;

        Span(int size) {
            this.size = size;
        }

        void add(long[] vector) {
            long[] reduced = reduce(vector);
            for (int i = 0; i < size; i++) {
                if (reduced[i] != 0) {
                    long inverse = inverse(reduced[i]);
                    for (int j = 0; j < size; j++) {
                        reduced[j] = reduced[j] * inverse % P;
                    }
                    basis.put(i, reduced);
                    return;
                }
            }
        }

        boolean contains(long[] vector) {
            long[] reduced = reduce(vector);
            for (long value : reduced) {
                if (value != 0) {
                    return false;
                }
            }
            return true;
        }

        private long[] reduce(long[] vector) {
            long[] reduced = new long[size];
            for (int i = 0; i < size; i++) {
                reduced[i] = ((vector[i] % P) + P) % P;
            }
            boolean changed = true;
            while (changed) {
                changed = false;
                for (Map.Entry<Integer, long[]> pivot : basis.entrySet()) {
                    long factor = reduced[pivot.getKey()];
                    if (factor != 0) {
                        long[] row = pivot.getValue();
                        for (int j = 0; j < size; j++) {
                            reduced[j] = ((reduced[j] - factor * row[j]) % P + P) % P;
                        }
                        changed = true;
                    }
                }
            }
            return reduced;
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

    }

}
