package se.finsam.samverkansbot.teams.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.finsam.samverkansbot.contacts.ContactDirectory;
import se.finsam.samverkansbot.contacts.ContactPath;
import se.finsam.samverkansbot.testing.BotIntegrationTest;
import se.finsam.samverkansbot.testing.SentActivity;
import se.finsam.samverkansbot.testing.TestActivities;
import se.finsam.samverkansbot.testing.TestUsers;

/**
 * Entries nobody verified for 12 months are listed monthly to the coordinator who keeps
 * them, in their personal chat through the outbox. The clock runs from 19 June 2027, so
 * the example entries last verified before 19 June 2026 are stale.
 */
@Import(ContactStalenessTests.LaterClock.class)
class ContactStalenessTests extends BotIntegrationTest {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    static final Instant START = LocalDate.of(2027, 6, 19).atTime(10, 0).atZone(STOCKHOLM).toInstant();

    /** A coordinator of its own: other test classes never see the lists sent here. */
    static final TestUsers.TestUser STALE_COORDINATOR = new TestUsers.TestUser("29:stale-coordinator",
            "aad-stale-coordinator", "Stina Koordinator");

    @TestConfiguration(proxyBeanMethods = false)
    static class LaterClock {

        @Bean
        @Primary
        Clock laterClock() {
            return Clock.offset(Clock.system(STOCKHOLM), Duration.between(Instant.now(), START));
        }

    }

    @DynamicPropertySource
    static void contactProperties(DynamicPropertyRegistry registry) {
        ContactTestSettings.register(registry, "contact-staleness-tests", STALE_COORDINATOR);
    }

    @Autowired
    Scheduler scheduler;

    @Autowired
    ContactDirectory directory;

    @Test
    void theMonthlyRunListsStaleEntriesToTheirCoordinatorThroughTheOutbox() throws Exception {
        bot().send(TestActivities.botInstalledPersonally(STALE_COORDINATOR));
        connector().awaitSentTo(STALE_COORDINATOR.personalConversationId());

        scheduler.triggerJob(new JobKey("stale-contacts", "contacts"));

        SentActivity list = connector()
            .awaitSent(sent -> STALE_COORDINATOR.personalConversationId().equals(sent.conversationId())
                    && sent.cardText().contains("Kontaktvägar att kontrollera"), Duration.ofSeconds(20));
        assertThat(list.cardText())
            .contains("Vuxenpsykiatrisk mottagning", "Ekonomiskt bistånd, samverkansmöten",
                    "Vårdcentralens rehabkoordinator", "Senast kontrollerad 2025-05-20", "Markera verifierad")
            .doesNotContain("Lokal samverkan Skåne Nordost", "Arbetsmarknadsenheten")
            // Östra Göinge has no coordinator of its own here; Sven keeps Osby and
            // Hässleholm.
            .doesNotContain("Socialtjänsten, mottagning vuxen");
    }

    @Test
    void staleEntriesAreFlaggedOnTheirCardUntilVerified() {
        ContactPath goinge = directory.list(false)
            .stream()
            .filter(path -> path.key().equals("ostra-goinge-socialtjanst"))
            .findFirst()
            .orElseThrow();
        assertThat(directory.isStale(goinge)).isTrue();

        ContactPath verified = directory.markVerified(goinge.id(),
                se.finsam.samverkansbot.core.UserId.of(STALE_COORDINATOR.aadObjectId()));

        assertThat(verified.lastVerified()).isEqualTo(LocalDate.of(2027, 6, 19));
        assertThat(directory.isStale(verified)).isFalse();
    }

    @Test
    void theListIsScheduledOnTheFirstOfEveryMonthInTheMorning() throws Exception {
        Trigger trigger = scheduler.getTrigger(new TriggerKey("stale-contacts", "contacts"));
        Date next = trigger.getFireTimeAfter(Date.from(START));

        ZonedDateTime at = next.toInstant().atZone(STOCKHOLM);
        assertThat(at.toLocalDate()).isEqualTo(LocalDate.of(2027, 7, 1));
        assertThat(at.getHour()).isEqualTo(8);
    }

}
