package se.finsam.samverkansbot.core;

import java.time.LocalTime;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long personal data is kept before the daily retention run deletes it. One place for
 * the whole policy, so that the förbund's record of processing can be read off it; each
 * module deletes its own data. README "Personuppgifter och gallring" gives the reasons
 * for the defaults.
 *
 * @param closedCaseTexts the free texts of a closed case (situation, question, advice,
 * clarification questions and answers) are deleted this long after it closed; its
 * structured fields stay for statistics
 * @param endedFollowUpDetails the reference and note of a follow-up plan that ended or
 * completed are deleted this long after it did
 * @param auditTrail entries of the audit trail are kept this long
 * @param outboxPayloads what a sent or dead message said is deleted this long after it
 * was delivered or gave up
 * @param runAt local time (Europe/Stockholm) of the daily run
 */
@ConfigurationProperties("samverkansbot.retention")
public record RetentionProperties(@DefaultValue("P6M") Period closedCaseTexts,
        @DefaultValue("P3M") Period endedFollowUpDetails, @DefaultValue("P24M") Period auditTrail,
        @DefaultValue("P30D") Period outboxPayloads, @DefaultValue("02:30") LocalTime runAt) {

    public RetentionProperties {
        for (Period period : new Period[] { closedCaseTexts, endedFollowUpDetails, auditTrail, outboxPayloads }) {
            if (period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("samverkansbot.retention: periods must be positive");
            }
        }
    }

}
