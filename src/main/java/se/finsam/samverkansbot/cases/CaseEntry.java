package se.finsam.samverkansbot.cases;

import java.time.Instant;

import se.finsam.samverkansbot.core.Agency;
import se.finsam.samverkansbot.core.UserId;

/**
 * Advice, a question or an answer in a case's history. The text has passed the privacy
 * guard.
 */
public class CaseEntry {

    private EntryKind kind;

    private String authorId;

    private String authorName;

    private Agency authorAgency;

    private String body;

    private Instant createdAt;

    CaseEntry() {
    }

    CaseEntry(EntryKind kind, Person author, String body, Instant createdAt) {
        this.kind = kind;
        this.authorId = author.id().value();
        this.authorName = author.name();
        this.authorAgency = author.agency();
        this.body = body;
        this.createdAt = createdAt;
    }

    public EntryKind kind() {
        return kind;
    }

    public Person author() {
        return new Person(UserId.of(authorId), authorName, authorAgency);
    }

    public String body() {
        return body;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        return "CaseEntry[" + kind + " by " + authorId + "]";
    }

}
