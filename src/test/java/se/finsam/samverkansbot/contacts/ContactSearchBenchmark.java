package se.finsam.samverkansbot.contacts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import se.finsam.samverkansbot.SamverkansbotApplication;
import se.finsam.samverkansbot.core.UserId;

/**
 * Benchmark of the contact search on 10,000 generated entries, in the running application
 * (dev profile, in-memory H2): one CSV import of all of them, the index rebuild from the
 * database after it, then search latency (p50, p99, max) over a mix of queries with
 * Swedish forms, abbreviations, typos and kommun names. Goals: p99 ≤ 20 ms, rebuild ≤ 2
 * s.
 *
 * <pre>
 * ./mvnw -q test-compile
 * ./mvnw -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=se.finsam.samverkansbot.contacts.ContactSearchBenchmark
 * </pre>
 */
public final class ContactSearchBenchmark {

    private static final int ENTRIES = 10_000;

    private static final int SEARCHES = 20_000;

    private static final String COORDINATOR = "00000000-0000-0000-0000-0000000000c1";

    private static final List<String> KOMMUNER = List.of("Bromölla", "Hässleholm", "Kristianstad", "Osby",
            "Östra Göinge");

    private static final List<String> TOPICS = List.of("sjukpenning", "SGI", "aktivitetsstöd", "etablering",
            "arbetslivsinriktad rehabilitering", "SIP", "ekonomiskt bistånd", "psykisk ohälsa", "missbruk",
            "sjukskrivning", "läkarintyg", "arbetsträning", "bostad", "skulder", "tolk", "studier", "LSS",
            "daglig verksamhet", "boendestöd", "försörjningsstöd");

    private static final List<String> UNITS = List.of("samverkansansvarig", "mottagning", "rehabkoordinator",
            "handläggarteam", "funktionsbrevlåda", "kundtjänst", "enhetschef", "vårdcentral", "beroendemottagning",
            "arbetsmarknadsenhet", "socialkontor", "öppenvård", "kurator", "samordnare", "specialistteam");

    private static final List<String> WORDS = List.of("när", "personen", "behöver", "stöd", "från", "flera",
            "myndigheter", "planering", "insats", "kontakt", "samtycke", "möte", "underlag", "beslut", "ansökan",
            "utredning", "samordning", "uppföljning", "åtgärd", "vägledning", "information", "bedömning");

    private static final List<String> QUERIES = List.of("fk sjukpenning osby", "psykiatrin hässleholm",
            "vc rehabkoordinator", "ekb kristianstad", "arbetsformedlingen etablering", "sjukpeninng",
            "forsakringskasan sgi", "sip", "aktivitetsstöd bromölla", "samverkansansvarig", "beroende ostra goinge",
            "af arbetsträning", "vårdcentralens kurator hassleholm", "socialtjänsten försörjningsstöd",
            "läkarintyg sjukskrivning", "tolk", "daglig verksamhet lss osby", "skuldrådgivning",
            "boendestod kristianstad", "kundtjänst fk");

