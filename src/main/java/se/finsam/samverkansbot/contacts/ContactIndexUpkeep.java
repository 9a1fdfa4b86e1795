package se.finsam.samverkansbot.contacts;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the search index in step with the directory: a committed change is put into the
 * index, an import rebuilds it, and changes made by another instance are noticed by the
 * directory's revision.
 */
final class ContactIndexUpkeep {

    private static final Logger log = LoggerFactory.getLogger(ContactIndexUpkeep.class);

    private final ContactPaths paths;

    private final Clock clock;

    private final ContactsProperties properties;

    private final ContactSearch search;

    private final AtomicLong lastChecked = new AtomicLong();

    private volatile long indexedRevision = -1;

    ContactIndexUpkeep(ContactPaths paths, Clock clock, ContactsProperties properties, ContactSearch search) {
        this.paths = paths;
        this.clock = clock;
        this.properties = properties;
        this.search = search;
    }

    ContactSearch search() {
        return search;
    }

    /** Reads the whole directory into the search index; returns the entries indexed. */
    int rebuild() {
        long revision = paths.revision();
        search.rebuild(paths.findAll());
        indexedRevision = revision;
        lastChecked.set(clock.millis());
        return search.size();
    }

    /**
     * Another instance may have changed the directory: its revision is checked at most
     * once per refresh interval.
     */
    void refreshIfChanged() {
        long now = clock.millis();
        long last = lastChecked.get();
        if (now - last < properties.refreshInterval().toMillis() || !lastChecked.compareAndSet(last, now)) {
            return;
        }
        if (paths.revision() != indexedRevision) {
            log.info("The contact directory changed elsewhere; rebuilding the search index");
            rebuild();
        }
    }

    void indexAfterCommit(ContactPath path) {
        afterCommit(() -> {
            search.put(path);
            indexedRevision = paths.revision();
        });
    }

    void rebuildAfterCommit() {
        afterCommit(this::rebuild);
    }

    void close() throws Exception {
        search.close();
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        }
        else {
            action.run();
        }
    }

}
