package se.finsam.samverkansbot.teams.delivery;

import java.io.IOException;
import java.time.Duration;

/**
 * The Bot Connector's REST API as the outbox uses it: one call, its status and what Teams
 * said about retrying. Nothing here retries; the outbox decides.
 */
interface BotConnector {

    /**
     * Posts an activity to a conversation ({@code POST
     * v3/conversations/{id}/activities}).
     * @throws IOException when the connector could not be reached or did not answer in
     * time
     */
    Response send(String serviceUrl, String conversationId, String activityJson) throws IOException;

    /**
     * Replaces an activity the bot posted ({@code PUT
     * v3/conversations/{id}/activities/{activityId}}).
     * @throws IOException when the connector could not be reached or did not answer in
     * time
     */
    Response update(String serviceUrl, String conversationId, String activityId, String activityJson)
            throws IOException;

    /**
     * The connector's answer.
     *
     * @param status the HTTP status
     * @param activityId the id of the posted activity, when Teams gave one
     * @param retryAfter Teams' {@code Retry-After}, when it gave one
     */
    record Response(int status, String activityId, Duration retryAfter) {

        boolean successful() {
            return status >= 200 && status < 300;
        }

    }

}
