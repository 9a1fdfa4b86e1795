package se.finsam.samverkansbot.meetings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

import se.finsam.samverkansbot.core.Agency;

/**
 * The protocol of a meeting: an entry per agenda item, which agencies were represented,
 * how many took part and the structural issues the team saw. A draft until a
 * samverkanskoordinator approves it; then it is locked.
 */
class MeetingProtocol {

    @Id
    private Long id;

    @Version
    private Integer rowVersion;

    private long meetingId;

    private ProtocolStatus status;

    private Integer participants;

    private String agencies;

    private String structuralIssues;

    private String updatedBy;

    private Instant updatedAt;

    private String approvedBy;

    private String approvedByName;

    private Instant approvedAt;

    private List<ProtocolEntry> entries = new ArrayList<>();

    @PersistenceCreator
    MeetingProtocol() {
    }

    static MeetingProtocol draft(long meetingId, List<AgendaItem> items, String by, Instant now) {
        MeetingProtocol protocol = new MeetingProtocol();
        protocol.meetingId = meetingId;
        protocol.status = ProtocolStatus.DRAFT;
        protocol.agencies = "";
        protocol.updatedBy = by;
        protocol.updatedAt = now;
        items.forEach((item) -> protocol.entries.add(new ProtocolEntry(item.id(), item.caseId())));
        return protocol;
    }

    /** Adds entries for items put on the agenda after the draft was started. */
    void include(List<AgendaItem> items) {
        for (AgendaItem item : items) {
            if (entry(item.id()).isEmpty()) {
                entries.add(new ProtocolEntry(item.id(), item.caseId()));
            }
        }
    }

    void record(Integer participants, Set<Agency> agencies, String structuralIssues, String by, Instant now) {
        this.participants = participants;
        this.agencies = agencies.stream().map(Agency::name).sorted().collect(Collectors.joining(","));
        this.structuralIssues = structuralIssues;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    void approve(String by, String byName, Instant now) {
        this.status = ProtocolStatus.APPROVED;
        this.approvedBy = by;
        this.approvedByName = byName;
        this.approvedAt = now;
    }

    Optional<ProtocolEntry> entry(long itemId) {
        return entries.stream().filter((e) -> e.agendaItemId() == itemId).findFirst();
    }

    List<ProtocolEntry> entries() {
        return entries;
    }

    long meetingId() {
        return meetingId;
    }

    ProtocolStatus status() {
        return status;
    }

    Integer participants() {
        return participants;
    }

    List<Agency> agencies() {
        return Arrays.stream(agencies.split(",")).filter((a) -> !a.isBlank()).map(Agency::valueOf).toList();
    }

    String structuralIssues() {
        return structuralIssues;
    }

    String approvedByName() {
        return approvedByName;
    }

    Instant approvedAt() {
        return approvedAt;
    }

}
