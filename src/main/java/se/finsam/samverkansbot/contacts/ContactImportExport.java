package se.finsam.samverkansbot.contacts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.finsam.samverkansbot.core.UserId;

/**
 * Reads a directory file into the directory, all or nothing, and writes the directory out
 * as a file. Runs inside the transaction and after the authorisation of
 * {@link ContactDirectory}.
 */
final class ContactImportExport {

    private static final Logger log = LoggerFactory.getLogger(ContactImportExport.class);

    private final ContactRecords records;

    private final ContactRules rules;

    ContactImportExport(ContactRecords records, ContactRules rules) {
        this.records = records;
        this.rules = rules;
    }

    /**
     * Every entry is checked first; with any problem nothing changes and
     * {@link ImportRejected} lists them by line. Then new keys are added and known ones
     * updated, and the index is rebuilt after the commit.
     */
    ImportReport importEntries(String content, ContactFormat format, UserId by) {
        List<ContactRules.Entry> entries = check(content, format, by);
        Map<String, ContactPath> existing = new LinkedHashMap<>();
        records.paths().findAll().forEach(path -> existing.put(path.key(), path));
        Set<String> usedKeys = new LinkedHashSet<>(existing.keySet());
        int added = 0;
        int changedCount = 0;
        int unchanged = 0;
        Instant now = records.clock().instant();
        List<ContactPath> toSave = new ArrayList<>();
        List<Map<String, String[]>> changeSets = new ArrayList<>();
        for (ContactRules.Entry entry : entries) {
            ContactDetails details = entry.details();
            ContactPath path = details.key() == null ? null : existing.get(details.key());
            if (path == null) {
                String key = details.key() != null ? details.key() : ContactKeys.uniqueKey(details, usedKeys);
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
        List<ContactPath> saved = records.paths().saveAll(toSave);
        List<ContactChange> recorded = new ArrayList<>();
        for (int i = 0; i < saved.size(); i++) {
            ContactPath path = saved.get(i);
            Map<String, String[]> changed = changeSets.get(i);
            if (changed == null) {
                recorded.add(new ContactChange(path.id(), by.value(), now, "created", null, path.key()));
            }
            else {
                recorded.addAll(records.changesOf(path, by, now, changed));
            }
        }
        records.changes().saveAll(recorded);
        records.index().rebuildAfterCommit();
        log.info("Import by {}: {} added, {} changed, {} unchanged", by, added, changedCount, unchanged);
        return new ImportReport(added, changedCount, unchanged);
    }

    /** The entries of a file, or {@link ImportRejected} with every problem by line. */
    private List<ContactRules.Entry> check(String content, ContactFormat format, UserId by) {
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
        return entries;
    }

    /** The given entries, each with its {@code retired} column, as a file. */
    static String export(List<ContactPath> all, ContactFormat format) {
        List<Map<String, String>> entries = new ArrayList<>();
        for (ContactPath path : all) {
            Map<String, String> fields = new LinkedHashMap<>(path.details().fields());
            fields.put("retired", String.valueOf(path.retired()));
            entries.add(fields);
        }
        return ContactFiles.write(entries, format);
    }

}
