package se.finsam.samverkansbot.teams.edge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * What each mode refuses to start with. The {@code dev} profile runs without
 * authentication, so it must stay on a developer's machine: the embedded H2 database and
 * the fake dev tenant only. Production mode needs a database an operator chose, with a
 * real account.
 */
final class StartupChecks {

    /** The fake tenant of the local tools (chat page, tests); the only one dev allows. */
    static final String DEV_TENANT = "00000000-0000-0000-0000-00000000dev1";

    private StartupChecks() {
    }

    static void requireDevSetup(Environment environment, TeamsProperties teams) {
        List<String> problems = new ArrayList<>();
        String url = environment.getProperty("spring.datasource.url", "");
        if (!url.startsWith("jdbc:h2:")) {
            problems.add("profilen dev kör bara på den inbyggda H2-databasen, inte på " + vendorOf(url));
        }
        List<String> others = teams.allowedTenants().stream().filter((t) -> !DEV_TENANT.equalsIgnoreCase(t)).toList();
        if (!others.isEmpty()) {
            problems.add("profilen dev tillåter bara dev-tenanten " + DEV_TENANT + ", inte " + others);
        }
        if (!problems.isEmpty()) {
            throw new UnsafeSetupException(problems,
                    "Profilen dev tar emot oautentiserade anrop och är bara till för en utvecklares dator. "
                            + "Kör utan profilen dev (produktionsläge) mot en riktig databas och tenant.");
        }
    }

    static void requireProductionDatabase(Environment environment) {
        List<String> problems = new ArrayList<>();
        if (!StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            problems.add("ingen databas är angiven (spring.datasource.url)");
        }
        String username = environment.getProperty("spring.datasource.username", "");
        if (!StringUtils.hasText(username) || "sa".equals(username.toLowerCase(Locale.ROOT))) {
            problems.add("databasanvändaren får inte vara tom eller 'sa'");
        }
        if (!StringUtils.hasText(environment.getProperty("spring.datasource.password"))) {
            problems.add("databasens lösenord får inte vara tomt");
        }
        if (!problems.isEmpty()) {
            throw new UnsafeSetupException(problems,
                    "Sätt SPRING_DATASOURCE_URL (jdbc:postgresql://… i produktion), SPRING_DATASOURCE_USERNAME "
                            + "och SPRING_DATASOURCE_PASSWORD i miljön. Se README, avsnittet om drift.");
        }
    }

    /**
     * The database product of a JDBC URL, never the URL itself (it may hold a password).
     */
    private static String vendorOf(String url) {
        String[] parts = url.split(":", 3);
        return parts.length > 1 && !parts[1].isBlank() ? parts[1] : "en okänd databas";
    }

}
