package se.finsam.samverkansbot.contacts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import se.finsam.samverkansbot.core.Kommun;

/**
 * Search over the contact paths in force: takes a kommun named in the query out of the
 * words (only paths covering it are found), ranks paths covering the user's own kommun
 * first, and answers from an in-memory copy of the paths, without the database.
 */
final class ContactSearch implements AutoCloseable {

    private final ContactIndex index;

    private final Map<String, Kommun> kommuner = new LinkedHashMap<>();

    private volatile Map<Long, ContactPath> paths = new ConcurrentHashMap<>();

    ContactSearch(ContactIndex index, List<Kommun> kommuner) {
        this.index = index;
        kommuner.forEach(kommun -> this.kommuner.put(SwedishText.fold(kommun.name()), kommun));
    }

    synchronized void rebuild(Collection<ContactPath> all) {
        Map<Long, ContactPath> fresh = new ConcurrentHashMap<>();
        all.stream().filter(path -> !path.retired()).forEach(path -> fresh.put(path.id(), path));
        index.rebuild(all);
        paths = fresh;
    }

    synchronized void put(ContactPath path) {
        index.put(path);
        if (path.retired()) {
            paths.remove(path.id());
        }
        else {
            paths.put(path.id(), path);
        }
    }

    int size() {
        return paths.size();
    }

    /**
     * The best paths for a query, at most {@code limit}.
     * @param query what the user wrote, e.g. {@code fk sjukpenning osby}
     * @param usersKommun the user's own kommun, if known
     */
    SearchResult search(String query, Optional<Kommun> usersKommun, int limit) {
        Parsed parsed = parse(query == null ? "" : query);
        if (parsed.words().isBlank() && parsed.kommun().isEmpty()) {
            return new SearchResult(List.of(), usersKommun, false);
        }
        List<Long> ids = index.search(parsed.words(), parsed.kommun().map(k -> SwedishText.fold(k.name())),
                usersKommun.map(k -> SwedishText.fold(k.name())), limit);
        return new SearchResult(resolve(ids), parsed.kommun().or(() -> usersKommun), parsed.kommun().isPresent());
    }

    /**
     * Paths to show before anything is typed: those covering the user's kommun first,
     * then by agency and unit.
     */
    List<ContactPath> browse(Optional<Kommun> usersKommun, int limit) {
        if (usersKommun.isPresent()) {
            return resolve(index.search("", Optional.empty(), usersKommun.map(k -> SwedishText.fold(k.name())), limit));
        }
        return paths.values()
            .stream()
            .sorted(Comparator.comparing(ContactPath::agency).thenComparing(ContactPath::unit))
            .limit(limit)
            .toList();
    }

    private List<ContactPath> resolve(List<Long> ids) {
        Map<Long, ContactPath> current = paths;
        List<ContactPath> found = new ArrayList<>(ids.size());
        for (Long id : ids) {
            ContactPath path = current.get(id);
            if (path != null) {
                found.add(path);
            }
        }
        return found;
    }

    /** The query's words with the first kommun named in it taken out. */
    Parsed parse(String query) {
        String[] words = query.strip().split("[\\s,.;:!?()]+");
        Map<Integer, Integer> taken = new HashMap<>();
        Kommun found = null;
        for (int i = 0; i < words.length && found == null; i++) {
            if (i + 1 < words.length) {
                Kommun two = kommun(words[i] + " " + words[i + 1]);
                if (two != null) {
                    found = two;
                    taken.put(i, 2);
                    continue;
                }
            }
            Kommun one = kommun(words[i]);
            if (one != null) {
                found = one;
                taken.put(i, 1);
            }
        }
        StringBuilder rest = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            Integer skip = taken.get(i);
            if (skip != null) {
                i += skip - 1;
                continue;
            }
            rest.append(words[i]).append(' ');
        }
        return new Parsed(rest.toString().strip(), Optional.ofNullable(found));
    }

    private Kommun kommun(String word) {
        String folded = SwedishText.fold(word);
        Kommun kommun = kommuner.get(folded);
        if (kommun == null && folded.endsWith("s")) {
            // Genitive: "Osbys", "Hässleholms".
            kommun = kommuner.get(folded.substring(0, folded.length() - 1));
        }
        return kommun;
    }

    record Parsed(String words, Optional<Kommun> kommun) {
    }

    @Override
    public void close() throws Exception {
        index.close();
    }

}
