package se.finsam.samverkansbot.contacts;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.finsam.samverkansbot.core.UserId;

/**
 * What a change to the directory writes to: the entries, their field-by-field history and
 * the search index that follows them, with the clock that stamps the change. Shared by
 * {@link ContactEditing} and {@link ContactImportExport} so both record history alike.
 */
record ContactRecords(ContactPaths paths, ContactChanges changes, Clock clock, ContactIndexUpkeep index) {

    /** One history row per changed field: old value, new value. */
    List<ContactChange> changesOf(ContactPath path, UserId by, Instant at, Map<String, String[]> changed) {
        List<ContactChange> recorded = new ArrayList<>();
        changed.forEach((field, values) -> recorded
            .add(new ContactChange(path.id(), by.value(), at, field, values[0], values[1])));
        return recorded;
    }

}
