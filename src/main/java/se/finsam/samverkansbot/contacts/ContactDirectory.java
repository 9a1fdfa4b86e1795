package se.finsam.samverkansbot.contacts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.finsam.samverkansbot.core.Agency;
import se.finsam.samverkansbot.core.Kommun;
import se.finsam.samverkansbot.core.Organisation;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.privacy.PrivacyGuard;

/**
 * The contact directory: search for everyone; add, edit, verify, retire, import and
 * export for coordinators and admins, re-checked here on every call. Every change is
 * recorded field by field ({@link #history(long)}). The search index follows each
 * committed change.
 */
@Service
public class ContactDirectory implements SmartInitializingSingleton, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ContactDirectory.class);

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private final ContactPaths paths;

    private final ContactChanges changes;

    private final Organisation organisation;

    private final Clock clock;

    private final ContactsProperties properties;

    private final ApplicationEventPublisher events;

    private final TransactionTemplate transactions;

    private final ContactRules rules;

    private final ContactSearch search;

    private final AtomicLong lastChecked = new AtomicLong();

    private volatile long indexedRevision = -1;

    ContactDirectory(ContactPaths paths, ContactChanges changes, Organisation organisation, Clock clock,
            ContactsProperties properties, ApplicationEventPublisher events, TransactionTemplate transactions,
            PrivacyGuard guard, MessageSource messages) {
        this.paths = paths;
        this.changes = changes;
        this.organisation = organisation;
        this.clock = clock;
        this.properties = properties;
        this.events = events;
        this.transactions = transactions;
        this.rules = new ContactRules(organisation, guard);
        this.search = new ContactSearch(
                new ContactIndex(agency -> messages.getMessage(agency.messageKey(), null, agency.name(), SWEDISH)),
                organisation.kommuner());
    }

    /**
     * Loads the example directory if configured and the directory is empty, then indexes.
     */
    @Override
    public void afterSingletonsInstantiated() {
        if (properties.example() != null && !properties.example().exists()) {
            // The dev profile names config/contacts-example.yml, which is there when run
            // from
            // the project, not necessarily elsewhere.
            log.warn("The example contact directory {} does not exist; nothing loaded", properties.example());
        }
        else if (properties.example() != null && paths.count() == 0) {
            try (InputStream in = properties.example().getInputStream()) {
                String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                ImportReport report = transactions
                    .execute(status -> importEntries(content, ContactFormat.YAML, UserId.of("example")));
                log.info("Loaded the example contact directory: {} entries", report.added());
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        rebuildIndex();
    }

    @Override
    public void destroy() throws Exception {
        search.close();
    }

    /** Reads the whole directory into the search index; returns the entries indexed. */
    public int rebuildIndex() {
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
    private void refreshIfChanged() {
        long now = clock.millis();
        long last = lastChecked.get();
        if (now - last < properties.refreshInterval().toMillis() || !lastChecked.compareAndSet(last, now)) {
            return;
        }
        if (paths.revision() != indexedRevision) {
            log.info("The contact directory changed elsewhere; rebuilding the search index");
            rebuildIndex();
        }
    }

    /** Whether this person may change the directory: a coordinator or an admin. */
    public boolean mayMaintain(UserId user) {
        return user != null && (organisation.isCoordinator(user) || organisation.isAdmin(user));
    }

    /**
     * The user's own kommun for ranking: the kommun they coordinate, if they coordinate
     * only part of the förbund; nobody else's kommun is known.
     */
    public Optional<Kommun> kommunOf(UserId user) {
        if (user == null) {
            return Optional.empty();
        }
        List<Kommun> coordinated = organisation.coordinatedBy(user);
        if (coordinated.isEmpty() || coordinated.size() == organisation.kommuner().size()) {
            return Optional.empty();
        }
        return Optional.of(coordinated.get(0));
    }

    /** The best paths in force for a query, at most the configured number. */
    public SearchResult search(String query, Optional<UserId> user) {
        return search(query, user, properties.results());
    }

    public SearchResult search(String query, Optional<UserId> user, int limit) {
        refreshIfChanged();
        return search.search(query, user.flatMap(this::kommunOf), limit);
    }

    /** Paths to offer before anything is typed. */
    public List<ContactPath> browse(Optional<UserId> user, int limit) {
        refreshIfChanged();
        return search.browse(user.flatMap(this::kommunOf), limit);
    }

    public Optional<ContactPath> find(long id) {
        return paths.findById(id);
    }

    /**
     * The directory by agency and unit; retired entries only if asked for.
     */
    public List<ContactPath> list(boolean includeRetired) {
        return paths.findAll()
            .stream()
            .filter(path -> includeRetired || !path.retired())
            .sorted(Comparator.comparing(ContactPath::agency).thenComparing(ContactPath::unit))
            .toList();
    }

    /** Whether an entry was not verified within the configured period. */
    public boolean isStale(ContactPath path) {
        return path.isStale(properties.staleAfter(), clock);
    }

    /** Every recorded change of an entry, oldest first. */
    public List<ContactChange> history(long id) {
        return changes.findByContactPathOrderByChangedAtAscIdAsc(id);
    }

    /** What is wrong with details written in a form (empty when nothing). */
    public List<ImportProblem> problems(ContactDetails details) {
        return rules.check(details, 0);
    }

    @Transactional
    public ContactPath add(ContactDetails details, UserId by) {
        requireMaintainer(by);
        requireValid(details);
        ContactDetails keyed = details.withKey(details.key() == null ? newKey(details) : details.key())
            .maintainedBy(details.maintainer() == null ? by.value() : details.maintainer())
            .verifiedOn(details.lastVerified() == null ? LocalDate.now(clock) : details.lastVerified());
        ContactPath path = paths.save(ContactPath.of(keyed, clock.instant()));
        record(path, by, "created", null, keyed.key());
        indexAfterCommit(path);
        log.info("Contact path {} added by {}", path.id(), by);
        return path;
    }

    @Transactional
    public ContactPath edit(long id, ContactDetails details, UserId by) {
        requireMaintainer(by);
        requireValid(details);
        ContactPath path = paths.findById(id).orElseThrow(() -> new IllegalArgumentException("No contact path " + id));
        ContactDetails current = path.details();
        ContactDetails merged = details.withKey(current.key())
            .maintainedBy(details.maintainer() == null ? current.maintainer() : details.maintainer())
            .verifiedOn(current.lastVerified());
        Map<String, String[]> changed = path.update(merged, clock.instant());
        if (!changed.isEmpty()) {
            path = paths.save(path);
            recordAll(path, by, changed);
            indexAfterCommit(path);
            log.info("Contact path {} edited by {}: {}", id, by, changed.keySet());
        }
        return path;
    }

    @Transactional
    public ContactPath markVerified(long id, UserId by) {
        requireMaintainer(by);
        ContactPath path = paths.findById(id).orElseThrow(() -> new IllegalArgumentException("No contact path " + id));
        Map<String, String[]> changed = path.update(path.details().verifiedOn(LocalDate.now(clock)), clock.instant());
        path = paths.save(path);
        record(path, by, "verified", changed.containsKey("lastVerified") ? changed.get("lastVerified")[0] : null,
                LocalDate.now(clock).toString());
        indexAfterCommit(path);
        log.info("Contact path {} verified by {}", id, by);
        return path;
    }

    @Transactional
    public ContactPath retire(long id, UserId by) {
        requireMaintainer(by);
        ContactPath path = paths.findById(id).orElseThrow(() -> new IllegalArgumentException("No contact path " + id));
        if (!path.retired()) {
            path.retire(clock.instant());
            path = paths.save(path);
            record(path, by, "retired", "false", "true");
            indexAfterCommit(path);
            log.info("Contact path {} retired by {}", id, by);
        }
        return path;
    }

    /**
     * Imports a directory file, all or nothing: every entry is checked first; with any
     * problem nothing changes and {@link ImportRejected} lists them by line. Entries are
     * matched by {@code key}: new keys are added, known ones updated (and retired or
     * reinstated by the {@code retired} column); entries not in the file stay as they
     * are.
     */
    @Transactional
    public ImportReport importFile(String content, ContactFormat format, UserId by) {
        requireMaintainer(by);
        return importEntries(content, format, by);
    }

    private ImportReport importEntries(String content, ContactFormat format, UserId by) {
        List<ImportProblem> problems = new ArrayList<>();
        List<ContactFiles.Row> rows = ContactFiles.read(content, format, problems);
        List<ContactRules.Entry> entries = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (ContactFiles.Row row : rows) {
            rules.check(row, problems).ifPresent(entry -> {
                String key = entry.details().key();
                if (key != null && !keys.add(key)) {
                    problems.add(new ImportProblem(entry.line(), "key", ImportProblem.Reason.DUPLICATE_KEY));
                }
                entries.add(entry);
            });
        }
        // A column the format does not have is named once, not on every line.
        Set<String> unknownFields = new HashSet<>();
        problems.removeIf(problem -> problem.reason() == ImportProblem.Reason.UNKNOWN_FIELD
                && !unknownFields.add(problem.field()));
        if (problems.isEmpty() && entries.isEmpty()) {
            problems.add(new ImportProblem(1, null, ImportProblem.Reason.EMPTY));
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(ImportProblem::line));
            log.info("Import by {} rejected: {} problems", by, problems.size());
            throw new ImportRejected(problems);
        }
        Map<String, ContactPath> existing = new LinkedHashMap<>();
        paths.findAll().forEach(path -> existing.put(path.key(), path));
        Set<String> usedKeys = new LinkedHashSet<>(existing.keySet());
        int added = 0;
        int changedCount = 0;
        int unchanged = 0;
        Instant now = clock.instant();
        List<ContactPath> toSave = new ArrayList<>();
        List<Map<String, String[]>> changeSets = new ArrayList<>();
        for (ContactRules.Entry entry : entries) {
            ContactDetails details = entry.details();
            ContactPath path = details.key() == null ? null : existing.get(details.key());
            if (path == null) {
                String key = details.key() != null ? details.key() : uniqueKey(details, usedKeys);
                usedKeys.add(key);
                ContactPath created = ContactPath.of(details.withKey(key), now);
                if (entry.retired()) {
                    created.retire(now);
                }
                toSave.add(created);
                changeSets.add(null);
                added++;
                continue;
            }
            Map<String, String[]> changed = new LinkedHashMap<>(path.update(details, now));
            if (entry.retired() != path.retired()) {
                changed.put(entry.retired() ? "retired" : "reinstated",
                        new String[] { String.valueOf(path.retired()), String.valueOf(entry.retired()) });
                if (entry.retired()) {
                    path.retire(now);
                }
                else {
                    path.reinstate(now);
                }
            }
            if (changed.isEmpty()) {
                unchanged++;
                continue;
            }
            toSave.add(path);
            changeSets.add(changed);
            changedCount++;
        }
        List<ContactPath> saved = paths.saveAll(toSave);
        List<ContactChange> recorded = new ArrayList<>();
        for (int i = 0; i < saved.size(); i++) {
            ContactPath path = saved.get(i);
            Map<String, String[]> changed = changeSets.get(i);
            if (changed == null) {
                recorded.add(new ContactChange(path.id(), by.value(), now, "created", null, path.key()));
            }
            else {
                changed.forEach((field, values) -> recorded
                    .add(new ContactChange(path.id(), by.value(), now, field, values[0], values[1])));
            }
        }
        changes.saveAll(recorded);
        rebuildAfterCommit();
        log.info("Import by {}: {} added, {} changed, {} unchanged", by, added, changedCount, unchanged);
        return new ImportReport(added, changedCount, unchanged);
    }

    /** The whole directory, retired entries included, as a file. */
    public String export(ContactFormat format) {
        List<Map<String, String>> entries = new ArrayList<>();
        for (ContactPath path : list(true)) {
            Map<String, String> fields = new LinkedHashMap<>(path.details().fields());
            fields.put("retired", String.valueOf(path.retired()));
            entries.add(fields);
        }
        return ContactFiles.write(entries, format);
    }

    /**
     * Lists the stale entries to the coordinators who keep them: one
     * {@link ContactPathsStale} per coordinator, published in this transaction.
     * @return how many coordinators were told
     */
    @Transactional
    public int reportStale() {
        Map<UserId, List<ContactPathsStale.Stale>> byCoordinator = new LinkedHashMap<>();
        for (ContactPath path : list(false)) {
            if (!isStale(path)) {
                continue;
            }
            ContactPathsStale.Stale stale = new ContactPathsStale.Stale(path.id(), path.agency().messageKey(),
                    path.unit(), path.lastVerified());
            for (UserId coordinator : keepersOf(path)) {
                byCoordinator.computeIfAbsent(coordinator, c -> new ArrayList<>()).add(stale);
            }
        }
        byCoordinator.forEach((coordinator, stale) -> events.publishEvent(new ContactPathsStale(coordinator, stale)));
        log.info("Stale contact paths listed to {} coordinators", byCoordinator.size());
        return byCoordinator.size();
    }

    /**
     * Who keeps an entry: its maintainer while they are a coordinator or admin, otherwise
     * the coordinators of the kommuner it covers.
     */
    List<UserId> keepersOf(ContactPath path) {
        if (path.maintainer() != null && mayMaintain(UserId.of(path.maintainer()))) {
            return List.of(UserId.of(path.maintainer()));
        }
        List<Kommun> covered = path.kommuner().isEmpty() ? organisation.kommuner()
                : path.kommuner().stream().map(organisation::kommun).flatMap(Optional::stream).toList();
        Set<UserId> keepers = new LinkedHashSet<>();
        covered.forEach(kommun -> keepers.addAll(organisation.coordinatorsOf(kommun)));
        return List.copyOf(keepers);
    }

    private void requireMaintainer(UserId user) {
        if (!mayMaintain(user)) {
            throw new NotAllowed(user == null ? "unknown" : user.value());
        }
    }

    private void requireValid(ContactDetails details) {
        List<ImportProblem> problems = rules.check(details, 0);
        if (!problems.isEmpty()) {
            throw new ImportRejected(problems);
        }
    }

    private String newKey(ContactDetails details) {
        Set<String> used = new HashSet<>();
        paths.findAll().forEach(path -> used.add(path.key()));
        return uniqueKey(details, used);
    }

    private static String uniqueKey(ContactDetails details, Set<String> used) {
        String base = SwedishText.fold(details.agency().name() + "-" + details.unit())
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-|-$)", "");
        base = base.length() > 80 ? base.substring(0, 80) : base;
        String key = base;
        for (int i = 2; used.contains(key); i++) {
            key = base + "-" + i;
        }
        return key;
    }

    private void record(ContactPath path, UserId by, String field, String oldValue, String newValue) {
        changes.save(new ContactChange(path.id(), by.value(), clock.instant(), field, oldValue, newValue));
    }

    private void recordAll(ContactPath path, UserId by, Map<String, String[]> changed) {
        Instant now = clock.instant();
        List<ContactChange> recorded = new ArrayList<>();
        changed.forEach((field, values) -> recorded
            .add(new ContactChange(path.id(), by.value(), now, field, values[0], values[1])));
        changes.saveAll(recorded);
    }

    private void indexAfterCommit(ContactPath path) {
        afterCommit(() -> {
            search.put(path);
            indexedRevision = paths.revision();
        });
    }

    private void rebuildAfterCommit() {
        afterCommit(this::rebuildIndex);
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

    /** Agencies in the order forms offer them. */
    public static List<Agency> agencies() {
        return List.of(Agency.values());
    }

}
