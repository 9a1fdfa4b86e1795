package se.finsam.samverkansbot.meetings;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

import se.finsam.samverkansbot.core.UserId;

/**
 * A case on a meeting's agenda, at a position that gives its slot. Holds the case's id,
 * never its texts.
 */
class AgendaItem {

    @Id
    private Long id;

    @Version
    private Integer rowVersion;

    private long meetingId;

    private String teamId;

    private long caseId;

    private String caseworkerId;

    private String tenantId;

    private boolean attend;

    private ItemSource source;

    private String requestedBy;

    private int position;

    private ItemStatus status;

    private int revision;

    private Instant queuedAt;

    @PersistenceCreator
    AgendaItem() {
    }

    static AgendaItem queued(Meeting meeting, int position, long caseId, UserId caseworker, String tenantId,
            boolean attend, ItemSource source, UserId requestedBy, Instant now) {
        AgendaItem item = new AgendaItem();
        item.meetingId = meeting.id();
        item.teamId = meeting.teamId();
        item.caseId = caseId;
        item.caseworkerId = caseworker.value();
        item.tenantId = tenantId;
        item.attend = attend;
        item.source = source;
        item.requestedBy = requestedBy.value();
        item.position = position;
        item.status = ItemStatus.QUEUED;
        item.queuedAt = now;
        return item;
    }

    void moveTo(Meeting meeting, int position) {
        this.meetingId = meeting.id();
        this.position = position;
        this.revision++;
    }

    /** A new place on the same agenda, after an item before it left. */
    void reposition(int position) {
        if (this.position != position) {
            this.position = position;
            this.revision++;
        }
    }

    void remove() {
        this.status = ItemStatus.REMOVED;
        this.revision++;
    }

    Long id() {
        return id;
    }

    long meetingId() {
        return meetingId;
    }

    long caseId() {
        return caseId;
    }

    UserId caseworker() {
        return UserId.of(caseworkerId);
    }

    String tenantId() {
        return tenantId;
    }

    boolean attend() {
        return attend;
    }

    ItemSource source() {
        return source;
    }

    int position() {
        return position;
    }

    ItemStatus status() {
        return status;
    }

    int revision() {
        return revision;
    }

    @Override
    public String toString() {
        return "AgendaItem[" + id + ", case " + caseId + ", meeting " + meetingId + "]";
    }

}
