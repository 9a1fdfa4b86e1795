package se.finsam.samverkansbot.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

import se.finsam.samverkansbot.core.Agency;
import se.finsam.samverkansbot.core.UserId;

/**
 * An anonymised consultation case: the structured fields, the situation and question
 * (both passed by the privacy guard), and its history of advice, questions and answers.
 * Team members see the caseworker's name and agency (they are colleagues), never anything
 * about the individual beyond this.
 */
public class ConsultationCase {

    @Id
    private Long id;

    @Version
    private Long version;

    private String reference;

    private String tenantId;

    private String caseworkerId;

    private String caseworkerName;

    private String teamId;

    private String kommun;

    private Agency ownAgency;

    private String agenciesInvolved;

    private AgeBand ageBand;

    private Gender gender;

    private String categories;

    private String situation;

    private String question;

    private boolean writtenAdviceWanted;

    private MeetingWish meetingWish;

    private CaseStatus status;

    private String assigneeId;

    private String assigneeName;

    private Instant raisedAt;

    private Instant closedAt;

    private String closedBy;

    private Outcome outcome;

    private Boolean nextStepTaken;

    private Instant remindedAt;

    private List<CaseEntry> entries = new ArrayList<>();

    ConsultationCase() {
    }

    ConsultationCase(String reference, String tenantId, NewCase details, String teamId, Instant now) {
        this.reference = reference;
        this.tenantId = tenantId;
        this.caseworkerId = details.caseworker().id().value();
        this.caseworkerName = details.caseworker().name();
        this.teamId = teamId;
        this.kommun = details.kommun().name();
        this.ownAgency = details.ownAgency();
        this.agenciesInvolved = join(details.agenciesInvolved());
        this.ageBand = details.ageBand();
        this.gender = details.gender();
        this.categories = join(details.categories());
        this.situation = details.situation();
        this.question = details.question();
        this.writtenAdviceWanted = details.writtenAdviceWanted();
        this.meetingWish = details.meetingWish();
        this.status = CaseStatus.OPEN;
        this.raisedAt = now;
    }

    int add(EntryKind kind, Person author, String body, Instant now) {
        entries.add(new CaseEntry(kind, author, body, now));
        if (kind == EntryKind.ADVICE && status == CaseStatus.OPEN) {
            status = CaseStatus.ADVISED;
        }
        return entries.size() - 1;
    }

    void assign(Person assignee) {
        this.assigneeId = assignee.id().value();
        this.assigneeName = assignee.name();
    }

    /** Nobody in the team answers for it any more (its assignee left the team). */
    void unassign() {
        this.assigneeId = null;
        this.assigneeName = null;
    }

    void close(UserId by, Instant now) {
        this.status = CaseStatus.CLOSED;
        this.closedBy = by.value();
        this.closedAt = now;
    }

    void recordOutcome(Outcome outcome, boolean nextStepTaken) {
        if (!outcome.fits(advised())) {
            throw new IllegalArgumentException("Outcome " + outcome + " does not fit case " + id);
        }
        this.outcome = outcome;
        this.nextStepTaken = nextStepTaken;
    }

    /**
     * Its team is gone and no other team takes its kommun: it waits for one, and the old
     * team's member no longer answers for it.
     */
    void unroute() {
        this.teamId = null;
        unassign();
    }

    /** It goes to another team, whose members have not taken it yet. */
    void routeTo(String teamId) {
        this.teamId = teamId;
        unassign();
    }

    void reminded(Instant now) {
        this.remindedAt = now;
    }

    public long id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public String tenantId() {
        return tenantId;
    }

    public Person caseworker() {
        return new Person(UserId.of(caseworkerId), caseworkerName, ownAgency);
    }

    public boolean isRaisedBy(UserId user) {
        return caseworkerId.equals(user.value());
    }

    /** The team the case is with; null while it waits for a team to take its kommun. */
    public String teamId() {
        return teamId;
    }

    /**
     * Open, and no konsultationsteam has it: it goes to the next team that takes its
     * kommun.
     */
    public boolean awaitsTeam() {
        return teamId == null && status.isOpen();
    }

    public String kommun() {
        return kommun;
    }

    public Agency ownAgency() {
        return ownAgency;
    }

    public List<Agency> agenciesInvolved() {
        return split(agenciesInvolved, Agency.class);
    }

    public AgeBand ageBand() {
        return ageBand;
    }

    public Gender gender() {
        return gender;
    }

    public List<Category> categories() {
        return split(categories, Category.class);
    }

    public String situation() {
        return situation;
    }

    public String question() {
        return question;
    }

    public boolean writtenAdviceWanted() {
        return writtenAdviceWanted;
    }

    /** Whether the caseworker asked for it to be taken up at a meeting, and to attend. */
    public MeetingWish meetingWish() {
        return meetingWish == null ? MeetingWish.NONE : meetingWish;
    }

    public CaseStatus status() {
        return status;
    }

    public Person assignee() {
        return assigneeId == null ? null : Person.of(UserId.of(assigneeId), assigneeName);
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public Outcome outcome() {
        return outcome;
    }

    public Boolean nextStepTaken() {
        return nextStepTaken;
    }

    public Instant remindedAt() {
        return remindedAt;
    }

    public List<CaseEntry> entries() {
        return List.copyOf(entries);
    }

    public CaseEntry entry(int index) {
        return entries.get(index);
    }

    /** Whether the team has given advice in this case. */
    public boolean advised() {
        return count(EntryKind.ADVICE) > 0;
    }

    public long count(EntryKind kind) {
        return entries.stream().filter(entry -> entry.kind() == kind).count();
    }

    private static String join(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> List<E> split(String joined, Class<E> type) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return Arrays.stream(joined.split(",")).map(name -> Enum.valueOf(type, name)).toList();
    }

    /** Ids and status only: the texts stay out of logs. */
    @Override
    public String toString() {
        return "ConsultationCase[" + id + ", " + reference + ", " + status + "]";
    }

}
