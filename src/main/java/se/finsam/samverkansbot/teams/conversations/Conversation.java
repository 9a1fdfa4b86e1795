package se.finsam.samverkansbot.teams.conversations;

import java.time.Instant;

import org.springframework.data.annotation.Id;

/**
 * A conversation the bot can write to on its own: a user's personal chat or a team's
 * channel. Holds the serialised Bot Framework conversation reference, which stays inside
 * this module.
 */
public class Conversation {

    @Id
    private Long id;

    private String conversationId;

    private ConversationKind kind;

    private String tenantId;

    private String userAadObjectId;

    private String teamId;

    private String serviceUrl;

    private String referenceJson;

    private boolean installed;

    private String locale;

    private Instant updatedAt;

    Conversation() {
    }

    Conversation(String conversationId, ConversationKind kind, String tenantId) {
        this.conversationId = conversationId;
        this.kind = kind;
        this.tenantId = tenantId;
    }

    void refresh(String userAadObjectId, String teamId, String serviceUrl, String referenceJson, String locale,
            Instant now) {
        this.userAadObjectId = userAadObjectId;
        if (locale != null && !locale.isBlank()) {
            this.locale = locale;
        }
        this.teamId = teamId;
        this.serviceUrl = serviceUrl;
        this.referenceJson = referenceJson;
        this.installed = true;
        this.updatedAt = now;
    }

    public void uninstalled(Instant now) {
        this.installed = false;
        this.updatedAt = now;
    }

    void reinstalled(Instant now) {
        this.installed = true;
        this.updatedAt = now;
    }

    Long id() {
        return id;
    }

    public String conversationId() {
        return conversationId;
    }

    public ConversationKind kind() {
        return kind;
    }

    public String tenantId() {
        return tenantId;
    }

    public String userAadObjectId() {
        return userAadObjectId;
    }

    public String teamId() {
        return teamId;
    }

    public String serviceUrl() {
        return serviceUrl;
    }

    public String referenceJson() {
        return referenceJson;
    }

    /**
     * The language tag of the user's Teams client, as last seen (personal chats only).
     */
    public String locale() {
        return locale;
    }

    public boolean installed() {
        return installed;
    }

    Instant updatedAt() {
        return updatedAt;
    }

}
