package se.finsam.samverkansbot.contacts;

import java.util.List;
import java.util.Optional;

import se.finsam.samverkansbot.core.Kommun;

/**
 * What a search found.
 *
 * @param hits the best contact paths, best first; empty when nothing matched
 * @param kommun the kommun the search was about: the one named in the query, else the
 * user's own; its coordinator is the one to suggest when nothing was found
 * @param kommunNamed whether the query named the kommun
 */
public record SearchResult(List<ContactPath> hits, java.util.Optional<Kommun> kommun, boolean kommunNamed) {

    public SearchResult {
        hits = List.copyOf(hits);
        kommun = kommun == null ? Optional.empty() : kommun;
    }

    public boolean isEmpty() {
        return hits.isEmpty();
    }

}
