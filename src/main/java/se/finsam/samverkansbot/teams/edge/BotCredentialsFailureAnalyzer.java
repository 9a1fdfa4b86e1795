package se.finsam.samverkansbot.teams.edge;

import java.util.stream.Collectors;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains, in Swedish, why the bot did not start without credentials and how to start
 * it.
 */
class BotCredentialsFailureAnalyzer extends AbstractFailureAnalyzer<BotCredentialsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BotCredentialsException cause) {
        String problems = cause.problems().stream().map(p -> "  - " + p).collect(Collectors.joining("\n"));
        return new FailureAnalysis(
                "Samverkansboten startar inte, eftersom Bot Framework-uppgifterna saknas eller är fel (utan "
                        + "dem skulle den ta emot oautentiserade anrop eller inte kunna svara):\n" + problems,
                "Sätt MicrosoftAppId, MicrosoftAppPassword (eller i stället ett certifikat i "
                        + "samverkansbot.teams.certificate), MicrosoftAppType och (för SingleTenant) "
                        + "MicrosoftAppTenantId som miljövariabler, samt samverkansbot.teams.allowed-tenants. "
                        + "För lokal provkörning utan Azure: starta med profilen dev "
                        + "(--spring.profiles.active=dev).",
                cause);
    }

}
