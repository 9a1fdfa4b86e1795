package se.finsam.samverkansbot.contacts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import se.finsam.samverkansbot.core.Agency;
import se.finsam.samverkansbot.core.Kommun;
import se.finsam.samverkansbot.core.Organisation;
import se.finsam.samverkansbot.core.UserActed;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.privacy.PrivacyGuard;

/**
 * The contact directory: search for everyone; add, edit, verify, retire, import and
 * export for coordinators and admins, re-checked here on every call. Every change is
 * recorded field by field ({@link #history(long)}). The search index follows each
 * committed change. This is the façade other modules call; the work is done by
 * {@link ContactEditing}, {@link ContactImportExport}, {@link ContactIndexUpkeep} and
 * {@link ContactStaleness}.
 */
@Service
public class ContactDirectory implements SmartInitializingSingleton, DisposableBean {

    /** Who loaded the example directory, in its entries' history. */
    public static final String EXAMPLE_LOADER = "example";

    private static final Logger log = LoggerFactory.getLogger(ContactDirectory.class);

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private final ContactPaths paths;

    private final ContactChanges changes;

    private final Organisation organisation;

    private final ContactsProperties properties;

    private final TransactionTemplate transactions;

    private final ContactRules rules;

    private final ContactIndexUpkeep index;

    private final ContactEditing editing;

    private final ContactImportExport files;

    private final ContactStaleness staleness;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    ContactDirectory(ContactPaths paths, ContactChanges changes, Organisation organisation, Clock clock,
            ContactsProperties properties, ApplicationEventPublisher events, TransactionTemplate transactions,
            PrivacyGuard guard, MessageSource messages) {
        this.paths = paths;
        this.changes = changes;
        this.organisation = organisation;
        this.properties = properties;
        this.transactions = transactions;
        this.rules = new ContactRules(organisation, guard);
        this.index = new ContactIndexUpkeep(paths, clock, properties,
                new ContactSearch(
                        new ContactIndex(
                                agency -> messages.getMessage(agency.messageKey(), null, agency.name(), SWEDISH)),
                        organisation.kommuner()));
        ContactRecords records = new ContactRecords(paths, changes, clock, index);
        this.editing = new ContactEditing(records, rules);
        this.files = new ContactImportExport(records, rules);
        this.staleness = new ContactStaleness(organisation, clock, properties, events, this::mayMaintain);
        this.events = events;
        this.clock = clock;
    }

    /**
     * Loads the example directory if configured and the directory is empty, then indexes.
     */
    @Override
    public void afterSingletonsInstantiated() {
        if (properties.example() != null && !properties.example().exists()) {
            // The dev profile names config/contacts-example.yml, which is there when run
            // from the project, not necessarily elsewhere.
            log.warn("The example contact directory {} does not exist; nothing loaded", properties.example());
        }
        else if (properties.example() != null && paths.count() == 0) {
            try (InputStream in = properties.example().getInputStream()) {
                String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                ImportReport report = transactions
                    .execute(status -> files.importEntries(content, ContactFormat.YAML, UserId.of(EXAMPLE_LOADER)));
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
        index.close();
    }

    /** Reads the whole directory into the search index; returns the entries indexed. */
    public int rebuildIndex() {
        return index.rebuild();
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
        index.refreshIfChanged();
        SearchResult result = index.search().search(query, user.flatMap(this::kommunOf), limit);
        ContactPath best = result.isEmpty() ? null : result.hits().get(0);
        events.publishEvent(new ContactSearched(result.kommun().orElse(null), best == null ? null : best.agency(),
                best == null || best.topics().isEmpty() ? null : best.topics().get(0), clock.instant()));
        return result;
    }

    /** Paths to offer before anything is typed. */
    public List<ContactPath> browse(Optional<UserId> user, int limit) {
        index.refreshIfChanged();
        return index.search().browse(user.flatMap(this::kommunOf), limit);
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
        return staleness.isStale(path);
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
        ContactPath path = editing.add(details, by);
        events.publishEvent(UserActed.of(by, "contact.added", "contact", path.id(), clock.instant()));
        return path;
    }

    @Transactional
    public ContactPath edit(long id, ContactDetails details, UserId by) {
        requireMaintainer(by);
        ContactPath path = editing.edit(id, details, by);
        events.publishEvent(UserActed.of(by, "contact.edited", "contact", path.id(), clock.instant()));
        return path;
    }

    @Transactional
    public ContactPath markVerified(long id, UserId by) {
        requireMaintainer(by);
        ContactPath path = editing.markVerified(id, by);
        events.publishEvent(UserActed.of(by, "contact.verified", "contact", path.id(), clock.instant()));
        return path;
    }

    @Transactional
    public ContactPath retire(long id, UserId by) {
        requireMaintainer(by);
        ContactPath path = editing.retire(id, by);
        events.publishEvent(UserActed.of(by, "contact.retired", "contact", path.id(), clock.instant()));
        return path;
    }

    /** A retired entry back in the directory and its search. */
    @Transactional
    public ContactPath reactivate(long id, UserId by) {
        requireMaintainer(by);
        ContactPath path = editing.reactivate(id, by);
        events.publishEvent(UserActed.of(by, "contact.reactivated", "contact", path.id(), clock.instant()));
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
        ImportReport report = files.importEntries(content, format, by);
        events.publishEvent(UserActed.of(by, "contact.imported", "contact-directory", null, clock.instant()));
        return report;
    }

    /** The whole directory, retired entries included, as a file. */
    public String export(ContactFormat format) {
        return ContactImportExport.export(list(true), format);
    }

    /**
     * Lists the stale entries to the coordinators who keep them: one
     * {@link ContactPathsStale} per coordinator, published in this transaction.
     * @return how many coordinators were told
     */
    @Transactional
    public int reportStale() {
        return staleness.reportStale(list(false));
    }

    private void requireMaintainer(UserId user) {
        if (!mayMaintain(user)) {
            throw new NotAllowed(user == null ? "unknown" : user.value());
        }
    }

    /** Agencies in the order forms offer them. */
    public static List<Agency> agencies() {
        return List.of(Agency.values());
    }

}