    private ContactSearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("Contact search benchmark: %d entries, %d searches over %d queries%n", ENTRIES, SEARCHES,
                QUERIES.size());
        System.out.printf("Machine: %d cores, %s, Java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), System.getProperty("java.version"));
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SamverkansbotApplication.class).run(
                "--spring.profiles.active=dev", "--server.port=0", "--spring.quartz.auto-startup=false",
                "--spring.datasource.url=jdbc:h2:mem:contact-benchmark;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE",
                "--logging.level.se.finsam.samverkansbot=INFO", "--spring.main.banner-mode=off")) {
            ContactDirectory directory = context.getBean(ContactDirectory.class);
            UserId coordinator = UserId.of(COORDINATOR);
            String csv = csv(new Random(42));

            ContactRules rules = new ContactRules(context.getBean(se.finsam.samverkansbot.core.Organisation.class),
                    context.getBean(se.finsam.samverkansbot.privacy.PrivacyGuard.class));
            long started = System.nanoTime();
            List<ImportProblem> problems = new ArrayList<>();
            ContactFiles.read(csv, ContactFormat.CSV, problems).forEach(row -> rules.check(row, problems));
            System.out.printf("Reading and checking %d entries (no database): %.2f s%n", ENTRIES,
                    (System.nanoTime() - started) / 1e9);
            started = System.nanoTime();
            ImportReport report = directory.importFile(csv, ContactFormat.CSV, coordinator);
            double importSeconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("Import of %d entries (validation, insert, history, index): %.2f s%n", report.added(),
                    importSeconds);
            double[] rebuilds = new double[5];
            for (int i = 0; i < rebuilds.length; i++) {
                started = System.nanoTime();
                int indexed = directory.rebuildIndex();
                rebuilds[i] = (System.nanoTime() - started) / 1e9;
                if (i == 0) {
                    System.out.printf("Index rebuild from the database: %d entries indexed%n", indexed);
                }
            }
            System.out.printf("Index rebuild after the import: first %.2f s, then %s s (goal ≤ 2 s)%n", rebuilds[0],
                    Arrays.toString(Arrays.copyOfRange(rebuilds, 1, rebuilds.length))
                        .replaceAll("(\\d\\.\\d\\d)\\d*", "$1"));

            ContactPaths paths = context.getBean(ContactPaths.class);
            for (int i = 0; i < 3; i++) {
                started = System.nanoTime();
                List<ContactPath> all = paths.findAll();
                double read = (System.nanoTime() - started) / 1e9;
                try (ContactSearch own = new ContactSearch(new ContactIndex(agency -> agency.name()),
                        context.getBean(se.finsam.samverkansbot.core.Organisation.class).kommuner())) {
                    started = System.nanoTime();
                    own.rebuild(all);
                    System.out.printf("  of which: read %d entries %.2f s, index %.2f s%n", all.size(), read,
                            (System.nanoTime() - started) / 1e9);
                }
            }

            Optional<UserId> asCoordinator = Optional.of(coordinator);
            for (int i = 0; i < 3000; i++) {
                directory.search(QUERIES.get(i % QUERIES.size()), asCoordinator);
            }
            long[] times = new long[SEARCHES];
            int found = 0;
            for (int i = 0; i < SEARCHES; i++) {
                long start = System.nanoTime();
                found += directory.search(QUERIES.get(i % QUERIES.size()), asCoordinator).hits().size();
                times[i] = System.nanoTime() - start;
            }
            List<String> slowest = new ArrayList<>();
            for (int q = 0; q < QUERIES.size(); q++) {
                long[] own = new long[SEARCHES / QUERIES.size()];
                for (int i = 0; i < own.length; i++) {
                    own[i] = times[i * QUERIES.size() + q];
                }
                Arrays.sort(own);
                slowest.add(String.format("%6.2f ms p99, %5.2f ms p50: %s", own[(int) (own.length * 0.99)] / 1e6,
                        own[own.length / 2] / 1e6, QUERIES.get(q)));
            }
            slowest.sort(java.util.Comparator.reverseOrder());
            System.out.println("Slowest queries:");
            slowest.subList(0, 5).forEach(line -> System.out.println("  " + line));
            Arrays.sort(times);
            System.out.printf("Search: p50 %.2f ms, p99 %.2f ms, max %.2f ms (goal p99 ≤ 20 ms); %.1f hits per query%n",
                    times[SEARCHES / 2] / 1e6, times[(int) (SEARCHES * 0.99)] / 1e6, times[SEARCHES - 1] / 1e6,
                    found / (double) SEARCHES);
        }
    }

    private static String csv(Random random) {
        StringBuilder csv = new StringBuilder(
                "key,agency,unit,kommuner,topics,phone,whenToUse,haveReady,lastVerified\n");
        se.finsam.samverkansbot.core.Agency[] agencies = se.finsam.samverkansbot.core.Agency.values();
        for (int i = 0; i < ENTRIES; i++) {
            List<String> kommuner = new ArrayList<>();
            if (random.nextInt(4) > 0) {
                for (String kommun : KOMMUNER) {
                    if (random.nextInt(3) == 0) {
                        kommuner.add(kommun);
                    }
                }
            }
            List<String> topics = new ArrayList<>();
            for (int t = 0; t < 1 + random.nextInt(4); t++) {
                topics.add(pick(random, TOPICS));
            }
            csv.append("bench-")
                .append(i)
                .append(',')
                .append(agencies[random.nextInt(agencies.length)].name())
                .append(',')
                .append(capitalised(pick(random, UNITS)))
                .append(' ')
                .append(i)
                .append(",\"")
                .append(String.join(", ", kommuner))
                .append("\",\"")
                .append(String.join(", ", topics))
                .append("\",010-000 00 00 (exempel),")
                .append(sentence(random, 14))
                .append(',')
                .append(sentence(random, 8))
                .append(",2026-0")
                .append(1 + random.nextInt(9))
                .append("-1")
                .append(random.nextInt(9))
                .append('\n');
        }
        return csv.toString();
    }

    private static String sentence(Random random, int words) {
        List<String> sentence = new ArrayList<>();
        for (int i = 0; i < words; i++) {
            sentence.add(random.nextInt(5) == 0 ? pick(random, TOPICS) : pick(random, WORDS));
        }
        return capitalised(String.join(" ", sentence)) + ".";
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

}
