package se.finsam.samverkansbot.contacts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

import se.finsam.samverkansbot.core.Agency;

/**
 * A way into another agency (en väg in): who, how to reach them, when to use it, and when
 * someone last checked it. Changed only through {@link ContactDirectory}, which records
 * every change.
 */
public class ContactPath {

    private static final String SEPARATOR = "|";

    @Id
    private Long id;

    private String pathKey;

    private Agency agency;

    private String unit;

    private String kommuner;

    private String topics;

    private String phone;

    private String mailbox;

    private String eService;

    private String teamsLink;

    private String openingHours;

    private String description;

    private String whenToUse;

    private String haveReady;

    private String maintainer;

    private LocalDate lastVerified;

    private boolean retired;

    @Version
    private Long version;

    private Instant updatedAt;

    ContactPath() {
    }

    static ContactPath of(ContactDetails details, Instant now) {
        ContactPath path = new ContactPath();
        path.apply(details);
        path.updatedAt = now;
        return path;
    }

    /**
     * A path as it was stored under an id: for search tests and benchmarks without a
     * database.
     */
    static ContactPath stored(long id, ContactDetails details, Instant now) {
        ContactPath path = of(details, now);
        path.id = id;
        path.version = 0L;
        return path;
    }

    /** Takes over the details; returns the fields that changed as (old, new) pairs. */
    Map<String, String[]> update(ContactDetails details, Instant now) {
        Map<String, String> before = details().fields();
        apply(details);
        Map<String, String> after = details().fields();
        Map<String, String[]> changed = new java.util.LinkedHashMap<>();
        after.forEach((field, value) -> {
            if (!Objects.equals(before.get(field), value)) {
                changed.put(field, new String[] { before.get(field), value });
            }
        });
        if (!changed.isEmpty()) {
            this.updatedAt = now;
        }
        return changed;
    }

    private void apply(ContactDetails details) {
        this.pathKey = details.key();
        this.agency = details.agency();
        this.unit = details.unit();
        this.kommuner = String.join(SEPARATOR, details.kommuner());
        this.topics = String.join(SEPARATOR, details.topics());
        this.phone = details.phone();
        this.mailbox = details.mailbox();
        this.eService = details.eService();
        this.teamsLink = details.teamsLink();
        this.openingHours = details.openingHours();
        this.description = details.description();
        this.whenToUse = details.whenToUse();
        this.haveReady = details.haveReady();
        this.maintainer = details.maintainer();
        this.lastVerified = details.lastVerified();
    }

    void retire(Instant now) {
        this.retired = true;
        this.updatedAt = now;
    }

    void reinstate(Instant now) {
        this.retired = false;
        this.updatedAt = now;
    }

    /** Whether nobody has verified it within the period, counted back from today. */
    public boolean isStale(java.time.Period period, Clock clock) {
        return lastVerified == null || lastVerified.plus(period).isBefore(LocalDate.now(clock));
    }

    public ContactDetails details() {
        return new ContactDetails(pathKey, agency, unit, split(kommuner), split(topics), phone, mailbox, eService,
                teamsLink, openingHours, description, whenToUse, haveReady, maintainer, lastVerified);
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of()
                : Arrays.stream(joined.split("\\" + SEPARATOR)).filter(s -> !s.isBlank()).toList();
    }

    public Long id() {
        return id;
    }

    public String key() {
        return pathKey;
    }

    public Agency agency() {
        return agency;
    }

    public String unit() {
        return unit;
    }

    /** The kommuner covered; empty means all of the förbund's. */
    public List<String> kommuner() {
        return split(kommuner);
    }

    public List<String> topics() {
        return split(topics);
    }

    public String phone() {
        return phone;
    }

    public String mailbox() {
        return mailbox;
    }

    public String eService() {
        return eService;
    }

    public String teamsLink() {
        return teamsLink;
    }

    public String openingHours() {
        return openingHours;
    }

    public String description() {
        return description;
    }

    public String whenToUse() {
        return whenToUse;
    }

    public String haveReady() {
        return haveReady;
    }

    public String maintainer() {
        return maintainer;
    }

    public LocalDate lastVerified() {
        return lastVerified;
    }

    public boolean retired() {
        return retired;
    }

    public Long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    @Override
    public String toString() {
        return "ContactPath[" + id + ", " + pathKey + "]";
    }

}
