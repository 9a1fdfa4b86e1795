package se.finsam.samverkansbot.contacts;

import java.time.Instant;

import org.springframework.data.annotation.Id;

/**
 * One recorded change of one field of a contact path: who, when, from what to what. The
 * pseudo-fields {@code created}, {@code retired}, {@code reinstated} and {@code verified}
 * mark those events.
 */
public class ContactChange {

    @Id
    private Long id;

    private Long contactPath;

    private String changedBy;

    private Instant changedAt;

    private String field;

    private String oldValue;

    private String newValue;

    ContactChange() {
    }

    ContactChange(Long contactPath, String changedBy, Instant changedAt, String field, String oldValue,
            String newValue) {
        this.contactPath = contactPath;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.field = field;
        this.oldValue = truncate(oldValue);
        this.newValue = truncate(newValue);
    }

    private static String truncate(String value) {
        return value == null || value.length() <= 2000 ? value : value.substring(0, 2000);
    }

    public Long id() {
        return id;
    }

    public Long contactPath() {
        return contactPath;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String field() {
        return field;
    }

    public String oldValue() {
        return oldValue;
    }

    public String newValue() {
        return newValue;
    }

    @Override
    public String toString() {
        return "ContactChange[" + contactPath + ", " + field + " by " + changedBy + " at " + changedAt + "]";
    }

}
