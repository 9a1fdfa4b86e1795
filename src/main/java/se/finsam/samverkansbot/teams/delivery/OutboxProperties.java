package se.finsam.samverkansbot.teams.delivery;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the durable outbox delivers what the bot says on its own. The defaults follow
 * Teams' published limits for bots ("Rate limiting for bots" in the Teams platform
 * documentation).
 *
 * @param globalRate messages per second that the app sends at most, all instances
 * together (on PostgreSQL they share one budget in the database)
 * @param conversationLimits limits per conversation, each as {@code count/duration}; all
 * apply at once
 * @param maxAttempts deliveries tried before a message becomes a dead letter
 * @param initialBackoff wait before the first retry; doubles with each further attempt
 * @param maxBackoff longest wait between two attempts
 * @param jitter random time added to or taken from each wait, so that retries of many
 * messages do not arrive together
 * @param lease how long an instance owns a message it is delivering, renewed just before
 * the call to the Bot Connector (so keep it longer than {@code requestTimeout}); after a
 * crash another instance (or this one after a restart) takes it over when the lease ends
 * @param pollInterval how often an idle instance looks for due messages
 * @param maxInFlight messages one instance works on at the same time
 * @param senderThreads threads that talk to the Bot Connector
 * @param requestTimeout longest wait for one call to the Bot Connector
 */
@ConfigurationProperties("samverkansbot.outbox")
public record OutboxProperties(@DefaultValue("50") int globalRate, @DefaultValue( {
        "7/1s", "8/2s", "60/30s", "1800/1h" }) List<String> conversationLimits, @DefaultValue("14") int maxAttempts,
        @DefaultValue("500ms") Duration initialBackoff, @DefaultValue("10m") Duration maxBackoff,
        @DefaultValue("250ms") Duration jitter, @DefaultValue("60s") Duration lease,
        @DefaultValue("500ms") Duration pollInterval, @DefaultValue("64") int maxInFlight,
        @DefaultValue("8") int senderThreads, @DefaultValue("20s") Duration requestTimeout){

    public OutboxProperties {
        if (globalRate < 1 || maxAttempts < 1 || maxInFlight < 1 || senderThreads < 1) {
            throw new IllegalArgumentException(
                    "samverkansbot.outbox: global-rate, max-attempts, max-in-flight and sender-threads are at least 1");
        }
    }

}
