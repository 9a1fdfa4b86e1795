package se.finsam.samverkansbot.privacy;

import java.util.EnumMap;
import java.util.Map;

/**
 * How a guard fares on a labelled corpus, counted as the acceptance counts and holding
 * counts only, so that printing it shows no text: a text with identifying data is caught
 * when any finding overlaps any of its identifiers, an identifier is found when a finding
 * overlaps it, and a clean text is blocked when the guard finds anything in it. Each
 * figure comes twice: with every finding (certain ones refuse, uncertain ones ask) and
 * with certain findings only (refused outright).
 */
final class CorpusFigures {

    /** Identifiers of one type: how many, and how many a finding overlapped. */
    static final class TypeCount {

        int total;

        int found;

        int foundCertain;

        double recall() {
            return total == 0 ? 1 : (double) found / total;
        }

        double certainRecall() {
            return total == 0 ? 1 : (double) foundCertain / total;
        }

    }

    final Map<FindingType, TypeCount> types = new EnumMap<>(FindingType.class);

    int withIdentifiers;

    int caught;

    int caughtCertain;

    int clean;

    int cleanFlagged;

    int cleanRefused;

    void add(PrivacyCorpus.Entry entry, Scan scan) {
        if (!entry.hasIdentifier()) {
            clean++;
            if (!scan.isClean()) {
                cleanFlagged++;
            }
            if (scan.blocks()) {
                cleanRefused++;
            }
            return;
        }
        withIdentifiers++;
        boolean any = false;
        boolean certain = false;
        for (PrivacyCorpus.Expected expected : entry.identifiers()) {
            TypeCount count = types.computeIfAbsent(expected.type(), type -> new TypeCount());
            count.total++;
            boolean found = false;
            boolean foundCertain = false;
            for (Finding finding : scan.findings()) {
                if (finding.start() < expected.end() && expected.start() < finding.end()) {
                    found = true;
                    foundCertain |= finding.certainty() == Certainty.CERTAIN;
                }
            }
            if (found) {
                count.found++;
                any = true;
            }
            if (foundCertain) {
                count.foundCertain++;
                certain = true;
            }
        }
        if (any) {
            caught++;
        }
        if (certain) {
            caughtCertain++;
        }
    }

    TypeCount type(FindingType type) {
        return types.getOrDefault(type, new TypeCount());
    }

    double caughtShare() {
        return share(caught, withIdentifiers);
    }

    double caughtCertainShare() {
        return share(caughtCertain, withIdentifiers);
    }

    double cleanFlaggedShare() {
        return share(cleanFlagged, clean);
    }

    double cleanRefusedShare() {
        return share(cleanRefused, clean);
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    /** Figures only: counts and shares, per identifier type. */
    String report() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-13s %6s %22s %22s%n", "type", "count", "recall (every finding)",
                "recall (certain only)"));
        for (Map.Entry<FindingType, TypeCount> entry : types.entrySet()) {
            TypeCount count = entry.getValue();
            out.append(String.format("%-13s %6d %13d = %.3f %13d = %.3f%n", entry.getKey(), count.total, count.found,
                    count.recall(), count.foundCertain, count.certainRecall()));
        }
        out.append(String.format(
                "texts with identifying data caught:  every finding %d/%d = %.3f," + " certain only %d/%d = %.3f%n",
                caught, withIdentifiers, caughtShare(), caughtCertain, withIdentifiers, caughtCertainShare()));
        out.append(String.format(
                "clean texts blocked:                 any finding %d/%d = %.3f," + " certain finding %d/%d = %.3f%n",
                cleanFlagged, clean, cleanFlaggedShare(), cleanRefused, clean, cleanRefusedShare()));
        return out.toString();
    }

}
