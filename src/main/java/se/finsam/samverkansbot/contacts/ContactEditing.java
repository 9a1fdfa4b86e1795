package se.finsam.samverkansbot.contacts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.finsam.samverkansbot.core.UserId;

/**
 * Adds, edits, verifies and retires single entries, recording every change field by field
 * and indexing the entry once the change is committed. Runs inside the transaction and
 * after the authorisation of {@link ContactDirectory}.
 */
final class ContactEditing {

    private static final Logger log = LoggerFactory.getLogger(ContactEditing.class);

    private final ContactRecords records;

    private final ContactRules rules;

    ContactEditing(ContactRecords records, ContactRules rules) {
        this.records = records;
        this.rules = rules;
    }

    ContactPath add(ContactDetails details, UserId by) {
        requireValid(details);
        ContactDetails keyed = details.withKey(details.key() == null ? newKey(details) : details.key())
            .maintainedBy(details.maintainer() == null ? by.value() : details.maintainer())
            .verifiedOn(details.lastVerified() == null ? LocalDate.now(records.clock()) : details.lastVerified());
        ContactPath path = records.paths().save(ContactPath.of(keyed, records.clock().instant()));
        record(path, by, "created", null, keyed.key());
        records.index().indexAfterCommit(path);
        log.info("Contact path {} added by {}", path.id(), by);
        return path;
    }

    ContactPath edit(long id, ContactDetails details, UserId by) {
        requireValid(details);
        ContactPath path = existing(id);
        ContactDetails current = path.details();
        ContactDetails merged = details.withKey(current.key())
            .maintainedBy(details.maintainer() == null ? current.maintainer() : details.maintainer())
            .verifiedOn(current.lastVerified());
        Map<String, String[]> changed = path.update(merged, records.clock().instant());
        if (!changed.isEmpty()) {
            path = records.paths().save(path);
            recordAll(path, by, changed);
            records.index().indexAfterCommit(path);
            log.info("Contact path {} edited by {}: {}", id, by, changed.keySet());
        }
        return path;
    }

    ContactPath markVerified(long id, UserId by) {
        ContactPath path = existing(id);
        Map<String, String[]> changed = path.update(path.details().verifiedOn(LocalDate.now(records.clock())),
                records.clock().instant());
        path = records.paths().save(path);
        record(path, by, "verified", changed.containsKey("lastVerified") ? changed.get("lastVerified")[0] : null,
                LocalDate.now(records.clock()).toString());
        records.index().indexAfterCommit(path);
        log.info("Contact path {} verified by {}", id, by);
        return path;
    }

    ContactPath retire(long id, UserId by) {
        ContactPath path = existing(id);
        if (!path.retired()) {
            path.retire(records.clock().instant());
            path = records.paths().save(path);
            record(path, by, "retired", "false", "true");
            records.index().indexAfterCommit(path);
            log.info("Contact path {} retired by {}", id, by);
        }
        return path;
    }

    ContactPath reactivate(long id, UserId by) {
        ContactPath path = existing(id);
        if (path.retired()) {
            path.reinstate(records.clock().instant());
            path = records.paths().save(path);
            record(path, by, "retired", "true", "false");
            records.index().indexAfterCommit(path);
            log.info("Contact path {} reactivated by {}", id, by);
        }
        return path;
    }

    private ContactPath existing(long id) {
        return records.paths().findById(id).orElseThrow(() -> new IllegalArgumentException("No contact path " + id));
    }

    private void requireValid(ContactDetails details) {
        List<ImportProblem> problems = rules.check(details, 0);
        if (!problems.isEmpty()) {
            throw new ImportRejected(problems);
        }
    }

    private String newKey(ContactDetails details) {
        Set<String> used = new HashSet<>();
        records.paths().findAll().forEach(path -> used.add(path.key()));
        return ContactKeys.uniqueKey(details, used);
    }

    private void record(ContactPath path, UserId by, String field, String oldValue, String newValue) {
        records.changes()
            .save(new ContactChange(path.id(), by.value(), records.clock().instant(), field, oldValue, newValue));
    }

    private void recordAll(ContactPath path, UserId by, Map<String, String[]> changed) {
        records.changes().saveAll(records.changesOf(path, by, records.clock().instant(), changed));
    }

}
