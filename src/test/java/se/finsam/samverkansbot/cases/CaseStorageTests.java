package se.finsam.samverkansbot.cases;

import java.nio.file.Path;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.PlatformTransactionManager;

import se.finsam.samverkansbot.core.Agency;
import se.finsam.samverkansbot.core.Kommun;
import se.finsam.samverkansbot.core.UserId;
import se.finsam.samverkansbot.testing.ConcurrentTransactions;
import se.finsam.samverkansbot.testing.RunningBot;
import se.finsam.samverkansbot.testing.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cases on H2 and PostgreSQL: references are numbered per year without gaps or duplicates
 * when many caseworkers raise cases at once, and a case comes back with its history as it
 * was stored.
 */
class CaseStorageTests {

    private static final String TEAM = "19:team-storage@thread.tacv2";

    private static final Map<String, Object> ORGANISATION = Map.of("samverkansbot.organisation.kommuner", "Osby",
            "samverkansbot.cases.teams[0].team-id", TEAM, "samverkansbot.cases.teams[0].name",
            "Konsultationsteam Nordost", "samverkansbot.cases.teams[0].kommuner", "Osby");

    @Test
    void concurrentCasesGetConsecutiveReferencesOnH2(@TempDir Path dataDir) throws Exception {
        try (RunningBot bot = RunningBot.onH2Files(dataDir, new HashMap<>(ORGANISATION))) {
            bot.addedToTeam(TEAM, "Konsultationsteam Nordost");
            raiseConcurrentlyAndCheck(bot.bean(CaseManagement.class));
        }
    }

    @Test
    void concurrentCasesGetConsecutiveReferencesOnPostgres() throws Exception {
        try (RunningBot bot = RunningBot.onPostgres(TestPostgres.newDatabase(), new HashMap<>(ORGANISATION))) {
            bot.addedToTeam(TEAM, "Konsultationsteam Nordost");
            CaseManagement cases = bot.bean(CaseManagement.class);
            raiseConcurrentlyAndCheck(cases);
            ConsultationCase first = cases.openCasesOf(UserId.of("aad-0")).get(0);
            cases.giveAdvice(first.id(), "19:team-storage@thread.tacv2",
                    new Person(UserId.of("aad-member"), "Fatima", Agency.AF), "Ett råd.", Set.of());
            ConsultationCase advised = cases.find(first.id()).orElseThrow();
            assertThat(advised.status()).isEqualTo(CaseStatus.ADVISED);
            assertThat(advised.entries()).extracting(CaseEntry::body).containsExactly("Ett råd.");
            assertThat(advised.entry(0).author().agency()).isEqualTo(Agency.AF);
            assertThat(advised.categories()).containsExactly(Category.RULES);
        }
    }

    @Test
    void twoMembersAdvisingAtOnceBothHaveTheirAdviceStoredOnPostgres() throws Exception {
        try (RunningBot bot = RunningBot.onPostgres(TestPostgres.newDatabase(), new HashMap<>(ORGANISATION))) {
            bot.addedToTeam(TEAM, "Konsultationsteam Nordost");
            CaseManagement cases = bot.bean(CaseManagement.class);
            long caseId = cases.raise(newCase("aad-concurrent")).id();
            Person fatima = new Person(UserId.of("aad-fatima"), "Fatima", Agency.AF);
            Person frans = new Person(UserId.of("aad-frans"), "Frans", Agency.FK);

            ConcurrentTransactions
                .secondWaitsForFirst(bot.bean(PlatformTransactionManager.class), bot.bean(DataSource.class),
                        (tx) -> cases.giveAdvice(caseId, TEAM, fatima, "Råd från AF.", Set.of()),
                        () -> cases.giveAdvice(caseId, TEAM, frans, "Råd från FK.", Set.of()))
                .get(30, TimeUnit.SECONDS);

            assertThat(cases.find(caseId).orElseThrow().entries()).extracting(CaseEntry::body)
                .containsExactly("Råd från AF.", "Råd från FK.");
        }
    }

    private static void raiseConcurrentlyAndCheck(CaseManagement cases) throws Exception {
        int count = 24;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> raises = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int caseworker = i;
                raises.add(() -> cases.raise(newCase("aad-" + caseworker)).reference());
            }
            List<String> references = new ArrayList<>();
            for (Future<String> raised : pool.invokeAll(raises)) {
                references.add(raised.get());
            }
            String year = Year.now(ZoneId.of("Europe/Stockholm")).toString();
            assertThat(references).containsExactlyInAnyOrderElementsOf(
                    IntStream.rangeClosed(1, count).mapToObj((n) -> "K-%s-%04d".formatted(year, n)).toList());
        }
        finally {
            pool.shutdownNow();
        }
    }

    private static NewCase newCase(String caseworker) {
        return new NewCase(Person.of(UserId.of(caseworker), "Handläggare"), "tenant", new Kommun("Osby"), Agency.FK,
                EnumSet.of(Agency.AF), AgeBand.AGE_18_24, null, EnumSet.of(Category.RULES), "Situationen i korthet.",
                "Vad gör vi?", false, Set.of());
    }

}
